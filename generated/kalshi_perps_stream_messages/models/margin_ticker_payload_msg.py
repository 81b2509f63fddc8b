from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

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
    learn_extras,
    model_repr,
    parse_fixed_point,
    record_deviation,
    to_count,
    to_dollars,
    wire_struct,
)

if TYPE_CHECKING:
    from ..models.funding_rate import FundingRate
    from ..models.ticker_price import TickerPrice


T = TypeVar("T", bound="MarginTickerPayloadMsg")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class MarginTickerPayloadMsg:
    """Attributes:
    market_ticker (str): Unique market identifier
    price (str): Last traded price in USD as a fixed-point decimal string (4 decimals).
    bid (str): USD price as a fixed-point decimal string (4 decimals).
    ask (str): USD price as a fixed-point decimal string (4 decimals).
    bid_size_fp (Decimal):
    ask_size_fp (Decimal):
    last_trade_size_fp (Decimal):
    volume (str): One sided total trade volume in contracts.
    volume_notional_value_dollars (Decimal): Total notional value of one sided trade volume in dollars.
    volume_24h (str): One sided trade volume in the last 24 hours in contracts.
    volume_24h_notional_value_dollars (Decimal): Total notional value of one sided trade volume in the last 24 hours
        in dollars.
    open_interest (str): One sided open interest in contracts.
    open_interest_notional_value_dollars (Decimal): Total notional value of one sided open interest in dollars.
    ts_ms (int): Unix timestamp in milliseconds.
    reference_price (TickerPrice | Unset):
    settlement_mark_price (TickerPrice | Unset):
    liquidation_mark_price (TickerPrice | Unset):
    funding_rate (FundingRate | Unset):
    """

    market_ticker: str

    price: str

    bid: str

    ask: str

    bid_size_fp: Decimal = _attrs_field(converter=to_count)

    ask_size_fp: Decimal = _attrs_field(converter=to_count)

    last_trade_size_fp: Decimal = _attrs_field(converter=to_count)

    volume: str

    volume_notional_value_dollars: Decimal = _attrs_field(converter=to_dollars)

    volume_24h: str

    volume_24h_notional_value_dollars: Decimal = _attrs_field(converter=to_dollars)

    open_interest: str

    open_interest_notional_value_dollars: Decimal = _attrs_field(converter=to_dollars)

    ts_ms: int

    reference_price: TickerPrice | Unset = UNSET

    settlement_mark_price: TickerPrice | Unset = UNSET

    liquidation_mark_price: TickerPrice | Unset = UNSET

    funding_rate: FundingRate | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # {json field: "missing" | "null"} when the response deviated from the spec (see types.deviations).
    _deviations: dict[str, str] | None = _attrs_field(
        init=False, default=None, eq=False
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_bound:
            _bind_lazy()
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
        if isinstance(self.price, Unset):
            pass
        elif self.price is None:  # a null the spec does not allow, kept as received
            field_dict["price"] = None
        else:
            field_dict["price"] = self.price
        if isinstance(self.bid, Unset):
            pass
        elif self.bid is None:  # a null the spec does not allow, kept as received
            field_dict["bid"] = None
        else:
            field_dict["bid"] = self.bid
        if isinstance(self.ask, Unset):
            pass
        elif self.ask is None:  # a null the spec does not allow, kept as received
            field_dict["ask"] = None
        else:
            field_dict["ask"] = self.ask
        if isinstance(self.bid_size_fp, Unset):
            pass
        elif (
            self.bid_size_fp is None
        ):  # a null the spec does not allow, kept as received
            field_dict["bid_size_fp"] = None
        else:
            field_dict["bid_size_fp"] = fixed_point_text(
                self.bid_size_fp, "bid_size_fp", counts=True
            )
        if isinstance(self.ask_size_fp, Unset):
            pass
        elif (
            self.ask_size_fp is None
        ):  # a null the spec does not allow, kept as received
            field_dict["ask_size_fp"] = None
        else:
            field_dict["ask_size_fp"] = fixed_point_text(
                self.ask_size_fp, "ask_size_fp", counts=True
            )
        if isinstance(self.last_trade_size_fp, Unset):
            pass
        elif (
            self.last_trade_size_fp is None
        ):  # a null the spec does not allow, kept as received
            field_dict["last_trade_size_fp"] = None
        else:
            field_dict["last_trade_size_fp"] = fixed_point_text(
                self.last_trade_size_fp, "last_trade_size_fp", counts=True
            )
        if isinstance(self.volume, Unset):
            pass
        elif self.volume is None:  # a null the spec does not allow, kept as received
            field_dict["volume"] = None
        else:
            field_dict["volume"] = self.volume
        if isinstance(self.volume_notional_value_dollars, Unset):
            pass
        elif (
            self.volume_notional_value_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["volume_notional_value_dollars"] = None
        else:
            field_dict["volume_notional_value_dollars"] = fixed_point_text(
                self.volume_notional_value_dollars,
                "volume_notional_value_dollars",
                counts=False,
            )
        if isinstance(self.volume_24h, Unset):
            pass
        elif (
            self.volume_24h is None
        ):  # a null the spec does not allow, kept as received
            field_dict["volume_24h"] = None
        else:
            field_dict["volume_24h"] = self.volume_24h
        if isinstance(self.volume_24h_notional_value_dollars, Unset):
            pass
        elif (
            self.volume_24h_notional_value_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["volume_24h_notional_value_dollars"] = None
        else:
            field_dict["volume_24h_notional_value_dollars"] = fixed_point_text(
                self.volume_24h_notional_value_dollars,
                "volume_24h_notional_value_dollars",
                counts=False,
            )
        if isinstance(self.open_interest, Unset):
            pass
        elif (
            self.open_interest is None
        ):  # a null the spec does not allow, kept as received
            field_dict["open_interest"] = None
        else:
            field_dict["open_interest"] = self.open_interest
        if isinstance(self.open_interest_notional_value_dollars, Unset):
            pass
        elif (
            self.open_interest_notional_value_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["open_interest_notional_value_dollars"] = None
        else:
            field_dict["open_interest_notional_value_dollars"] = fixed_point_text(
                self.open_interest_notional_value_dollars,
                "open_interest_notional_value_dollars",
                counts=False,
            )
        if isinstance(self.ts_ms, Unset):
            pass
        elif self.ts_ms is None:  # a null the spec does not allow, kept as received
            field_dict["ts_ms"] = None
        else:
            field_dict["ts_ms"] = self.ts_ms
        if isinstance(self.reference_price, Unset):
            pass
        elif (
            self.reference_price is None
        ):  # a null the spec does not allow, kept as received
            field_dict["reference_price"] = None
        else:
            _reference_price: dict[str, Any] | Unset = UNSET
            if not isinstance(self.reference_price, Unset):
                _reference_price = self.reference_price.to_dict()
            field_dict["reference_price"] = _reference_price
        if isinstance(self.settlement_mark_price, Unset):
            pass
        elif (
            self.settlement_mark_price is None
        ):  # a null the spec does not allow, kept as received
            field_dict["settlement_mark_price"] = None
        else:
            _settlement_mark_price: dict[str, Any] | Unset = UNSET
            if not isinstance(self.settlement_mark_price, Unset):
                _settlement_mark_price = self.settlement_mark_price.to_dict()
            field_dict["settlement_mark_price"] = _settlement_mark_price
        if isinstance(self.liquidation_mark_price, Unset):
            pass
        elif (
            self.liquidation_mark_price is None
        ):  # a null the spec does not allow, kept as received
            field_dict["liquidation_mark_price"] = None
        else:
            _liquidation_mark_price: dict[str, Any] | Unset = UNSET
            if not isinstance(self.liquidation_mark_price, Unset):
                _liquidation_mark_price = self.liquidation_mark_price.to_dict()
            field_dict["liquidation_mark_price"] = _liquidation_mark_price
        if isinstance(self.funding_rate, Unset):
            pass
        elif (
            self.funding_rate is None
        ):  # a null the spec does not allow, kept as received
            field_dict["funding_rate"] = None
        else:
            _funding_rate: dict[str, Any] | Unset = UNSET
            if not isinstance(self.funding_rate, Unset):
                _funding_rate = self.funding_rate.to_dict()
            field_dict["funding_rate"] = _funding_rate
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_bound:
            _bind_lazy()
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
                    _deviations, "MarginTickerPayloadMsg", "market_ticker", "missing"
                )
            elif _v is None:
                _f_market_ticker = None
                _deviations = record_deviation(
                    _deviations, "MarginTickerPayloadMsg", "market_ticker", "null"
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
                    _deviations, "MarginTickerPayloadMsg", "price", "missing"
                )
            elif _v is None:
                _f_price = None
                _deviations = record_deviation(
                    _deviations, "MarginTickerPayloadMsg", "price", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("price", "str", _v)
                _f_price = _v

            _v = _get("bid", UNSET)
            _f_bid: Any
            if type(_v) is str:
                _f_bid = _v

            elif _v is UNSET:
                _f_bid = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginTickerPayloadMsg", "bid", "missing"
                )
            elif _v is None:
                _f_bid = None
                _deviations = record_deviation(
                    _deviations, "MarginTickerPayloadMsg", "bid", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("bid", "str", _v)
                _f_bid = _v

            _v = _get("ask", UNSET)
            _f_ask: Any
            if type(_v) is str:
                _f_ask = _v

            elif _v is UNSET:
                _f_ask = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginTickerPayloadMsg", "ask", "missing"
                )
            elif _v is None:
                _f_ask = None
                _deviations = record_deviation(
                    _deviations, "MarginTickerPayloadMsg", "ask", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("ask", "str", _v)
                _f_ask = _v

            _v = _get("bid_size_fp", UNSET)
            _f_bid_size_fp: Any
            if type(_v) is str:
                try:
                    _f_bid_size_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_bid_size_fp = parse_fixed_point(_v, "bid_size_fp")

            elif _v is UNSET:
                _f_bid_size_fp = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginTickerPayloadMsg", "bid_size_fp", "missing"
                )
            elif _v is None:
                _f_bid_size_fp = None
                _deviations = record_deviation(
                    _deviations, "MarginTickerPayloadMsg", "bid_size_fp", "null"
                )
            else:
                _f_bid_size_fp = parse_fixed_point(_v, "bid_size_fp")

            _v = _get("ask_size_fp", UNSET)
            _f_ask_size_fp: Any
            if type(_v) is str:
                try:
                    _f_ask_size_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_ask_size_fp = parse_fixed_point(_v, "ask_size_fp")

            elif _v is UNSET:
                _f_ask_size_fp = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginTickerPayloadMsg", "ask_size_fp", "missing"
                )
            elif _v is None:
                _f_ask_size_fp = None
                _deviations = record_deviation(
                    _deviations, "MarginTickerPayloadMsg", "ask_size_fp", "null"
                )
            else:
                _f_ask_size_fp = parse_fixed_point(_v, "ask_size_fp")

            _v = _get("last_trade_size_fp", UNSET)
            _f_last_trade_size_fp: Any
            if type(_v) is str:
                try:
                    _f_last_trade_size_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_last_trade_size_fp = parse_fixed_point(_v, "last_trade_size_fp")

            elif _v is UNSET:
                _f_last_trade_size_fp = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "MarginTickerPayloadMsg",
                    "last_trade_size_fp",
                    "missing",
                )
            elif _v is None:
                _f_last_trade_size_fp = None
                _deviations = record_deviation(
                    _deviations, "MarginTickerPayloadMsg", "last_trade_size_fp", "null"
                )
            else:
                _f_last_trade_size_fp = parse_fixed_point(_v, "last_trade_size_fp")

            _v = _get("volume", UNSET)
            _f_volume: Any
            if type(_v) is str:
                _f_volume = _v

            elif _v is UNSET:
                _f_volume = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginTickerPayloadMsg", "volume", "missing"
                )
            elif _v is None:
                _f_volume = None
                _deviations = record_deviation(
                    _deviations, "MarginTickerPayloadMsg", "volume", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("volume", "str", _v)
                _f_volume = _v

            _v = _get("volume_notional_value_dollars", UNSET)
            _f_volume_notional_value_dollars: Any
            if type(_v) is str:
                try:
                    _f_volume_notional_value_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_volume_notional_value_dollars = parse_fixed_point(
                        _v, "volume_notional_value_dollars"
                    )

            elif _v is UNSET:
                _f_volume_notional_value_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "MarginTickerPayloadMsg",
                    "volume_notional_value_dollars",
                    "missing",
                )
            elif _v is None:
                _f_volume_notional_value_dollars = None
                _deviations = record_deviation(
                    _deviations,
                    "MarginTickerPayloadMsg",
                    "volume_notional_value_dollars",
                    "null",
                )
            else:
                _f_volume_notional_value_dollars = parse_fixed_point(
                    _v, "volume_notional_value_dollars"
                )

            _v = _get("volume_24h", UNSET)
            _f_volume_24h: Any
            if type(_v) is str:
                _f_volume_24h = _v

            elif _v is UNSET:
                _f_volume_24h = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginTickerPayloadMsg", "volume_24h", "missing"
                )
            elif _v is None:
                _f_volume_24h = None
                _deviations = record_deviation(
                    _deviations, "MarginTickerPayloadMsg", "volume_24h", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("volume_24h", "str", _v)
                _f_volume_24h = _v

            _v = _get("volume_24h_notional_value_dollars", UNSET)
            _f_volume_24h_notional_value_dollars: Any
            if type(_v) is str:
                try:
                    _f_volume_24h_notional_value_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_volume_24h_notional_value_dollars = parse_fixed_point(
                        _v, "volume_24h_notional_value_dollars"
                    )

            elif _v is UNSET:
                _f_volume_24h_notional_value_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "MarginTickerPayloadMsg",
                    "volume_24h_notional_value_dollars",
                    "missing",
                )
            elif _v is None:
                _f_volume_24h_notional_value_dollars = None
                _deviations = record_deviation(
                    _deviations,
                    "MarginTickerPayloadMsg",
                    "volume_24h_notional_value_dollars",
                    "null",
                )
            else:
                _f_volume_24h_notional_value_dollars = parse_fixed_point(
                    _v, "volume_24h_notional_value_dollars"
                )

            _v = _get("open_interest", UNSET)
            _f_open_interest: Any
            if type(_v) is str:
                _f_open_interest = _v

            elif _v is UNSET:
                _f_open_interest = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginTickerPayloadMsg", "open_interest", "missing"
                )
            elif _v is None:
                _f_open_interest = None
                _deviations = record_deviation(
                    _deviations, "MarginTickerPayloadMsg", "open_interest", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("open_interest", "str", _v)
                _f_open_interest = _v

            _v = _get("open_interest_notional_value_dollars", UNSET)
            _f_open_interest_notional_value_dollars: Any
            if type(_v) is str:
                try:
                    _f_open_interest_notional_value_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_open_interest_notional_value_dollars = parse_fixed_point(
                        _v, "open_interest_notional_value_dollars"
                    )

            elif _v is UNSET:
                _f_open_interest_notional_value_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "MarginTickerPayloadMsg",
                    "open_interest_notional_value_dollars",
                    "missing",
                )
            elif _v is None:
                _f_open_interest_notional_value_dollars = None
                _deviations = record_deviation(
                    _deviations,
                    "MarginTickerPayloadMsg",
                    "open_interest_notional_value_dollars",
                    "null",
                )
            else:
                _f_open_interest_notional_value_dollars = parse_fixed_point(
                    _v, "open_interest_notional_value_dollars"
                )

            _v = _get("ts_ms", UNSET)
            _f_ts_ms: Any
            if type(_v) is int:
                _f_ts_ms = _v

            elif _v is UNSET:
                _f_ts_ms = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginTickerPayloadMsg", "ts_ms", "missing"
                )
            elif _v is None:
                _f_ts_ms = None
                _deviations = record_deviation(
                    _deviations, "MarginTickerPayloadMsg", "ts_ms", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("ts_ms", "int", _v)
                _f_ts_ms = _v

            _v = _get("reference_price", UNSET)
            _f_reference_price: Any
            if _v is UNSET:
                _f_reference_price = UNSET
                _absent += 1
            elif _v is None:
                _f_reference_price = None
                _deviations = record_deviation(
                    _deviations, "MarginTickerPayloadMsg", "reference_price", "null"
                )
            else:
                try:
                    _f_reference_price = TickerPrice.from_dict(_v)
                except BadValue as _bad:
                    raise _bad.within("reference_price") from None

            _v = _get("settlement_mark_price", UNSET)
            _f_settlement_mark_price: Any
            if _v is UNSET:
                _f_settlement_mark_price = UNSET
                _absent += 1
            elif _v is None:
                _f_settlement_mark_price = None
                _deviations = record_deviation(
                    _deviations,
                    "MarginTickerPayloadMsg",
                    "settlement_mark_price",
                    "null",
                )
            else:
                try:
                    _f_settlement_mark_price = TickerPrice.from_dict(_v)
                except BadValue as _bad:
                    raise _bad.within("settlement_mark_price") from None

            _v = _get("liquidation_mark_price", UNSET)
            _f_liquidation_mark_price: Any
            if _v is UNSET:
                _f_liquidation_mark_price = UNSET
                _absent += 1
            elif _v is None:
                _f_liquidation_mark_price = None
                _deviations = record_deviation(
                    _deviations,
                    "MarginTickerPayloadMsg",
                    "liquidation_mark_price",
                    "null",
                )
            else:
                try:
                    _f_liquidation_mark_price = TickerPrice.from_dict(_v)
                except BadValue as _bad:
                    raise _bad.within("liquidation_mark_price") from None

            _v = _get("funding_rate", UNSET)
            _f_funding_rate: Any
            if _v is UNSET:
                _f_funding_rate = UNSET
                _absent += 1
            elif _v is None:
                _f_funding_rate = None
                _deviations = record_deviation(
                    _deviations, "MarginTickerPayloadMsg", "funding_rate", "null"
                )
            else:
                try:
                    _f_funding_rate = FundingRate.from_dict(_v)
                except BadValue as _bad:
                    raise _bad.within("funding_rate") from None

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        margin_ticker_payload_msg = _new(cls)
        margin_ticker_payload_msg.market_ticker = _f_market_ticker
        margin_ticker_payload_msg.price = _f_price
        margin_ticker_payload_msg.bid = _f_bid
        margin_ticker_payload_msg.ask = _f_ask
        margin_ticker_payload_msg.bid_size_fp = _f_bid_size_fp
        margin_ticker_payload_msg.ask_size_fp = _f_ask_size_fp
        margin_ticker_payload_msg.last_trade_size_fp = _f_last_trade_size_fp
        margin_ticker_payload_msg.volume = _f_volume
        margin_ticker_payload_msg.volume_notional_value_dollars = (
            _f_volume_notional_value_dollars
        )
        margin_ticker_payload_msg.volume_24h = _f_volume_24h
        margin_ticker_payload_msg.volume_24h_notional_value_dollars = (
            _f_volume_24h_notional_value_dollars
        )
        margin_ticker_payload_msg.open_interest = _f_open_interest
        margin_ticker_payload_msg.open_interest_notional_value_dollars = (
            _f_open_interest_notional_value_dollars
        )
        margin_ticker_payload_msg.ts_ms = _f_ts_ms
        margin_ticker_payload_msg.reference_price = _f_reference_price
        margin_ticker_payload_msg.settlement_mark_price = _f_settlement_mark_price
        margin_ticker_payload_msg.liquidation_mark_price = _f_liquidation_mark_price
        margin_ticker_payload_msg.funding_rate = _f_funding_rate
        if len(src_dict) + _absent > 18:
            _known: set[str] = {
                "market_ticker",
                "price",
                "bid",
                "ask",
                "bid_size_fp",
                "ask_size_fp",
                "last_trade_size_fp",
                "volume",
                "volume_notional_value_dollars",
                "volume_24h",
                "volume_24h_notional_value_dollars",
                "open_interest",
                "open_interest_notional_value_dollars",
                "ts_ms",
                "reference_price",
                "settlement_mark_price",
                "liquidation_mark_price",
                "funding_rate",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            margin_ticker_payload_msg.additional_properties = _extra_found
        else:
            margin_ticker_payload_msg.additional_properties = {}
        margin_ticker_payload_msg._deviations = _deviations
        return margin_ticker_payload_msg

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("market_ticker", "market_ticker", str, True, None),
            ("price", "price", str, True, None),
            ("bid", "bid", str, True, None),
            ("ask", "ask", str, True, None),
            ("bid_size_fp", "bid_size_fp", str, True, None),
            ("ask_size_fp", "ask_size_fp", str, True, None),
            ("last_trade_size_fp", "last_trade_size_fp", str, True, None),
            ("volume", "volume", str, True, None),
            (
                "volume_notional_value_dollars",
                "volume_notional_value_dollars",
                str,
                True,
                None,
            ),
            ("volume_24h", "volume_24h", str, True, None),
            (
                "volume_24h_notional_value_dollars",
                "volume_24h_notional_value_dollars",
                str,
                True,
                None,
            ),
            ("open_interest", "open_interest", str, True, None),
            (
                "open_interest_notional_value_dollars",
                "open_interest_notional_value_dollars",
                str,
                True,
                None,
            ),
            ("ts_ms", "ts_ms", int, True, None),
            (
                "reference_price",
                "reference_price",
                wire_struct(TickerPrice),
                False,
                None,
            ),
            (
                "settlement_mark_price",
                "settlement_mark_price",
                wire_struct(TickerPrice),
                False,
                None,
            ),
            (
                "liquidation_mark_price",
                "liquidation_mark_price",
                wire_struct(TickerPrice),
                False,
                None,
            ),
            ("funding_rate", "funding_rate", wire_struct(FundingRate), False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        margin_ticker_payload_msg = _new(cls)
        margin_ticker_payload_msg.market_ticker = w.market_ticker
        margin_ticker_payload_msg.price = w.price
        margin_ticker_payload_msg.bid = w.bid
        margin_ticker_payload_msg.ask = w.ask
        try:
            margin_ticker_payload_msg.bid_size_fp = FIXED_POINT[w.bid_size_fp]
        except KeyError:
            margin_ticker_payload_msg.bid_size_fp = parse_fixed_point(
                w.bid_size_fp, "bid_size_fp"
            )
        try:
            margin_ticker_payload_msg.ask_size_fp = FIXED_POINT[w.ask_size_fp]
        except KeyError:
            margin_ticker_payload_msg.ask_size_fp = parse_fixed_point(
                w.ask_size_fp, "ask_size_fp"
            )
        try:
            margin_ticker_payload_msg.last_trade_size_fp = FIXED_POINT[
                w.last_trade_size_fp
            ]
        except KeyError:
            margin_ticker_payload_msg.last_trade_size_fp = parse_fixed_point(
                w.last_trade_size_fp, "last_trade_size_fp"
            )
        margin_ticker_payload_msg.volume = w.volume
        try:
            margin_ticker_payload_msg.volume_notional_value_dollars = FIXED_POINT[
                w.volume_notional_value_dollars
            ]
        except KeyError:
            margin_ticker_payload_msg.volume_notional_value_dollars = parse_fixed_point(
                w.volume_notional_value_dollars, "volume_notional_value_dollars"
            )
        margin_ticker_payload_msg.volume_24h = w.volume_24h
        try:
            margin_ticker_payload_msg.volume_24h_notional_value_dollars = FIXED_POINT[
                w.volume_24h_notional_value_dollars
            ]
        except KeyError:
            margin_ticker_payload_msg.volume_24h_notional_value_dollars = (
                parse_fixed_point(
                    w.volume_24h_notional_value_dollars,
                    "volume_24h_notional_value_dollars",
                )
            )
        margin_ticker_payload_msg.open_interest = w.open_interest
        try:
            margin_ticker_payload_msg.open_interest_notional_value_dollars = (
                FIXED_POINT[w.open_interest_notional_value_dollars]
            )
        except KeyError:
            margin_ticker_payload_msg.open_interest_notional_value_dollars = (
                parse_fixed_point(
                    w.open_interest_notional_value_dollars,
                    "open_interest_notional_value_dollars",
                )
            )
        margin_ticker_payload_msg.ts_ms = w.ts_ms
        if w.reference_price is UNSET:
            margin_ticker_payload_msg.reference_price = w.reference_price
        else:
            margin_ticker_payload_msg.reference_price = TickerPrice._from_wire(
                w.reference_price
            )
        if w.settlement_mark_price is UNSET:
            margin_ticker_payload_msg.settlement_mark_price = w.settlement_mark_price
        else:
            margin_ticker_payload_msg.settlement_mark_price = TickerPrice._from_wire(
                w.settlement_mark_price
            )
        if w.liquidation_mark_price is UNSET:
            margin_ticker_payload_msg.liquidation_mark_price = w.liquidation_mark_price
        else:
            margin_ticker_payload_msg.liquidation_mark_price = TickerPrice._from_wire(
                w.liquidation_mark_price
            )
        if w.funding_rate is UNSET:
            margin_ticker_payload_msg.funding_rate = w.funding_rate
        else:
            margin_ticker_payload_msg.funding_rate = FundingRate._from_wire(
                w.funding_rate
            )
        margin_ticker_payload_msg.additional_properties = w._extras()
        margin_ticker_payload_msg._deviations = None
        return margin_ticker_payload_msg

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


# Models that refer back to this one are imported on first use, once (not per call:
# an import statement costs ~0.7 us, a third of a small model's parse).
_lazy_bound = False


def _bind_lazy() -> None:
    global _lazy_bound, FundingRate, TickerPrice
    from ..models.funding_rate import FundingRate
    from ..models.ticker_price import TickerPrice

    _lazy_bound = True
