from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.bid_ask_distribution import BidAskDistribution
    from ..models.price_distribution import PriceDistribution


T = TypeVar("T", bound="MarketCandlestick")


@_attrs_define(repr=False)
class MarketCandlestick:
    """Attributes:
    end_period_ts (int): Unix timestamp for the inclusive end of the candlestick period.
    yes_bid (BidAskDistribution):
    yes_ask (BidAskDistribution):
    price (PriceDistribution):
    volume_fp (str): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp" in field
        names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2 decimals.
        Fractional contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts. Example:
        10.00.
    open_interest_fp (str): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp" in
        field names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2
        decimals. Fractional contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts.
        Example: 10.00.
    """

    end_period_ts: int
    yes_bid: BidAskDistribution
    yes_ask: BidAskDistribution
    price: PriceDistribution
    volume_fp: str
    open_interest_fp: str
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
        volume_fp = self.volume_fp
        field_dict["volume_fp"] = volume_fp
        open_interest_fp = self.open_interest_fp
        field_dict["open_interest_fp"] = open_interest_fp
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bid_ask_distribution import BidAskDistribution
        from ..models.price_distribution import PriceDistribution

        d = dict(src_dict)
        end_period_ts = d.pop("end_period_ts")
        yes_bid = BidAskDistribution.from_dict(d.pop("yes_bid"))

        yes_ask = BidAskDistribution.from_dict(d.pop("yes_ask"))

        price = PriceDistribution.from_dict(d.pop("price"))

        volume_fp = d.pop("volume_fp")
        open_interest_fp = d.pop("open_interest_fp")
        market_candlestick = cls(
            end_period_ts=end_period_ts,
            yes_bid=yes_bid,
            yes_ask=yes_ask,
            price=price,
            volume_fp=volume_fp,
            open_interest_fp=open_interest_fp,
        )
        market_candlestick.additional_properties = d
        return market_candlestick

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
