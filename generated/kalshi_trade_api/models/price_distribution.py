from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

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

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        open_dollars: None | str | Unset
        if isinstance(self.open_dollars, Unset):
            open_dollars = UNSET
        else:
            open_dollars = self.open_dollars
        if open_dollars is not UNSET:
            field_dict["open_dollars"] = open_dollars
        low_dollars: None | str | Unset
        if isinstance(self.low_dollars, Unset):
            low_dollars = UNSET
        else:
            low_dollars = self.low_dollars
        if low_dollars is not UNSET:
            field_dict["low_dollars"] = low_dollars
        high_dollars: None | str | Unset
        if isinstance(self.high_dollars, Unset):
            high_dollars = UNSET
        else:
            high_dollars = self.high_dollars
        if high_dollars is not UNSET:
            field_dict["high_dollars"] = high_dollars
        close_dollars: None | str | Unset
        if isinstance(self.close_dollars, Unset):
            close_dollars = UNSET
        else:
            close_dollars = self.close_dollars
        if close_dollars is not UNSET:
            field_dict["close_dollars"] = close_dollars
        mean_dollars: None | str | Unset
        if isinstance(self.mean_dollars, Unset):
            mean_dollars = UNSET
        else:
            mean_dollars = self.mean_dollars
        if mean_dollars is not UNSET:
            field_dict["mean_dollars"] = mean_dollars
        previous_dollars: None | str | Unset
        if isinstance(self.previous_dollars, Unset):
            previous_dollars = UNSET
        else:
            previous_dollars = self.previous_dollars
        if previous_dollars is not UNSET:
            field_dict["previous_dollars"] = previous_dollars
        min_dollars: None | str | Unset
        if isinstance(self.min_dollars, Unset):
            min_dollars = UNSET
        else:
            min_dollars = self.min_dollars
        if min_dollars is not UNSET:
            field_dict["min_dollars"] = min_dollars
        max_dollars: None | str | Unset
        if isinstance(self.max_dollars, Unset):
            max_dollars = UNSET
        else:
            max_dollars = self.max_dollars
        if max_dollars is not UNSET:
            field_dict["max_dollars"] = max_dollars
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_open_dollars(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        open_dollars = _parse_open_dollars(d.pop("open_dollars", UNSET))

        def _parse_low_dollars(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        low_dollars = _parse_low_dollars(d.pop("low_dollars", UNSET))

        def _parse_high_dollars(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        high_dollars = _parse_high_dollars(d.pop("high_dollars", UNSET))

        def _parse_close_dollars(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        close_dollars = _parse_close_dollars(d.pop("close_dollars", UNSET))

        def _parse_mean_dollars(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mean_dollars = _parse_mean_dollars(d.pop("mean_dollars", UNSET))

        def _parse_previous_dollars(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_dollars = _parse_previous_dollars(d.pop("previous_dollars", UNSET))

        def _parse_min_dollars(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        min_dollars = _parse_min_dollars(d.pop("min_dollars", UNSET))

        def _parse_max_dollars(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        max_dollars = _parse_max_dollars(d.pop("max_dollars", UNSET))

        price_distribution = cls(
            open_dollars=open_dollars,
            low_dollars=low_dollars,
            high_dollars=high_dollars,
            close_dollars=close_dollars,
            mean_dollars=mean_dollars,
            previous_dollars=previous_dollars,
            min_dollars=min_dollars,
            max_dollars=max_dollars,
        )
        price_distribution.additional_properties = d
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
