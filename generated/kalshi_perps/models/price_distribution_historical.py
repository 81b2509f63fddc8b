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
    record_deviation,
)

T = TypeVar("T", bound="PriceDistributionHistorical")


@_attrs_define(repr=False)
class PriceDistributionHistorical:
    """Attributes:
    open_ (None | str): Price of the first trade during the candlestick period (in dollars). Null if no trades
        occurred.
    low (None | str): Lowest trade price during the candlestick period (in dollars). Null if no trades occurred.
    high (None | str): Highest trade price during the candlestick period (in dollars). Null if no trades occurred.
    close (None | str): Price of the last trade during the candlestick period (in dollars). Null if no trades
        occurred.
    mean (None | str): Volume-weighted average price during the candlestick period (in dollars). Null if no trades
        occurred.
    previous (None | str): Close price from the previous candlestick period (in dollars). Null if this is the first
        candlestick or no prior trade exists.
    """

    open_: None | str
    low: None | str
    high: None | str
    close: None | str
    mean: None | str
    previous: None | str
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
            _open_: None | str
            _open_ = self.open_
            field_dict["open"] = _open_
        if isinstance(self.low, Unset):
            pass
        else:
            _low: None | str
            _low = self.low
            field_dict["low"] = _low
        if isinstance(self.high, Unset):
            pass
        else:
            _high: None | str
            _high = self.high
            field_dict["high"] = _high
        if isinstance(self.close, Unset):
            pass
        else:
            _close: None | str
            _close = self.close
            field_dict["close"] = _close
        if isinstance(self.mean, Unset):
            pass
        else:
            _mean: None | str
            _mean = self.mean
            field_dict["mean"] = _mean
        if isinstance(self.previous, Unset):
            pass
        else:
            _previous: None | str
            _previous = self.previous
            field_dict["previous"] = _previous
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
                _f_open_ = _v

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
                    if type(_v) is not str:
                        raise BadValue("open", "str", _v)
                    _f_open_ = _v

            _v = _get("low", UNSET)
            _f_low: Any
            if type(_v) is str:
                _f_low = _v

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
                    if type(_v) is not str:
                        raise BadValue("low", "str", _v)
                    _f_low = _v

            _v = _get("high", UNSET)
            _f_high: Any
            if type(_v) is str:
                _f_high = _v

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
                    if type(_v) is not str:
                        raise BadValue("high", "str", _v)
                    _f_high = _v

            _v = _get("close", UNSET)
            _f_close: Any
            if type(_v) is str:
                _f_close = _v

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
                    if type(_v) is not str:
                        raise BadValue("close", "str", _v)
                    _f_close = _v

            _v = _get("mean", UNSET)
            _f_mean: Any
            if type(_v) is str:
                _f_mean = _v

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
                    if type(_v) is not str:
                        raise BadValue("mean", "str", _v)
                    _f_mean = _v

            _v = _get("previous", UNSET)
            _f_previous: Any
            if type(_v) is str:
                _f_previous = _v

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
                    if type(_v) is not str:
                        raise BadValue("previous", "str", _v)
                    _f_previous = _v

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
            price_distribution_historical.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _known
            }
        else:
            price_distribution_historical.additional_properties = {}
        price_distribution_historical._deviations = _deviations
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
