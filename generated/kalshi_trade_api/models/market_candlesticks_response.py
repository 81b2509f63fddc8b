from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.market_candlestick import MarketCandlestick


T = TypeVar("T", bound="MarketCandlesticksResponse")


@_attrs_define(repr=False)
class MarketCandlesticksResponse:
    """Attributes:
    market_ticker (str): Market ticker string (e.g., 'INXD-24JAN01').
    candlesticks (list[MarketCandlestick]): Array of candlestick data points for the market. Includes an initial
        data point at the start timestamp when available.
    """

    market_ticker: str
    candlesticks: list[MarketCandlestick]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        market_ticker = self.market_ticker
        field_dict["market_ticker"] = market_ticker
        candlesticks = []
        for candlesticks_item_data in self.candlesticks:
            candlesticks_item = candlesticks_item_data.to_dict()
            candlesticks.append(candlesticks_item)

        field_dict["candlesticks"] = candlesticks
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.market_candlestick import MarketCandlestick

        d = dict(src_dict)
        market_ticker = d.pop("market_ticker")
        candlesticks = []
        _candlesticks = d.pop("candlesticks")
        for candlesticks_item_data in _candlesticks:
            candlesticks_item = MarketCandlestick.from_dict(candlesticks_item_data)

            candlesticks.append(candlesticks_item)

        market_candlesticks_response = cls(
            market_ticker=market_ticker,
            candlesticks=candlesticks,
        )
        market_candlesticks_response.additional_properties = d
        return market_candlesticks_response

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
