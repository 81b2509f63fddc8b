from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..models.settlement_market_result import (
    SettlementMarketResult,
    check_settlement_market_result,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Settlement")


@_attrs_define(repr=False)
class Settlement:
    """Attributes:
    ticker (str): The ticker symbol of the market that was settled.
    exchange_index (int): Identifier for an exchange shard.
    event_ticker (str): The event ticker symbol of the market that was settled.
    market_result (SettlementMarketResult): The outcome of the market settlement. 'yes' = market resolved to YES,
        'no' = market resolved to NO, 'scalar' = scalar market settled at a specific value.
    yes_count_fp (str): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp" in field
        names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2 decimals.
        Fractional contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts. Example:
        10.00.
    yes_total_cost_dollars (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    no_count_fp (str): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp" in field
        names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2 decimals.
        Fractional contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts. Example:
        10.00.
    no_total_cost_dollars (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    revenue (int): Total revenue earned from this settlement in cents (winning contracts pay out 100 cents each).
    settled_time (datetime.datetime): Timestamp when the market was settled and payouts were processed.
    fee_cost (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g., "0.56",
        "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that market's
        price level structure. Example: 0.5600.
    value (int | None | Unset): Payout of a single yes contract in cents.
    """

    ticker: str
    exchange_index: int
    event_ticker: str
    market_result: SettlementMarketResult
    yes_count_fp: str
    yes_total_cost_dollars: str
    no_count_fp: str
    no_total_cost_dollars: str
    revenue: int
    settled_time: datetime.datetime
    fee_cost: str
    value: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        ticker = self.ticker
        field_dict["ticker"] = ticker
        exchange_index = self.exchange_index
        field_dict["exchange_index"] = exchange_index
        event_ticker = self.event_ticker
        field_dict["event_ticker"] = event_ticker
        market_result: str = check_settlement_market_result(
            self.market_result, "market_result"
        )
        field_dict["market_result"] = market_result
        yes_count_fp = self.yes_count_fp
        field_dict["yes_count_fp"] = yes_count_fp
        yes_total_cost_dollars = self.yes_total_cost_dollars
        field_dict["yes_total_cost_dollars"] = yes_total_cost_dollars
        no_count_fp = self.no_count_fp
        field_dict["no_count_fp"] = no_count_fp
        no_total_cost_dollars = self.no_total_cost_dollars
        field_dict["no_total_cost_dollars"] = no_total_cost_dollars
        revenue = self.revenue
        field_dict["revenue"] = revenue
        settled_time = self.settled_time.isoformat()
        field_dict["settled_time"] = settled_time
        fee_cost = self.fee_cost
        field_dict["fee_cost"] = fee_cost
        value: int | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value
        if value is not UNSET:
            field_dict["value"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ticker = d.pop("ticker")
        exchange_index = d.pop("exchange_index")
        event_ticker = d.pop("event_ticker")
        market_result = check_settlement_market_result(
            d.pop("market_result"), "market_result", received=True
        )

        yes_count_fp = d.pop("yes_count_fp")
        yes_total_cost_dollars = d.pop("yes_total_cost_dollars")
        no_count_fp = d.pop("no_count_fp")
        no_total_cost_dollars = d.pop("no_total_cost_dollars")
        revenue = d.pop("revenue")
        settled_time = isoparse(d.pop("settled_time"))

        fee_cost = d.pop("fee_cost")

        def _parse_value(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        settlement = cls(
            ticker=ticker,
            exchange_index=exchange_index,
            event_ticker=event_ticker,
            market_result=market_result,
            yes_count_fp=yes_count_fp,
            yes_total_cost_dollars=yes_total_cost_dollars,
            no_count_fp=no_count_fp,
            no_total_cost_dollars=no_total_cost_dollars,
            revenue=revenue,
            settled_time=settled_time,
            fee_cost=fee_cost,
            value=value,
        )
        settlement.additional_properties = d
        return settlement

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
