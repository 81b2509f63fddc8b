from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.book_side import BOOK_SIDE_VALUES, BookSide, check_book_side
from ..models.fill_action import FILL_ACTION_VALUES, FillAction, check_fill_action
from ..models.fill_side import FILL_SIDE_VALUES, FillSide, check_fill_side
from ..models.outcome_side import OUTCOME_SIDE_VALUES, OutcomeSide, check_outcome_side
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

T = TypeVar("T", bound="Fill")


@_attrs_define(repr=False, on_setattr=_NO_OP)
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
    is_taker (bool): If true, this fill was a taker (removed liquidity from the order book)
    fee_cost (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g., \"0.56\",
        \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by that market's
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

    count_fp: Decimal = _attrs_field(converter=to_count)

    yes_price_dollars: Decimal = _attrs_field(converter=to_dollars)

    no_price_dollars: Decimal = _attrs_field(converter=to_dollars)

    is_taker: bool

    fee_cost: Decimal = _attrs_field(converter=to_dollars)

    side: FillSide | Unset = UNSET

    action: FillAction | Unset = UNSET

    created_time: datetime.datetime | Unset = UNSET

    subaccount_number: int | None | Unset = UNSET

    ts: int | Unset = UNSET

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
        if isinstance(self.fill_id, Unset):
            pass
        elif self.fill_id is None:  # a null the spec does not allow, kept as received
            field_dict["fill_id"] = None
        else:
            field_dict["fill_id"] = self.fill_id
        if isinstance(self.exchange_index, Unset):
            pass
        elif (
            self.exchange_index is None
        ):  # a null the spec does not allow, kept as received
            field_dict["exchange_index"] = None
        else:
            field_dict["exchange_index"] = self.exchange_index
        if isinstance(self.trade_id, Unset):
            pass
        elif self.trade_id is None:  # a null the spec does not allow, kept as received
            field_dict["trade_id"] = None
        else:
            field_dict["trade_id"] = self.trade_id
        if isinstance(self.order_id, Unset):
            pass
        elif self.order_id is None:  # a null the spec does not allow, kept as received
            field_dict["order_id"] = None
        else:
            field_dict["order_id"] = self.order_id
        if isinstance(self.ticker, Unset):
            pass
        elif self.ticker is None:  # a null the spec does not allow, kept as received
            field_dict["ticker"] = None
        else:
            field_dict["ticker"] = self.ticker
        if isinstance(self.market_ticker, Unset):
            pass
        elif (
            self.market_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["market_ticker"] = None
        else:
            field_dict["market_ticker"] = self.market_ticker
        if isinstance(self.outcome_side, Unset):
            pass
        elif (
            self.outcome_side is None
        ):  # a null the spec does not allow, kept as received
            field_dict["outcome_side"] = None
        else:
            _outcome_side: str = check_outcome_side(self.outcome_side, "outcome_side")
            field_dict["outcome_side"] = _outcome_side
        if isinstance(self.book_side, Unset):
            pass
        elif self.book_side is None:  # a null the spec does not allow, kept as received
            field_dict["book_side"] = None
        else:
            _book_side: str = check_book_side(self.book_side, "book_side")
            field_dict["book_side"] = _book_side
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
        if isinstance(self.is_taker, Unset):
            pass
        elif self.is_taker is None:  # a null the spec does not allow, kept as received
            field_dict["is_taker"] = None
        else:
            field_dict["is_taker"] = self.is_taker
        if isinstance(self.fee_cost, Unset):
            pass
        elif self.fee_cost is None:  # a null the spec does not allow, kept as received
            field_dict["fee_cost"] = None
        else:
            field_dict["fee_cost"] = fixed_point_text(
                self.fee_cost, "fee_cost", counts=False
            )
        if isinstance(self.side, Unset):
            pass
        elif self.side is None:  # a null the spec does not allow, kept as received
            field_dict["side"] = None
        else:
            _side: str | Unset = UNSET
            if not isinstance(self.side, Unset):
                _side = check_fill_side(self.side, "side")

            field_dict["side"] = _side
        if isinstance(self.action, Unset):
            pass
        elif self.action is None:  # a null the spec does not allow, kept as received
            field_dict["action"] = None
        else:
            _action: str | Unset = UNSET
            if not isinstance(self.action, Unset):
                _action = check_fill_action(self.action, "action")

            field_dict["action"] = _action
        if isinstance(self.created_time, Unset):
            pass
        elif (
            self.created_time is None
        ):  # a null the spec does not allow, kept as received
            field_dict["created_time"] = None
        else:
            _created_time: str | Unset = UNSET
            if not isinstance(self.created_time, Unset):
                _created_time = self.created_time.isoformat()
            field_dict["created_time"] = _created_time
        if isinstance(self.subaccount_number, Unset):
            pass
        else:
            _subaccount_number: int | None | Unset
            if isinstance(self.subaccount_number, Unset):
                _subaccount_number = UNSET
            else:
                _subaccount_number = self.subaccount_number
            field_dict["subaccount_number"] = _subaccount_number
        if isinstance(self.ts, Unset):
            pass
        elif self.ts is None:  # a null the spec does not allow, kept as received
            field_dict["ts"] = None
        else:
            field_dict["ts"] = self.ts
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
            _v = _get("fill_id", UNSET)
            _f_fill_id: Any
            if type(_v) is str:
                _f_fill_id = _v

            elif _v is UNSET:
                _f_fill_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Fill", "fill_id", "missing"
                )
            elif _v is None:
                _f_fill_id = None
                _deviations = record_deviation(_deviations, "Fill", "fill_id", "null")
            else:
                if type(_v) is not str:
                    raise BadValue("fill_id", "str", _v)
                _f_fill_id = _v

            _v = _get("exchange_index", UNSET)
            _f_exchange_index: Any
            if type(_v) is int:
                _f_exchange_index = _v

            elif _v is UNSET:
                _f_exchange_index = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Fill", "exchange_index", "missing"
                )
            elif _v is None:
                _f_exchange_index = None
                _deviations = record_deviation(
                    _deviations, "Fill", "exchange_index", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("exchange_index", "int", _v)
                _f_exchange_index = _v

            _v = _get("trade_id", UNSET)
            _f_trade_id: Any
            if type(_v) is str:
                _f_trade_id = _v

            elif _v is UNSET:
                _f_trade_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Fill", "trade_id", "missing"
                )
            elif _v is None:
                _f_trade_id = None
                _deviations = record_deviation(_deviations, "Fill", "trade_id", "null")
            else:
                if type(_v) is not str:
                    raise BadValue("trade_id", "str", _v)
                _f_trade_id = _v

            _v = _get("order_id", UNSET)
            _f_order_id: Any
            if type(_v) is str:
                _f_order_id = _v

            elif _v is UNSET:
                _f_order_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Fill", "order_id", "missing"
                )
            elif _v is None:
                _f_order_id = None
                _deviations = record_deviation(_deviations, "Fill", "order_id", "null")
            else:
                if type(_v) is not str:
                    raise BadValue("order_id", "str", _v)
                _f_order_id = _v

            _v = _get("ticker", UNSET)
            _f_ticker: Any
            if type(_v) is str:
                _f_ticker = _v

            elif _v is UNSET:
                _f_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(_deviations, "Fill", "ticker", "missing")
            elif _v is None:
                _f_ticker = None
                _deviations = record_deviation(_deviations, "Fill", "ticker", "null")
            else:
                if type(_v) is not str:
                    raise BadValue("ticker", "str", _v)
                _f_ticker = _v

            _v = _get("market_ticker", UNSET)
            _f_market_ticker: Any
            if type(_v) is str:
                _f_market_ticker = _v

            elif _v is UNSET:
                _f_market_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Fill", "market_ticker", "missing"
                )
            elif _v is None:
                _f_market_ticker = None
                _deviations = record_deviation(
                    _deviations, "Fill", "market_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("market_ticker", "str", _v)
                _f_market_ticker = _v

            _v = _get("outcome_side", UNSET)
            _f_outcome_side: Any
            if type(_v) is str and _v in OUTCOME_SIDE_VALUES:
                _f_outcome_side = _v

            elif _v is UNSET:
                _f_outcome_side = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Fill", "outcome_side", "missing"
                )
            elif _v is None:
                _f_outcome_side = None
                _deviations = record_deviation(
                    _deviations, "Fill", "outcome_side", "null"
                )
            else:
                _f_outcome_side = check_outcome_side(_v, "outcome_side", received=True)

            _v = _get("book_side", UNSET)
            _f_book_side: Any
            if type(_v) is str and _v in BOOK_SIDE_VALUES:
                _f_book_side = _v

            elif _v is UNSET:
                _f_book_side = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Fill", "book_side", "missing"
                )
            elif _v is None:
                _f_book_side = None
                _deviations = record_deviation(_deviations, "Fill", "book_side", "null")
            else:
                _f_book_side = check_book_side(_v, "book_side", received=True)

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
                    _deviations, "Fill", "count_fp", "missing"
                )
            elif _v is None:
                _f_count_fp = None
                _deviations = record_deviation(_deviations, "Fill", "count_fp", "null")
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
                    _deviations, "Fill", "yes_price_dollars", "missing"
                )
            elif _v is None:
                _f_yes_price_dollars = None
                _deviations = record_deviation(
                    _deviations, "Fill", "yes_price_dollars", "null"
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
                    _deviations, "Fill", "no_price_dollars", "missing"
                )
            elif _v is None:
                _f_no_price_dollars = None
                _deviations = record_deviation(
                    _deviations, "Fill", "no_price_dollars", "null"
                )
            else:
                _f_no_price_dollars = parse_fixed_point(_v, "no_price_dollars")

            _v = _get("is_taker", UNSET)
            _f_is_taker: Any
            if type(_v) is bool:
                _f_is_taker = _v

            elif _v is UNSET:
                _f_is_taker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Fill", "is_taker", "missing"
                )
            elif _v is None:
                _f_is_taker = None
                _deviations = record_deviation(_deviations, "Fill", "is_taker", "null")
            else:
                if type(_v) is not bool:
                    raise BadValue("is_taker", "bool", _v)
                _f_is_taker = _v

            _v = _get("fee_cost", UNSET)
            _f_fee_cost: Any
            if type(_v) is str:
                try:
                    _f_fee_cost = FIXED_POINT[_v]
                except KeyError:
                    _f_fee_cost = parse_fixed_point(_v, "fee_cost")

            elif _v is UNSET:
                _f_fee_cost = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Fill", "fee_cost", "missing"
                )
            elif _v is None:
                _f_fee_cost = None
                _deviations = record_deviation(_deviations, "Fill", "fee_cost", "null")
            else:
                _f_fee_cost = parse_fixed_point(_v, "fee_cost")

            _v = _get("side", UNSET)
            _f_side: Any
            if type(_v) is str and _v in FILL_SIDE_VALUES:
                _f_side = _v

            elif _v is UNSET:
                _f_side = UNSET
                _absent += 1
            elif _v is None:
                _f_side = None
                _deviations = record_deviation(_deviations, "Fill", "side", "null")
            else:
                _f_side = check_fill_side(_v, "side", received=True)

            _v = _get("action", UNSET)
            _f_action: Any
            if type(_v) is str and _v in FILL_ACTION_VALUES:
                _f_action = _v

            elif _v is UNSET:
                _f_action = UNSET
                _absent += 1
            elif _v is None:
                _f_action = None
                _deviations = record_deviation(_deviations, "Fill", "action", "null")
            else:
                _f_action = check_fill_action(_v, "action", received=True)

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
            elif _v is None:
                _f_created_time = None
                _deviations = record_deviation(
                    _deviations, "Fill", "created_time", "null"
                )
            else:
                _f_created_time = parse_datetime(_v, "created_time")

            _v = _get("subaccount_number", UNSET)
            _f_subaccount_number: Any
            if type(_v) is int:
                _f_subaccount_number = _v

            elif _v is UNSET:
                _f_subaccount_number = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_subaccount_number = None
                else:
                    if type(_v) is not int:
                        raise BadValue("subaccount_number", "int", _v)
                    _f_subaccount_number = _v

            _v = _get("ts", UNSET)
            _f_ts: Any
            if type(_v) is int:
                _f_ts = _v

            elif _v is UNSET:
                _f_ts = UNSET
                _absent += 1
            elif _v is None:
                _f_ts = None
                _deviations = record_deviation(_deviations, "Fill", "ts", "null")
            else:
                if type(_v) is not int:
                    raise BadValue("ts", "int", _v)
                _f_ts = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        fill = _new(cls)
        fill.fill_id = _f_fill_id
        fill.exchange_index = _f_exchange_index
        fill.trade_id = _f_trade_id
        fill.order_id = _f_order_id
        fill.ticker = _f_ticker
        fill.market_ticker = _f_market_ticker
        fill.outcome_side = _f_outcome_side
        fill.book_side = _f_book_side
        fill.count_fp = _f_count_fp
        fill.yes_price_dollars = _f_yes_price_dollars
        fill.no_price_dollars = _f_no_price_dollars
        fill.is_taker = _f_is_taker
        fill.fee_cost = _f_fee_cost
        fill.side = _f_side
        fill.action = _f_action
        fill.created_time = _f_created_time
        fill.subaccount_number = _f_subaccount_number
        fill.ts = _f_ts
        if len(src_dict) + _absent > 18:
            _known: set[str] = {
                "fill_id",
                "exchange_index",
                "trade_id",
                "order_id",
                "ticker",
                "market_ticker",
                "outcome_side",
                "book_side",
                "count_fp",
                "yes_price_dollars",
                "no_price_dollars",
                "is_taker",
                "fee_cost",
                "side",
                "action",
                "created_time",
                "subaccount_number",
                "ts",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            fill.additional_properties = _extra_found
        else:
            fill.additional_properties = {}
        fill._deviations = _deviations
        return fill

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("fill_id", "fill_id", str, True, None),
            ("exchange_index", "exchange_index", int, True, None),
            ("trade_id", "trade_id", str, True, None),
            ("order_id", "order_id", str, True, None),
            ("ticker", "ticker", str, True, None),
            ("market_ticker", "market_ticker", str, True, None),
            ("outcome_side", "outcome_side", str, True, None),
            ("book_side", "book_side", str, True, None),
            ("count_fp", "count_fp", str, True, None),
            ("yes_price_dollars", "yes_price_dollars", str, True, None),
            ("no_price_dollars", "no_price_dollars", str, True, None),
            ("is_taker", "is_taker", bool, True, None),
            ("fee_cost", "fee_cost", str, True, None),
            ("side", "side", str, False, None),
            ("action", "action", str, False, None),
            ("created_time", "created_time", str, False, None),
            ("subaccount_number", "subaccount_number", int | None, False, None),
            ("ts", "ts", int, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        fill = _new(cls)
        fill.fill_id = w.fill_id
        fill.exchange_index = w.exchange_index
        fill.trade_id = w.trade_id
        fill.order_id = w.order_id
        fill.ticker = w.ticker
        fill.market_ticker = w.market_ticker
        fill.outcome_side = (
            w.outcome_side
            if w.outcome_side in OUTCOME_SIDE_VALUES
            else check_outcome_side(w.outcome_side, "outcome_side", received=True)
        )
        fill.book_side = (
            w.book_side
            if w.book_side in BOOK_SIDE_VALUES
            else check_book_side(w.book_side, "book_side", received=True)
        )
        try:
            fill.count_fp = FIXED_POINT[w.count_fp]
        except KeyError:
            fill.count_fp = parse_fixed_point(w.count_fp, "count_fp")
        try:
            fill.yes_price_dollars = FIXED_POINT[w.yes_price_dollars]
        except KeyError:
            fill.yes_price_dollars = parse_fixed_point(
                w.yes_price_dollars, "yes_price_dollars"
            )
        try:
            fill.no_price_dollars = FIXED_POINT[w.no_price_dollars]
        except KeyError:
            fill.no_price_dollars = parse_fixed_point(
                w.no_price_dollars, "no_price_dollars"
            )
        fill.is_taker = w.is_taker
        try:
            fill.fee_cost = FIXED_POINT[w.fee_cost]
        except KeyError:
            fill.fee_cost = parse_fixed_point(w.fee_cost, "fee_cost")
        if w.side is UNSET:
            fill.side = w.side
        else:
            fill.side = (
                w.side
                if w.side in FILL_SIDE_VALUES
                else check_fill_side(w.side, "side", received=True)
            )
        if w.action is UNSET:
            fill.action = w.action
        else:
            fill.action = (
                w.action
                if w.action in FILL_ACTION_VALUES
                else check_fill_action(w.action, "action", received=True)
            )
        if w.created_time is UNSET:
            fill.created_time = w.created_time
        else:
            fill.created_time = fromisoformat(w.created_time)
        fill.subaccount_number = w.subaccount_number
        fill.ts = w.ts
        fill.additional_properties = w._extras()
        fill._deviations = None
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
