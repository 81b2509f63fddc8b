from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.book_side import BOOK_SIDE_VALUES, BookSide, check_book_side
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

T = TypeVar("T", bound="MarginTrade")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class MarginTrade:
    """Attributes:
    trade_id (str): Unique identifier for the trade
    ticker (str): Market ticker symbol
    count (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\" in field
        names). Requests accept 0–2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2 decimals.
        Fractional contract values (e.g., \"2.50\") are supported on markets with fractional trading enabled; the minimum
        granularity is 0.01 contracts. Integer contract count fields are legacy and will be deprecated; when both
        integer and fp fields are provided, they must match. Example: 10.00.
    price (str): Trade price in dollars
    created_time (datetime.datetime): When the trade was executed
    taker_side (BookSide): The side of an order or trade (bid or ask)
    """

    trade_id: str

    ticker: str

    count: Decimal = _attrs_field(converter=to_count)

    price: str

    created_time: datetime.datetime

    taker_side: BookSide

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
        if isinstance(self.count, Unset):
            pass
        elif self.count is None:  # a null the spec does not allow, kept as received
            field_dict["count"] = None
        else:
            field_dict["count"] = fixed_point_text(self.count, "count", counts=True)
        if isinstance(self.price, Unset):
            pass
        elif self.price is None:  # a null the spec does not allow, kept as received
            field_dict["price"] = None
        else:
            field_dict["price"] = self.price
        if isinstance(self.created_time, Unset):
            pass
        elif (
            self.created_time is None
        ):  # a null the spec does not allow, kept as received
            field_dict["created_time"] = None
        else:
            _created_time = self.created_time.isoformat()
            field_dict["created_time"] = _created_time
        if isinstance(self.taker_side, Unset):
            pass
        elif (
            self.taker_side is None
        ):  # a null the spec does not allow, kept as received
            field_dict["taker_side"] = None
        else:
            _taker_side: str = check_book_side(self.taker_side, "taker_side")
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
                    _deviations, "MarginTrade", "trade_id", "missing"
                )
            elif _v is None:
                _f_trade_id = None
                _deviations = record_deviation(
                    _deviations, "MarginTrade", "trade_id", "null"
                )
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
                    _deviations, "MarginTrade", "ticker", "missing"
                )
            elif _v is None:
                _f_ticker = None
                _deviations = record_deviation(
                    _deviations, "MarginTrade", "ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("ticker", "str", _v)
                _f_ticker = _v

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
                    _deviations, "MarginTrade", "count", "missing"
                )
            elif _v is None:
                _f_count = None
                _deviations = record_deviation(
                    _deviations, "MarginTrade", "count", "null"
                )
            else:
                _f_count = parse_fixed_point(_v, "count")

            _v = _get("price", UNSET)
            _f_price: Any
            if type(_v) is str:
                _f_price = _v

            elif _v is UNSET:
                _f_price = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginTrade", "price", "missing"
                )
            elif _v is None:
                _f_price = None
                _deviations = record_deviation(
                    _deviations, "MarginTrade", "price", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("price", "str", _v)
                _f_price = _v

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
                    _deviations, "MarginTrade", "created_time", "missing"
                )
            elif _v is None:
                _f_created_time = None
                _deviations = record_deviation(
                    _deviations, "MarginTrade", "created_time", "null"
                )
            else:
                _f_created_time = parse_datetime(_v, "created_time")

            _v = _get("taker_side", UNSET)
            _f_taker_side: Any
            if type(_v) is str and _v in BOOK_SIDE_VALUES:
                _f_taker_side = _v

            elif _v is UNSET:
                _f_taker_side = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginTrade", "taker_side", "missing"
                )
            elif _v is None:
                _f_taker_side = None
                _deviations = record_deviation(
                    _deviations, "MarginTrade", "taker_side", "null"
                )
            else:
                _f_taker_side = check_book_side(_v, "taker_side", received=True)

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        margin_trade = _new(cls)
        margin_trade.trade_id = _f_trade_id
        margin_trade.ticker = _f_ticker
        margin_trade.count = _f_count
        margin_trade.price = _f_price
        margin_trade.created_time = _f_created_time
        margin_trade.taker_side = _f_taker_side
        if len(src_dict) + _absent > 6:
            _known: set[str] = {
                "trade_id",
                "ticker",
                "count",
                "price",
                "created_time",
                "taker_side",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            margin_trade.additional_properties = _extra_found
        else:
            margin_trade.additional_properties = {}
        margin_trade._deviations = _deviations
        return margin_trade

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("trade_id", "trade_id", str, True, None),
            ("ticker", "ticker", str, True, None),
            ("count", "count", str, True, None),
            ("price", "price", str, True, None),
            ("created_time", "created_time", str, True, None),
            ("taker_side", "taker_side", str, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        margin_trade = _new(cls)
        margin_trade.trade_id = w.trade_id
        margin_trade.ticker = w.ticker
        try:
            margin_trade.count = FIXED_POINT[w.count]
        except KeyError:
            margin_trade.count = parse_fixed_point(w.count, "count")
        margin_trade.price = w.price
        margin_trade.created_time = fromisoformat(w.created_time)
        margin_trade.taker_side = (
            w.taker_side
            if w.taker_side in BOOK_SIDE_VALUES
            else check_book_side(w.taker_side, "taker_side", received=True)
        )
        margin_trade.additional_properties = w._extras()
        margin_trade._deviations = None
        return margin_trade

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
