from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.margin_market_status import (
    MARGIN_MARKET_STATUS_VALUES,
    MarginMarketStatus,
    check_margin_market_status,
)
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
    to_count_or_unset,
    to_dollars,
    to_dollars_or_unset,
    wire_struct,
)

if TYPE_CHECKING:
    from ..models.margin_market_leverage_estimates import MarginMarketLeverageEstimates
    from ..models.ticker_price import TickerPrice


T = TypeVar("T", bound="MarginMarket")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class MarginMarket:
    """Attributes:
    ticker (str):
    title (str):
    contract_size (str): Fixed-point number with 6 decimal places
    tick_size (Decimal): US dollar amount as a fixed-point decimal string with up to 6 decimal places of precision.
        This is the maximum supported precision; valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    status (MarginMarketStatus): The status of a margin market
    fractional_trading_enabled (bool):
    leverage_estimate (float | Unset): Leverage estimate (1 / margin_rate) evaluated at a small retail-sized
        notional position. Actual leverage may be lower for larger positions as the liquidation margin rate grows with
        size. Null when margin config or price data is unavailable.
    leverage_estimates (MarginMarketLeverageEstimates | Unset): Leverage estimates (1 / margin_rate) keyed by
        notional position size in dollars (\"1000\", \"10000\", \"100000\", \"1000000\"). Leverage decreases at larger notionals
        as the liquidation margin rate grows with size. Null when margin config or price data is unavailable.
    price (Decimal | Unset): US dollar amount as a fixed-point decimal string with up to 6 decimal places of
        precision. This is the maximum supported precision; valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    volume (Decimal | Unset): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\" in
        field names). Requests accept 0–2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2
        decimals. Fractional contract values (e.g., \"2.50\") are supported on markets with fractional trading enabled;
        the minimum granularity is 0.01 contracts. Integer contract count fields are legacy and will be deprecated; when
        both integer and fp fields are provided, they must match. Example: 10.00.
    volume_notional_value_dollars (Decimal | Unset): US dollar amount as a fixed-point decimal string with up to 6
        decimal places of precision. This is the maximum supported precision; valid quote intervals for a given market
        are constrained by that market's price level structure. Example: 0.5600.
    open_interest (Decimal | Unset): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as
        \"fp\" in field names). Requests accept 0–2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2
        decimals. Fractional contract values (e.g., \"2.50\") are supported on markets with fractional trading enabled;
        the minimum granularity is 0.01 contracts. Integer contract count fields are legacy and will be deprecated; when
        both integer and fp fields are provided, they must match. Example: 10.00.
    open_interest_notional_value_dollars (Decimal | Unset): US dollar amount as a fixed-point decimal string with up
        to 6 decimal places of precision. This is the maximum supported precision; valid quote intervals for a given
        market are constrained by that market's price level structure. Example: 0.5600.
    volume_24h (Decimal | Unset): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\"
        in field names). Requests accept 0–2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2
        decimals. Fractional contract values (e.g., \"2.50\") are supported on markets with fractional trading enabled;
        the minimum granularity is 0.01 contracts. Integer contract count fields are legacy and will be deprecated; when
        both integer and fp fields are provided, they must match. Example: 10.00.
    volume_24h_notional_value_dollars (Decimal | Unset): US dollar amount as a fixed-point decimal string with up to
        6 decimal places of precision. This is the maximum supported precision; valid quote intervals for a given market
        are constrained by that market's price level structure. Example: 0.5600.
    bid (Decimal | Unset): US dollar amount as a fixed-point decimal string with up to 6 decimal places of
        precision. This is the maximum supported precision; valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    ask (Decimal | Unset): US dollar amount as a fixed-point decimal string with up to 6 decimal places of
        precision. This is the maximum supported precision; valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    settlement_mark_price (TickerPrice | Unset):
    liquidation_mark_price (TickerPrice | Unset):
    reference_price (TickerPrice | Unset):
    """

    ticker: str

    title: str

    contract_size: str

    tick_size: Decimal = _attrs_field(converter=to_dollars)

    status: MarginMarketStatus

    fractional_trading_enabled: bool

    leverage_estimate: float | Unset = UNSET

    leverage_estimates: MarginMarketLeverageEstimates | Unset = UNSET

    price: Decimal | Unset = _attrs_field(default=UNSET, converter=to_dollars_or_unset)

    volume: Decimal | Unset = _attrs_field(default=UNSET, converter=to_count_or_unset)

    volume_notional_value_dollars: Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_dollars_or_unset
    )

    open_interest: Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_count_or_unset
    )

    open_interest_notional_value_dollars: Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_dollars_or_unset
    )

    volume_24h: Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_count_or_unset
    )

    volume_24h_notional_value_dollars: Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_dollars_or_unset
    )

    bid: Decimal | Unset = _attrs_field(default=UNSET, converter=to_dollars_or_unset)

    ask: Decimal | Unset = _attrs_field(default=UNSET, converter=to_dollars_or_unset)

    settlement_mark_price: TickerPrice | Unset = UNSET

    liquidation_mark_price: TickerPrice | Unset = UNSET

    reference_price: TickerPrice | Unset = UNSET

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
        if isinstance(self.ticker, Unset):
            pass
        elif self.ticker is None:  # a null the spec does not allow, kept as received
            field_dict["ticker"] = None
        else:
            field_dict["ticker"] = self.ticker
        if isinstance(self.title, Unset):
            pass
        elif self.title is None:  # a null the spec does not allow, kept as received
            field_dict["title"] = None
        else:
            field_dict["title"] = self.title
        if isinstance(self.contract_size, Unset):
            pass
        elif (
            self.contract_size is None
        ):  # a null the spec does not allow, kept as received
            field_dict["contract_size"] = None
        else:
            field_dict["contract_size"] = self.contract_size
        if isinstance(self.tick_size, Unset):
            pass
        elif self.tick_size is None:  # a null the spec does not allow, kept as received
            field_dict["tick_size"] = None
        else:
            field_dict["tick_size"] = fixed_point_text(
                self.tick_size, "tick_size", counts=False
            )
        if isinstance(self.status, Unset):
            pass
        elif self.status is None:  # a null the spec does not allow, kept as received
            field_dict["status"] = None
        else:
            _status: str = check_margin_market_status(self.status, "status")
            field_dict["status"] = _status
        if isinstance(self.fractional_trading_enabled, Unset):
            pass
        elif (
            self.fractional_trading_enabled is None
        ):  # a null the spec does not allow, kept as received
            field_dict["fractional_trading_enabled"] = None
        else:
            field_dict["fractional_trading_enabled"] = self.fractional_trading_enabled
        if isinstance(self.leverage_estimate, Unset):
            pass
        elif (
            self.leverage_estimate is None
        ):  # a null the spec does not allow, kept as received
            field_dict["leverage_estimate"] = None
        else:
            field_dict["leverage_estimate"] = self.leverage_estimate
        if isinstance(self.leverage_estimates, Unset):
            pass
        elif (
            self.leverage_estimates is None
        ):  # a null the spec does not allow, kept as received
            field_dict["leverage_estimates"] = None
        else:
            _leverage_estimates: dict[str, Any] | Unset = UNSET
            if not isinstance(self.leverage_estimates, Unset):
                _leverage_estimates = self.leverage_estimates.to_dict()
            field_dict["leverage_estimates"] = _leverage_estimates
        if isinstance(self.price, Unset):
            pass
        elif self.price is None:  # a null the spec does not allow, kept as received
            field_dict["price"] = None
        else:
            field_dict["price"] = fixed_point_text(self.price, "price", counts=False)
        if isinstance(self.volume, Unset):
            pass
        elif self.volume is None:  # a null the spec does not allow, kept as received
            field_dict["volume"] = None
        else:
            field_dict["volume"] = fixed_point_text(self.volume, "volume", counts=True)
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
        if isinstance(self.open_interest, Unset):
            pass
        elif (
            self.open_interest is None
        ):  # a null the spec does not allow, kept as received
            field_dict["open_interest"] = None
        else:
            field_dict["open_interest"] = fixed_point_text(
                self.open_interest, "open_interest", counts=True
            )
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
        if isinstance(self.volume_24h, Unset):
            pass
        elif (
            self.volume_24h is None
        ):  # a null the spec does not allow, kept as received
            field_dict["volume_24h"] = None
        else:
            field_dict["volume_24h"] = fixed_point_text(
                self.volume_24h, "volume_24h", counts=True
            )
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
        if isinstance(self.bid, Unset):
            pass
        elif self.bid is None:  # a null the spec does not allow, kept as received
            field_dict["bid"] = None
        else:
            field_dict["bid"] = fixed_point_text(self.bid, "bid", counts=False)
        if isinstance(self.ask, Unset):
            pass
        elif self.ask is None:  # a null the spec does not allow, kept as received
            field_dict["ask"] = None
        else:
            field_dict["ask"] = fixed_point_text(self.ask, "ask", counts=False)
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
            _v = _get("ticker", UNSET)
            _f_ticker: Any
            if type(_v) is str:
                _f_ticker = _v

            elif _v is UNSET:
                _f_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginMarket", "ticker", "missing"
                )
            elif _v is None:
                _f_ticker = None
                _deviations = record_deviation(
                    _deviations, "MarginMarket", "ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("ticker", "str", _v)
                _f_ticker = _v

            _v = _get("title", UNSET)
            _f_title: Any
            if type(_v) is str:
                _f_title = _v

            elif _v is UNSET:
                _f_title = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginMarket", "title", "missing"
                )
            elif _v is None:
                _f_title = None
                _deviations = record_deviation(
                    _deviations, "MarginMarket", "title", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("title", "str", _v)
                _f_title = _v

            _v = _get("contract_size", UNSET)
            _f_contract_size: Any
            if type(_v) is str:
                _f_contract_size = _v

            elif _v is UNSET:
                _f_contract_size = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginMarket", "contract_size", "missing"
                )
            elif _v is None:
                _f_contract_size = None
                _deviations = record_deviation(
                    _deviations, "MarginMarket", "contract_size", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("contract_size", "str", _v)
                _f_contract_size = _v

            _v = _get("tick_size", UNSET)
            _f_tick_size: Any
            if type(_v) is str:
                try:
                    _f_tick_size = FIXED_POINT[_v]
                except KeyError:
                    _f_tick_size = parse_fixed_point(_v, "tick_size")

            elif _v is UNSET:
                _f_tick_size = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginMarket", "tick_size", "missing"
                )
            elif _v is None:
                _f_tick_size = None
                _deviations = record_deviation(
                    _deviations, "MarginMarket", "tick_size", "null"
                )
            else:
                _f_tick_size = parse_fixed_point(_v, "tick_size")

            _v = _get("status", UNSET)
            _f_status: Any
            if type(_v) is str and _v in MARGIN_MARKET_STATUS_VALUES:
                _f_status = _v

            elif _v is UNSET:
                _f_status = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginMarket", "status", "missing"
                )
            elif _v is None:
                _f_status = None
                _deviations = record_deviation(
                    _deviations, "MarginMarket", "status", "null"
                )
            else:
                _f_status = check_margin_market_status(_v, "status", received=True)

            _v = _get("fractional_trading_enabled", UNSET)
            _f_fractional_trading_enabled: Any
            if type(_v) is bool:
                _f_fractional_trading_enabled = _v

            elif _v is UNSET:
                _f_fractional_trading_enabled = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginMarket", "fractional_trading_enabled", "missing"
                )
            elif _v is None:
                _f_fractional_trading_enabled = None
                _deviations = record_deviation(
                    _deviations, "MarginMarket", "fractional_trading_enabled", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("fractional_trading_enabled", "bool", _v)
                _f_fractional_trading_enabled = _v

            _v = _get("leverage_estimate", UNSET)
            _f_leverage_estimate: Any
            if type(_v) is float:
                _f_leverage_estimate = _v

            elif _v is UNSET:
                _f_leverage_estimate = UNSET
                _absent += 1
            elif _v is None:
                _f_leverage_estimate = None
                _deviations = record_deviation(
                    _deviations, "MarginMarket", "leverage_estimate", "null"
                )
            else:
                if type(_v) is not float:
                    if type(_v) is not int or float(_v) != _v:
                        raise BadValue("leverage_estimate", "number", _v)
                    _v = float(_v)
                _f_leverage_estimate = _v

            _v = _get("leverage_estimates", UNSET)
            _f_leverage_estimates: Any
            if _v is UNSET:
                _f_leverage_estimates = UNSET
                _absent += 1
            elif _v is None:
                _f_leverage_estimates = None
                _deviations = record_deviation(
                    _deviations, "MarginMarket", "leverage_estimates", "null"
                )
            else:
                try:
                    _f_leverage_estimates = MarginMarketLeverageEstimates.from_dict(_v)
                except BadValue as _bad:
                    raise _bad.within("leverage_estimates") from None

            _v = _get("price", UNSET)
            _f_price: Any
            if type(_v) is str:
                try:
                    _f_price = FIXED_POINT[_v]
                except KeyError:
                    _f_price = parse_fixed_point(_v, "price")

            elif _v is UNSET:
                _f_price = UNSET
                _absent += 1
            elif _v is None:
                _f_price = None
                _deviations = record_deviation(
                    _deviations, "MarginMarket", "price", "null"
                )
            else:
                _f_price = parse_fixed_point(_v, "price")

            _v = _get("volume", UNSET)
            _f_volume: Any
            if type(_v) is str:
                try:
                    _f_volume = FIXED_POINT[_v]
                except KeyError:
                    _f_volume = parse_fixed_point(_v, "volume")

            elif _v is UNSET:
                _f_volume = UNSET
                _absent += 1
            elif _v is None:
                _f_volume = None
                _deviations = record_deviation(
                    _deviations, "MarginMarket", "volume", "null"
                )
            else:
                _f_volume = parse_fixed_point(_v, "volume")

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
            elif _v is None:
                _f_volume_notional_value_dollars = None
                _deviations = record_deviation(
                    _deviations, "MarginMarket", "volume_notional_value_dollars", "null"
                )
            else:
                _f_volume_notional_value_dollars = parse_fixed_point(
                    _v, "volume_notional_value_dollars"
                )

            _v = _get("open_interest", UNSET)
            _f_open_interest: Any
            if type(_v) is str:
                try:
                    _f_open_interest = FIXED_POINT[_v]
                except KeyError:
                    _f_open_interest = parse_fixed_point(_v, "open_interest")

            elif _v is UNSET:
                _f_open_interest = UNSET
                _absent += 1
            elif _v is None:
                _f_open_interest = None
                _deviations = record_deviation(
                    _deviations, "MarginMarket", "open_interest", "null"
                )
            else:
                _f_open_interest = parse_fixed_point(_v, "open_interest")

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
            elif _v is None:
                _f_open_interest_notional_value_dollars = None
                _deviations = record_deviation(
                    _deviations,
                    "MarginMarket",
                    "open_interest_notional_value_dollars",
                    "null",
                )
            else:
                _f_open_interest_notional_value_dollars = parse_fixed_point(
                    _v, "open_interest_notional_value_dollars"
                )

            _v = _get("volume_24h", UNSET)
            _f_volume_24h: Any
            if type(_v) is str:
                try:
                    _f_volume_24h = FIXED_POINT[_v]
                except KeyError:
                    _f_volume_24h = parse_fixed_point(_v, "volume_24h")

            elif _v is UNSET:
                _f_volume_24h = UNSET
                _absent += 1
            elif _v is None:
                _f_volume_24h = None
                _deviations = record_deviation(
                    _deviations, "MarginMarket", "volume_24h", "null"
                )
            else:
                _f_volume_24h = parse_fixed_point(_v, "volume_24h")

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
            elif _v is None:
                _f_volume_24h_notional_value_dollars = None
                _deviations = record_deviation(
                    _deviations,
                    "MarginMarket",
                    "volume_24h_notional_value_dollars",
                    "null",
                )
            else:
                _f_volume_24h_notional_value_dollars = parse_fixed_point(
                    _v, "volume_24h_notional_value_dollars"
                )

            _v = _get("bid", UNSET)
            _f_bid: Any
            if type(_v) is str:
                try:
                    _f_bid = FIXED_POINT[_v]
                except KeyError:
                    _f_bid = parse_fixed_point(_v, "bid")

            elif _v is UNSET:
                _f_bid = UNSET
                _absent += 1
            elif _v is None:
                _f_bid = None
                _deviations = record_deviation(
                    _deviations, "MarginMarket", "bid", "null"
                )
            else:
                _f_bid = parse_fixed_point(_v, "bid")

            _v = _get("ask", UNSET)
            _f_ask: Any
            if type(_v) is str:
                try:
                    _f_ask = FIXED_POINT[_v]
                except KeyError:
                    _f_ask = parse_fixed_point(_v, "ask")

            elif _v is UNSET:
                _f_ask = UNSET
                _absent += 1
            elif _v is None:
                _f_ask = None
                _deviations = record_deviation(
                    _deviations, "MarginMarket", "ask", "null"
                )
            else:
                _f_ask = parse_fixed_point(_v, "ask")

            _v = _get("settlement_mark_price", UNSET)
            _f_settlement_mark_price: Any
            if _v is UNSET:
                _f_settlement_mark_price = UNSET
                _absent += 1
            elif _v is None:
                _f_settlement_mark_price = None
                _deviations = record_deviation(
                    _deviations, "MarginMarket", "settlement_mark_price", "null"
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
                    _deviations, "MarginMarket", "liquidation_mark_price", "null"
                )
            else:
                try:
                    _f_liquidation_mark_price = TickerPrice.from_dict(_v)
                except BadValue as _bad:
                    raise _bad.within("liquidation_mark_price") from None

            _v = _get("reference_price", UNSET)
            _f_reference_price: Any
            if _v is UNSET:
                _f_reference_price = UNSET
                _absent += 1
            elif _v is None:
                _f_reference_price = None
                _deviations = record_deviation(
                    _deviations, "MarginMarket", "reference_price", "null"
                )
            else:
                try:
                    _f_reference_price = TickerPrice.from_dict(_v)
                except BadValue as _bad:
                    raise _bad.within("reference_price") from None

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        margin_market = _new(cls)
        margin_market.ticker = _f_ticker
        margin_market.title = _f_title
        margin_market.contract_size = _f_contract_size
        margin_market.tick_size = _f_tick_size
        margin_market.status = _f_status
        margin_market.fractional_trading_enabled = _f_fractional_trading_enabled
        margin_market.leverage_estimate = _f_leverage_estimate
        margin_market.leverage_estimates = _f_leverage_estimates
        margin_market.price = _f_price
        margin_market.volume = _f_volume
        margin_market.volume_notional_value_dollars = _f_volume_notional_value_dollars
        margin_market.open_interest = _f_open_interest
        margin_market.open_interest_notional_value_dollars = (
            _f_open_interest_notional_value_dollars
        )
        margin_market.volume_24h = _f_volume_24h
        margin_market.volume_24h_notional_value_dollars = (
            _f_volume_24h_notional_value_dollars
        )
        margin_market.bid = _f_bid
        margin_market.ask = _f_ask
        margin_market.settlement_mark_price = _f_settlement_mark_price
        margin_market.liquidation_mark_price = _f_liquidation_mark_price
        margin_market.reference_price = _f_reference_price
        if len(src_dict) + _absent > 20:
            _known: set[str] = {
                "ticker",
                "title",
                "contract_size",
                "tick_size",
                "status",
                "fractional_trading_enabled",
                "leverage_estimate",
                "leverage_estimates",
                "price",
                "volume",
                "volume_notional_value_dollars",
                "open_interest",
                "open_interest_notional_value_dollars",
                "volume_24h",
                "volume_24h_notional_value_dollars",
                "bid",
                "ask",
                "settlement_mark_price",
                "liquidation_mark_price",
                "reference_price",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            margin_market.additional_properties = _extra_found
        else:
            margin_market.additional_properties = {}
        margin_market._deviations = _deviations
        return margin_market

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("ticker", "ticker", str, True, None),
            ("title", "title", str, True, None),
            ("contract_size", "contract_size", str, True, None),
            ("tick_size", "tick_size", str, True, None),
            ("status", "status", str, True, None),
            (
                "fractional_trading_enabled",
                "fractional_trading_enabled",
                bool,
                True,
                None,
            ),
            ("leverage_estimate", "leverage_estimate", Any, False, None),
            (
                "leverage_estimates",
                "leverage_estimates",
                wire_struct(MarginMarketLeverageEstimates),
                False,
                None,
            ),
            ("price", "price", str, False, None),
            ("volume", "volume", str, False, None),
            (
                "volume_notional_value_dollars",
                "volume_notional_value_dollars",
                str,
                False,
                None,
            ),
            ("open_interest", "open_interest", str, False, None),
            (
                "open_interest_notional_value_dollars",
                "open_interest_notional_value_dollars",
                str,
                False,
                None,
            ),
            ("volume_24h", "volume_24h", str, False, None),
            (
                "volume_24h_notional_value_dollars",
                "volume_24h_notional_value_dollars",
                str,
                False,
                None,
            ),
            ("bid", "bid", str, False, None),
            ("ask", "ask", str, False, None),
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
            (
                "reference_price",
                "reference_price",
                wire_struct(TickerPrice),
                False,
                None,
            ),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        margin_market = _new(cls)
        margin_market.ticker = w.ticker
        margin_market.title = w.title
        margin_market.contract_size = w.contract_size
        try:
            margin_market.tick_size = FIXED_POINT[w.tick_size]
        except KeyError:
            margin_market.tick_size = parse_fixed_point(w.tick_size, "tick_size")
        margin_market.status = (
            w.status
            if w.status in MARGIN_MARKET_STATUS_VALUES
            else check_margin_market_status(w.status, "status", received=True)
        )
        margin_market.fractional_trading_enabled = w.fractional_trading_enabled
        if (
            w.leverage_estimate is None
        ):  # a null the spec does not allow: from_dict records it
            raise BadValue("leverage_estimate", "not null", None)
        if w.leverage_estimate is UNSET:
            margin_market.leverage_estimate = w.leverage_estimate
        else:
            if type(w.leverage_estimate) is not float:
                if (
                    type(w.leverage_estimate) is not int
                    or float(w.leverage_estimate) != w.leverage_estimate
                ):
                    raise BadValue("leverage_estimate", "number", w.leverage_estimate)
                w.leverage_estimate = float(w.leverage_estimate)
            margin_market.leverage_estimate = w.leverage_estimate
        if w.leverage_estimates is UNSET:
            margin_market.leverage_estimates = w.leverage_estimates
        else:
            margin_market.leverage_estimates = MarginMarketLeverageEstimates._from_wire(
                w.leverage_estimates
            )
        if w.price is UNSET:
            margin_market.price = w.price
        else:
            try:
                margin_market.price = FIXED_POINT[w.price]
            except KeyError:
                margin_market.price = parse_fixed_point(w.price, "price")
        if w.volume is UNSET:
            margin_market.volume = w.volume
        else:
            try:
                margin_market.volume = FIXED_POINT[w.volume]
            except KeyError:
                margin_market.volume = parse_fixed_point(w.volume, "volume")
        if w.volume_notional_value_dollars is UNSET:
            margin_market.volume_notional_value_dollars = (
                w.volume_notional_value_dollars
            )
        else:
            try:
                margin_market.volume_notional_value_dollars = FIXED_POINT[
                    w.volume_notional_value_dollars
                ]
            except KeyError:
                margin_market.volume_notional_value_dollars = parse_fixed_point(
                    w.volume_notional_value_dollars, "volume_notional_value_dollars"
                )
        if w.open_interest is UNSET:
            margin_market.open_interest = w.open_interest
        else:
            try:
                margin_market.open_interest = FIXED_POINT[w.open_interest]
            except KeyError:
                margin_market.open_interest = parse_fixed_point(
                    w.open_interest, "open_interest"
                )
        if w.open_interest_notional_value_dollars is UNSET:
            margin_market.open_interest_notional_value_dollars = (
                w.open_interest_notional_value_dollars
            )
        else:
            try:
                margin_market.open_interest_notional_value_dollars = FIXED_POINT[
                    w.open_interest_notional_value_dollars
                ]
            except KeyError:
                margin_market.open_interest_notional_value_dollars = parse_fixed_point(
                    w.open_interest_notional_value_dollars,
                    "open_interest_notional_value_dollars",
                )
        if w.volume_24h is UNSET:
            margin_market.volume_24h = w.volume_24h
        else:
            try:
                margin_market.volume_24h = FIXED_POINT[w.volume_24h]
            except KeyError:
                margin_market.volume_24h = parse_fixed_point(w.volume_24h, "volume_24h")
        if w.volume_24h_notional_value_dollars is UNSET:
            margin_market.volume_24h_notional_value_dollars = (
                w.volume_24h_notional_value_dollars
            )
        else:
            try:
                margin_market.volume_24h_notional_value_dollars = FIXED_POINT[
                    w.volume_24h_notional_value_dollars
                ]
            except KeyError:
                margin_market.volume_24h_notional_value_dollars = parse_fixed_point(
                    w.volume_24h_notional_value_dollars,
                    "volume_24h_notional_value_dollars",
                )
        if w.bid is UNSET:
            margin_market.bid = w.bid
        else:
            try:
                margin_market.bid = FIXED_POINT[w.bid]
            except KeyError:
                margin_market.bid = parse_fixed_point(w.bid, "bid")
        if w.ask is UNSET:
            margin_market.ask = w.ask
        else:
            try:
                margin_market.ask = FIXED_POINT[w.ask]
            except KeyError:
                margin_market.ask = parse_fixed_point(w.ask, "ask")
        if w.settlement_mark_price is UNSET:
            margin_market.settlement_mark_price = w.settlement_mark_price
        else:
            margin_market.settlement_mark_price = TickerPrice._from_wire(
                w.settlement_mark_price
            )
        if w.liquidation_mark_price is UNSET:
            margin_market.liquidation_mark_price = w.liquidation_mark_price
        else:
            margin_market.liquidation_mark_price = TickerPrice._from_wire(
                w.liquidation_mark_price
            )
        if w.reference_price is UNSET:
            margin_market.reference_price = w.reference_price
        else:
            margin_market.reference_price = TickerPrice._from_wire(w.reference_price)
        margin_market.additional_properties = w._extras()
        margin_market._deviations = None
        return margin_market

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
    global _lazy_bound, MarginMarketLeverageEstimates, TickerPrice
    from ..models.margin_market_leverage_estimates import MarginMarketLeverageEstimates
    from ..models.ticker_price import TickerPrice

    _lazy_bound = True
