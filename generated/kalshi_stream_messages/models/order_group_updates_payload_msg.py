from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_group_updates_payload_msg_event_type import (
    OrderGroupUpdatesPayloadMsgEventType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderGroupUpdatesPayloadMsg")


@_attrs_define
class OrderGroupUpdatesPayloadMsg:
    """
    Attributes:
        event_type (OrderGroupUpdatesPayloadMsgEventType): Order group event type
        order_group_id (str): Order group identifier
        contracts_limit_fp (str | Unset): Updated contracts limit in fixed-point (2 decimals). Present for "created" and
            "limit_updated" events only.
    """

    event_type: OrderGroupUpdatesPayloadMsgEventType
    order_group_id: str
    contracts_limit_fp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type.value

        order_group_id = self.order_group_id

        contracts_limit_fp = self.contracts_limit_fp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_type": event_type,
                "order_group_id": order_group_id,
            }
        )
        if contracts_limit_fp is not UNSET:
            field_dict["contracts_limit_fp"] = contracts_limit_fp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_type = OrderGroupUpdatesPayloadMsgEventType(d.pop("event_type"))

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
