from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..types import (
    UNSET,
    BadValue,
    Unset,
    _new,
    check_items,
    learn_extras,
    model_repr,
    record_deviation,
)

if TYPE_CHECKING:
    from ..models.market_candlestick import MarketCandlestick


T = TypeVar("T", bound="GetEventCandlesticksResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class GetEventCandlesticksResponse:
    """Attributes:
    market_tickers (list[str]): Array of market tickers in the event.
    market_candlesticks (list[list[MarketCandlestick]]): Array of market candlestick arrays, one for each market in
        the event.
    adjusted_end_ts (int): Adjusted end timestamp if the requested candlesticks would be larger than
        maxAggregateCandidates.
    """

    market_tickers: list[str]

    market_candlesticks: list[list[MarketCandlestick]]

    adjusted_end_ts: int

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
        if isinstance(self.market_tickers, Unset):
            pass
        elif (
            self.market_tickers is None
        ):  # a null the spec does not allow, kept as received
            field_dict["market_tickers"] = None
        else:
            _market_tickers = self.market_tickers

            field_dict["market_tickers"] = _market_tickers
        if isinstance(self.market_candlesticks, Unset):
            pass
        elif (
            self.market_candlesticks is None
        ):  # a null the spec does not allow, kept as received
            field_dict["market_candlesticks"] = None
        else:
            _market_candlesticks = []
            for market_candlesticks_item_data in self.market_candlesticks:
                market_candlesticks_item = []
                for market_candlesticks_item_item_data in market_candlesticks_item_data:
                    market_candlesticks_item_item = (
                        market_candlesticks_item_item_data.to_dict()
                    )
                    market_candlesticks_item.append(market_candlesticks_item_item)

                _market_candlesticks.append(market_candlesticks_item)

            field_dict["market_candlesticks"] = _market_candlesticks
        if isinstance(self.adjusted_end_ts, Unset):
            pass
        elif (
            self.adjusted_end_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["adjusted_end_ts"] = None
        else:
            field_dict["adjusted_end_ts"] = self.adjusted_end_ts
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
            _v = _get("market_tickers", UNSET)
            _f_market_tickers: Any
            if _v is UNSET:
                _f_market_tickers = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "GetEventCandlesticksResponse",
                    "market_tickers",
                    "missing",
                )
            elif _v is None:
                _f_market_tickers = None
                _deviations = record_deviation(
                    _deviations,
                    "GetEventCandlesticksResponse",
                    "market_tickers",
                    "null",
                )
            else:
                if type(_v) is not list:
                    raise BadValue("market_tickers", "array", _v)
                check_items(_v, str, "market_tickers")
                _f_market_tickers = _v

            _v = _get("market_candlesticks", UNSET)
            _f_market_candlesticks: Any
            if _v is UNSET:
                _f_market_candlesticks = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "GetEventCandlesticksResponse",
                    "market_candlesticks",
                    "missing",
                )
            elif _v is None:
                _f_market_candlesticks = None
                _deviations = record_deviation(
                    _deviations,
                    "GetEventCandlesticksResponse",
                    "market_candlesticks",
                    "null",
                )
            else:
                if type(_v) is not list:
                    raise BadValue("market_candlesticks", "array", _v)
                _f_market_candlesticks = []
                try:
                    for _i20, _x20 in enumerate(_v):
                        if type(_x20) is not list:
                            raise BadValue(_i20, "array", _x20)
                        try:
                            _y20 = list(map(MarketCandlestick.from_dict, _x20))
                        except BadValue as _bad:
                            raise _bad.within_list(_i20, _x20) from None

                        _f_market_candlesticks.append(_y20)
                except BadValue as _bad:
                    raise _bad.within("market_candlesticks") from None

            _v = _get("adjusted_end_ts", UNSET)
            _f_adjusted_end_ts: Any
            if type(_v) is int:
                _f_adjusted_end_ts = _v

            elif _v is UNSET:
                _f_adjusted_end_ts = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "GetEventCandlesticksResponse",
                    "adjusted_end_ts",
                    "missing",
                )
            elif _v is None:
                _f_adjusted_end_ts = None
                _deviations = record_deviation(
                    _deviations,
                    "GetEventCandlesticksResponse",
                    "adjusted_end_ts",
                    "null",
                )
            else:
                if type(_v) is not int:
                    raise BadValue("adjusted_end_ts", "int", _v)
                _f_adjusted_end_ts = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        get_event_candlesticks_response = _new(cls)
        get_event_candlesticks_response.market_tickers = _f_market_tickers
        get_event_candlesticks_response.market_candlesticks = _f_market_candlesticks
        get_event_candlesticks_response.adjusted_end_ts = _f_adjusted_end_ts
        if len(src_dict) + _absent > 3:
            _known: set[str] = {
                "market_tickers",
                "market_candlesticks",
                "adjusted_end_ts",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            get_event_candlesticks_response.additional_properties = _extra_found
        else:
            get_event_candlesticks_response.additional_properties = {}
        get_event_candlesticks_response._deviations = _deviations
        return get_event_candlesticks_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("market_tickers", "market_tickers", list[str], True, None),
            ("market_candlesticks", "market_candlesticks", Any, True, None),
            ("adjusted_end_ts", "adjusted_end_ts", int, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        get_event_candlesticks_response = _new(cls)
        get_event_candlesticks_response.market_tickers = w.market_tickers
        if (
            w.market_candlesticks is None
        ):  # a null the spec does not allow: from_dict records it
            raise BadValue("market_candlesticks", "not null", None)
        if type(w.market_candlesticks) is not list:
            raise BadValue("market_candlesticks", "array", w.market_candlesticks)
        get_event_candlesticks_response.market_candlesticks = []
        try:
            for _i20, _x20 in enumerate(w.market_candlesticks):
                if type(_x20) is not list:
                    raise BadValue(_i20, "array", _x20)
                try:
                    _y20 = list(map(MarketCandlestick.from_dict, _x20))
                except BadValue as _bad:
                    raise _bad.within_list(_i20, _x20) from None

                get_event_candlesticks_response.market_candlesticks.append(_y20)
        except BadValue as _bad:
            raise _bad.within("market_candlesticks") from None
        get_event_candlesticks_response.adjusted_end_ts = w.adjusted_end_ts
        get_event_candlesticks_response.additional_properties = w._extras()
        get_event_candlesticks_response._deviations = None
        return get_event_candlesticks_response

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
    global _lazy_bound, MarketCandlestick
    from ..models.market_candlestick import MarketCandlestick

    _lazy_bound = True
