from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..models.market_side import MarketSide, check_market_side
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="OrderbookDeltaPayloadMsg")


@_attrs_define(repr=False)
class OrderbookDeltaPayloadMsg:
    """Attributes:
    market_ticker (str): Unique market identifier
    market_id (UUID): Unique market UUID
    price_dollars (str): Price level in dollars
    delta_fp (str): Fixed-point contract delta (2 decimals)
    side (MarketSide): Market side
    client_order_id (str | Unset): Optional - Present only when you caused this orderbook change.
        Contains the client_order_id of your order that triggered this delta.
    subaccount (int | Unset): Optional - Present only when you caused this orderbook change and are using
        subaccounts.
        Contains the subaccount number of your order that triggered this delta.
    ts (datetime.datetime | Unset): Optional - Timestamp for when the orderbook change was recorded (RFC3339)
    """

    market_ticker: str
    market_id: UUID
    price_dollars: str
    delta_fp: str
    side: MarketSide
    client_order_id: str | Unset = UNSET
    subaccount: int | Unset = UNSET
    ts: datetime.datetime | Unset = UNSET
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
        delta_fp = self.delta_fp
        field_dict["delta_fp"] = delta_fp
        side: str = check_market_side(self.side, "side")
        field_dict["side"] = side
        client_order_id = self.client_order_id
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        subaccount = self.subaccount
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        ts: str | Unset = UNSET
        if not isinstance(self.ts, Unset):
            ts = self.ts.isoformat()
        if ts is not UNSET:
            field_dict["ts"] = ts
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        market_ticker = d.pop("market_ticker")
        market_id = UUID(d.pop("market_id"))

        price_dollars = d.pop("price_dollars")
        delta_fp = d.pop("delta_fp")
        side = check_market_side(d.pop("side"), "side", received=True)

        client_order_id = d.pop("client_order_id", UNSET)
        subaccount = d.pop("subaccount", UNSET)
        _ts = d.pop("ts", UNSET)
        ts: datetime.datetime | Unset
        if isinstance(_ts, Unset):
            ts = UNSET
        else:
            ts = isoparse(_ts)

        orderbook_delta_payload_msg = cls(
            market_ticker=market_ticker,
            market_id=market_id,
            price_dollars=price_dollars,
            delta_fp=delta_fp,
            side=side,
            client_order_id=client_order_id,
            subaccount=subaccount,
            ts=ts,
        )
        orderbook_delta_payload_msg.additional_properties = d
        return orderbook_delta_payload_msg

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
