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
    from ..models.market_lifecycle_v2_payload_msg import MarketLifecycleV2PayloadMsg


T = TypeVar("T", bound="MarketLifecycleV2Payload")


@_attrs_define(repr=False)
class MarketLifecycleV2Payload:
    """Attributes:
    type_ (Literal['market_lifecycle_v2']):
    sid (int): Server-generated subscription identifier (sid) used to identify the channel
    msg (MarketLifecycleV2PayloadMsg):
    """

    type_: Literal["market_lifecycle_v2"]
    sid: int
    msg: MarketLifecycleV2PayloadMsg
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
        from ..models.market_lifecycle_v2_payload_msg import MarketLifecycleV2PayloadMsg

        d = dict(src_dict)
        type_ = cast(Literal["market_lifecycle_v2"], d.pop("type"))
        if type_ != "market_lifecycle_v2":
            raise ValueError(
                f"type must match const 'market_lifecycle_v2', got '{type_}'"
            )
        sid = d.pop("sid")
        msg = MarketLifecycleV2PayloadMsg.from_dict(d.pop("msg"))

        market_lifecycle_v2_payload = cls(
            type_=type_,
            sid=sid,
            msg=msg,
        )
        market_lifecycle_v2_payload.additional_properties = d
        return market_lifecycle_v2_payload

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
