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
    items_from_wire,
    learn_extras,
    list_of,
    model_repr,
    record_deviation,
    wire_struct,
)

if TYPE_CHECKING:
    from ..models.market_candlestick import MarketCandlestick


T = TypeVar("T", bound="MarketCandlesticksResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class MarketCandlesticksResponse:
    """Attributes:
    market_ticker (str): Market ticker string (e.g., 'INXD-24JAN01').
    candlesticks (list[MarketCandlestick]): Array of candlestick data points for the market. Includes an initial
        data point at the start timestamp when available.
    """

    market_ticker: str

    candlesticks: list[MarketCandlestick]

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
        if isinstance(self.candlesticks, Unset):
            pass
        elif (
            self.candlesticks is None
        ):  # a null the spec does not allow, kept as received
            field_dict["candlesticks"] = None
        else:
            _candlesticks = []
            for candlesticks_item_data in self.candlesticks:
                candlesticks_item = candlesticks_item_data.to_dict()
                _candlesticks.append(candlesticks_item)

            field_dict["candlesticks"] = _candlesticks
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
                    _deviations,
                    "MarketCandlesticksResponse",
                    "market_ticker",
                    "missing",
                )
            elif _v is None:
                _f_market_ticker = None
                _deviations = record_deviation(
                    _deviations, "MarketCandlesticksResponse", "market_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("market_ticker", "str", _v)
                _f_market_ticker = _v

            _v = _get("candlesticks", UNSET)
            _f_candlesticks: Any
            if _v is UNSET:
                _f_candlesticks = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarketCandlesticksResponse", "candlesticks", "missing"
                )
            elif _v is None:
                _f_candlesticks = None
                _deviations = record_deviation(
                    _deviations, "MarketCandlesticksResponse", "candlesticks", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("candlesticks", "array", _v)
                try:
                    _f_candlesticks = list(map(MarketCandlestick.from_dict, _v))
                except BadValue as _bad:
                    raise _bad.within_list("candlesticks", _v) from None

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        market_candlesticks_response = _new(cls)
        market_candlesticks_response.market_ticker = _f_market_ticker
        market_candlesticks_response.candlesticks = _f_candlesticks
        if len(src_dict) + _absent > 2:
            _known: set[str] = {"market_ticker", "candlesticks"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            market_candlesticks_response.additional_properties = _extra_found
        else:
            market_candlesticks_response.additional_properties = {}
        market_candlesticks_response._deviations = _deviations
        return market_candlesticks_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("market_ticker", "market_ticker", str, True, None),
            (
                "candlesticks",
                "candlesticks",
                list_of(wire_struct(MarketCandlestick)),
                True,
                MarketCandlestick,
            ),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        market_candlesticks_response = _new(cls)
        market_candlesticks_response.market_ticker = w.market_ticker
        market_candlesticks_response.candlesticks = items_from_wire(
            MarketCandlestick, w.candlesticks
        )
        market_candlesticks_response.additional_properties = w._extras()
        market_candlesticks_response._deviations = None
        return market_candlesticks_response

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
