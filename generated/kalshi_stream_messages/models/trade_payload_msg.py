from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.market_side import MarketSide, check_market_side
from ..types import model_repr

T = TypeVar("T", bound="TradePayloadMsg")


@_attrs_define(repr=False)
class TradePayloadMsg:
    """Attributes:
    trade_id (UUID): Unique identifier for the trade
    market_ticker (str): Unique market identifier
    yes_price_dollars (str): Yes side price in dollars
    no_price_dollars (str): No side price in dollars
    count_fp (str): Fixed-point contracts traded (2 decimals)
    taker_side (MarketSide): Market side
    ts (int): Unix timestamp in seconds
    """

    trade_id: UUID
    market_ticker: str
    yes_price_dollars: str
    no_price_dollars: str
    count_fp: str
    taker_side: MarketSide
    ts: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        trade_id = str(self.trade_id)
        field_dict["trade_id"] = trade_id
        market_ticker = self.market_ticker
        field_dict["market_ticker"] = market_ticker
        yes_price_dollars = self.yes_price_dollars
        field_dict["yes_price_dollars"] = yes_price_dollars
        no_price_dollars = self.no_price_dollars
        field_dict["no_price_dollars"] = no_price_dollars
        count_fp = self.count_fp
        field_dict["count_fp"] = count_fp
        taker_side: str = check_market_side(self.taker_side, "taker_side")
        field_dict["taker_side"] = taker_side
        ts = self.ts
        field_dict["ts"] = ts
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        trade_id = UUID(d.pop("trade_id"))

        market_ticker = d.pop("market_ticker")
        yes_price_dollars = d.pop("yes_price_dollars")
        no_price_dollars = d.pop("no_price_dollars")
        count_fp = d.pop("count_fp")
        taker_side = check_market_side(d.pop("taker_side"), "taker_side", received=True)

        ts = d.pop("ts")
        trade_payload_msg = cls(
            trade_id=trade_id,
            market_ticker=market_ticker,
            yes_price_dollars=yes_price_dollars,
            no_price_dollars=no_price_dollars,
            count_fp=count_fp,
            taker_side=taker_side,
            ts=ts,
        )
        trade_payload_msg.additional_properties = d
        return trade_payload_msg

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
