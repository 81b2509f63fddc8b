from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

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
    parse_uuid,
    record_deviation,
    to_count,
    to_dollars,
)

T = TypeVar("T", bound="TickerPayloadMsg")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class TickerPayloadMsg:
    """Attributes:
    market_ticker (str): Unique market identifier
    market_id (UUID): Unique market UUID
    price_dollars (Decimal): Last traded price in dollars
    yes_bid_dollars (Decimal): Best bid price for yes side in dollars
    yes_ask_dollars (Decimal): Best ask price for yes side in dollars
    volume_fp (Decimal): Fixed-point total contracts traded (2 decimals)
    open_interest_fp (Decimal): Fixed-point open interest (2 decimals)
    dollar_volume (int): Number of dollars traded in the market so far
    dollar_open_interest (int): Number of dollars positioned in the market currently
    ts (int): Unix timestamp for when the update happened (in seconds)
    time (datetime.datetime): Timestamp for when the update happened (RFC3339)
    """

    market_ticker: str

    market_id: UUID

    price_dollars: Decimal = _attrs_field(converter=to_dollars)

    yes_bid_dollars: Decimal = _attrs_field(converter=to_dollars)

    yes_ask_dollars: Decimal = _attrs_field(converter=to_dollars)

    volume_fp: Decimal = _attrs_field(converter=to_count)

    open_interest_fp: Decimal = _attrs_field(converter=to_count)

    dollar_volume: int

    dollar_open_interest: int

    ts: int

    time: datetime.datetime

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
        if isinstance(self.market_ticker, Unset):
            pass
        elif (
            self.market_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["market_ticker"] = None
        else:
            field_dict["market_ticker"] = self.market_ticker
        if isinstance(self.market_id, Unset):
            pass
        elif self.market_id is None:  # a null the spec does not allow, kept as received
            field_dict["market_id"] = None
        else:
            _market_id = str(self.market_id)
            field_dict["market_id"] = _market_id
        if isinstance(self.price_dollars, Unset):
            pass
        elif (
            self.price_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["price_dollars"] = None
        else:
            field_dict["price_dollars"] = fixed_point_text(
                self.price_dollars, "price_dollars", counts=False
            )
        if isinstance(self.yes_bid_dollars, Unset):
            pass
        elif (
            self.yes_bid_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["yes_bid_dollars"] = None
        else:
            field_dict["yes_bid_dollars"] = fixed_point_text(
                self.yes_bid_dollars, "yes_bid_dollars", counts=False
            )
        if isinstance(self.yes_ask_dollars, Unset):
            pass
        elif (
            self.yes_ask_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["yes_ask_dollars"] = None
        else:
            field_dict["yes_ask_dollars"] = fixed_point_text(
                self.yes_ask_dollars, "yes_ask_dollars", counts=False
            )
        if isinstance(self.volume_fp, Unset):
            pass
        elif self.volume_fp is None:  # a null the spec does not allow, kept as received
            field_dict["volume_fp"] = None
        else:
            field_dict["volume_fp"] = fixed_point_text(
                self.volume_fp, "volume_fp", counts=True
            )
        if isinstance(self.open_interest_fp, Unset):
            pass
        elif (
            self.open_interest_fp is None
        ):  # a null the spec does not allow, kept as received
            field_dict["open_interest_fp"] = None
        else:
            field_dict["open_interest_fp"] = fixed_point_text(
                self.open_interest_fp, "open_interest_fp", counts=True
            )
        if isinstance(self.dollar_volume, Unset):
            pass
        elif (
            self.dollar_volume is None
        ):  # a null the spec does not allow, kept as received
            field_dict["dollar_volume"] = None
        else:
            field_dict["dollar_volume"] = self.dollar_volume
        if isinstance(self.dollar_open_interest, Unset):
            pass
        elif (
            self.dollar_open_interest is None
        ):  # a null the spec does not allow, kept as received
            field_dict["dollar_open_interest"] = None
        else:
            field_dict["dollar_open_interest"] = self.dollar_open_interest
        if isinstance(self.ts, Unset):
            pass
        elif self.ts is None:  # a null the spec does not allow, kept as received
            field_dict["ts"] = None
        else:
            field_dict["ts"] = self.ts
        if isinstance(self.time, Unset):
            pass
        elif self.time is None:  # a null the spec does not allow, kept as received
            field_dict["time"] = None
        else:
            _time = self.time.isoformat()
            field_dict["time"] = _time
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
            _v = _get("market_ticker", UNSET)
            _f_market_ticker: Any
            if type(_v) is str:
                _f_market_ticker = _v

            elif _v is UNSET:
                _f_market_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "TickerPayloadMsg", "market_ticker", "missing"
                )
            elif _v is None:
                _f_market_ticker = None
                _deviations = record_deviation(
                    _deviations, "TickerPayloadMsg", "market_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("market_ticker", "str", _v)
                _f_market_ticker = _v

            _v = _get("market_id", UNSET)
            _f_market_id: Any
            if _v is UNSET:
                _f_market_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "TickerPayloadMsg", "market_id", "missing"
                )
            elif _v is None:
                _f_market_id = None
                _deviations = record_deviation(
                    _deviations, "TickerPayloadMsg", "market_id", "null"
                )
            else:
                _f_market_id = parse_uuid(_v, "market_id")

            _v = _get("price_dollars", UNSET)
            _f_price_dollars: Any
            if type(_v) is str:
                try:
                    _f_price_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_price_dollars = parse_fixed_point(_v, "price_dollars")

            elif _v is UNSET:
                _f_price_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "TickerPayloadMsg", "price_dollars", "missing"
                )
            elif _v is None:
                _f_price_dollars = None
                _deviations = record_deviation(
                    _deviations, "TickerPayloadMsg", "price_dollars", "null"
                )
            else:
                _f_price_dollars = parse_fixed_point(_v, "price_dollars")

            _v = _get("yes_bid_dollars", UNSET)
            _f_yes_bid_dollars: Any
            if type(_v) is str:
                try:
                    _f_yes_bid_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_yes_bid_dollars = parse_fixed_point(_v, "yes_bid_dollars")

            elif _v is UNSET:
                _f_yes_bid_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "TickerPayloadMsg", "yes_bid_dollars", "missing"
                )
            elif _v is None:
                _f_yes_bid_dollars = None
                _deviations = record_deviation(
                    _deviations, "TickerPayloadMsg", "yes_bid_dollars", "null"
                )
            else:
                _f_yes_bid_dollars = parse_fixed_point(_v, "yes_bid_dollars")

            _v = _get("yes_ask_dollars", UNSET)
            _f_yes_ask_dollars: Any
            if type(_v) is str:
                try:
                    _f_yes_ask_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_yes_ask_dollars = parse_fixed_point(_v, "yes_ask_dollars")

            elif _v is UNSET:
                _f_yes_ask_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "TickerPayloadMsg", "yes_ask_dollars", "missing"
                )
            elif _v is None:
                _f_yes_ask_dollars = None
                _deviations = record_deviation(
                    _deviations, "TickerPayloadMsg", "yes_ask_dollars", "null"
                )
            else:
                _f_yes_ask_dollars = parse_fixed_point(_v, "yes_ask_dollars")

            _v = _get("volume_fp", UNSET)
            _f_volume_fp: Any
            if type(_v) is str:
                try:
                    _f_volume_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_volume_fp = parse_fixed_point(_v, "volume_fp")

            elif _v is UNSET:
                _f_volume_fp = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "TickerPayloadMsg", "volume_fp", "missing"
                )
            elif _v is None:
                _f_volume_fp = None
                _deviations = record_deviation(
                    _deviations, "TickerPayloadMsg", "volume_fp", "null"
                )
            else:
                _f_volume_fp = parse_fixed_point(_v, "volume_fp")

            _v = _get("open_interest_fp", UNSET)
            _f_open_interest_fp: Any
            if type(_v) is str:
                try:
                    _f_open_interest_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_open_interest_fp = parse_fixed_point(_v, "open_interest_fp")

            elif _v is UNSET:
                _f_open_interest_fp = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "TickerPayloadMsg", "open_interest_fp", "missing"
                )
            elif _v is None:
                _f_open_interest_fp = None
                _deviations = record_deviation(
                    _deviations, "TickerPayloadMsg", "open_interest_fp", "null"
                )
            else:
                _f_open_interest_fp = parse_fixed_point(_v, "open_interest_fp")

            _v = _get("dollar_volume", UNSET)
            _f_dollar_volume: Any
            if type(_v) is int:
                _f_dollar_volume = _v

            elif _v is UNSET:
                _f_dollar_volume = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "TickerPayloadMsg", "dollar_volume", "missing"
                )
            elif _v is None:
                _f_dollar_volume = None
                _deviations = record_deviation(
                    _deviations, "TickerPayloadMsg", "dollar_volume", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("dollar_volume", "int", _v)
                _f_dollar_volume = _v

            _v = _get("dollar_open_interest", UNSET)
            _f_dollar_open_interest: Any
            if type(_v) is int:
                _f_dollar_open_interest = _v

            elif _v is UNSET:
                _f_dollar_open_interest = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "TickerPayloadMsg", "dollar_open_interest", "missing"
                )
            elif _v is None:
                _f_dollar_open_interest = None
                _deviations = record_deviation(
                    _deviations, "TickerPayloadMsg", "dollar_open_interest", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("dollar_open_interest", "int", _v)
                _f_dollar_open_interest = _v

            _v = _get("ts", UNSET)
            _f_ts: Any
            if type(_v) is int:
                _f_ts = _v

            elif _v is UNSET:
                _f_ts = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "TickerPayloadMsg", "ts", "missing"
                )
            elif _v is None:
                _f_ts = None
                _deviations = record_deviation(
                    _deviations, "TickerPayloadMsg", "ts", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("ts", "int", _v)
                _f_ts = _v

            _v = _get("time", UNSET)
            _f_time: Any
            if type(_v) is str:
                try:
                    _f_time = fromisoformat(_v)
                except ValueError:
                    _f_time = parse_datetime(_v, "time")

            elif _v is UNSET:
                _f_time = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "TickerPayloadMsg", "time", "missing"
                )
            elif _v is None:
                _f_time = None
                _deviations = record_deviation(
                    _deviations, "TickerPayloadMsg", "time", "null"
                )
            else:
                _f_time = parse_datetime(_v, "time")

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        ticker_payload_msg = _new(cls)
        ticker_payload_msg.market_ticker = _f_market_ticker
        ticker_payload_msg.market_id = _f_market_id
        ticker_payload_msg.price_dollars = _f_price_dollars
        ticker_payload_msg.yes_bid_dollars = _f_yes_bid_dollars
        ticker_payload_msg.yes_ask_dollars = _f_yes_ask_dollars
        ticker_payload_msg.volume_fp = _f_volume_fp
        ticker_payload_msg.open_interest_fp = _f_open_interest_fp
        ticker_payload_msg.dollar_volume = _f_dollar_volume
        ticker_payload_msg.dollar_open_interest = _f_dollar_open_interest
        ticker_payload_msg.ts = _f_ts
        ticker_payload_msg.time = _f_time
        if len(src_dict) + _absent > 11:
            _known: set[str] = {
                "market_ticker",
                "market_id",
                "price_dollars",
                "yes_bid_dollars",
                "yes_ask_dollars",
                "volume_fp",
                "open_interest_fp",
                "dollar_volume",
                "dollar_open_interest",
                "ts",
                "time",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            ticker_payload_msg.additional_properties = _extra_found
        else:
            ticker_payload_msg.additional_properties = {}
        ticker_payload_msg._deviations = _deviations
        return ticker_payload_msg

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("market_ticker", "market_ticker", str, True, None),
            ("market_id", "market_id", str, True, None),
            ("price_dollars", "price_dollars", str, True, None),
            ("yes_bid_dollars", "yes_bid_dollars", str, True, None),
            ("yes_ask_dollars", "yes_ask_dollars", str, True, None),
            ("volume_fp", "volume_fp", str, True, None),
            ("open_interest_fp", "open_interest_fp", str, True, None),
            ("dollar_volume", "dollar_volume", int, True, None),
            ("dollar_open_interest", "dollar_open_interest", int, True, None),
            ("ts", "ts", int, True, None),
            ("time", "time", str, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        ticker_payload_msg = _new(cls)
        ticker_payload_msg.market_ticker = w.market_ticker
        ticker_payload_msg.market_id = parse_uuid(w.market_id, "market_id")
        try:
            ticker_payload_msg.price_dollars = FIXED_POINT[w.price_dollars]
        except KeyError:
            ticker_payload_msg.price_dollars = parse_fixed_point(
                w.price_dollars, "price_dollars"
            )
        try:
            ticker_payload_msg.yes_bid_dollars = FIXED_POINT[w.yes_bid_dollars]
        except KeyError:
            ticker_payload_msg.yes_bid_dollars = parse_fixed_point(
                w.yes_bid_dollars, "yes_bid_dollars"
            )
        try:
            ticker_payload_msg.yes_ask_dollars = FIXED_POINT[w.yes_ask_dollars]
        except KeyError:
            ticker_payload_msg.yes_ask_dollars = parse_fixed_point(
                w.yes_ask_dollars, "yes_ask_dollars"
            )
        try:
            ticker_payload_msg.volume_fp = FIXED_POINT[w.volume_fp]
        except KeyError:
            ticker_payload_msg.volume_fp = parse_fixed_point(w.volume_fp, "volume_fp")
        try:
            ticker_payload_msg.open_interest_fp = FIXED_POINT[w.open_interest_fp]
        except KeyError:
            ticker_payload_msg.open_interest_fp = parse_fixed_point(
                w.open_interest_fp, "open_interest_fp"
            )
        ticker_payload_msg.dollar_volume = w.dollar_volume
        ticker_payload_msg.dollar_open_interest = w.dollar_open_interest
        ticker_payload_msg.ts = w.ts
        ticker_payload_msg.time = fromisoformat(w.time)
        ticker_payload_msg.additional_properties = w._extras()
        ticker_payload_msg._deviations = None
        return ticker_payload_msg

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
