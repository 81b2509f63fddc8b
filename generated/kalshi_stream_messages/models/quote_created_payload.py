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
    from ..models.quote_created_payload_msg import QuoteCreatedPayloadMsg


T = TypeVar("T", bound="QuoteCreatedPayload")


@_attrs_define(repr=False)
class QuoteCreatedPayload:
    """Attributes:
    type_ (Literal['quote_created']):
    sid (int): Server-generated subscription identifier (sid) used to identify the channel
    msg (QuoteCreatedPayloadMsg):
    """

    type_: Literal["quote_created"]
    sid: int
    msg: QuoteCreatedPayloadMsg
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
        from ..models.quote_created_payload_msg import QuoteCreatedPayloadMsg

        d = dict(src_dict)
        type_ = cast(Literal["quote_created"], d.pop("type"))
        if type_ != "quote_created":
            raise ValueError(f"type must match const 'quote_created', got '{type_}'")
        sid = d.pop("sid")
        msg = QuoteCreatedPayloadMsg.from_dict(d.pop("msg"))

        quote_created_payload = cls(
            type_=type_,
            sid=sid,
            msg=msg,
        )
        quote_created_payload.additional_properties = d
        return quote_created_payload

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
