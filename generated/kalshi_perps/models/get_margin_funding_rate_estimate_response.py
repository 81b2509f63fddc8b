from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

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
    record_deviation,
    to_dollars_or_unset,
)

T = TypeVar("T", bound="GetMarginFundingRateEstimateResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class GetMarginFundingRateEstimateResponse:
    """Attributes:
    next_funding_time (datetime.datetime): Timestamp of the next scheduled funding event
    market_ticker (str | Unset): Ticker of the margin market
    computed_time (datetime.datetime | Unset): Timestamp when this estimate was computed
    funding_rate (float | Unset): Estimated funding rate for the in-progress period
    mark_price (Decimal | Unset): US dollar amount as a fixed-point decimal string with up to 6 decimal places of
        precision. This is the maximum supported precision; valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    """

    next_funding_time: datetime.datetime

    market_ticker: str | Unset = UNSET

    computed_time: datetime.datetime | Unset = UNSET

    funding_rate: float | Unset = UNSET

    mark_price: Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_dollars_or_unset
    )

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
        if isinstance(self.next_funding_time, Unset):
            pass
        elif (
            self.next_funding_time is None
        ):  # a null the spec does not allow, kept as received
            field_dict["next_funding_time"] = None
        else:
            _next_funding_time = self.next_funding_time.isoformat()
            field_dict["next_funding_time"] = _next_funding_time
        if isinstance(self.market_ticker, Unset):
            pass
        elif (
            self.market_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["market_ticker"] = None
        else:
            field_dict["market_ticker"] = self.market_ticker
        if isinstance(self.computed_time, Unset):
            pass
        elif (
            self.computed_time is None
        ):  # a null the spec does not allow, kept as received
            field_dict["computed_time"] = None
        else:
            _computed_time: str | Unset = UNSET
            if not isinstance(self.computed_time, Unset):
                _computed_time = self.computed_time.isoformat()
            field_dict["computed_time"] = _computed_time
        if isinstance(self.funding_rate, Unset):
            pass
        elif (
            self.funding_rate is None
        ):  # a null the spec does not allow, kept as received
            field_dict["funding_rate"] = None
        else:
            field_dict["funding_rate"] = self.funding_rate
        if isinstance(self.mark_price, Unset):
            pass
        elif (
            self.mark_price is None
        ):  # a null the spec does not allow, kept as received
            field_dict["mark_price"] = None
        else:
            field_dict["mark_price"] = fixed_point_text(
                self.mark_price, "mark_price", counts=False
            )
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
            _v = _get("next_funding_time", UNSET)
            _f_next_funding_time: Any
            if type(_v) is str:
                try:
                    _f_next_funding_time = fromisoformat(_v)
                except ValueError:
                    _f_next_funding_time = parse_datetime(_v, "next_funding_time")

            elif _v is UNSET:
                _f_next_funding_time = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "GetMarginFundingRateEstimateResponse",
                    "next_funding_time",
                    "missing",
                )
            elif _v is None:
                _f_next_funding_time = None
                _deviations = record_deviation(
                    _deviations,
                    "GetMarginFundingRateEstimateResponse",
                    "next_funding_time",
                    "null",
                )
            else:
                _f_next_funding_time = parse_datetime(_v, "next_funding_time")

            _v = _get("market_ticker", UNSET)
            _f_market_ticker: Any
            if type(_v) is str:
                _f_market_ticker = _v

            elif _v is UNSET:
                _f_market_ticker = UNSET
                _absent += 1
            elif _v is None:
                _f_market_ticker = None
                _deviations = record_deviation(
                    _deviations,
                    "GetMarginFundingRateEstimateResponse",
                    "market_ticker",
                    "null",
                )
            else:
                if type(_v) is not str:
                    raise BadValue("market_ticker", "str", _v)
                _f_market_ticker = _v

            _v = _get("computed_time", UNSET)
            _f_computed_time: Any
            if type(_v) is str:
                try:
                    _f_computed_time = fromisoformat(_v)
                except ValueError:
                    _f_computed_time = parse_datetime(_v, "computed_time")

            elif _v is UNSET:
                _f_computed_time = UNSET
                _absent += 1
            elif _v is None:
                _f_computed_time = None
                _deviations = record_deviation(
                    _deviations,
                    "GetMarginFundingRateEstimateResponse",
                    "computed_time",
                    "null",
                )
            else:
                _f_computed_time = parse_datetime(_v, "computed_time")

            _v = _get("funding_rate", UNSET)
            _f_funding_rate: Any
            if type(_v) is float:
                _f_funding_rate = _v

            elif _v is UNSET:
                _f_funding_rate = UNSET
                _absent += 1
            elif _v is None:
                _f_funding_rate = None
                _deviations = record_deviation(
                    _deviations,
                    "GetMarginFundingRateEstimateResponse",
                    "funding_rate",
                    "null",
                )
            else:
                if type(_v) is not float:
                    if type(_v) is not int or float(_v) != _v:
                        raise BadValue("funding_rate", "number", _v)
                    _v = float(_v)
                _f_funding_rate = _v

            _v = _get("mark_price", UNSET)
            _f_mark_price: Any
            if type(_v) is str:
                try:
                    _f_mark_price = FIXED_POINT[_v]
                except KeyError:
                    _f_mark_price = parse_fixed_point(_v, "mark_price")

            elif _v is UNSET:
                _f_mark_price = UNSET
                _absent += 1
            elif _v is None:
                _f_mark_price = None
                _deviations = record_deviation(
                    _deviations,
                    "GetMarginFundingRateEstimateResponse",
                    "mark_price",
                    "null",
                )
            else:
                _f_mark_price = parse_fixed_point(_v, "mark_price")

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        get_margin_funding_rate_estimate_response = _new(cls)
        get_margin_funding_rate_estimate_response.next_funding_time = (
            _f_next_funding_time
        )
        get_margin_funding_rate_estimate_response.market_ticker = _f_market_ticker
        get_margin_funding_rate_estimate_response.computed_time = _f_computed_time
        get_margin_funding_rate_estimate_response.funding_rate = _f_funding_rate
        get_margin_funding_rate_estimate_response.mark_price = _f_mark_price
        if len(src_dict) + _absent > 5:
            _known: set[str] = {
                "next_funding_time",
                "market_ticker",
                "computed_time",
                "funding_rate",
                "mark_price",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            get_margin_funding_rate_estimate_response.additional_properties = (
                _extra_found
            )
        else:
            get_margin_funding_rate_estimate_response.additional_properties = {}
        get_margin_funding_rate_estimate_response._deviations = _deviations
        return get_margin_funding_rate_estimate_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("next_funding_time", "next_funding_time", str, True, None),
            ("market_ticker", "market_ticker", str, False, None),
            ("computed_time", "computed_time", str, False, None),
            ("funding_rate", "funding_rate", Any, False, None),
            ("mark_price", "mark_price", str, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        get_margin_funding_rate_estimate_response = _new(cls)
        get_margin_funding_rate_estimate_response.next_funding_time = fromisoformat(
            w.next_funding_time
        )
        get_margin_funding_rate_estimate_response.market_ticker = w.market_ticker
        if w.computed_time is UNSET:
            get_margin_funding_rate_estimate_response.computed_time = w.computed_time
        else:
            get_margin_funding_rate_estimate_response.computed_time = fromisoformat(
                w.computed_time
            )
        if (
            w.funding_rate is None
        ):  # a null the spec does not allow: from_dict records it
            raise BadValue("funding_rate", "not null", None)
        if w.funding_rate is UNSET:
            get_margin_funding_rate_estimate_response.funding_rate = w.funding_rate
        else:
            if type(w.funding_rate) is not float:
                if (
                    type(w.funding_rate) is not int
                    or float(w.funding_rate) != w.funding_rate
                ):
                    raise BadValue("funding_rate", "number", w.funding_rate)
                w.funding_rate = float(w.funding_rate)
            get_margin_funding_rate_estimate_response.funding_rate = w.funding_rate
        if w.mark_price is UNSET:
            get_margin_funding_rate_estimate_response.mark_price = w.mark_price
        else:
            try:
                get_margin_funding_rate_estimate_response.mark_price = FIXED_POINT[
                    w.mark_price
                ]
            except KeyError:
                get_margin_funding_rate_estimate_response.mark_price = (
                    parse_fixed_point(w.mark_price, "mark_price")
                )
        get_margin_funding_rate_estimate_response.additional_properties = w._extras()
        get_margin_funding_rate_estimate_response._deviations = None
        return get_margin_funding_rate_estimate_response

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
