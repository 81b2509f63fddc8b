from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.book_side import BOOK_SIDE_VALUES, BookSide, check_book_side
from ..models.order_source import ORDER_SOURCE_VALUES, OrderSource, check_order_source
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
)

T = TypeVar("T", bound="MarginFill")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class MarginFill:
    """Attributes:
    fill_id (str): Unique identifier for the fill
    order_id (str): The order ID that generated this fill
    is_taker (bool): Whether the user was the taker in this fill
    side (BookSide): The side of an order or trade (bid or ask)
    count (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\" in field
        names). Requests accept 0–2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2 decimals.
        Fractional contract values (e.g., \"2.50\") are supported on markets with fractional trading enabled; the minimum
        granularity is 0.01 contracts. Integer contract count fields are legacy and will be deprecated; when both
        integer and fp fields are provided, they must match. Example: 10.00.
    created_time (datetime.datetime): When the fill was executed
    ticker (str): Market ticker symbol
    price (str): Fill price in fixed-point dollars
    entry_price (str): Position entry price used to compute incremental realized PnL for this fill
    fees (str): Fees paid on filled contracts, in dollars
    realized_pnl (str): Incremental realized PnL contributed by this fill, in fixed-point dollars
    order_source (OrderSource | Unset): The source of the order. 'user' indicates a user-placed order, 'system'
        indicates a system-generated liquidation order.
    """

    fill_id: str

    order_id: str

    is_taker: bool

    side: BookSide

    count: Decimal = _attrs_field(converter=to_count)

    created_time: datetime.datetime

    ticker: str

    price: str

    entry_price: str

    fees: str

    realized_pnl: str

    order_source: OrderSource | Unset = UNSET

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
        if isinstance(self.order_id, Unset):
            pass
        elif self.order_id is None:  # a null the spec does not allow, kept as received
            field_dict["order_id"] = None
        else:
            field_dict["order_id"] = self.order_id
        if isinstance(self.is_taker, Unset):
            pass
        elif self.is_taker is None:  # a null the spec does not allow, kept as received
            field_dict["is_taker"] = None
        else:
            field_dict["is_taker"] = self.is_taker
        if isinstance(self.side, Unset):
            pass
        elif self.side is None:  # a null the spec does not allow, kept as received
            field_dict["side"] = None
        else:
            _side: str = check_book_side(self.side, "side")
            field_dict["side"] = _side
        if isinstance(self.count, Unset):
            pass
        elif self.count is None:  # a null the spec does not allow, kept as received
            field_dict["count"] = None
        else:
            field_dict["count"] = fixed_point_text(self.count, "count", counts=True)
        if isinstance(self.created_time, Unset):
            pass
        elif (
            self.created_time is None
        ):  # a null the spec does not allow, kept as received
            field_dict["created_time"] = None
        else:
            _created_time = self.created_time.isoformat()
            field_dict["created_time"] = _created_time
        if isinstance(self.ticker, Unset):
            pass
        elif self.ticker is None:  # a null the spec does not allow, kept as received
            field_dict["ticker"] = None
        else:
            field_dict["ticker"] = self.ticker
        if isinstance(self.price, Unset):
            pass
        elif self.price is None:  # a null the spec does not allow, kept as received
            field_dict["price"] = None
        else:
            field_dict["price"] = self.price
        if isinstance(self.entry_price, Unset):
            pass
        elif (
            self.entry_price is None
        ):  # a null the spec does not allow, kept as received
            field_dict["entry_price"] = None
        else:
            field_dict["entry_price"] = self.entry_price
        if isinstance(self.fees, Unset):
            pass
        elif self.fees is None:  # a null the spec does not allow, kept as received
            field_dict["fees"] = None
        else:
            field_dict["fees"] = self.fees
        if isinstance(self.realized_pnl, Unset):
            pass
        elif (
            self.realized_pnl is None
        ):  # a null the spec does not allow, kept as received
            field_dict["realized_pnl"] = None
        else:
            field_dict["realized_pnl"] = self.realized_pnl
        if isinstance(self.order_source, Unset):
            pass
        elif (
            self.order_source is None
        ):  # a null the spec does not allow, kept as received
            field_dict["order_source"] = None
        else:
            _order_source: str | Unset = UNSET
            if not isinstance(self.order_source, Unset):
                _order_source = check_order_source(self.order_source, "order_source")

            field_dict["order_source"] = _order_source
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
                    _deviations, "MarginFill", "fill_id", "missing"
                )
            elif _v is None:
                _f_fill_id = None
                _deviations = record_deviation(
                    _deviations, "MarginFill", "fill_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("fill_id", "str", _v)
                _f_fill_id = _v

            _v = _get("order_id", UNSET)
            _f_order_id: Any
            if type(_v) is str:
                _f_order_id = _v

            elif _v is UNSET:
                _f_order_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginFill", "order_id", "missing"
                )
            elif _v is None:
                _f_order_id = None
                _deviations = record_deviation(
                    _deviations, "MarginFill", "order_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("order_id", "str", _v)
                _f_order_id = _v

            _v = _get("is_taker", UNSET)
            _f_is_taker: Any
            if type(_v) is bool:
                _f_is_taker = _v

            elif _v is UNSET:
                _f_is_taker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginFill", "is_taker", "missing"
                )
            elif _v is None:
                _f_is_taker = None
                _deviations = record_deviation(
                    _deviations, "MarginFill", "is_taker", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("is_taker", "bool", _v)
                _f_is_taker = _v

            _v = _get("side", UNSET)
            _f_side: Any
            if type(_v) is str and _v in BOOK_SIDE_VALUES:
                _f_side = _v

            elif _v is UNSET:
                _f_side = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginFill", "side", "missing"
                )
            elif _v is None:
                _f_side = None
                _deviations = record_deviation(
                    _deviations, "MarginFill", "side", "null"
                )
            else:
                _f_side = check_book_side(_v, "side", received=True)

            _v = _get("count", UNSET)
            _f_count: Any
            if type(_v) is str:
                try:
                    _f_count = FIXED_POINT[_v]
                except KeyError:
                    _f_count = parse_fixed_point(_v, "count")

            elif _v is UNSET:
                _f_count = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginFill", "count", "missing"
                )
            elif _v is None:
                _f_count = None
                _deviations = record_deviation(
                    _deviations, "MarginFill", "count", "null"
                )
            else:
                _f_count = parse_fixed_point(_v, "count")

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
                    _deviations, "MarginFill", "created_time", "missing"
                )
            elif _v is None:
                _f_created_time = None
                _deviations = record_deviation(
                    _deviations, "MarginFill", "created_time", "null"
                )
            else:
                _f_created_time = parse_datetime(_v, "created_time")

            _v = _get("ticker", UNSET)
            _f_ticker: Any
            if type(_v) is str:
                _f_ticker = _v

            elif _v is UNSET:
                _f_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginFill", "ticker", "missing"
                )
            elif _v is None:
                _f_ticker = None
                _deviations = record_deviation(
                    _deviations, "MarginFill", "ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("ticker", "str", _v)
                _f_ticker = _v

            _v = _get("price", UNSET)
            _f_price: Any
            if type(_v) is str:
                _f_price = _v

            elif _v is UNSET:
                _f_price = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginFill", "price", "missing"
                )
            elif _v is None:
                _f_price = None
                _deviations = record_deviation(
                    _deviations, "MarginFill", "price", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("price", "str", _v)
                _f_price = _v

            _v = _get("entry_price", UNSET)
            _f_entry_price: Any
            if type(_v) is str:
                _f_entry_price = _v

            elif _v is UNSET:
                _f_entry_price = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginFill", "entry_price", "missing"
                )
            elif _v is None:
                _f_entry_price = None
                _deviations = record_deviation(
                    _deviations, "MarginFill", "entry_price", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("entry_price", "str", _v)
                _f_entry_price = _v

            _v = _get("fees", UNSET)
            _f_fees: Any
            if type(_v) is str:
                _f_fees = _v

            elif _v is UNSET:
                _f_fees = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginFill", "fees", "missing"
                )
            elif _v is None:
                _f_fees = None
                _deviations = record_deviation(
                    _deviations, "MarginFill", "fees", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("fees", "str", _v)
                _f_fees = _v

            _v = _get("realized_pnl", UNSET)
            _f_realized_pnl: Any
            if type(_v) is str:
                _f_realized_pnl = _v

            elif _v is UNSET:
                _f_realized_pnl = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginFill", "realized_pnl", "missing"
                )
            elif _v is None:
                _f_realized_pnl = None
                _deviations = record_deviation(
                    _deviations, "MarginFill", "realized_pnl", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("realized_pnl", "str", _v)
                _f_realized_pnl = _v

            _v = _get("order_source", UNSET)
            _f_order_source: Any
            if type(_v) is str and _v in ORDER_SOURCE_VALUES:
                _f_order_source = _v

            elif _v is UNSET:
                _f_order_source = UNSET
                _absent += 1
            elif _v is None:
                _f_order_source = None
                _deviations = record_deviation(
                    _deviations, "MarginFill", "order_source", "null"
                )
            else:
                _f_order_source = check_order_source(_v, "order_source", received=True)

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        margin_fill = _new(cls)
        margin_fill.fill_id = _f_fill_id
        margin_fill.order_id = _f_order_id
        margin_fill.is_taker = _f_is_taker
        margin_fill.side = _f_side
        margin_fill.count = _f_count
        margin_fill.created_time = _f_created_time
        margin_fill.ticker = _f_ticker
        margin_fill.price = _f_price
        margin_fill.entry_price = _f_entry_price
        margin_fill.fees = _f_fees
        margin_fill.realized_pnl = _f_realized_pnl
        margin_fill.order_source = _f_order_source
        if len(src_dict) + _absent > 12:
            _known: set[str] = {
                "fill_id",
                "order_id",
                "is_taker",
                "side",
                "count",
                "created_time",
                "ticker",
                "price",
                "entry_price",
                "fees",
                "realized_pnl",
                "order_source",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            margin_fill.additional_properties = _extra_found
        else:
            margin_fill.additional_properties = {}
        margin_fill._deviations = _deviations
        return margin_fill

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("fill_id", "fill_id", str, True, None),
            ("order_id", "order_id", str, True, None),
            ("is_taker", "is_taker", bool, True, None),
            ("side", "side", str, True, None),
            ("count", "count", str, True, None),
            ("created_time", "created_time", str, True, None),
            ("ticker", "ticker", str, True, None),
            ("price", "price", str, True, None),
            ("entry_price", "entry_price", str, True, None),
            ("fees", "fees", str, True, None),
            ("realized_pnl", "realized_pnl", str, True, None),
            ("order_source", "order_source", str, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        margin_fill = _new(cls)
        margin_fill.fill_id = w.fill_id
        margin_fill.order_id = w.order_id
        margin_fill.is_taker = w.is_taker
        margin_fill.side = (
            w.side
            if w.side in BOOK_SIDE_VALUES
            else check_book_side(w.side, "side", received=True)
        )
        try:
            margin_fill.count = FIXED_POINT[w.count]
        except KeyError:
            margin_fill.count = parse_fixed_point(w.count, "count")
        margin_fill.created_time = fromisoformat(w.created_time)
        margin_fill.ticker = w.ticker
        margin_fill.price = w.price
        margin_fill.entry_price = w.entry_price
        margin_fill.fees = w.fees
        margin_fill.realized_pnl = w.realized_pnl
        if w.order_source is UNSET:
            margin_fill.order_source = w.order_source
        else:
            margin_fill.order_source = (
                w.order_source
                if w.order_source in ORDER_SOURCE_VALUES
                else check_order_source(w.order_source, "order_source", received=True)
            )
        margin_fill.additional_properties = w._extras()
        margin_fill._deviations = None
        return margin_fill

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
