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
    to_count,
    to_dollars,
)

T = TypeVar("T", bound="MarketPosition")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class MarketPosition:
    """Attributes:
    ticker (str): Unique identifier for the market
    exchange_index (int): Identifier for an exchange shard.
    total_traded_dollars (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places
        (e.g., \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    position_fp (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\" in
        field names). Requests accept 0-2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2
        decimals. Fractional contract values (e.g., \"2.50\") are supported; the minimum granularity is 0.01 contracts.
        Example: 10.00.
    market_exposure_dollars (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places
        (e.g., \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    realized_pnl_dollars (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places
        (e.g., \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    fees_paid_dollars (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    last_updated_ts (datetime.datetime): Last time the position is updated
    """

    ticker: str

    exchange_index: int

    total_traded_dollars: Decimal = _attrs_field(converter=to_dollars)

    position_fp: Decimal = _attrs_field(converter=to_count)

    market_exposure_dollars: Decimal = _attrs_field(converter=to_dollars)

    realized_pnl_dollars: Decimal = _attrs_field(converter=to_dollars)

    fees_paid_dollars: Decimal = _attrs_field(converter=to_dollars)

    last_updated_ts: datetime.datetime

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
        if isinstance(self.ticker, Unset):
            pass
        elif self.ticker is None:  # a null the spec does not allow, kept as received
            field_dict["ticker"] = None
        else:
            field_dict["ticker"] = self.ticker
        if isinstance(self.exchange_index, Unset):
            pass
        elif (
            self.exchange_index is None
        ):  # a null the spec does not allow, kept as received
            field_dict["exchange_index"] = None
        else:
            field_dict["exchange_index"] = self.exchange_index
        if isinstance(self.total_traded_dollars, Unset):
            pass
        elif (
            self.total_traded_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["total_traded_dollars"] = None
        else:
            field_dict["total_traded_dollars"] = fixed_point_text(
                self.total_traded_dollars, "total_traded_dollars", counts=False
            )
        if isinstance(self.position_fp, Unset):
            pass
        elif (
            self.position_fp is None
        ):  # a null the spec does not allow, kept as received
            field_dict["position_fp"] = None
        else:
            field_dict["position_fp"] = fixed_point_text(
                self.position_fp, "position_fp", counts=True
            )
        if isinstance(self.market_exposure_dollars, Unset):
            pass
        elif (
            self.market_exposure_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["market_exposure_dollars"] = None
        else:
            field_dict["market_exposure_dollars"] = fixed_point_text(
                self.market_exposure_dollars, "market_exposure_dollars", counts=False
            )
        if isinstance(self.realized_pnl_dollars, Unset):
            pass
        elif (
            self.realized_pnl_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["realized_pnl_dollars"] = None
        else:
            field_dict["realized_pnl_dollars"] = fixed_point_text(
                self.realized_pnl_dollars, "realized_pnl_dollars", counts=False
            )
        if isinstance(self.fees_paid_dollars, Unset):
            pass
        elif (
            self.fees_paid_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["fees_paid_dollars"] = None
        else:
            field_dict["fees_paid_dollars"] = fixed_point_text(
                self.fees_paid_dollars, "fees_paid_dollars", counts=False
            )
        if isinstance(self.last_updated_ts, Unset):
            pass
        elif (
            self.last_updated_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["last_updated_ts"] = None
        else:
            _last_updated_ts = self.last_updated_ts.isoformat()
            field_dict["last_updated_ts"] = _last_updated_ts
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
            _v = _get("ticker", UNSET)
            _f_ticker: Any
            if type(_v) is str:
                _f_ticker = _v

            elif _v is UNSET:
                _f_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarketPosition", "ticker", "missing"
                )
            elif _v is None:
                _f_ticker = None
                _deviations = record_deviation(
                    _deviations, "MarketPosition", "ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("ticker", "str", _v)
                _f_ticker = _v

            _v = _get("exchange_index", UNSET)
            _f_exchange_index: Any
            if type(_v) is int:
                _f_exchange_index = _v

            elif _v is UNSET:
                _f_exchange_index = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarketPosition", "exchange_index", "missing"
                )
            elif _v is None:
                _f_exchange_index = None
                _deviations = record_deviation(
                    _deviations, "MarketPosition", "exchange_index", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("exchange_index", "int", _v)
                _f_exchange_index = _v

            _v = _get("total_traded_dollars", UNSET)
            _f_total_traded_dollars: Any
            if type(_v) is str:
                try:
                    _f_total_traded_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_total_traded_dollars = parse_fixed_point(
                        _v, "total_traded_dollars"
                    )

            elif _v is UNSET:
                _f_total_traded_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarketPosition", "total_traded_dollars", "missing"
                )
            elif _v is None:
                _f_total_traded_dollars = None
                _deviations = record_deviation(
                    _deviations, "MarketPosition", "total_traded_dollars", "null"
                )
            else:
                _f_total_traded_dollars = parse_fixed_point(_v, "total_traded_dollars")

            _v = _get("position_fp", UNSET)
            _f_position_fp: Any
            if type(_v) is str:
                try:
                    _f_position_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_position_fp = parse_fixed_point(_v, "position_fp")

            elif _v is UNSET:
                _f_position_fp = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarketPosition", "position_fp", "missing"
                )
            elif _v is None:
                _f_position_fp = None
                _deviations = record_deviation(
                    _deviations, "MarketPosition", "position_fp", "null"
                )
            else:
                _f_position_fp = parse_fixed_point(_v, "position_fp")

            _v = _get("market_exposure_dollars", UNSET)
            _f_market_exposure_dollars: Any
            if type(_v) is str:
                try:
                    _f_market_exposure_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_market_exposure_dollars = parse_fixed_point(
                        _v, "market_exposure_dollars"
                    )

            elif _v is UNSET:
                _f_market_exposure_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarketPosition", "market_exposure_dollars", "missing"
                )
            elif _v is None:
                _f_market_exposure_dollars = None
                _deviations = record_deviation(
                    _deviations, "MarketPosition", "market_exposure_dollars", "null"
                )
            else:
                _f_market_exposure_dollars = parse_fixed_point(
                    _v, "market_exposure_dollars"
                )

            _v = _get("realized_pnl_dollars", UNSET)
            _f_realized_pnl_dollars: Any
            if type(_v) is str:
                try:
                    _f_realized_pnl_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_realized_pnl_dollars = parse_fixed_point(
                        _v, "realized_pnl_dollars"
                    )

            elif _v is UNSET:
                _f_realized_pnl_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarketPosition", "realized_pnl_dollars", "missing"
                )
            elif _v is None:
                _f_realized_pnl_dollars = None
                _deviations = record_deviation(
                    _deviations, "MarketPosition", "realized_pnl_dollars", "null"
                )
            else:
                _f_realized_pnl_dollars = parse_fixed_point(_v, "realized_pnl_dollars")

            _v = _get("fees_paid_dollars", UNSET)
            _f_fees_paid_dollars: Any
            if type(_v) is str:
                try:
                    _f_fees_paid_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_fees_paid_dollars = parse_fixed_point(_v, "fees_paid_dollars")

            elif _v is UNSET:
                _f_fees_paid_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarketPosition", "fees_paid_dollars", "missing"
                )
            elif _v is None:
                _f_fees_paid_dollars = None
                _deviations = record_deviation(
                    _deviations, "MarketPosition", "fees_paid_dollars", "null"
                )
            else:
                _f_fees_paid_dollars = parse_fixed_point(_v, "fees_paid_dollars")

            _v = _get("last_updated_ts", UNSET)
            _f_last_updated_ts: Any
            if type(_v) is str:
                try:
                    _f_last_updated_ts = fromisoformat(_v)
                except ValueError:
                    _f_last_updated_ts = parse_datetime(_v, "last_updated_ts")

            elif _v is UNSET:
                _f_last_updated_ts = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarketPosition", "last_updated_ts", "missing"
                )
            elif _v is None:
                _f_last_updated_ts = None
                _deviations = record_deviation(
                    _deviations, "MarketPosition", "last_updated_ts", "null"
                )
            else:
                _f_last_updated_ts = parse_datetime(_v, "last_updated_ts")

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        market_position = _new(cls)
        market_position.ticker = _f_ticker
        market_position.exchange_index = _f_exchange_index
        market_position.total_traded_dollars = _f_total_traded_dollars
        market_position.position_fp = _f_position_fp
        market_position.market_exposure_dollars = _f_market_exposure_dollars
        market_position.realized_pnl_dollars = _f_realized_pnl_dollars
        market_position.fees_paid_dollars = _f_fees_paid_dollars
        market_position.last_updated_ts = _f_last_updated_ts
        if len(src_dict) + _absent > 8:
            _known: set[str] = {
                "ticker",
                "exchange_index",
                "total_traded_dollars",
                "position_fp",
                "market_exposure_dollars",
                "realized_pnl_dollars",
                "fees_paid_dollars",
                "last_updated_ts",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            market_position.additional_properties = _extra_found
        else:
            market_position.additional_properties = {}
        market_position._deviations = _deviations
        return market_position

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("ticker", "ticker", str, True, None),
            ("exchange_index", "exchange_index", int, True, None),
            ("total_traded_dollars", "total_traded_dollars", str, True, None),
            ("position_fp", "position_fp", str, True, None),
            ("market_exposure_dollars", "market_exposure_dollars", str, True, None),
            ("realized_pnl_dollars", "realized_pnl_dollars", str, True, None),
            ("fees_paid_dollars", "fees_paid_dollars", str, True, None),
            ("last_updated_ts", "last_updated_ts", str, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        market_position = _new(cls)
        market_position.ticker = w.ticker
        market_position.exchange_index = w.exchange_index
        try:
            market_position.total_traded_dollars = FIXED_POINT[w.total_traded_dollars]
        except KeyError:
            market_position.total_traded_dollars = parse_fixed_point(
                w.total_traded_dollars, "total_traded_dollars"
            )
        try:
            market_position.position_fp = FIXED_POINT[w.position_fp]
        except KeyError:
            market_position.position_fp = parse_fixed_point(
                w.position_fp, "position_fp"
            )
        try:
            market_position.market_exposure_dollars = FIXED_POINT[
                w.market_exposure_dollars
            ]
        except KeyError:
            market_position.market_exposure_dollars = parse_fixed_point(
                w.market_exposure_dollars, "market_exposure_dollars"
            )
        try:
            market_position.realized_pnl_dollars = FIXED_POINT[w.realized_pnl_dollars]
        except KeyError:
            market_position.realized_pnl_dollars = parse_fixed_point(
                w.realized_pnl_dollars, "realized_pnl_dollars"
            )
        try:
            market_position.fees_paid_dollars = FIXED_POINT[w.fees_paid_dollars]
        except KeyError:
            market_position.fees_paid_dollars = parse_fixed_point(
                w.fees_paid_dollars, "fees_paid_dollars"
            )
        market_position.last_updated_ts = fromisoformat(w.last_updated_ts)
        market_position.additional_properties = w._extras()
        market_position._deviations = None
        return market_position

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
