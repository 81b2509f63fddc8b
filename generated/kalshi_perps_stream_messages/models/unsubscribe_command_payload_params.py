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
    check_items,
    learn_extras,
    model_repr,
    record_deviation,
)

T = TypeVar("T", bound="UnsubscribeCommandPayloadParams")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class UnsubscribeCommandPayloadParams:
    """Attributes:
    sids (list[int]):
    """

    sids: list[int]

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
        if isinstance(self.sids, Unset):
            pass
        elif self.sids is None:  # a null the spec does not allow, kept as received
            field_dict["sids"] = None
        else:
            _sids = self.sids

            field_dict["sids"] = _sids
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
            _v = _get("sids", UNSET)
            _f_sids: Any
            if _v is UNSET:
                _f_sids = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "UnsubscribeCommandPayloadParams", "sids", "missing"
                )
            elif _v is None:
                _f_sids = None
                _deviations = record_deviation(
                    _deviations, "UnsubscribeCommandPayloadParams", "sids", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("sids", "array", _v)
                check_items(_v, int, "sids")
                _f_sids = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        unsubscribe_command_payload_params = _new(cls)
        unsubscribe_command_payload_params.sids = _f_sids
        if len(src_dict) + _absent > 1:
            _known: set[str] = {"sids"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            unsubscribe_command_payload_params.additional_properties = _extra_found
        else:
            unsubscribe_command_payload_params.additional_properties = {}
        unsubscribe_command_payload_params._deviations = _deviations
        return unsubscribe_command_payload_params

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("sids", "sids", list[int], True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        unsubscribe_command_payload_params = _new(cls)
        unsubscribe_command_payload_params.sids = w.sids
        unsubscribe_command_payload_params.additional_properties = w._extras()
        unsubscribe_command_payload_params._deviations = None
        return unsubscribe_command_payload_params

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
