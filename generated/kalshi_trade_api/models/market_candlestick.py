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
    wire_struct,
)

if TYPE_CHECKING:
    from ..models.bid_ask_distribution import BidAskDistribution
    from ..models.price_distribution import PriceDistribution


T = TypeVar("T", bound="MarketCandlestick")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class MarketCandlestick:
    """Attributes:
    end_period_ts (int): Unix timestamp for the inclusive end of the candlestick period.
    yes_bid (BidAskDistribution):
    yes_ask (BidAskDistribution):
    price (PriceDistribution):
    volume_fp (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\" in field
        names). Requests accept 0-2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2 decimals.
        Fractional contract values (e.g., \"2.50\") are supported; the minimum granularity is 0.01 contracts. Example:
        10.00.
    open_interest_fp (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\" in
        field names). Requests accept 0-2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2
        decimals. Fractional contract values (e.g., \"2.50\") are supported; the minimum granularity is 0.01 contracts.
        Example: 10.00.
    """

    end_period_ts: int

    yes_bid: BidAskDistribution

    yes_ask: BidAskDistribution

    price: PriceDistribution

    volume_fp: Decimal = _attrs_field(converter=to_count)

    open_interest_fp: Decimal = _attrs_field(converter=to_count)

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
        if isinstance(self.yes_bid, Unset):
            pass
        elif self.yes_bid is None:  # a null the spec does not allow, kept as received
            field_dict["yes_bid"] = None
        else:
            _yes_bid = self.yes_bid.to_dict()
            field_dict["yes_bid"] = _yes_bid
        if isinstance(self.yes_ask, Unset):
            pass
        elif self.yes_ask is None:  # a null the spec does not allow, kept as received
            field_dict["yes_ask"] = None
        else:
            _yes_ask = self.yes_ask.to_dict()
            field_dict["yes_ask"] = _yes_ask
        if isinstance(self.price, Unset):
            pass
        elif self.price is None:  # a null the spec does not allow, kept as received
            field_dict["price"] = None
        else:
            _price = self.price.to_dict()
            field_dict["price"] = _price
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
                    _deviations, "MarketCandlestick", "end_period_ts", "missing"
                )
            elif _v is None:
                _f_end_period_ts = None
                _deviations = record_deviation(
                    _deviations, "MarketCandlestick", "end_period_ts", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("end_period_ts", "int", _v)
                _f_end_period_ts = _v

            _v = _get("yes_bid", UNSET)
            _f_yes_bid: Any
            if _v is UNSET:
                _f_yes_bid = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarketCandlestick", "yes_bid", "missing"
                )
            elif _v is None:
                _f_yes_bid = None
                _deviations = record_deviation(
                    _deviations, "MarketCandlestick", "yes_bid", "null"
                )
            else:
                try:
                    _f_yes_bid = BidAskDistribution.from_dict(_v)
                except BadValue as _bad:
                    raise _bad.within("yes_bid") from None

            _v = _get("yes_ask", UNSET)
            _f_yes_ask: Any
            if _v is UNSET:
                _f_yes_ask = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarketCandlestick", "yes_ask", "missing"
                )
            elif _v is None:
                _f_yes_ask = None
                _deviations = record_deviation(
                    _deviations, "MarketCandlestick", "yes_ask", "null"
                )
            else:
                try:
                    _f_yes_ask = BidAskDistribution.from_dict(_v)
                except BadValue as _bad:
                    raise _bad.within("yes_ask") from None

            _v = _get("price", UNSET)
            _f_price: Any
            if _v is UNSET:
                _f_price = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarketCandlestick", "price", "missing"
                )
            elif _v is None:
                _f_price = None
                _deviations = record_deviation(
                    _deviations, "MarketCandlestick", "price", "null"
                )
            else:
                try:
                    _f_price = PriceDistribution.from_dict(_v)
                except BadValue as _bad:
                    raise _bad.within("price") from None

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
                    _deviations, "MarketCandlestick", "volume_fp", "missing"
                )
            elif _v is None:
                _f_volume_fp = None
                _deviations = record_deviation(
                    _deviations, "MarketCandlestick", "volume_fp", "null"
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
                    _deviations, "MarketCandlestick", "open_interest_fp", "missing"
                )
            elif _v is None:
                _f_open_interest_fp = None
                _deviations = record_deviation(
                    _deviations, "MarketCandlestick", "open_interest_fp", "null"
                )
            else:
                _f_open_interest_fp = parse_fixed_point(_v, "open_interest_fp")

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        market_candlestick = _new(cls)
        market_candlestick.end_period_ts = _f_end_period_ts
        market_candlestick.yes_bid = _f_yes_bid
        market_candlestick.yes_ask = _f_yes_ask
        market_candlestick.price = _f_price
        market_candlestick.volume_fp = _f_volume_fp
        market_candlestick.open_interest_fp = _f_open_interest_fp
        if len(src_dict) + _absent > 6:
            _known: set[str] = {
                "end_period_ts",
                "yes_bid",
                "yes_ask",
                "price",
                "volume_fp",
                "open_interest_fp",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            market_candlestick.additional_properties = _extra_found
        else:
            market_candlestick.additional_properties = {}
        market_candlestick._deviations = _deviations
        return market_candlestick

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("end_period_ts", "end_period_ts", int, True, None),
            ("yes_bid", "yes_bid", wire_struct(BidAskDistribution), True, None),
            ("yes_ask", "yes_ask", wire_struct(BidAskDistribution), True, None),
            ("price", "price", wire_struct(PriceDistribution), True, None),
            ("volume_fp", "volume_fp", str, True, None),
            ("open_interest_fp", "open_interest_fp", str, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        market_candlestick = _new(cls)
        market_candlestick.end_period_ts = w.end_period_ts
        market_candlestick.yes_bid = BidAskDistribution._from_wire(w.yes_bid)
        market_candlestick.yes_ask = BidAskDistribution._from_wire(w.yes_ask)
        market_candlestick.price = PriceDistribution._from_wire(w.price)
        try:
            market_candlestick.volume_fp = FIXED_POINT[w.volume_fp]
        except KeyError:
            market_candlestick.volume_fp = parse_fixed_point(w.volume_fp, "volume_fp")
        try:
            market_candlestick.open_interest_fp = FIXED_POINT[w.open_interest_fp]
        except KeyError:
            market_candlestick.open_interest_fp = parse_fixed_point(
                w.open_interest_fp, "open_interest_fp"
            )
        market_candlestick.additional_properties = w._extras()
        market_candlestick._deviations = None
        return market_candlestick

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
    global _lazy_bound, BidAskDistribution, PriceDistribution
    from ..models.bid_ask_distribution import BidAskDistribution
    from ..models.price_distribution import PriceDistribution

    _lazy_bound = True
