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
    from ..models.ticker_payload_msg import TickerPayloadMsg


T = TypeVar("T", bound="TickerPayload")


@_attrs_define(repr=False)
class TickerPayload:
    """Attributes:
    type_ (Literal['ticker']):
    sid (int): Server-generated subscription identifier (sid) used to identify the channel
    msg (TickerPayloadMsg):
    """

    type_: Literal["ticker"]
    sid: int
    msg: TickerPayloadMsg
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
        msg = self.msg.to_dict()
        field_dict["msg"] = msg
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ticker_payload_msg import TickerPayloadMsg

        d = dict(src_dict)
        type_ = cast(Literal["ticker"], d.pop("type"))
        if type_ != "ticker":
            raise ValueError(f"type must match const 'ticker', got '{type_}'")
        sid = d.pop("sid")
        msg = TickerPayloadMsg.from_dict(d.pop("msg"))

        ticker_payload = cls(
            type_=type_,
            sid=sid,
            msg=msg,
        )
        ticker_payload.additional_properties = d
        return ticker_payload

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
