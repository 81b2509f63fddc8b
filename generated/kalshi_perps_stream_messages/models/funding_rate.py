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

T = TypeVar("T", bound="FundingRate")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class FundingRate:
    """Attributes:
    rate (float): Funding rate as a decimal value.
    next_funding_time_ms (int): Unix timestamp in milliseconds for the next funding time.
    ts_ms (int): Unix timestamp in milliseconds for the funding snapshot.
    """

    rate: float

    next_funding_time_ms: int

    ts_ms: int

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
        if isinstance(self.rate, Unset):
            pass
        elif self.rate is None:  # a null the spec does not allow, kept as received
            field_dict["rate"] = None
        else:
            field_dict["rate"] = self.rate
        if isinstance(self.next_funding_time_ms, Unset):
            pass
        elif (
            self.next_funding_time_ms is None
        ):  # a null the spec does not allow, kept as received
            field_dict["next_funding_time_ms"] = None
        else:
            field_dict["next_funding_time_ms"] = self.next_funding_time_ms
        if isinstance(self.ts_ms, Unset):
            pass
        elif self.ts_ms is None:  # a null the spec does not allow, kept as received
            field_dict["ts_ms"] = None
        else:
            field_dict["ts_ms"] = self.ts_ms
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
            _v = _get("rate", UNSET)
            _f_rate: Any
            if type(_v) is float:
                _f_rate = _v

            elif _v is UNSET:
                _f_rate = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "FundingRate", "rate", "missing"
                )
            elif _v is None:
                _f_rate = None
                _deviations = record_deviation(
                    _deviations, "FundingRate", "rate", "null"
                )
            else:
                if type(_v) is not float:
                    if type(_v) is not int or float(_v) != _v:
                        raise BadValue("rate", "number", _v)
                    _v = float(_v)
                _f_rate = _v

            _v = _get("next_funding_time_ms", UNSET)
            _f_next_funding_time_ms: Any
            if type(_v) is int:
                _f_next_funding_time_ms = _v

            elif _v is UNSET:
                _f_next_funding_time_ms = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "FundingRate", "next_funding_time_ms", "missing"
                )
            elif _v is None:
                _f_next_funding_time_ms = None
                _deviations = record_deviation(
                    _deviations, "FundingRate", "next_funding_time_ms", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("next_funding_time_ms", "int", _v)
                _f_next_funding_time_ms = _v

            _v = _get("ts_ms", UNSET)
            _f_ts_ms: Any
            if type(_v) is int:
                _f_ts_ms = _v

            elif _v is UNSET:
                _f_ts_ms = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "FundingRate", "ts_ms", "missing"
                )
            elif _v is None:
                _f_ts_ms = None
                _deviations = record_deviation(
                    _deviations, "FundingRate", "ts_ms", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("ts_ms", "int", _v)
                _f_ts_ms = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        funding_rate = _new(cls)
        funding_rate.rate = _f_rate
        funding_rate.next_funding_time_ms = _f_next_funding_time_ms
        funding_rate.ts_ms = _f_ts_ms
        if len(src_dict) + _absent > 3:
            _known: set[str] = {"rate", "next_funding_time_ms", "ts_ms"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            funding_rate.additional_properties = _extra_found
        else:
            funding_rate.additional_properties = {}
        funding_rate._deviations = _deviations
        return funding_rate

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("rate", "rate", Any, True, None),
            ("next_funding_time_ms", "next_funding_time_ms", int, True, None),
            ("ts_ms", "ts_ms", int, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        funding_rate = _new(cls)
        if w.rate is None:  # a null the spec does not allow: from_dict records it
            raise BadValue("rate", "not null", None)
        if type(w.rate) is not float:
            if type(w.rate) is not int or float(w.rate) != w.rate:
                raise BadValue("rate", "number", w.rate)
            w.rate = float(w.rate)
        funding_rate.rate = w.rate
        funding_rate.next_funding_time_ms = w.next_funding_time_ms
        funding_rate.ts_ms = w.ts_ms
        funding_rate.additional_properties = w._extras()
        funding_rate._deviations = None
        return funding_rate

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
