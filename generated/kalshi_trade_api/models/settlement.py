from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.settlement_market_result import (
    SETTLEMENT_MARKET_RESULT_VALUES,
    SettlementMarketResult,
    check_settlement_market_result,
)
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

T = TypeVar("T", bound="Settlement")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class Settlement:
    """Attributes:
    ticker (str): The ticker symbol of the market that was settled.
    exchange_index (int): Identifier for an exchange shard.
    event_ticker (str): The event ticker symbol of the market that was settled.
    market_result (SettlementMarketResult): The outcome of the market settlement. 'yes' = market resolved to YES,
        'no' = market resolved to NO, 'scalar' = scalar market settled at a specific value.
    yes_count_fp (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\" in
        field names). Requests accept 0-2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2
        decimals. Fractional contract values (e.g., \"2.50\") are supported; the minimum granularity is 0.01 contracts.
        Example: 10.00.
    yes_total_cost_dollars (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places
        (e.g., \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    no_count_fp (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\" in
        field names). Requests accept 0-2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2
        decimals. Fractional contract values (e.g., \"2.50\") are supported; the minimum granularity is 0.01 contracts.
        Example: 10.00.
    no_total_cost_dollars (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places
        (e.g., \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    revenue (int): Total revenue earned from this settlement in cents (winning contracts pay out 100 cents each).
    settled_time (datetime.datetime): Timestamp when the market was settled and payouts were processed.
    fee_cost (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g., \"0.56\",
        \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by that market's
        price level structure. Example: 0.5600.
    value (int | None | Unset): Payout of a single yes contract in cents.
    """

    ticker: str

    exchange_index: int

    event_ticker: str

    market_result: SettlementMarketResult

    yes_count_fp: Decimal = _attrs_field(converter=to_count)

    yes_total_cost_dollars: Decimal = _attrs_field(converter=to_dollars)

    no_count_fp: Decimal = _attrs_field(converter=to_count)

    no_total_cost_dollars: Decimal = _attrs_field(converter=to_dollars)

    revenue: int

    settled_time: datetime.datetime

    fee_cost: Decimal = _attrs_field(converter=to_dollars)

    value: int | None | Unset = UNSET

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
        if isinstance(self.event_ticker, Unset):
            pass
        elif (
            self.event_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["event_ticker"] = None
        else:
            field_dict["event_ticker"] = self.event_ticker
        if isinstance(self.market_result, Unset):
            pass
        elif (
            self.market_result is None
        ):  # a null the spec does not allow, kept as received
            field_dict["market_result"] = None
        else:
            _market_result: str = check_settlement_market_result(
                self.market_result, "market_result"
            )
            field_dict["market_result"] = _market_result
        if isinstance(self.yes_count_fp, Unset):
            pass
        elif (
            self.yes_count_fp is None
        ):  # a null the spec does not allow, kept as received
            field_dict["yes_count_fp"] = None
        else:
            field_dict["yes_count_fp"] = fixed_point_text(
                self.yes_count_fp, "yes_count_fp", counts=True
            )
        if isinstance(self.yes_total_cost_dollars, Unset):
            pass
        elif (
            self.yes_total_cost_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["yes_total_cost_dollars"] = None
        else:
            field_dict["yes_total_cost_dollars"] = fixed_point_text(
                self.yes_total_cost_dollars, "yes_total_cost_dollars", counts=False
            )
        if isinstance(self.no_count_fp, Unset):
            pass
        elif (
            self.no_count_fp is None
        ):  # a null the spec does not allow, kept as received
            field_dict["no_count_fp"] = None
        else:
            field_dict["no_count_fp"] = fixed_point_text(
                self.no_count_fp, "no_count_fp", counts=True
            )
        if isinstance(self.no_total_cost_dollars, Unset):
            pass
        elif (
            self.no_total_cost_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["no_total_cost_dollars"] = None
        else:
            field_dict["no_total_cost_dollars"] = fixed_point_text(
                self.no_total_cost_dollars, "no_total_cost_dollars", counts=False
            )
        if isinstance(self.revenue, Unset):
            pass
        elif self.revenue is None:  # a null the spec does not allow, kept as received
            field_dict["revenue"] = None
        else:
            field_dict["revenue"] = self.revenue
        if isinstance(self.settled_time, Unset):
            pass
        elif (
            self.settled_time is None
        ):  # a null the spec does not allow, kept as received
            field_dict["settled_time"] = None
        else:
            _settled_time = self.settled_time.isoformat()
            field_dict["settled_time"] = _settled_time
        if isinstance(self.fee_cost, Unset):
            pass
        elif self.fee_cost is None:  # a null the spec does not allow, kept as received
            field_dict["fee_cost"] = None
        else:
            field_dict["fee_cost"] = fixed_point_text(
                self.fee_cost, "fee_cost", counts=False
            )
        if isinstance(self.value, Unset):
            pass
        else:
            _value: int | None | Unset
            if isinstance(self.value, Unset):
                _value = UNSET
            else:
                _value = self.value
            field_dict["value"] = _value
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
                    _deviations, "Settlement", "ticker", "missing"
                )
            elif _v is None:
                _f_ticker = None
                _deviations = record_deviation(
                    _deviations, "Settlement", "ticker", "null"
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
                    _deviations, "Settlement", "exchange_index", "missing"
                )
            elif _v is None:
                _f_exchange_index = None
                _deviations = record_deviation(
                    _deviations, "Settlement", "exchange_index", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("exchange_index", "int", _v)
                _f_exchange_index = _v

            _v = _get("event_ticker", UNSET)
            _f_event_ticker: Any
            if type(_v) is str:
                _f_event_ticker = _v

            elif _v is UNSET:
                _f_event_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Settlement", "event_ticker", "missing"
                )
            elif _v is None:
                _f_event_ticker = None
                _deviations = record_deviation(
                    _deviations, "Settlement", "event_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("event_ticker", "str", _v)
                _f_event_ticker = _v

            _v = _get("market_result", UNSET)
            _f_market_result: Any
            if type(_v) is str and _v in SETTLEMENT_MARKET_RESULT_VALUES:
                _f_market_result = _v

            elif _v is UNSET:
                _f_market_result = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Settlement", "market_result", "missing"
                )
            elif _v is None:
                _f_market_result = None
                _deviations = record_deviation(
                    _deviations, "Settlement", "market_result", "null"
                )
            else:
                _f_market_result = check_settlement_market_result(
                    _v, "market_result", received=True
                )

            _v = _get("yes_count_fp", UNSET)
            _f_yes_count_fp: Any
            if type(_v) is str:
                try:
                    _f_yes_count_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_yes_count_fp = parse_fixed_point(_v, "yes_count_fp")

            elif _v is UNSET:
                _f_yes_count_fp = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Settlement", "yes_count_fp", "missing"
                )
            elif _v is None:
                _f_yes_count_fp = None
                _deviations = record_deviation(
                    _deviations, "Settlement", "yes_count_fp", "null"
                )
            else:
                _f_yes_count_fp = parse_fixed_point(_v, "yes_count_fp")

            _v = _get("yes_total_cost_dollars", UNSET)
            _f_yes_total_cost_dollars: Any
            if type(_v) is str:
                try:
                    _f_yes_total_cost_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_yes_total_cost_dollars = parse_fixed_point(
                        _v, "yes_total_cost_dollars"
                    )

            elif _v is UNSET:
                _f_yes_total_cost_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Settlement", "yes_total_cost_dollars", "missing"
                )
            elif _v is None:
                _f_yes_total_cost_dollars = None
                _deviations = record_deviation(
                    _deviations, "Settlement", "yes_total_cost_dollars", "null"
                )
            else:
                _f_yes_total_cost_dollars = parse_fixed_point(
                    _v, "yes_total_cost_dollars"
                )

            _v = _get("no_count_fp", UNSET)
            _f_no_count_fp: Any
            if type(_v) is str:
                try:
                    _f_no_count_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_no_count_fp = parse_fixed_point(_v, "no_count_fp")

            elif _v is UNSET:
                _f_no_count_fp = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Settlement", "no_count_fp", "missing"
                )
            elif _v is None:
                _f_no_count_fp = None
                _deviations = record_deviation(
                    _deviations, "Settlement", "no_count_fp", "null"
                )
            else:
                _f_no_count_fp = parse_fixed_point(_v, "no_count_fp")

            _v = _get("no_total_cost_dollars", UNSET)
            _f_no_total_cost_dollars: Any
            if type(_v) is str:
                try:
                    _f_no_total_cost_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_no_total_cost_dollars = parse_fixed_point(
                        _v, "no_total_cost_dollars"
                    )

            elif _v is UNSET:
                _f_no_total_cost_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Settlement", "no_total_cost_dollars", "missing"
                )
            elif _v is None:
                _f_no_total_cost_dollars = None
                _deviations = record_deviation(
                    _deviations, "Settlement", "no_total_cost_dollars", "null"
                )
            else:
                _f_no_total_cost_dollars = parse_fixed_point(
                    _v, "no_total_cost_dollars"
                )

            _v = _get("revenue", UNSET)
            _f_revenue: Any
            if type(_v) is int:
                _f_revenue = _v

            elif _v is UNSET:
                _f_revenue = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Settlement", "revenue", "missing"
                )
            elif _v is None:
                _f_revenue = None
                _deviations = record_deviation(
                    _deviations, "Settlement", "revenue", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("revenue", "int", _v)
                _f_revenue = _v

            _v = _get("settled_time", UNSET)
            _f_settled_time: Any
            if type(_v) is str:
                try:
                    _f_settled_time = fromisoformat(_v)
                except ValueError:
                    _f_settled_time = parse_datetime(_v, "settled_time")

            elif _v is UNSET:
                _f_settled_time = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Settlement", "settled_time", "missing"
                )
            elif _v is None:
                _f_settled_time = None
                _deviations = record_deviation(
                    _deviations, "Settlement", "settled_time", "null"
                )
            else:
                _f_settled_time = parse_datetime(_v, "settled_time")

            _v = _get("fee_cost", UNSET)
            _f_fee_cost: Any
            if type(_v) is str:
                try:
                    _f_fee_cost = FIXED_POINT[_v]
                except KeyError:
                    _f_fee_cost = parse_fixed_point(_v, "fee_cost")

            elif _v is UNSET:
                _f_fee_cost = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Settlement", "fee_cost", "missing"
                )
            elif _v is None:
                _f_fee_cost = None
                _deviations = record_deviation(
                    _deviations, "Settlement", "fee_cost", "null"
                )
            else:
                _f_fee_cost = parse_fixed_point(_v, "fee_cost")

            _v = _get("value", UNSET)
            _f_value: Any
            if type(_v) is int:
                _f_value = _v

            elif _v is UNSET:
                _f_value = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_value = None
                else:
                    if type(_v) is not int:
                        raise BadValue("value", "int", _v)
                    _f_value = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        settlement = _new(cls)
        settlement.ticker = _f_ticker
        settlement.exchange_index = _f_exchange_index
        settlement.event_ticker = _f_event_ticker
        settlement.market_result = _f_market_result
        settlement.yes_count_fp = _f_yes_count_fp
        settlement.yes_total_cost_dollars = _f_yes_total_cost_dollars
        settlement.no_count_fp = _f_no_count_fp
        settlement.no_total_cost_dollars = _f_no_total_cost_dollars
        settlement.revenue = _f_revenue
        settlement.settled_time = _f_settled_time
        settlement.fee_cost = _f_fee_cost
        settlement.value = _f_value
        if len(src_dict) + _absent > 12:
            _known: set[str] = {
                "ticker",
                "exchange_index",
                "event_ticker",
                "market_result",
                "yes_count_fp",
                "yes_total_cost_dollars",
                "no_count_fp",
                "no_total_cost_dollars",
                "revenue",
                "settled_time",
                "fee_cost",
                "value",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            settlement.additional_properties = _extra_found
        else:
            settlement.additional_properties = {}
        settlement._deviations = _deviations
        return settlement

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("ticker", "ticker", str, True, None),
            ("exchange_index", "exchange_index", int, True, None),
            ("event_ticker", "event_ticker", str, True, None),
            ("market_result", "market_result", str, True, None),
            ("yes_count_fp", "yes_count_fp", str, True, None),
            ("yes_total_cost_dollars", "yes_total_cost_dollars", str, True, None),
            ("no_count_fp", "no_count_fp", str, True, None),
            ("no_total_cost_dollars", "no_total_cost_dollars", str, True, None),
            ("revenue", "revenue", int, True, None),
            ("settled_time", "settled_time", str, True, None),
            ("fee_cost", "fee_cost", str, True, None),
            ("value", "value", int | None, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        settlement = _new(cls)
        settlement.ticker = w.ticker
        settlement.exchange_index = w.exchange_index
        settlement.event_ticker = w.event_ticker
        settlement.market_result = (
            w.market_result
            if w.market_result in SETTLEMENT_MARKET_RESULT_VALUES
            else check_settlement_market_result(
                w.market_result, "market_result", received=True
            )
        )
        try:
            settlement.yes_count_fp = FIXED_POINT[w.yes_count_fp]
        except KeyError:
            settlement.yes_count_fp = parse_fixed_point(w.yes_count_fp, "yes_count_fp")
        try:
            settlement.yes_total_cost_dollars = FIXED_POINT[w.yes_total_cost_dollars]
        except KeyError:
            settlement.yes_total_cost_dollars = parse_fixed_point(
                w.yes_total_cost_dollars, "yes_total_cost_dollars"
            )
        try:
            settlement.no_count_fp = FIXED_POINT[w.no_count_fp]
        except KeyError:
            settlement.no_count_fp = parse_fixed_point(w.no_count_fp, "no_count_fp")
        try:
            settlement.no_total_cost_dollars = FIXED_POINT[w.no_total_cost_dollars]
        except KeyError:
            settlement.no_total_cost_dollars = parse_fixed_point(
                w.no_total_cost_dollars, "no_total_cost_dollars"
            )
        settlement.revenue = w.revenue
        settlement.settled_time = fromisoformat(w.settled_time)
        try:
            settlement.fee_cost = FIXED_POINT[w.fee_cost]
        except KeyError:
            settlement.fee_cost = parse_fixed_point(w.fee_cost, "fee_cost")
        settlement.value = w.value
        settlement.additional_properties = w._extras()
        settlement._deviations = None
        return settlement

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
