from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.market_side import MARKET_SIDE_VALUES, MarketSide, check_market_side
from ..types import (
    FIXED_POINT,
    UNSET,
    BadValue,
    Unset,
    _new,
    fixed_point_text,
    learn_extras,
    model_repr,
    parse_fixed_point,
    parse_uuid,
    record_deviation,
    to_count,
    to_dollars,
)

T = TypeVar("T", bound="TradePayloadMsg")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class TradePayloadMsg:
    """Attributes:
    trade_id (UUID): Unique identifier for the trade
    market_ticker (str): Unique market identifier
    yes_price_dollars (Decimal): Yes side price in dollars
    no_price_dollars (Decimal): No side price in dollars
    count_fp (Decimal): Fixed-point contracts traded (2 decimals)
    taker_side (MarketSide): Market side
    ts (int): Unix timestamp in seconds
    """

    trade_id: UUID

    market_ticker: str

    yes_price_dollars: Decimal = _attrs_field(converter=to_dollars)

    no_price_dollars: Decimal = _attrs_field(converter=to_dollars)

    count_fp: Decimal = _attrs_field(converter=to_count)

    taker_side: MarketSide

    ts: int

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
        if isinstance(self.count_fp, Unset):
            pass
        elif self.count_fp is None:  # a null the spec does not allow, kept as received
            field_dict["count_fp"] = None
        else:
            field_dict["count_fp"] = fixed_point_text(
                self.count_fp, "count_fp", counts=True
            )
        if isinstance(self.taker_side, Unset):
            pass
        elif (
            self.taker_side is None
        ):  # a null the spec does not allow, kept as received
            field_dict["taker_side"] = None
        else:
            _taker_side: str = check_market_side(self.taker_side, "taker_side")
            field_dict["taker_side"] = _taker_side
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
            _v = _get("trade_id", UNSET)
            _f_trade_id: Any
            if _v is UNSET:
                _f_trade_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "TradePayloadMsg", "trade_id", "missing"
                )
            elif _v is None:
                _f_trade_id = None
                _deviations = record_deviation(
                    _deviations, "TradePayloadMsg", "trade_id", "null"
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
                    _deviations, "TradePayloadMsg", "market_ticker", "missing"
                )
            elif _v is None:
                _f_market_ticker = None
                _deviations = record_deviation(
                    _deviations, "TradePayloadMsg", "market_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("market_ticker", "str", _v)
                _f_market_ticker = _v

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
                    _deviations, "TradePayloadMsg", "yes_price_dollars", "missing"
                )
            elif _v is None:
                _f_yes_price_dollars = None
                _deviations = record_deviation(
                    _deviations, "TradePayloadMsg", "yes_price_dollars", "null"
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
                    _deviations, "TradePayloadMsg", "no_price_dollars", "missing"
                )
            elif _v is None:
                _f_no_price_dollars = None
                _deviations = record_deviation(
                    _deviations, "TradePayloadMsg", "no_price_dollars", "null"
                )
            else:
                _f_no_price_dollars = parse_fixed_point(_v, "no_price_dollars")

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
                    _deviations, "TradePayloadMsg", "count_fp", "missing"
                )
            elif _v is None:
                _f_count_fp = None
                _deviations = record_deviation(
                    _deviations, "TradePayloadMsg", "count_fp", "null"
                )
            else:
                _f_count_fp = parse_fixed_point(_v, "count_fp")

            _v = _get("taker_side", UNSET)
            _f_taker_side: Any
            if type(_v) is str and _v in MARKET_SIDE_VALUES:
                _f_taker_side = _v

            elif _v is UNSET:
                _f_taker_side = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "TradePayloadMsg", "taker_side", "missing"
                )
            elif _v is None:
                _f_taker_side = None
                _deviations = record_deviation(
                    _deviations, "TradePayloadMsg", "taker_side", "null"
                )
            else:
                _f_taker_side = check_market_side(_v, "taker_side", received=True)

            _v = _get("ts", UNSET)
            _f_ts: Any
            if type(_v) is int:
                _f_ts = _v

            elif _v is UNSET:
                _f_ts = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "TradePayloadMsg", "ts", "missing"
                )
            elif _v is None:
                _f_ts = None
                _deviations = record_deviation(
                    _deviations, "TradePayloadMsg", "ts", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("ts", "int", _v)
                _f_ts = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        trade_payload_msg = _new(cls)
        trade_payload_msg.trade_id = _f_trade_id
        trade_payload_msg.market_ticker = _f_market_ticker
        trade_payload_msg.yes_price_dollars = _f_yes_price_dollars
        trade_payload_msg.no_price_dollars = _f_no_price_dollars
        trade_payload_msg.count_fp = _f_count_fp
        trade_payload_msg.taker_side = _f_taker_side
        trade_payload_msg.ts = _f_ts
        if len(src_dict) + _absent > 7:
            _known: set[str] = {
                "trade_id",
                "market_ticker",
                "yes_price_dollars",
                "no_price_dollars",
                "count_fp",
                "taker_side",
                "ts",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            trade_payload_msg.additional_properties = _extra_found
        else:
            trade_payload_msg.additional_properties = {}
        trade_payload_msg._deviations = _deviations
        return trade_payload_msg

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("trade_id", "trade_id", str, True, None),
            ("market_ticker", "market_ticker", str, True, None),
            ("yes_price_dollars", "yes_price_dollars", str, True, None),
            ("no_price_dollars", "no_price_dollars", str, True, None),
            ("count_fp", "count_fp", str, True, None),
            ("taker_side", "taker_side", str, True, None),
            ("ts", "ts", int, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        trade_payload_msg = _new(cls)
        trade_payload_msg.trade_id = parse_uuid(w.trade_id, "trade_id")
        trade_payload_msg.market_ticker = w.market_ticker
        try:
            trade_payload_msg.yes_price_dollars = FIXED_POINT[w.yes_price_dollars]
        except KeyError:
            trade_payload_msg.yes_price_dollars = parse_fixed_point(
                w.yes_price_dollars, "yes_price_dollars"
            )
        try:
            trade_payload_msg.no_price_dollars = FIXED_POINT[w.no_price_dollars]
        except KeyError:
            trade_payload_msg.no_price_dollars = parse_fixed_point(
                w.no_price_dollars, "no_price_dollars"
            )
        try:
            trade_payload_msg.count_fp = FIXED_POINT[w.count_fp]
        except KeyError:
            trade_payload_msg.count_fp = parse_fixed_point(w.count_fp, "count_fp")
        trade_payload_msg.taker_side = (
            w.taker_side
            if w.taker_side in MARKET_SIDE_VALUES
            else check_market_side(w.taker_side, "taker_side", received=True)
        )
        trade_payload_msg.ts = w.ts
        trade_payload_msg.additional_properties = w._extras()
        trade_payload_msg._deviations = None
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
