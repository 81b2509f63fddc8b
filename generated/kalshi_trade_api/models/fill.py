from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..models.book_side import BookSide, check_book_side
from ..models.fill_action import FillAction, check_fill_action
from ..models.fill_side import FillSide, check_fill_side
from ..models.outcome_side import OutcomeSide, check_outcome_side
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Fill")


@_attrs_define(repr=False)
class Fill:
    """Attributes:
    fill_id (str): Unique identifier for this fill
    exchange_index (int): Identifier for an exchange shard.
    trade_id (str): Unique identifier for this fill (legacy field name, same as fill_id)
    order_id (str): Unique identifier for the order that resulted in this fill
    ticker (str): Unique identifier for the market
    market_ticker (str): Unique identifier for the market (legacy field name, same as ticker)
    outcome_side (OutcomeSide): Outcome side.
    book_side (BookSide): Side of the book for an order or trade. For event markets, this refers to the YES leg
        only: `bid` means buy YES, `ask` means sell YES. (Selling YES is economically equivalent to buying NO at `1 -
        price`, but this endpoint quotes everything from the YES side.)
    count_fp (str): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp" in field
        names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2 decimals.
        Fractional contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts. Example:
        10.00.
    yes_price_dollars (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    no_price_dollars (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    is_taker (bool): If true, this fill was a taker (removed liquidity from the order book)
    fee_cost (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g., "0.56",
        "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that market's
        price level structure. Example: 0.5600.
    side (FillSide | Unset): Deprecated. Use `outcome_side` (or `book_side`) instead. See [Order
        direction](/getting_started/order_direction). This field will not be removed before May 14, 2026.
    action (FillAction | Unset): Deprecated. Use `outcome_side` (or `book_side`) instead. See [Order
        direction](/getting_started/order_direction). This field will not be removed before May 14, 2026.
    created_time (datetime.datetime | Unset): Timestamp when this fill was executed
    subaccount_number (int | None | Unset): Subaccount number (0 for primary, 1-63 for subaccounts). Present for
        direct users.
    ts (int | Unset): Unix timestamp when this fill was executed (legacy field name)
    """

    fill_id: str
    exchange_index: int
    trade_id: str
    order_id: str
    ticker: str
    market_ticker: str
    outcome_side: OutcomeSide
    book_side: BookSide
    count_fp: str
    yes_price_dollars: str
    no_price_dollars: str
    is_taker: bool
    fee_cost: str
    side: FillSide | Unset = UNSET
    action: FillAction | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    subaccount_number: int | None | Unset = UNSET
    ts: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        fill_id = self.fill_id
        field_dict["fill_id"] = fill_id
        exchange_index = self.exchange_index
        field_dict["exchange_index"] = exchange_index
        trade_id = self.trade_id
        field_dict["trade_id"] = trade_id
        order_id = self.order_id
        field_dict["order_id"] = order_id
        ticker = self.ticker
        field_dict["ticker"] = ticker
        market_ticker = self.market_ticker
        field_dict["market_ticker"] = market_ticker
        outcome_side: str = check_outcome_side(self.outcome_side, "outcome_side")
        field_dict["outcome_side"] = outcome_side
        book_side: str = check_book_side(self.book_side, "book_side")
        field_dict["book_side"] = book_side
        count_fp = self.count_fp
        field_dict["count_fp"] = count_fp
        yes_price_dollars = self.yes_price_dollars
        field_dict["yes_price_dollars"] = yes_price_dollars
        no_price_dollars = self.no_price_dollars
        field_dict["no_price_dollars"] = no_price_dollars
        is_taker = self.is_taker
        field_dict["is_taker"] = is_taker
        fee_cost = self.fee_cost
        field_dict["fee_cost"] = fee_cost
        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = check_fill_side(self.side, "side")

        if side is not UNSET:
            field_dict["side"] = side
        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = check_fill_action(self.action, "action")

        if action is not UNSET:
            field_dict["action"] = action
        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        subaccount_number: int | None | Unset
        if isinstance(self.subaccount_number, Unset):
            subaccount_number = UNSET
        else:
            subaccount_number = self.subaccount_number
        if subaccount_number is not UNSET:
            field_dict["subaccount_number"] = subaccount_number
        ts = self.ts
        if ts is not UNSET:
            field_dict["ts"] = ts
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fill_id = d.pop("fill_id")
        exchange_index = d.pop("exchange_index")
        trade_id = d.pop("trade_id")
        order_id = d.pop("order_id")
        ticker = d.pop("ticker")
        market_ticker = d.pop("market_ticker")
        outcome_side = check_outcome_side(
            d.pop("outcome_side"), "outcome_side", received=True
        )

        book_side = check_book_side(d.pop("book_side"), "book_side", received=True)

        count_fp = d.pop("count_fp")
        yes_price_dollars = d.pop("yes_price_dollars")
        no_price_dollars = d.pop("no_price_dollars")
        is_taker = d.pop("is_taker")
        fee_cost = d.pop("fee_cost")
        _side = d.pop("side", UNSET)
        side: FillSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = check_fill_side(_side, "side", received=True)

        _action = d.pop("action", UNSET)
        action: FillAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = check_fill_action(_action, "action", received=True)

        _created_time = d.pop("created_time", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = isoparse(_created_time)

        def _parse_subaccount_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        subaccount_number = _parse_subaccount_number(d.pop("subaccount_number", UNSET))

        ts = d.pop("ts", UNSET)
        fill = cls(
            fill_id=fill_id,
            exchange_index=exchange_index,
            trade_id=trade_id,
            order_id=order_id,
            ticker=ticker,
            market_ticker=market_ticker,
            outcome_side=outcome_side,
            book_side=book_side,
            count_fp=count_fp,
            yes_price_dollars=yes_price_dollars,
            no_price_dollars=no_price_dollars,
            is_taker=is_taker,
            fee_cost=fee_cost,
            side=side,
            action=action,
            created_time=created_time,
            subaccount_number=subaccount_number,
            ts=ts,
        )
        fill.additional_properties = d
        return fill

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
