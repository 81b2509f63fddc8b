from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    BadValue,
    Unset,
    _new,
    model_repr,
)

T = TypeVar("T", bound="PriceDistribution")


@_attrs_define(repr=False)
class PriceDistribution:
    """Attributes:
    open_dollars (None | str | Unset): First traded YES contract price on the market during the candlestick period
        (in dollars). May be null if there was no trade during the period.
    low_dollars (None | str | Unset): Lowest traded YES contract price on the market during the candlestick period
        (in dollars). May be null if there was no trade during the period.
    high_dollars (None | str | Unset): Highest traded YES contract price on the market during the candlestick period
        (in dollars). May be null if there was no trade during the period.
    close_dollars (None | str | Unset): Last traded YES contract price on the market during the candlestick period
        (in dollars). May be null if there was no trade during the period.
    mean_dollars (None | str | Unset): Mean traded YES contract price on the market during the candlestick period
        (in dollars). May be null if there was no trade during the period.
    previous_dollars (None | str | Unset): Last traded YES contract price on the market before the candlestick
        period (in dollars). May be null if there were no trades before the period.
    min_dollars (None | str | Unset): Minimum close price of any market during the candlestick period (in dollars).
    max_dollars (None | str | Unset): Maximum close price of any market during the candlestick period (in dollars).
    """

    open_dollars: None | str | Unset = UNSET
    low_dollars: None | str | Unset = UNSET
    high_dollars: None | str | Unset = UNSET
    close_dollars: None | str | Unset = UNSET
    mean_dollars: None | str | Unset = UNSET
    previous_dollars: None | str | Unset = UNSET
    min_dollars: None | str | Unset = UNSET
    max_dollars: None | str | Unset = UNSET
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
            _open_dollars: None | str | Unset
            if isinstance(self.open_dollars, Unset):
                _open_dollars = UNSET
            else:
                _open_dollars = self.open_dollars
            field_dict["open_dollars"] = _open_dollars
        if isinstance(self.low_dollars, Unset):
            pass
        else:
            _low_dollars: None | str | Unset
            if isinstance(self.low_dollars, Unset):
                _low_dollars = UNSET
            else:
                _low_dollars = self.low_dollars
            field_dict["low_dollars"] = _low_dollars
        if isinstance(self.high_dollars, Unset):
            pass
        else:
            _high_dollars: None | str | Unset
            if isinstance(self.high_dollars, Unset):
                _high_dollars = UNSET
            else:
                _high_dollars = self.high_dollars
            field_dict["high_dollars"] = _high_dollars
        if isinstance(self.close_dollars, Unset):
            pass
        else:
            _close_dollars: None | str | Unset
            if isinstance(self.close_dollars, Unset):
                _close_dollars = UNSET
            else:
                _close_dollars = self.close_dollars
            field_dict["close_dollars"] = _close_dollars
        if isinstance(self.mean_dollars, Unset):
            pass
        else:
            _mean_dollars: None | str | Unset
            if isinstance(self.mean_dollars, Unset):
                _mean_dollars = UNSET
            else:
                _mean_dollars = self.mean_dollars
            field_dict["mean_dollars"] = _mean_dollars
        if isinstance(self.previous_dollars, Unset):
            pass
        else:
            _previous_dollars: None | str | Unset
            if isinstance(self.previous_dollars, Unset):
                _previous_dollars = UNSET
            else:
                _previous_dollars = self.previous_dollars
            field_dict["previous_dollars"] = _previous_dollars
        if isinstance(self.min_dollars, Unset):
            pass
        else:
            _min_dollars: None | str | Unset
            if isinstance(self.min_dollars, Unset):
                _min_dollars = UNSET
            else:
                _min_dollars = self.min_dollars
            field_dict["min_dollars"] = _min_dollars
        if isinstance(self.max_dollars, Unset):
            pass
        else:
            _max_dollars: None | str | Unset
            if isinstance(self.max_dollars, Unset):
                _max_dollars = UNSET
            else:
                _max_dollars = self.max_dollars
            field_dict["max_dollars"] = _max_dollars
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
                _f_open_dollars = _v

            elif _v is UNSET:
                _f_open_dollars = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_open_dollars = None
                else:
                    if type(_v) is not str:
                        raise BadValue("open_dollars", "str", _v)
                    _f_open_dollars = _v

            _v = _get("low_dollars", UNSET)
            _f_low_dollars: Any
            if type(_v) is str:
                _f_low_dollars = _v

            elif _v is UNSET:
                _f_low_dollars = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_low_dollars = None
                else:
                    if type(_v) is not str:
                        raise BadValue("low_dollars", "str", _v)
                    _f_low_dollars = _v

            _v = _get("high_dollars", UNSET)
            _f_high_dollars: Any
            if type(_v) is str:
                _f_high_dollars = _v

            elif _v is UNSET:
                _f_high_dollars = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_high_dollars = None
                else:
                    if type(_v) is not str:
                        raise BadValue("high_dollars", "str", _v)
                    _f_high_dollars = _v

            _v = _get("close_dollars", UNSET)
            _f_close_dollars: Any
            if type(_v) is str:
                _f_close_dollars = _v

            elif _v is UNSET:
                _f_close_dollars = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_close_dollars = None
                else:
                    if type(_v) is not str:
                        raise BadValue("close_dollars", "str", _v)
                    _f_close_dollars = _v

            _v = _get("mean_dollars", UNSET)
            _f_mean_dollars: Any
            if type(_v) is str:
                _f_mean_dollars = _v

            elif _v is UNSET:
                _f_mean_dollars = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_mean_dollars = None
                else:
                    if type(_v) is not str:
                        raise BadValue("mean_dollars", "str", _v)
                    _f_mean_dollars = _v

            _v = _get("previous_dollars", UNSET)
            _f_previous_dollars: Any
            if type(_v) is str:
                _f_previous_dollars = _v

            elif _v is UNSET:
                _f_previous_dollars = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_previous_dollars = None
                else:
                    if type(_v) is not str:
                        raise BadValue("previous_dollars", "str", _v)
                    _f_previous_dollars = _v

            _v = _get("min_dollars", UNSET)
            _f_min_dollars: Any
            if type(_v) is str:
                _f_min_dollars = _v

            elif _v is UNSET:
                _f_min_dollars = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_min_dollars = None
                else:
                    if type(_v) is not str:
                        raise BadValue("min_dollars", "str", _v)
                    _f_min_dollars = _v

            _v = _get("max_dollars", UNSET)
            _f_max_dollars: Any
            if type(_v) is str:
                _f_max_dollars = _v

            elif _v is UNSET:
                _f_max_dollars = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_max_dollars = None
                else:
                    if type(_v) is not str:
                        raise BadValue("max_dollars", "str", _v)
                    _f_max_dollars = _v

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
            price_distribution.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _known
            }
        else:
            price_distribution.additional_properties = {}
        price_distribution._deviations = _deviations
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
