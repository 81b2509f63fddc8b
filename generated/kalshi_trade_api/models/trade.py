from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.book_side import BOOK_SIDE_VALUES, BookSide, check_book_side
from ..models.trade_taker_outcome_side import (
    TRADE_TAKER_OUTCOME_SIDE_VALUES,
    TradeTakerOutcomeSide,
    check_trade_taker_outcome_side,
)
from ..models.trade_taker_side import (
    TRADE_TAKER_SIDE_VALUES,
    TradeTakerSide,
    check_trade_taker_side,
)
from ..types import (
    FIXED_POINT,
    UNSET,
    BadValue,
    Unset,
    _new,
    fixed_point_text,
    fromisoformat,
    learn_extras,
    model_repr,
    parse_datetime,
    parse_fixed_point,
    record_deviation,
    to_count,
    to_dollars,
)

T = TypeVar("T", bound="Trade")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class Trade:
    """Attributes:
    trade_id (str): Unique identifier for this trade
    ticker (str): Unique identifier for the market
    count_fp (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\" in field
        names). Requests accept 0-2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2 decimals.
        Fractional contract values (e.g., \"2.50\") are supported; the minimum granularity is 0.01 contracts. Example:
        10.00.
    yes_price_dollars (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    no_price_dollars (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
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

    count_fp: Decimal = _attrs_field(converter=to_count)

    yes_price_dollars: Decimal = _attrs_field(converter=to_dollars)

    no_price_dollars: Decimal = _attrs_field(converter=to_dollars)

    taker_outcome_side: TradeTakerOutcomeSide

    taker_book_side: BookSide

    created_time: datetime.datetime

    is_block_trade: bool

    taker_side: TradeTakerSide | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # {json field: "missing" | "null"} when the response deviated from the spec (see types.deviations).
    _deviations: dict[str, str] | None = _attrs_field(
        init=False, default=None, eq=False
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if isinstance(self.trade_id, Unset):
            pass
        elif self.trade_id is None:  # a null the spec does not allow, kept as received
            field_dict["trade_id"] = None
        else:
            field_dict["trade_id"] = self.trade_id
        if isinstance(self.ticker, Unset):
            pass
        elif self.ticker is None:  # a null the spec does not allow, kept as received
            field_dict["ticker"] = None
        else:
            field_dict["ticker"] = self.ticker
        if isinstance(self.count_fp, Unset):
            pass
        elif self.count_fp is None:  # a null the spec does not allow, kept as received
            field_dict["count_fp"] = None
        else:
            field_dict["count_fp"] = fixed_point_text(
                self.count_fp, "count_fp", counts=True
            )
        if isinstance(self.yes_price_dollars, Unset):
            pass
        elif (
            self.yes_price_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["yes_price_dollars"] = None
        else:
            field_dict["yes_price_dollars"] = fixed_point_text(
                self.yes_price_dollars, "yes_price_dollars", counts=False
            )
        if isinstance(self.no_price_dollars, Unset):
            pass
        elif (
            self.no_price_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["no_price_dollars"] = None
        else:
            field_dict["no_price_dollars"] = fixed_point_text(
                self.no_price_dollars, "no_price_dollars", counts=False
            )
        if isinstance(self.taker_outcome_side, Unset):
            pass
        elif (
            self.taker_outcome_side is None
        ):  # a null the spec does not allow, kept as received
            field_dict["taker_outcome_side"] = None
        else:
            _taker_outcome_side: str = check_trade_taker_outcome_side(
                self.taker_outcome_side, "taker_outcome_side"
            )
            field_dict["taker_outcome_side"] = _taker_outcome_side
        if isinstance(self.taker_book_side, Unset):
            pass
        elif (
            self.taker_book_side is None
        ):  # a null the spec does not allow, kept as received
            field_dict["taker_book_side"] = None
        else:
            _taker_book_side: str = check_book_side(
                self.taker_book_side, "taker_book_side"
            )
            field_dict["taker_book_side"] = _taker_book_side
        if isinstance(self.created_time, Unset):
            pass
        elif (
            self.created_time is None
        ):  # a null the spec does not allow, kept as received
            field_dict["created_time"] = None
        else:
            _created_time = self.created_time.isoformat()
            field_dict["created_time"] = _created_time
        if isinstance(self.is_block_trade, Unset):
            pass
        elif (
            self.is_block_trade is None
        ):  # a null the spec does not allow, kept as received
            field_dict["is_block_trade"] = None
        else:
            field_dict["is_block_trade"] = self.is_block_trade
        if isinstance(self.taker_side, Unset):
            pass
        elif (
            self.taker_side is None
        ):  # a null the spec does not allow, kept as received
            field_dict["taker_side"] = None
        else:
            _taker_side: str | Unset = UNSET
            if not isinstance(self.taker_side, Unset):
                _taker_side = check_trade_taker_side(self.taker_side, "taker_side")

            field_dict["taker_side"] = _taker_side
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            raise BadValue(None, "object", src_dict)
        _get = src_dict.get
        _deviations: dict[str, str] | None = None
        _absent = 0
        try:
            pass
            _v = _get("trade_id", UNSET)
            _f_trade_id: Any
            if type(_v) is str:
                _f_trade_id = _v

            elif _v is UNSET:
                _f_trade_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Trade", "trade_id", "missing"
                )
            elif _v is None:
                _f_trade_id = None
                _deviations = record_deviation(_deviations, "Trade", "trade_id", "null")
            else:
                if type(_v) is not str:
                    raise BadValue("trade_id", "str", _v)
                _f_trade_id = _v

            _v = _get("ticker", UNSET)
            _f_ticker: Any
            if type(_v) is str:
                _f_ticker = _v

            elif _v is UNSET:
                _f_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Trade", "ticker", "missing"
                )
            elif _v is None:
                _f_ticker = None
                _deviations = record_deviation(_deviations, "Trade", "ticker", "null")
            else:
                if type(_v) is not str:
                    raise BadValue("ticker", "str", _v)
                _f_ticker = _v

            _v = _get("count_fp", UNSET)
            _f_count_fp: Any
            if type(_v) is str:
                try:
                    _f_count_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_count_fp = parse_fixed_point(_v, "count_fp")

            elif _v is UNSET:
                _f_count_fp = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Trade", "count_fp", "missing"
                )
            elif _v is None:
                _f_count_fp = None
                _deviations = record_deviation(_deviations, "Trade", "count_fp", "null")
            else:
                _f_count_fp = parse_fixed_point(_v, "count_fp")

            _v = _get("yes_price_dollars", UNSET)
            _f_yes_price_dollars: Any
            if type(_v) is str:
                try:
                    _f_yes_price_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_yes_price_dollars = parse_fixed_point(_v, "yes_price_dollars")

            elif _v is UNSET:
                _f_yes_price_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Trade", "yes_price_dollars", "missing"
                )
            elif _v is None:
                _f_yes_price_dollars = None
                _deviations = record_deviation(
                    _deviations, "Trade", "yes_price_dollars", "null"
                )
            else:
                _f_yes_price_dollars = parse_fixed_point(_v, "yes_price_dollars")

            _v = _get("no_price_dollars", UNSET)
            _f_no_price_dollars: Any
            if type(_v) is str:
                try:
                    _f_no_price_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_no_price_dollars = parse_fixed_point(_v, "no_price_dollars")

            elif _v is UNSET:
                _f_no_price_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Trade", "no_price_dollars", "missing"
                )
            elif _v is None:
                _f_no_price_dollars = None
                _deviations = record_deviation(
                    _deviations, "Trade", "no_price_dollars", "null"
                )
            else:
                _f_no_price_dollars = parse_fixed_point(_v, "no_price_dollars")

            _v = _get("taker_outcome_side", UNSET)
            _f_taker_outcome_side: Any
            if type(_v) is str and _v in TRADE_TAKER_OUTCOME_SIDE_VALUES:
                _f_taker_outcome_side = _v

            elif _v is UNSET:
                _f_taker_outcome_side = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Trade", "taker_outcome_side", "missing"
                )
            elif _v is None:
                _f_taker_outcome_side = None
                _deviations = record_deviation(
                    _deviations, "Trade", "taker_outcome_side", "null"
                )
            else:
                _f_taker_outcome_side = check_trade_taker_outcome_side(
                    _v, "taker_outcome_side", received=True
                )

            _v = _get("taker_book_side", UNSET)
            _f_taker_book_side: Any
            if type(_v) is str and _v in BOOK_SIDE_VALUES:
                _f_taker_book_side = _v

            elif _v is UNSET:
                _f_taker_book_side = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Trade", "taker_book_side", "missing"
                )
            elif _v is None:
                _f_taker_book_side = None
                _deviations = record_deviation(
                    _deviations, "Trade", "taker_book_side", "null"
                )
            else:
                _f_taker_book_side = check_book_side(
                    _v, "taker_book_side", received=True
                )

            _v = _get("created_time", UNSET)
            _f_created_time: Any
            if type(_v) is str:
                try:
                    _f_created_time = fromisoformat(_v)
                except ValueError:
                    _f_created_time = parse_datetime(_v, "created_time")

            elif _v is UNSET:
                _f_created_time = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Trade", "created_time", "missing"
                )
            elif _v is None:
                _f_created_time = None
                _deviations = record_deviation(
                    _deviations, "Trade", "created_time", "null"
                )
            else:
                _f_created_time = parse_datetime(_v, "created_time")

            _v = _get("is_block_trade", UNSET)
            _f_is_block_trade: Any
            if type(_v) is bool:
                _f_is_block_trade = _v

            elif _v is UNSET:
                _f_is_block_trade = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Trade", "is_block_trade", "missing"
                )
            elif _v is None:
                _f_is_block_trade = None
                _deviations = record_deviation(
                    _deviations, "Trade", "is_block_trade", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("is_block_trade", "bool", _v)
                _f_is_block_trade = _v

            _v = _get("taker_side", UNSET)
            _f_taker_side: Any
            if type(_v) is str and _v in TRADE_TAKER_SIDE_VALUES:
                _f_taker_side = _v

            elif _v is UNSET:
                _f_taker_side = UNSET
                _absent += 1
            elif _v is None:
                _f_taker_side = None
                _deviations = record_deviation(
                    _deviations, "Trade", "taker_side", "null"
                )
            else:
                _f_taker_side = check_trade_taker_side(_v, "taker_side", received=True)

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        trade = _new(cls)
        trade.trade_id = _f_trade_id
        trade.ticker = _f_ticker
        trade.count_fp = _f_count_fp
        trade.yes_price_dollars = _f_yes_price_dollars
        trade.no_price_dollars = _f_no_price_dollars
        trade.taker_outcome_side = _f_taker_outcome_side
        trade.taker_book_side = _f_taker_book_side
        trade.created_time = _f_created_time
        trade.is_block_trade = _f_is_block_trade
        trade.taker_side = _f_taker_side
        if len(src_dict) + _absent > 10:
            _known: set[str] = {
                "trade_id",
                "ticker",
                "count_fp",
                "yes_price_dollars",
                "no_price_dollars",
                "taker_outcome_side",
                "taker_book_side",
                "created_time",
                "is_block_trade",
                "taker_side",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            trade.additional_properties = _extra_found
        else:
            trade.additional_properties = {}
        trade._deviations = _deviations
        return trade

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("trade_id", "trade_id", str, True, None),
            ("ticker", "ticker", str, True, None),
            ("count_fp", "count_fp", str, True, None),
            ("yes_price_dollars", "yes_price_dollars", str, True, None),
            ("no_price_dollars", "no_price_dollars", str, True, None),
            ("taker_outcome_side", "taker_outcome_side", str, True, None),
            ("taker_book_side", "taker_book_side", str, True, None),
            ("created_time", "created_time", str, True, None),
            ("is_block_trade", "is_block_trade", bool, True, None),
            ("taker_side", "taker_side", str, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        trade = _new(cls)
        trade.trade_id = w.trade_id
        trade.ticker = w.ticker
        try:
            trade.count_fp = FIXED_POINT[w.count_fp]
        except KeyError:
            trade.count_fp = parse_fixed_point(w.count_fp, "count_fp")
        try:
            trade.yes_price_dollars = FIXED_POINT[w.yes_price_dollars]
        except KeyError:
            trade.yes_price_dollars = parse_fixed_point(
                w.yes_price_dollars, "yes_price_dollars"
            )
        try:
            trade.no_price_dollars = FIXED_POINT[w.no_price_dollars]
        except KeyError:
            trade.no_price_dollars = parse_fixed_point(
                w.no_price_dollars, "no_price_dollars"
            )
        trade.taker_outcome_side = (
            w.taker_outcome_side
            if w.taker_outcome_side in TRADE_TAKER_OUTCOME_SIDE_VALUES
            else check_trade_taker_outcome_side(
                w.taker_outcome_side, "taker_outcome_side", received=True
            )
        )
        trade.taker_book_side = (
            w.taker_book_side
            if w.taker_book_side in BOOK_SIDE_VALUES
            else check_book_side(w.taker_book_side, "taker_book_side", received=True)
        )
        trade.created_time = fromisoformat(w.created_time)
        trade.is_block_trade = w.is_block_trade
        if w.taker_side is UNSET:
            trade.taker_side = w.taker_side
        else:
            trade.taker_side = (
                w.taker_side
                if w.taker_side in TRADE_TAKER_SIDE_VALUES
                else check_trade_taker_side(w.taker_side, "taker_side", received=True)
            )
        trade.additional_properties = w._extras()
        trade._deviations = None
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
