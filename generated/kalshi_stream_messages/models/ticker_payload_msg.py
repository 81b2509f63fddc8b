from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import model_repr

T = TypeVar("T", bound="TickerPayloadMsg")


@_attrs_define(repr=False)
class TickerPayloadMsg:
    """Attributes:
    market_ticker (str): Unique market identifier
    market_id (UUID): Unique market UUID
    price_dollars (str): Last traded price in dollars
    yes_bid_dollars (str): Best bid price for yes side in dollars
    yes_ask_dollars (str): Best ask price for yes side in dollars
    volume_fp (str): Fixed-point total contracts traded (2 decimals)
    open_interest_fp (str): Fixed-point open interest (2 decimals)
    dollar_volume (int): Number of dollars traded in the market so far
    dollar_open_interest (int): Number of dollars positioned in the market currently
    ts (int): Unix timestamp for when the update happened (in seconds)
    time (datetime.datetime): Timestamp for when the update happened (RFC3339)
    """

    market_ticker: str
    market_id: UUID
    price_dollars: str
    yes_bid_dollars: str
    yes_ask_dollars: str
    volume_fp: str
    open_interest_fp: str
    dollar_volume: int
    dollar_open_interest: int
    ts: int
    time: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        market_ticker = self.market_ticker
        field_dict["market_ticker"] = market_ticker
        market_id = str(self.market_id)
        field_dict["market_id"] = market_id
        price_dollars = self.price_dollars
        field_dict["price_dollars"] = price_dollars
        yes_bid_dollars = self.yes_bid_dollars
        field_dict["yes_bid_dollars"] = yes_bid_dollars
        yes_ask_dollars = self.yes_ask_dollars
        field_dict["yes_ask_dollars"] = yes_ask_dollars
        volume_fp = self.volume_fp
        field_dict["volume_fp"] = volume_fp
        open_interest_fp = self.open_interest_fp
        field_dict["open_interest_fp"] = open_interest_fp
        dollar_volume = self.dollar_volume
        field_dict["dollar_volume"] = dollar_volume
        dollar_open_interest = self.dollar_open_interest
        field_dict["dollar_open_interest"] = dollar_open_interest
        ts = self.ts
        field_dict["ts"] = ts
        time = self.time.isoformat()
        field_dict["time"] = time
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        market_ticker = d.pop("market_ticker")
        market_id = UUID(d.pop("market_id"))

        price_dollars = d.pop("price_dollars")
        yes_bid_dollars = d.pop("yes_bid_dollars")
        yes_ask_dollars = d.pop("yes_ask_dollars")
        volume_fp = d.pop("volume_fp")
        open_interest_fp = d.pop("open_interest_fp")
        dollar_volume = d.pop("dollar_volume")
        dollar_open_interest = d.pop("dollar_open_interest")
        ts = d.pop("ts")
        time = isoparse(d.pop("time"))

        ticker_payload_msg = cls(
            market_ticker=market_ticker,
            market_id=market_id,
            price_dollars=price_dollars,
            yes_bid_dollars=yes_bid_dollars,
            yes_ask_dollars=yes_ask_dollars,
            volume_fp=volume_fp,
            open_interest_fp=open_interest_fp,
            dollar_volume=dollar_volume,
            dollar_open_interest=dollar_open_interest,
            ts=ts,
            time=time,
        )
        ticker_payload_msg.additional_properties = d
        return ticker_payload_msg

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
