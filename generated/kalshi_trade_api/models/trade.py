from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..models.book_side import BookSide, check_book_side
from ..models.trade_taker_outcome_side import (
    TradeTakerOutcomeSide,
    check_trade_taker_outcome_side,
)
from ..models.trade_taker_side import TradeTakerSide, check_trade_taker_side
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Trade")


@_attrs_define(repr=False)
class Trade:
    """Attributes:
    trade_id (str): Unique identifier for this trade
    ticker (str): Unique identifier for the market
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
    taker_outcome_side (TradeTakerOutcomeSide): The outcome side the taker is positioned for. buy-yes and sell-no
        produce 'yes'; buy-no and sell-yes produce 'no'.

        `taker_outcome_side` describes directional exposure only; it does not change the trade's price. A trade at price
        `p` with `taker_outcome_side=no` is matched against the maker at the same price `p` with the opposite direction
        — both parties trade at the same price.

        `taker_outcome_side` and `taker_book_side` will become the canonical way to determine trade direction. The
        legacy `taker_side` field will be deprecated in a future release — please migrate to these new fields.
    taker_book_side (BookSide): Side of the book for an order or trade. For event markets, this refers to the YES
        leg only: `bid` means buy YES, `ask` means sell YES. (Selling YES is economically equivalent to buying NO at `1
        - price`, but this endpoint quotes everything from the YES side.)
    created_time (datetime.datetime): Timestamp when this trade was executed
    is_block_trade (bool): True if this trade was matched off-book as a block trade (e.g. via RFQ / negotiated block
        proposal); false for trades that filled on the standard order book.
    taker_side (TradeTakerSide | Unset): Deprecated. Use `taker_outcome_side` (or `taker_book_side`) instead. See
        [Order direction](/getting_started/order_direction). This field will not be removed before May 14, 2026.
    """

    trade_id: str
    ticker: str
    count_fp: str
    yes_price_dollars: str
    no_price_dollars: str
    taker_outcome_side: TradeTakerOutcomeSide
    taker_book_side: BookSide
    created_time: datetime.datetime
    is_block_trade: bool
    taker_side: TradeTakerSide | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        trade_id = self.trade_id
        field_dict["trade_id"] = trade_id
        ticker = self.ticker
        field_dict["ticker"] = ticker
        count_fp = self.count_fp
        field_dict["count_fp"] = count_fp
        yes_price_dollars = self.yes_price_dollars
        field_dict["yes_price_dollars"] = yes_price_dollars
        no_price_dollars = self.no_price_dollars
        field_dict["no_price_dollars"] = no_price_dollars
        taker_outcome_side: str = check_trade_taker_outcome_side(
            self.taker_outcome_side, "taker_outcome_side"
        )
        field_dict["taker_outcome_side"] = taker_outcome_side
        taker_book_side: str = check_book_side(self.taker_book_side, "taker_book_side")
        field_dict["taker_book_side"] = taker_book_side
        created_time = self.created_time.isoformat()
        field_dict["created_time"] = created_time
        is_block_trade = self.is_block_trade
        field_dict["is_block_trade"] = is_block_trade
        taker_side: str | Unset = UNSET
        if not isinstance(self.taker_side, Unset):
            taker_side = check_trade_taker_side(self.taker_side, "taker_side")

        if taker_side is not UNSET:
            field_dict["taker_side"] = taker_side
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        trade_id = d.pop("trade_id")
        ticker = d.pop("ticker")
        count_fp = d.pop("count_fp")
        yes_price_dollars = d.pop("yes_price_dollars")
        no_price_dollars = d.pop("no_price_dollars")
        taker_outcome_side = check_trade_taker_outcome_side(
            d.pop("taker_outcome_side"), "taker_outcome_side", received=True
        )

        taker_book_side = check_book_side(
            d.pop("taker_book_side"), "taker_book_side", received=True
        )

        created_time = isoparse(d.pop("created_time"))

        is_block_trade = d.pop("is_block_trade")
        _taker_side = d.pop("taker_side", UNSET)
        taker_side: TradeTakerSide | Unset
        if isinstance(_taker_side, Unset):
            taker_side = UNSET
        else:
            taker_side = check_trade_taker_side(
                _taker_side, "taker_side", received=True
            )

        trade = cls(
            trade_id=trade_id,
            ticker=ticker,
            count_fp=count_fp,
            yes_price_dollars=yes_price_dollars,
            no_price_dollars=no_price_dollars,
            taker_outcome_side=taker_outcome_side,
            taker_book_side=taker_book_side,
            created_time=created_time,
            is_block_trade=is_block_trade,
            taker_side=taker_side,
        )
        trade.additional_properties = d
        return trade

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
