from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.order_group_updates_payload_msg import OrderGroupUpdatesPayloadMsg


T = TypeVar("T", bound="OrderGroupUpdatesPayload")


@_attrs_define(repr=False)
class OrderGroupUpdatesPayload:
    """Attributes:
    type_ (Literal['order_group_updates']):
    sid (int): Server-generated subscription identifier (sid) used to identify the channel
    seq (int): Sequential number that should be checked if you want to guarantee you received all the messages. Used
        for snapshot/delta consistency
    msg (OrderGroupUpdatesPayloadMsg):
    """

    type_: Literal["order_group_updates"]
    sid: int
    seq: int
    msg: OrderGroupUpdatesPayloadMsg
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        type_ = self.type_
        field_dict["type"] = type_
        sid = self.sid
        field_dict["sid"] = sid
        seq = self.seq
        field_dict["seq"] = seq
        msg = self.msg.to_dict()
        field_dict["msg"] = msg
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_group_updates_payload_msg import OrderGroupUpdatesPayloadMsg

        d = dict(src_dict)
        type_ = cast(Literal["order_group_updates"], d.pop("type"))
        if type_ != "order_group_updates":
            raise ValueError(
                f"type must match const 'order_group_updates', got '{type_}'"
            )
        sid = d.pop("sid")
        seq = d.pop("seq")
        msg = OrderGroupUpdatesPayloadMsg.from_dict(d.pop("msg"))

        order_group_updates_payload = cls(
            type_=type_,
            sid=sid,
            seq=seq,
            msg=msg,
        )
        order_group_updates_payload.additional_properties = d
        return order_group_updates_payload

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
