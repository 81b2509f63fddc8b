from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import model_repr

T = TypeVar("T", bound="MarketPosition")


@_attrs_define(repr=False)
class MarketPosition:
    """Attributes:
    ticker (str): Unique identifier for the market
    exchange_index (int): Identifier for an exchange shard.
    total_traded_dollars (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    position_fp (str): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp" in field
        names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2 decimals.
        Fractional contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts. Example:
        10.00.
    market_exposure_dollars (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places
        (e.g., "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    realized_pnl_dollars (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    fees_paid_dollars (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    last_updated_ts (datetime.datetime): Last time the position is updated
    """

    ticker: str
    exchange_index: int
    total_traded_dollars: str
    position_fp: str
    market_exposure_dollars: str
    realized_pnl_dollars: str
    fees_paid_dollars: str
    last_updated_ts: datetime.datetime
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
        total_traded_dollars = self.total_traded_dollars
        field_dict["total_traded_dollars"] = total_traded_dollars
        position_fp = self.position_fp
        field_dict["position_fp"] = position_fp
        market_exposure_dollars = self.market_exposure_dollars
        field_dict["market_exposure_dollars"] = market_exposure_dollars
        realized_pnl_dollars = self.realized_pnl_dollars
        field_dict["realized_pnl_dollars"] = realized_pnl_dollars
        fees_paid_dollars = self.fees_paid_dollars
        field_dict["fees_paid_dollars"] = fees_paid_dollars
        last_updated_ts = self.last_updated_ts.isoformat()
        field_dict["last_updated_ts"] = last_updated_ts
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ticker = d.pop("ticker")
        exchange_index = d.pop("exchange_index")
        total_traded_dollars = d.pop("total_traded_dollars")
        position_fp = d.pop("position_fp")
        market_exposure_dollars = d.pop("market_exposure_dollars")
        realized_pnl_dollars = d.pop("realized_pnl_dollars")
        fees_paid_dollars = d.pop("fees_paid_dollars")
        last_updated_ts = isoparse(d.pop("last_updated_ts"))

        market_position = cls(
            ticker=ticker,
            exchange_index=exchange_index,
            total_traded_dollars=total_traded_dollars,
            position_fp=position_fp,
            market_exposure_dollars=market_exposure_dollars,
            realized_pnl_dollars=realized_pnl_dollars,
            fees_paid_dollars=fees_paid_dollars,
            last_updated_ts=last_updated_ts,
        )
        market_position.additional_properties = d
        return market_position

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
