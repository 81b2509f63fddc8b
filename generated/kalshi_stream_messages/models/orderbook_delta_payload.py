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
    from ..models.orderbook_delta_payload_msg import OrderbookDeltaPayloadMsg


T = TypeVar("T", bound="OrderbookDeltaPayload")


@_attrs_define(repr=False)
class OrderbookDeltaPayload:
    """Attributes:
    type_ (Literal['orderbook_delta']):
    sid (int): Server-generated subscription identifier (sid) used to identify the channel
    seq (int): Sequential number that should be checked if you want to guarantee you received all the messages. Used
        for snapshot/delta consistency
    msg (OrderbookDeltaPayloadMsg):
    """

    type_: Literal["orderbook_delta"]
    sid: int
    seq: int
    msg: OrderbookDeltaPayloadMsg
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
        from ..models.orderbook_delta_payload_msg import OrderbookDeltaPayloadMsg

        d = dict(src_dict)
        type_ = cast(Literal["orderbook_delta"], d.pop("type"))
        if type_ != "orderbook_delta":
            raise ValueError(f"type must match const 'orderbook_delta', got '{type_}'")
        sid = d.pop("sid")
        seq = d.pop("seq")
        msg = OrderbookDeltaPayloadMsg.from_dict(d.pop("msg"))

        orderbook_delta_payload = cls(
            type_=type_,
            sid=sid,
            seq=seq,
            msg=msg,
        )
        orderbook_delta_payload.additional_properties = d
        return orderbook_delta_payload

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
