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

T = TypeVar("T", bound="SettlementSource")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class SettlementSource:
    """Attributes:
    name (str | Unset): Name of the settlement source
    url (str | Unset): URL to the settlement source
    """

    name: str | Unset = UNSET

    url: str | Unset = UNSET

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
        if isinstance(self.name, Unset):
            pass
        elif self.name is None:  # a null the spec does not allow, kept as received
            field_dict["name"] = None
        else:
            field_dict["name"] = self.name
        if isinstance(self.url, Unset):
            pass
        elif self.url is None:  # a null the spec does not allow, kept as received
            field_dict["url"] = None
        else:
            field_dict["url"] = self.url
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
            _v = _get("name", UNSET)
            _f_name: Any
            if type(_v) is str:
                _f_name = _v

            elif _v is UNSET:
                _f_name = UNSET
                _absent += 1
            elif _v is None:
                _f_name = None
                _deviations = record_deviation(
                    _deviations, "SettlementSource", "name", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("name", "str", _v)
                _f_name = _v

            _v = _get("url", UNSET)
            _f_url: Any
            if type(_v) is str:
                _f_url = _v

            elif _v is UNSET:
                _f_url = UNSET
                _absent += 1
            elif _v is None:
                _f_url = None
                _deviations = record_deviation(
                    _deviations, "SettlementSource", "url", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("url", "str", _v)
                _f_url = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        settlement_source = _new(cls)
        settlement_source.name = _f_name
        settlement_source.url = _f_url
        if len(src_dict) + _absent > 2:
            _known: set[str] = {"name", "url"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            settlement_source.additional_properties = _extra_found
        else:
            settlement_source.additional_properties = {}
        settlement_source._deviations = _deviations
        return settlement_source

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("name", "name", str, False, None),
            ("url", "url", str, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        settlement_source = _new(cls)
        settlement_source.name = w.name
        settlement_source.url = w.url
        settlement_source.additional_properties = w._extras()
        settlement_source._deviations = None
        return settlement_source

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
