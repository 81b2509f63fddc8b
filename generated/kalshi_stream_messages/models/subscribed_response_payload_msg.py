from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..types import (
    UNSET,
    BadValue,
    Unset,
    _new,
    learn_extras,
    model_repr,
    record_deviation,
)

T = TypeVar("T", bound="SubscribedResponsePayloadMsg")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class SubscribedResponsePayloadMsg:
    """Attributes:
    channel (str):
    sid (int): Server-generated subscription identifier (sid) used to identify the channel
    """

    channel: str

    sid: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # {json field: "missing" | "null"} when the response deviated from the spec (see types.deviations).
    _deviations: dict[str, str] | None = _attrs_field(
        init=False, default=None, eq=False
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if isinstance(self.channel, Unset):
            pass
        elif self.channel is None:  # a null the spec does not allow, kept as received
            field_dict["channel"] = None
        else:
            field_dict["channel"] = self.channel
        if isinstance(self.sid, Unset):
            pass
        elif self.sid is None:  # a null the spec does not allow, kept as received
            field_dict["sid"] = None
        else:
            field_dict["sid"] = self.sid
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            raise BadValue(None, "object", src_dict)
        _get = src_dict.get
        _deviations: dict[str, str] | None = None
        _absent = 0
        try:
            pass
            _v = _get("channel", UNSET)
            _f_channel: Any
            if type(_v) is str:
                _f_channel = _v

            elif _v is UNSET:
                _f_channel = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "SubscribedResponsePayloadMsg", "channel", "missing"
                )
            elif _v is None:
                _f_channel = None
                _deviations = record_deviation(
                    _deviations, "SubscribedResponsePayloadMsg", "channel", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("channel", "str", _v)
                _f_channel = _v

            _v = _get("sid", UNSET)
            _f_sid: Any
            if type(_v) is int:
                _f_sid = _v

            elif _v is UNSET:
                _f_sid = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "SubscribedResponsePayloadMsg", "sid", "missing"
                )
            elif _v is None:
                _f_sid = None
                _deviations = record_deviation(
                    _deviations, "SubscribedResponsePayloadMsg", "sid", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("sid", "int", _v)
                _f_sid = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        subscribed_response_payload_msg = _new(cls)
        subscribed_response_payload_msg.channel = _f_channel
        subscribed_response_payload_msg.sid = _f_sid
        if len(src_dict) + _absent > 2:
            _known: set[str] = {"channel", "sid"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            subscribed_response_payload_msg.additional_properties = _extra_found
        else:
            subscribed_response_payload_msg.additional_properties = {}
        subscribed_response_payload_msg._deviations = _deviations
        return subscribed_response_payload_msg

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("channel", "channel", str, True, None),
            ("sid", "sid", int, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        subscribed_response_payload_msg = _new(cls)
        subscribed_response_payload_msg.channel = w.channel
        subscribed_response_payload_msg.sid = w.sid
        subscribed_response_payload_msg.additional_properties = w._extras()
        subscribed_response_payload_msg._deviations = None
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
