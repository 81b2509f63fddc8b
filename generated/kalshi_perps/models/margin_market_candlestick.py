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
    from ..models.bid_ask_distribution_historical import BidAskDistributionHistorical
    from ..models.price_distribution_historical import PriceDistributionHistorical


T = TypeVar("T", bound="MarginMarketCandlestick")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class MarginMarketCandlestick:
    """Attributes:
    end_period_ts (int): Unix timestamp for the inclusive end of the candlestick period.
    bid (BidAskDistributionHistorical): OHLC data for quoted prices on one side of the orderbook during the
        candlestick period. These values reflect bid or ask quotes, not executed trade prices.
    ask (BidAskDistributionHistorical): OHLC data for quoted prices on one side of the orderbook during the
        candlestick period. These values reflect bid or ask quotes, not executed trade prices.
    price (PriceDistributionHistorical):
    volume (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\" in field
        names). Requests accept 0–2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2 decimals.
        Fractional contract values (e.g., \"2.50\") are supported on markets with fractional trading enabled; the minimum
        granularity is 0.01 contracts. Integer contract count fields are legacy and will be deprecated; when both
        integer and fp fields are provided, they must match. Example: 10.00.
    volume_notional_value_dollars (Decimal): US dollar amount as a fixed-point decimal string with up to 6 decimal
        places of precision. This is the maximum supported precision; valid quote intervals for a given market are
        constrained by that market's price level structure. Example: 0.5600.
    open_interest (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\" in
        field names). Requests accept 0–2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2
        decimals. Fractional contract values (e.g., \"2.50\") are supported on markets with fractional trading enabled;
        the minimum granularity is 0.01 contracts. Integer contract count fields are legacy and will be deprecated; when
        both integer and fp fields are provided, they must match. Example: 10.00.
    open_interest_notional_value_dollars (Decimal): US dollar amount as a fixed-point decimal string with up to 6
        decimal places of precision. This is the maximum supported precision; valid quote intervals for a given market
        are constrained by that market's price level structure. Example: 0.5600.
    """

    end_period_ts: int

    bid: BidAskDistributionHistorical

    ask: BidAskDistributionHistorical

    price: PriceDistributionHistorical

    volume: Decimal = _attrs_field(converter=to_count)

    volume_notional_value_dollars: Decimal = _attrs_field(converter=to_dollars)

    open_interest: Decimal = _attrs_field(converter=to_count)

    open_interest_notional_value_dollars: Decimal = _attrs_field(converter=to_dollars)

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
        if isinstance(self.end_period_ts, Unset):
            pass
        elif (
            self.end_period_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["end_period_ts"] = None
        else:
            field_dict["end_period_ts"] = self.end_period_ts
        if isinstance(self.bid, Unset):
            pass
        elif self.bid is None:  # a null the spec does not allow, kept as received
            field_dict["bid"] = None
        else:
            _bid = self.bid.to_dict()
            field_dict["bid"] = _bid
        if isinstance(self.ask, Unset):
            pass
        elif self.ask is None:  # a null the spec does not allow, kept as received
            field_dict["ask"] = None
        else:
            _ask = self.ask.to_dict()
            field_dict["ask"] = _ask
        if isinstance(self.price, Unset):
            pass
        elif self.price is None:  # a null the spec does not allow, kept as received
            field_dict["price"] = None
        else:
            _price = self.price.to_dict()
            field_dict["price"] = _price
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
            _v = _get("end_period_ts", UNSET)
            _f_end_period_ts: Any
            if type(_v) is int:
                _f_end_period_ts = _v

            elif _v is UNSET:
                _f_end_period_ts = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginMarketCandlestick", "end_period_ts", "missing"
                )
            elif _v is None:
                _f_end_period_ts = None
                _deviations = record_deviation(
                    _deviations, "MarginMarketCandlestick", "end_period_ts", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("end_period_ts", "int", _v)
                _f_end_period_ts = _v

            _v = _get("bid", UNSET)
            _f_bid: Any
            if _v is UNSET:
                _f_bid = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginMarketCandlestick", "bid", "missing"
                )
            elif _v is None:
                _f_bid = None
                _deviations = record_deviation(
                    _deviations, "MarginMarketCandlestick", "bid", "null"
                )
            else:
                try:
                    _f_bid = BidAskDistributionHistorical.from_dict(_v)
                except BadValue as _bad:
                    raise _bad.within("bid") from None

            _v = _get("ask", UNSET)
            _f_ask: Any
            if _v is UNSET:
                _f_ask = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginMarketCandlestick", "ask", "missing"
                )
            elif _v is None:
                _f_ask = None
                _deviations = record_deviation(
                    _deviations, "MarginMarketCandlestick", "ask", "null"
                )
            else:
                try:
                    _f_ask = BidAskDistributionHistorical.from_dict(_v)
                except BadValue as _bad:
                    raise _bad.within("ask") from None

            _v = _get("price", UNSET)
            _f_price: Any
            if _v is UNSET:
                _f_price = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginMarketCandlestick", "price", "missing"
                )
            elif _v is None:
                _f_price = None
                _deviations = record_deviation(
                    _deviations, "MarginMarketCandlestick", "price", "null"
                )
            else:
                try:
                    _f_price = PriceDistributionHistorical.from_dict(_v)
                except BadValue as _bad:
                    raise _bad.within("price") from None

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
                _deviations = record_deviation(
                    _deviations, "MarginMarketCandlestick", "volume", "missing"
                )
            elif _v is None:
                _f_volume = None
                _deviations = record_deviation(
                    _deviations, "MarginMarketCandlestick", "volume", "null"
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
                _deviations = record_deviation(
                    _deviations,
                    "MarginMarketCandlestick",
                    "volume_notional_value_dollars",
                    "missing",
                )
            elif _v is None:
                _f_volume_notional_value_dollars = None
                _deviations = record_deviation(
                    _deviations,
                    "MarginMarketCandlestick",
                    "volume_notional_value_dollars",
                    "null",
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
                _deviations = record_deviation(
                    _deviations, "MarginMarketCandlestick", "open_interest", "missing"
                )
            elif _v is None:
                _f_open_interest = None
                _deviations = record_deviation(
                    _deviations, "MarginMarketCandlestick", "open_interest", "null"
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
                _deviations = record_deviation(
                    _deviations,
                    "MarginMarketCandlestick",
                    "open_interest_notional_value_dollars",
                    "missing",
                )
            elif _v is None:
                _f_open_interest_notional_value_dollars = None
                _deviations = record_deviation(
                    _deviations,
                    "MarginMarketCandlestick",
                    "open_interest_notional_value_dollars",
                    "null",
                )
            else:
                _f_open_interest_notional_value_dollars = parse_fixed_point(
                    _v, "open_interest_notional_value_dollars"
                )

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        margin_market_candlestick = _new(cls)
        margin_market_candlestick.end_period_ts = _f_end_period_ts
        margin_market_candlestick.bid = _f_bid
        margin_market_candlestick.ask = _f_ask
        margin_market_candlestick.price = _f_price
        margin_market_candlestick.volume = _f_volume
        margin_market_candlestick.volume_notional_value_dollars = (
            _f_volume_notional_value_dollars
        )
        margin_market_candlestick.open_interest = _f_open_interest
        margin_market_candlestick.open_interest_notional_value_dollars = (
            _f_open_interest_notional_value_dollars
        )
        if len(src_dict) + _absent > 8:
            _known: set[str] = {
                "end_period_ts",
                "bid",
                "ask",
                "price",
                "volume",
                "volume_notional_value_dollars",
                "open_interest",
                "open_interest_notional_value_dollars",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            margin_market_candlestick.additional_properties = _extra_found
        else:
            margin_market_candlestick.additional_properties = {}
        margin_market_candlestick._deviations = _deviations
        return margin_market_candlestick

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("end_period_ts", "end_period_ts", int, True, None),
            ("bid", "bid", wire_struct(BidAskDistributionHistorical), True, None),
            ("ask", "ask", wire_struct(BidAskDistributionHistorical), True, None),
            ("price", "price", wire_struct(PriceDistributionHistorical), True, None),
            ("volume", "volume", str, True, None),
            (
                "volume_notional_value_dollars",
                "volume_notional_value_dollars",
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
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        margin_market_candlestick = _new(cls)
        margin_market_candlestick.end_period_ts = w.end_period_ts
        margin_market_candlestick.bid = BidAskDistributionHistorical._from_wire(w.bid)
        margin_market_candlestick.ask = BidAskDistributionHistorical._from_wire(w.ask)
        margin_market_candlestick.price = PriceDistributionHistorical._from_wire(
            w.price
        )
        try:
            margin_market_candlestick.volume = FIXED_POINT[w.volume]
        except KeyError:
            margin_market_candlestick.volume = parse_fixed_point(w.volume, "volume")
        try:
            margin_market_candlestick.volume_notional_value_dollars = FIXED_POINT[
                w.volume_notional_value_dollars
            ]
        except KeyError:
            margin_market_candlestick.volume_notional_value_dollars = parse_fixed_point(
                w.volume_notional_value_dollars, "volume_notional_value_dollars"
            )
        try:
            margin_market_candlestick.open_interest = FIXED_POINT[w.open_interest]
        except KeyError:
            margin_market_candlestick.open_interest = parse_fixed_point(
                w.open_interest, "open_interest"
            )
        try:
            margin_market_candlestick.open_interest_notional_value_dollars = (
                FIXED_POINT[w.open_interest_notional_value_dollars]
            )
        except KeyError:
            margin_market_candlestick.open_interest_notional_value_dollars = (
                parse_fixed_point(
                    w.open_interest_notional_value_dollars,
                    "open_interest_notional_value_dollars",
                )
            )
        margin_market_candlestick.additional_properties = w._extras()
        margin_market_candlestick._deviations = None
        return margin_market_candlestick

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
    global _lazy_bound, BidAskDistributionHistorical, PriceDistributionHistorical
    from ..models.bid_ask_distribution_historical import BidAskDistributionHistorical
    from ..models.price_distribution_historical import PriceDistributionHistorical

    _lazy_bound = True
