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
    to_dollars_or_none_or_unset,
)

T = TypeVar("T", bound="PriceDistribution")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class PriceDistribution:
    """Attributes:
    open_dollars (None | Decimal | Unset): First traded YES contract price on the market during the candlestick
        period (in dollars). May be null if there was no trade during the period.
    low_dollars (None | Decimal | Unset): Lowest traded YES contract price on the market during the candlestick
        period (in dollars). May be null if there was no trade during the period.
    high_dollars (None | Decimal | Unset): Highest traded YES contract price on the market during the candlestick
        period (in dollars). May be null if there was no trade during the period.
    close_dollars (None | Decimal | Unset): Last traded YES contract price on the market during the candlestick
        period (in dollars). May be null if there was no trade during the period.
    mean_dollars (None | Decimal | Unset): Mean traded YES contract price on the market during the candlestick
        period (in dollars). May be null if there was no trade during the period.
    previous_dollars (None | Decimal | Unset): Last traded YES contract price on the market before the candlestick
        period (in dollars). May be null if there were no trades before the period.
    min_dollars (None | Decimal | Unset): Minimum close price of any market during the candlestick period (in
        dollars).
    max_dollars (None | Decimal | Unset): Maximum close price of any market during the candlestick period (in
        dollars).
    """

    open_dollars: None | Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_dollars_or_none_or_unset
    )

    low_dollars: None | Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_dollars_or_none_or_unset
    )

    high_dollars: None | Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_dollars_or_none_or_unset
    )

    close_dollars: None | Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_dollars_or_none_or_unset
    )

    mean_dollars: None | Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_dollars_or_none_or_unset
    )

    previous_dollars: None | Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_dollars_or_none_or_unset
    )

    min_dollars: None | Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_dollars_or_none_or_unset
    )

    max_dollars: None | Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_dollars_or_none_or_unset
    )

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
        else:
            field_dict["open_dollars"] = (
                None
                if self.open_dollars is None
                else fixed_point_text(self.open_dollars, "open_dollars", counts=False)
            )
        if isinstance(self.low_dollars, Unset):
            pass
        else:
            field_dict["low_dollars"] = (
                None
                if self.low_dollars is None
                else fixed_point_text(self.low_dollars, "low_dollars", counts=False)
            )
        if isinstance(self.high_dollars, Unset):
            pass
        else:
            field_dict["high_dollars"] = (
                None
                if self.high_dollars is None
                else fixed_point_text(self.high_dollars, "high_dollars", counts=False)
            )
        if isinstance(self.close_dollars, Unset):
            pass
        else:
            field_dict["close_dollars"] = (
                None
                if self.close_dollars is None
                else fixed_point_text(self.close_dollars, "close_dollars", counts=False)
            )
        if isinstance(self.mean_dollars, Unset):
            pass
        else:
            field_dict["mean_dollars"] = (
                None
                if self.mean_dollars is None
                else fixed_point_text(self.mean_dollars, "mean_dollars", counts=False)
            )
        if isinstance(self.previous_dollars, Unset):
            pass
        else:
            field_dict["previous_dollars"] = (
                None
                if self.previous_dollars is None
                else fixed_point_text(
                    self.previous_dollars, "previous_dollars", counts=False
                )
            )
        if isinstance(self.min_dollars, Unset):
            pass
        else:
            field_dict["min_dollars"] = (
                None
                if self.min_dollars is None
                else fixed_point_text(self.min_dollars, "min_dollars", counts=False)
            )
        if isinstance(self.max_dollars, Unset):
            pass
        else:
            field_dict["max_dollars"] = (
                None
                if self.max_dollars is None
                else fixed_point_text(self.max_dollars, "max_dollars", counts=False)
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
            else:
                if _v is None:
                    _f_open_dollars = None
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
            else:
                if _v is None:
                    _f_low_dollars = None
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
            else:
                if _v is None:
                    _f_high_dollars = None
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
            else:
                if _v is None:
                    _f_close_dollars = None
                else:
                    _f_close_dollars = parse_fixed_point(_v, "close_dollars")

            _v = _get("mean_dollars", UNSET)
            _f_mean_dollars: Any
            if type(_v) is str:
                try:
                    _f_mean_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_mean_dollars = parse_fixed_point(_v, "mean_dollars")

            elif _v is UNSET:
                _f_mean_dollars = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_mean_dollars = None
                else:
                    _f_mean_dollars = parse_fixed_point(_v, "mean_dollars")

            _v = _get("previous_dollars", UNSET)
            _f_previous_dollars: Any
            if type(_v) is str:
                try:
                    _f_previous_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_previous_dollars = parse_fixed_point(_v, "previous_dollars")

            elif _v is UNSET:
                _f_previous_dollars = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_previous_dollars = None
                else:
                    _f_previous_dollars = parse_fixed_point(_v, "previous_dollars")

            _v = _get("min_dollars", UNSET)
            _f_min_dollars: Any
            if type(_v) is str:
                try:
                    _f_min_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_min_dollars = parse_fixed_point(_v, "min_dollars")

            elif _v is UNSET:
                _f_min_dollars = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_min_dollars = None
                else:
                    _f_min_dollars = parse_fixed_point(_v, "min_dollars")

            _v = _get("max_dollars", UNSET)
            _f_max_dollars: Any
            if type(_v) is str:
                try:
                    _f_max_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_max_dollars = parse_fixed_point(_v, "max_dollars")

            elif _v is UNSET:
                _f_max_dollars = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_max_dollars = None
                else:
                    _f_max_dollars = parse_fixed_point(_v, "max_dollars")

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        price_distribution = _new(cls)
        price_distribution.open_dollars = _f_open_dollars
        price_distribution.low_dollars = _f_low_dollars
        price_distribution.high_dollars = _f_high_dollars
        price_distribution.close_dollars = _f_close_dollars
        price_distribution.mean_dollars = _f_mean_dollars
        price_distribution.previous_dollars = _f_previous_dollars
        price_distribution.min_dollars = _f_min_dollars
        price_distribution.max_dollars = _f_max_dollars
        if len(src_dict) + _absent > 8:
            _known: set[str] = {
                "open_dollars",
                "low_dollars",
                "high_dollars",
                "close_dollars",
                "mean_dollars",
                "previous_dollars",
                "min_dollars",
                "max_dollars",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            price_distribution.additional_properties = _extra_found
        else:
            price_distribution.additional_properties = {}
        price_distribution._deviations = _deviations
        return price_distribution

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("open_dollars", "open_dollars", str | None, False, None),
            ("low_dollars", "low_dollars", str | None, False, None),
            ("high_dollars", "high_dollars", str | None, False, None),
            ("close_dollars", "close_dollars", str | None, False, None),
            ("mean_dollars", "mean_dollars", str | None, False, None),
            ("previous_dollars", "previous_dollars", str | None, False, None),
            ("min_dollars", "min_dollars", str | None, False, None),
            ("max_dollars", "max_dollars", str | None, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        price_distribution = _new(cls)
        if w.open_dollars is UNSET or w.open_dollars is None:
            price_distribution.open_dollars = w.open_dollars
        else:
            try:
                price_distribution.open_dollars = FIXED_POINT[w.open_dollars]
            except KeyError:
                price_distribution.open_dollars = parse_fixed_point(
                    w.open_dollars, "open_dollars"
                )
        if w.low_dollars is UNSET or w.low_dollars is None:
            price_distribution.low_dollars = w.low_dollars
        else:
            try:
                price_distribution.low_dollars = FIXED_POINT[w.low_dollars]
            except KeyError:
                price_distribution.low_dollars = parse_fixed_point(
                    w.low_dollars, "low_dollars"
                )
        if w.high_dollars is UNSET or w.high_dollars is None:
            price_distribution.high_dollars = w.high_dollars
        else:
            try:
                price_distribution.high_dollars = FIXED_POINT[w.high_dollars]
            except KeyError:
                price_distribution.high_dollars = parse_fixed_point(
                    w.high_dollars, "high_dollars"
                )
        if w.close_dollars is UNSET or w.close_dollars is None:
            price_distribution.close_dollars = w.close_dollars
        else:
            try:
                price_distribution.close_dollars = FIXED_POINT[w.close_dollars]
            except KeyError:
                price_distribution.close_dollars = parse_fixed_point(
                    w.close_dollars, "close_dollars"
                )
        if w.mean_dollars is UNSET or w.mean_dollars is None:
            price_distribution.mean_dollars = w.mean_dollars
        else:
            try:
                price_distribution.mean_dollars = FIXED_POINT[w.mean_dollars]
            except KeyError:
                price_distribution.mean_dollars = parse_fixed_point(
                    w.mean_dollars, "mean_dollars"
                )
        if w.previous_dollars is UNSET or w.previous_dollars is None:
            price_distribution.previous_dollars = w.previous_dollars
        else:
            try:
                price_distribution.previous_dollars = FIXED_POINT[w.previous_dollars]
            except KeyError:
                price_distribution.previous_dollars = parse_fixed_point(
                    w.previous_dollars, "previous_dollars"
                )
        if w.min_dollars is UNSET or w.min_dollars is None:
            price_distribution.min_dollars = w.min_dollars
        else:
            try:
                price_distribution.min_dollars = FIXED_POINT[w.min_dollars]
            except KeyError:
                price_distribution.min_dollars = parse_fixed_point(
                    w.min_dollars, "min_dollars"
                )
        if w.max_dollars is UNSET or w.max_dollars is None:
            price_distribution.max_dollars = w.max_dollars
        else:
            try:
                price_distribution.max_dollars = FIXED_POINT[w.max_dollars]
            except KeyError:
                price_distribution.max_dollars = parse_fixed_point(
                    w.max_dollars, "max_dollars"
                )
        price_distribution.additional_properties = w._extras()
        price_distribution._deviations = None
        return price_distribution

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
