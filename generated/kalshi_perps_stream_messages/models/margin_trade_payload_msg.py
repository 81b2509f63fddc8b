from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.book_side import BOOK_SIDE_VALUES, BookSide, check_book_side
from ..types import (
    UNSET,
    BadValue,
    Unset,
    _new,
    learn_extras,
    model_repr,
    parse_uuid,
    record_deviation,
)

T = TypeVar("T", bound="MarginTradePayloadMsg")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class MarginTradePayloadMsg:
    """Attributes:
    trade_id (UUID):
    market_ticker (str): Unique market identifier
    price (str):
    count (str):
    taker_side (BookSide):
    ts_ms (int): Unix timestamp in milliseconds.
    """

    trade_id: UUID

    market_ticker: str

    price: str

    count: str

    taker_side: BookSide

    ts_ms: int

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
            _trade_id = str(self.trade_id)
            field_dict["trade_id"] = _trade_id
        if isinstance(self.market_ticker, Unset):
            pass
        elif (
            self.market_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["market_ticker"] = None
        else:
            field_dict["market_ticker"] = self.market_ticker
        if isinstance(self.price, Unset):
            pass
        elif self.price is None:  # a null the spec does not allow, kept as received
            field_dict["price"] = None
        else:
            field_dict["price"] = self.price
        if isinstance(self.count, Unset):
            pass
        elif self.count is None:  # a null the spec does not allow, kept as received
            field_dict["count"] = None
        else:
            field_dict["count"] = self.count
        if isinstance(self.taker_side, Unset):
            pass
        elif (
            self.taker_side is None
        ):  # a null the spec does not allow, kept as received
            field_dict["taker_side"] = None
        else:
            _taker_side: str = check_book_side(self.taker_side, "taker_side")
            field_dict["taker_side"] = _taker_side
        if isinstance(self.ts_ms, Unset):
            pass
        elif self.ts_ms is None:  # a null the spec does not allow, kept as received
            field_dict["ts_ms"] = None
        else:
            field_dict["ts_ms"] = self.ts_ms
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
            if _v is UNSET:
                _f_trade_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginTradePayloadMsg", "trade_id", "missing"
                )
            elif _v is None:
                _f_trade_id = None
                _deviations = record_deviation(
                    _deviations, "MarginTradePayloadMsg", "trade_id", "null"
                )
            else:
                _f_trade_id = parse_uuid(_v, "trade_id")

            _v = _get("market_ticker", UNSET)
            _f_market_ticker: Any
            if type(_v) is str:
                _f_market_ticker = _v

            elif _v is UNSET:
                _f_market_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginTradePayloadMsg", "market_ticker", "missing"
                )
            elif _v is None:
                _f_market_ticker = None
                _deviations = record_deviation(
                    _deviations, "MarginTradePayloadMsg", "market_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("market_ticker", "str", _v)
                _f_market_ticker = _v

            _v = _get("price", UNSET)
            _f_price: Any
            if type(_v) is str:
                _f_price = _v

            elif _v is UNSET:
                _f_price = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginTradePayloadMsg", "price", "missing"
                )
            elif _v is None:
                _f_price = None
                _deviations = record_deviation(
                    _deviations, "MarginTradePayloadMsg", "price", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("price", "str", _v)
                _f_price = _v

            _v = _get("count", UNSET)
            _f_count: Any
            if type(_v) is str:
                _f_count = _v

            elif _v is UNSET:
                _f_count = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginTradePayloadMsg", "count", "missing"
                )
            elif _v is None:
                _f_count = None
                _deviations = record_deviation(
                    _deviations, "MarginTradePayloadMsg", "count", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("count", "str", _v)
                _f_count = _v

            _v = _get("taker_side", UNSET)
            _f_taker_side: Any
            if type(_v) is str and _v in BOOK_SIDE_VALUES:
                _f_taker_side = _v

            elif _v is UNSET:
                _f_taker_side = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginTradePayloadMsg", "taker_side", "missing"
                )
            elif _v is None:
                _f_taker_side = None
                _deviations = record_deviation(
                    _deviations, "MarginTradePayloadMsg", "taker_side", "null"
                )
            else:
                _f_taker_side = check_book_side(_v, "taker_side", received=True)

            _v = _get("ts_ms", UNSET)
            _f_ts_ms: Any
            if type(_v) is int:
                _f_ts_ms = _v

            elif _v is UNSET:
                _f_ts_ms = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginTradePayloadMsg", "ts_ms", "missing"
                )
            elif _v is None:
                _f_ts_ms = None
                _deviations = record_deviation(
                    _deviations, "MarginTradePayloadMsg", "ts_ms", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("ts_ms", "int", _v)
                _f_ts_ms = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        margin_trade_payload_msg = _new(cls)
        margin_trade_payload_msg.trade_id = _f_trade_id
        margin_trade_payload_msg.market_ticker = _f_market_ticker
        margin_trade_payload_msg.price = _f_price
        margin_trade_payload_msg.count = _f_count
        margin_trade_payload_msg.taker_side = _f_taker_side
        margin_trade_payload_msg.ts_ms = _f_ts_ms
        if len(src_dict) + _absent > 6:
            _known: set[str] = {
                "trade_id",
                "market_ticker",
                "price",
                "count",
                "taker_side",
                "ts_ms",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            margin_trade_payload_msg.additional_properties = _extra_found
        else:
            margin_trade_payload_msg.additional_properties = {}
        margin_trade_payload_msg._deviations = _deviations
        return margin_trade_payload_msg

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("trade_id", "trade_id", str, True, None),
            ("market_ticker", "market_ticker", str, True, None),
            ("price", "price", str, True, None),
            ("count", "count", str, True, None),
            ("taker_side", "taker_side", str, True, None),
            ("ts_ms", "ts_ms", int, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        margin_trade_payload_msg = _new(cls)
        margin_trade_payload_msg.trade_id = parse_uuid(w.trade_id, "trade_id")
        margin_trade_payload_msg.market_ticker = w.market_ticker
        margin_trade_payload_msg.price = w.price
        margin_trade_payload_msg.count = w.count
        margin_trade_payload_msg.taker_side = (
            w.taker_side
            if w.taker_side in BOOK_SIDE_VALUES
            else check_book_side(w.taker_side, "taker_side", received=True)
        )
        margin_trade_payload_msg.ts_ms = w.ts_ms
        margin_trade_payload_msg.additional_properties = w._extras()
        margin_trade_payload_msg._deviations = None
        return margin_trade_payload_msg

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
