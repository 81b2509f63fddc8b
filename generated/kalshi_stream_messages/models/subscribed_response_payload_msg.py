from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="SubscribedResponsePayloadMsg")


@_attrs_define(repr=False)
class SubscribedResponsePayloadMsg:
    """Attributes:
    channel (str):
    sid (int): Server-generated subscription identifier (sid) used to identify the channel
    """

    channel: str
    sid: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        channel = self.channel
        field_dict["channel"] = channel
        sid = self.sid
        field_dict["sid"] = sid
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel = d.pop("channel")
        sid = d.pop("sid")
        subscribed_response_payload_msg = cls(
            channel=channel,
            sid=sid,
        )
        subscribed_response_payload_msg.additional_properties = d
        return subscribed_response_payload_msg

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
