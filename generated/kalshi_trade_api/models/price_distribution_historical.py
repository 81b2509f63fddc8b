from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

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

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        open_: None | str
        open_ = self.open_
        field_dict["open"] = open_
        low: None | str
        low = self.low
        field_dict["low"] = low
        high: None | str
        high = self.high
        field_dict["high"] = high
        close: None | str
        close = self.close
        field_dict["close"] = close
        mean: None | str
        mean = self.mean
        field_dict["mean"] = mean
        previous: None | str
        previous = self.previous
        field_dict["previous"] = previous
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_open_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        open_ = _parse_open_(d.pop("open"))

        def _parse_low(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        low = _parse_low(d.pop("low"))

        def _parse_high(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        high = _parse_high(d.pop("high"))

        def _parse_close(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        close = _parse_close(d.pop("close"))

        def _parse_mean(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mean = _parse_mean(d.pop("mean"))

        def _parse_previous(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        previous = _parse_previous(d.pop("previous"))

        price_distribution_historical = cls(
            open_=open_,
            low=low,
            high=high,
            close=close,
            mean=mean,
            previous=previous,
        )
        price_distribution_historical.additional_properties = d
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
