from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..types import (
    FIXED_POINT,
    UNSET,
    BadValue,
    Unset,
    _new,
    fixed_point_text,
    learn_extras,
    model_repr,
    parse_fixed_point,
    record_deviation,
    to_dollars,
)

T = TypeVar("T", bound="BidAskDistribution")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class BidAskDistribution:
    """Attributes:
    open_dollars (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    low_dollars (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    high_dollars (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    close_dollars (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    """

    open_dollars: Decimal = _attrs_field(converter=to_dollars)

    low_dollars: Decimal = _attrs_field(converter=to_dollars)

    high_dollars: Decimal = _attrs_field(converter=to_dollars)

    close_dollars: Decimal = _attrs_field(converter=to_dollars)

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
        if isinstance(self.open_dollars, Unset):
            pass
        elif (
            self.open_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["open_dollars"] = None
        else:
            field_dict["open_dollars"] = fixed_point_text(
                self.open_dollars, "open_dollars", counts=False
            )
        if isinstance(self.low_dollars, Unset):
            pass
        elif (
            self.low_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["low_dollars"] = None
        else:
            field_dict["low_dollars"] = fixed_point_text(
                self.low_dollars, "low_dollars", counts=False
            )
        if isinstance(self.high_dollars, Unset):
            pass
        elif (
            self.high_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["high_dollars"] = None
        else:
            field_dict["high_dollars"] = fixed_point_text(
                self.high_dollars, "high_dollars", counts=False
            )
        if isinstance(self.close_dollars, Unset):
            pass
        elif (
            self.close_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["close_dollars"] = None
        else:
            field_dict["close_dollars"] = fixed_point_text(
                self.close_dollars, "close_dollars", counts=False
            )
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
            _v = _get("open_dollars", UNSET)
            _f_open_dollars: Any
            if type(_v) is str:
                try:
                    _f_open_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_open_dollars = parse_fixed_point(_v, "open_dollars")

            elif _v is UNSET:
                _f_open_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "BidAskDistribution", "open_dollars", "missing"
                )
            elif _v is None:
                _f_open_dollars = None
                _deviations = record_deviation(
                    _deviations, "BidAskDistribution", "open_dollars", "null"
                )
            else:
                _f_open_dollars = parse_fixed_point(_v, "open_dollars")

            _v = _get("low_dollars", UNSET)
            _f_low_dollars: Any
            if type(_v) is str:
                try:
                    _f_low_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_low_dollars = parse_fixed_point(_v, "low_dollars")

            elif _v is UNSET:
                _f_low_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "BidAskDistribution", "low_dollars", "missing"
                )
            elif _v is None:
                _f_low_dollars = None
                _deviations = record_deviation(
                    _deviations, "BidAskDistribution", "low_dollars", "null"
                )
            else:
                _f_low_dollars = parse_fixed_point(_v, "low_dollars")

            _v = _get("high_dollars", UNSET)
            _f_high_dollars: Any
            if type(_v) is str:
                try:
                    _f_high_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_high_dollars = parse_fixed_point(_v, "high_dollars")

            elif _v is UNSET:
                _f_high_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "BidAskDistribution", "high_dollars", "missing"
                )
            elif _v is None:
                _f_high_dollars = None
                _deviations = record_deviation(
                    _deviations, "BidAskDistribution", "high_dollars", "null"
                )
            else:
                _f_high_dollars = parse_fixed_point(_v, "high_dollars")

            _v = _get("close_dollars", UNSET)
            _f_close_dollars: Any
            if type(_v) is str:
                try:
                    _f_close_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_close_dollars = parse_fixed_point(_v, "close_dollars")

            elif _v is UNSET:
                _f_close_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "BidAskDistribution", "close_dollars", "missing"
                )
            elif _v is None:
                _f_close_dollars = None
                _deviations = record_deviation(
                    _deviations, "BidAskDistribution", "close_dollars", "null"
                )
            else:
                _f_close_dollars = parse_fixed_point(_v, "close_dollars")

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        bid_ask_distribution = _new(cls)
        bid_ask_distribution.open_dollars = _f_open_dollars
        bid_ask_distribution.low_dollars = _f_low_dollars
        bid_ask_distribution.high_dollars = _f_high_dollars
        bid_ask_distribution.close_dollars = _f_close_dollars
        if len(src_dict) + _absent > 4:
            _known: set[str] = {
                "open_dollars",
                "low_dollars",
                "high_dollars",
                "close_dollars",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            bid_ask_distribution.additional_properties = _extra_found
        else:
            bid_ask_distribution.additional_properties = {}
        bid_ask_distribution._deviations = _deviations
        return bid_ask_distribution

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("open_dollars", "open_dollars", str, True, None),
            ("low_dollars", "low_dollars", str, True, None),
            ("high_dollars", "high_dollars", str, True, None),
            ("close_dollars", "close_dollars", str, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        bid_ask_distribution = _new(cls)
        try:
            bid_ask_distribution.open_dollars = FIXED_POINT[w.open_dollars]
        except KeyError:
            bid_ask_distribution.open_dollars = parse_fixed_point(
                w.open_dollars, "open_dollars"
            )
        try:
            bid_ask_distribution.low_dollars = FIXED_POINT[w.low_dollars]
        except KeyError:
            bid_ask_distribution.low_dollars = parse_fixed_point(
                w.low_dollars, "low_dollars"
            )
        try:
            bid_ask_distribution.high_dollars = FIXED_POINT[w.high_dollars]
        except KeyError:
            bid_ask_distribution.high_dollars = parse_fixed_point(
                w.high_dollars, "high_dollars"
            )
        try:
            bid_ask_distribution.close_dollars = FIXED_POINT[w.close_dollars]
        except KeyError:
            bid_ask_distribution.close_dollars = parse_fixed_point(
                w.close_dollars, "close_dollars"
            )
        bid_ask_distribution.additional_properties = w._extras()
        bid_ask_distribution._deviations = None
        return bid_ask_distribution

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
