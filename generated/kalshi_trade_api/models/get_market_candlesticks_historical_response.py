from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.market_candlestick_historical import MarketCandlestickHistorical


T = TypeVar("T", bound="GetMarketCandlesticksHistoricalResponse")


@_attrs_define(repr=False)
class GetMarketCandlesticksHistoricalResponse:
    """Attributes:
    ticker (str): Unique identifier for the market.
    candlesticks (list[MarketCandlestickHistorical]): Array of candlestick data points for the specified time range.
    """

    ticker: str
    candlesticks: list[MarketCandlestickHistorical]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        ticker = self.ticker
        field_dict["ticker"] = ticker
        candlesticks = []
        for candlesticks_item_data in self.candlesticks:
            candlesticks_item = candlesticks_item_data.to_dict()
            candlesticks.append(candlesticks_item)

        field_dict["candlesticks"] = candlesticks
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.market_candlestick_historical import MarketCandlestickHistorical

        d = dict(src_dict)
        ticker = d.pop("ticker")
        candlesticks = []
        _candlesticks = d.pop("candlesticks")
        for candlesticks_item_data in _candlesticks:
            candlesticks_item = MarketCandlestickHistorical.from_dict(
                candlesticks_item_data
            )

            candlesticks.append(candlesticks_item)

        get_market_candlesticks_historical_response = cls(
            ticker=ticker,
            candlesticks=candlesticks,
        )
        get_market_candlesticks_historical_response.additional_properties = d
        return get_market_candlesticks_historical_response

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
