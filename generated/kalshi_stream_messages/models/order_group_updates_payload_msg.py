from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_group_updates_payload_msg_event_type import (
    OrderGroupUpdatesPayloadMsgEventType,
    check_order_group_updates_payload_msg_event_type,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="OrderGroupUpdatesPayloadMsg")


@_attrs_define(repr=False)
class OrderGroupUpdatesPayloadMsg:
    """Attributes:
    event_type (OrderGroupUpdatesPayloadMsgEventType): Order group event type
    order_group_id (str): Order group identifier
    contracts_limit_fp (str | Unset): Updated contracts limit in fixed-point (2 decimals). Present for "created" and
        "limit_updated" events only.
    """

    event_type: OrderGroupUpdatesPayloadMsgEventType
    order_group_id: str
    contracts_limit_fp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        event_type: str = check_order_group_updates_payload_msg_event_type(
            self.event_type, "event_type"
        )
        field_dict["event_type"] = event_type
        order_group_id = self.order_group_id
        field_dict["order_group_id"] = order_group_id
        contracts_limit_fp = self.contracts_limit_fp
        if contracts_limit_fp is not UNSET:
            field_dict["contracts_limit_fp"] = contracts_limit_fp
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_type = check_order_group_updates_payload_msg_event_type(
            d.pop("event_type"), "event_type", received=True
        )

        order_group_id = d.pop("order_group_id")
        contracts_limit_fp = d.pop("contracts_limit_fp", UNSET)
        order_group_updates_payload_msg = cls(
            event_type=event_type,
            order_group_id=order_group_id,
            contracts_limit_fp=contracts_limit_fp,
        )
        order_group_updates_payload_msg.additional_properties = d
        return order_group_updates_payload_msg

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
