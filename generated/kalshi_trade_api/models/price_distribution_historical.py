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
    to_dollars_or_none,
)

T = TypeVar("T", bound="PriceDistributionHistorical")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class PriceDistributionHistorical:
    """Attributes:
    open_ (None | Decimal): Price of the first trade during the candlestick period (in dollars). Null if no trades
        occurred.
    low (None | Decimal): Lowest trade price during the candlestick period (in dollars). Null if no trades occurred.
    high (None | Decimal): Highest trade price during the candlestick period (in dollars). Null if no trades
        occurred.
    close (None | Decimal): Price of the last trade during the candlestick period (in dollars). Null if no trades
        occurred.
    mean (None | Decimal): Volume-weighted average price during the candlestick period (in dollars). Null if no
        trades occurred.
    previous (None | Decimal): Close price from the previous candlestick period (in dollars). Null if this is the
        first candlestick or no prior trade exists.
    """

    open_: None | Decimal = _attrs_field(converter=to_dollars_or_none)

    low: None | Decimal = _attrs_field(converter=to_dollars_or_none)

    high: None | Decimal = _attrs_field(converter=to_dollars_or_none)

    close: None | Decimal = _attrs_field(converter=to_dollars_or_none)

    mean: None | Decimal = _attrs_field(converter=to_dollars_or_none)

    previous: None | Decimal = _attrs_field(converter=to_dollars_or_none)

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
        if isinstance(self.open_, Unset):
            pass
        else:
            field_dict["open"] = (
                None
                if self.open_ is None
                else fixed_point_text(self.open_, "open", counts=False)
            )
        if isinstance(self.low, Unset):
            pass
        else:
            field_dict["low"] = (
                None
                if self.low is None
                else fixed_point_text(self.low, "low", counts=False)
            )
        if isinstance(self.high, Unset):
            pass
        else:
            field_dict["high"] = (
                None
                if self.high is None
                else fixed_point_text(self.high, "high", counts=False)
            )
        if isinstance(self.close, Unset):
            pass
        else:
            field_dict["close"] = (
                None
                if self.close is None
                else fixed_point_text(self.close, "close", counts=False)
            )
        if isinstance(self.mean, Unset):
            pass
        else:
            field_dict["mean"] = (
                None
                if self.mean is None
                else fixed_point_text(self.mean, "mean", counts=False)
            )
        if isinstance(self.previous, Unset):
            pass
        else:
            field_dict["previous"] = (
                None
                if self.previous is None
                else fixed_point_text(self.previous, "previous", counts=False)
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
            _v = _get("open", UNSET)
            _f_open_: Any
            if type(_v) is str:
                try:
                    _f_open_ = FIXED_POINT[_v]
                except KeyError:
                    _f_open_ = parse_fixed_point(_v, "open")

            elif _v is UNSET:
                _f_open_ = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "PriceDistributionHistorical", "open", "missing"
                )
            else:
                if _v is None:
                    _f_open_ = None
                else:
                    _f_open_ = parse_fixed_point(_v, "open")

            _v = _get("low", UNSET)
            _f_low: Any
            if type(_v) is str:
                try:
                    _f_low = FIXED_POINT[_v]
                except KeyError:
                    _f_low = parse_fixed_point(_v, "low")

            elif _v is UNSET:
                _f_low = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "PriceDistributionHistorical", "low", "missing"
                )
            else:
                if _v is None:
                    _f_low = None
                else:
                    _f_low = parse_fixed_point(_v, "low")

            _v = _get("high", UNSET)
            _f_high: Any
            if type(_v) is str:
                try:
                    _f_high = FIXED_POINT[_v]
                except KeyError:
                    _f_high = parse_fixed_point(_v, "high")

            elif _v is UNSET:
                _f_high = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "PriceDistributionHistorical", "high", "missing"
                )
            else:
                if _v is None:
                    _f_high = None
                else:
                    _f_high = parse_fixed_point(_v, "high")

            _v = _get("close", UNSET)
            _f_close: Any
            if type(_v) is str:
                try:
                    _f_close = FIXED_POINT[_v]
                except KeyError:
                    _f_close = parse_fixed_point(_v, "close")

            elif _v is UNSET:
                _f_close = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "PriceDistributionHistorical", "close", "missing"
                )
            else:
                if _v is None:
                    _f_close = None
                else:
                    _f_close = parse_fixed_point(_v, "close")

            _v = _get("mean", UNSET)
            _f_mean: Any
            if type(_v) is str:
                try:
                    _f_mean = FIXED_POINT[_v]
                except KeyError:
                    _f_mean = parse_fixed_point(_v, "mean")

            elif _v is UNSET:
                _f_mean = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "PriceDistributionHistorical", "mean", "missing"
                )
            else:
                if _v is None:
                    _f_mean = None
                else:
                    _f_mean = parse_fixed_point(_v, "mean")

            _v = _get("previous", UNSET)
            _f_previous: Any
            if type(_v) is str:
                try:
                    _f_previous = FIXED_POINT[_v]
                except KeyError:
                    _f_previous = parse_fixed_point(_v, "previous")

            elif _v is UNSET:
                _f_previous = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "PriceDistributionHistorical", "previous", "missing"
                )
            else:
                if _v is None:
                    _f_previous = None
                else:
                    _f_previous = parse_fixed_point(_v, "previous")

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        price_distribution_historical = _new(cls)
        price_distribution_historical.open_ = _f_open_
        price_distribution_historical.low = _f_low
        price_distribution_historical.high = _f_high
        price_distribution_historical.close = _f_close
        price_distribution_historical.mean = _f_mean
        price_distribution_historical.previous = _f_previous
        if len(src_dict) + _absent > 6:
            _known: set[str] = {"open", "low", "high", "close", "mean", "previous"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            price_distribution_historical.additional_properties = _extra_found
        else:
            price_distribution_historical.additional_properties = {}
        price_distribution_historical._deviations = _deviations
        return price_distribution_historical

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("open_", "open", str | None, True, None),
            ("low", "low", str | None, True, None),
            ("high", "high", str | None, True, None),
            ("close", "close", str | None, True, None),
            ("mean", "mean", str | None, True, None),
            ("previous", "previous", str | None, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        price_distribution_historical = _new(cls)
        if w.open_ is None:
            price_distribution_historical.open_ = w.open_
        else:
            try:
                price_distribution_historical.open_ = FIXED_POINT[w.open_]
            except KeyError:
                price_distribution_historical.open_ = parse_fixed_point(w.open_, "open")
        if w.low is None:
            price_distribution_historical.low = w.low
        else:
            try:
                price_distribution_historical.low = FIXED_POINT[w.low]
            except KeyError:
                price_distribution_historical.low = parse_fixed_point(w.low, "low")
        if w.high is None:
            price_distribution_historical.high = w.high
        else:
            try:
                price_distribution_historical.high = FIXED_POINT[w.high]
            except KeyError:
                price_distribution_historical.high = parse_fixed_point(w.high, "high")
        if w.close is None:
            price_distribution_historical.close = w.close
        else:
            try:
                price_distribution_historical.close = FIXED_POINT[w.close]
            except KeyError:
                price_distribution_historical.close = parse_fixed_point(
                    w.close, "close"
                )
        if w.mean is None:
            price_distribution_historical.mean = w.mean
        else:
            try:
                price_distribution_historical.mean = FIXED_POINT[w.mean]
            except KeyError:
                price_distribution_historical.mean = parse_fixed_point(w.mean, "mean")
        if w.previous is None:
            price_distribution_historical.previous = w.previous
        else:
            try:
                price_distribution_historical.previous = FIXED_POINT[w.previous]
            except KeyError:
                price_distribution_historical.previous = parse_fixed_point(
                    w.previous, "previous"
                )
        price_distribution_historical.additional_properties = w._extras()
        price_distribution_historical._deviations = None
        return price_distribution_historical

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
