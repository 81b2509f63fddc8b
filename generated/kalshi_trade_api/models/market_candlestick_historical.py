from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.bid_ask_distribution_historical import BidAskDistributionHistorical
    from ..models.price_distribution_historical import PriceDistributionHistorical


T = TypeVar("T", bound="MarketCandlestickHistorical")


@_attrs_define(repr=False)
class MarketCandlestickHistorical:
    """Attributes:
    end_period_ts (int): Unix timestamp for the inclusive end of the candlestick period.
    yes_bid (BidAskDistributionHistorical):
    yes_ask (BidAskDistributionHistorical):
    price (PriceDistributionHistorical):
    volume (str): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp" in field names).
        Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2 decimals. Fractional
        contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts. Example: 10.00.
    open_interest (str): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp" in field
        names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2 decimals.
        Fractional contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts. Example:
        10.00.
    """

    end_period_ts: int
    yes_bid: BidAskDistributionHistorical
    yes_ask: BidAskDistributionHistorical
    price: PriceDistributionHistorical
    volume: str
    open_interest: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        end_period_ts = self.end_period_ts
        field_dict["end_period_ts"] = end_period_ts
        yes_bid = self.yes_bid.to_dict()
        field_dict["yes_bid"] = yes_bid
        yes_ask = self.yes_ask.to_dict()
        field_dict["yes_ask"] = yes_ask
        price = self.price.to_dict()
        field_dict["price"] = price
        volume = self.volume
        field_dict["volume"] = volume
        open_interest = self.open_interest
        field_dict["open_interest"] = open_interest
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bid_ask_distribution_historical import (
            BidAskDistributionHistorical,
        )
        from ..models.price_distribution_historical import PriceDistributionHistorical

        d = dict(src_dict)
        end_period_ts = d.pop("end_period_ts")
        yes_bid = BidAskDistributionHistorical.from_dict(d.pop("yes_bid"))

        yes_ask = BidAskDistributionHistorical.from_dict(d.pop("yes_ask"))

        price = PriceDistributionHistorical.from_dict(d.pop("price"))

        volume = d.pop("volume")
        open_interest = d.pop("open_interest")
        market_candlestick_historical = cls(
            end_period_ts=end_period_ts,
            yes_bid=yes_bid,
            yes_ask=yes_ask,
            price=price,
            volume=volume,
            open_interest=open_interest,
        )
        market_candlestick_historical.additional_properties = d
        return market_candlestick_historical

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
