from __future__ import annotations

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
    learn_extras,
    model_repr,
    parse_fixed_point,
    record_deviation,
    to_count,
    to_dollars,
)

T = TypeVar("T", bound="EventPosition")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class EventPosition:
    """Attributes:
    event_ticker (str): Unique identifier for events
    total_cost_dollars (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    total_cost_shares_fp (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as
        \"fp\" in field names). Requests accept 0-2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2
        decimals. Fractional contract values (e.g., \"2.50\") are supported; the minimum granularity is 0.01 contracts.
        Example: 10.00.
    event_exposure_dollars (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places
        (e.g., \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    realized_pnl_dollars (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places
        (e.g., \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    fees_paid_dollars (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    """

    event_ticker: str

    total_cost_dollars: Decimal = _attrs_field(converter=to_dollars)

    total_cost_shares_fp: Decimal = _attrs_field(converter=to_count)

    event_exposure_dollars: Decimal = _attrs_field(converter=to_dollars)

    realized_pnl_dollars: Decimal = _attrs_field(converter=to_dollars)

    fees_paid_dollars: Decimal = _attrs_field(converter=to_dollars)

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
        if isinstance(self.event_ticker, Unset):
            pass
        elif (
            self.event_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["event_ticker"] = None
        else:
            field_dict["event_ticker"] = self.event_ticker
        if isinstance(self.total_cost_dollars, Unset):
            pass
        elif (
            self.total_cost_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["total_cost_dollars"] = None
        else:
            field_dict["total_cost_dollars"] = fixed_point_text(
                self.total_cost_dollars, "total_cost_dollars", counts=False
            )
        if isinstance(self.total_cost_shares_fp, Unset):
            pass
        elif (
            self.total_cost_shares_fp is None
        ):  # a null the spec does not allow, kept as received
            field_dict["total_cost_shares_fp"] = None
        else:
            field_dict["total_cost_shares_fp"] = fixed_point_text(
                self.total_cost_shares_fp, "total_cost_shares_fp", counts=True
            )
        if isinstance(self.event_exposure_dollars, Unset):
            pass
        elif (
            self.event_exposure_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["event_exposure_dollars"] = None
        else:
            field_dict["event_exposure_dollars"] = fixed_point_text(
                self.event_exposure_dollars, "event_exposure_dollars", counts=False
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
            _v = _get("event_ticker", UNSET)
            _f_event_ticker: Any
            if type(_v) is str:
                _f_event_ticker = _v

            elif _v is UNSET:
                _f_event_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "EventPosition", "event_ticker", "missing"
                )
            elif _v is None:
                _f_event_ticker = None
                _deviations = record_deviation(
                    _deviations, "EventPosition", "event_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("event_ticker", "str", _v)
                _f_event_ticker = _v

            _v = _get("total_cost_dollars", UNSET)
            _f_total_cost_dollars: Any
            if type(_v) is str:
                try:
                    _f_total_cost_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_total_cost_dollars = parse_fixed_point(_v, "total_cost_dollars")

            elif _v is UNSET:
                _f_total_cost_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "EventPosition", "total_cost_dollars", "missing"
                )
            elif _v is None:
                _f_total_cost_dollars = None
                _deviations = record_deviation(
                    _deviations, "EventPosition", "total_cost_dollars", "null"
                )
            else:
                _f_total_cost_dollars = parse_fixed_point(_v, "total_cost_dollars")

            _v = _get("total_cost_shares_fp", UNSET)
            _f_total_cost_shares_fp: Any
            if type(_v) is str:
                try:
                    _f_total_cost_shares_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_total_cost_shares_fp = parse_fixed_point(
                        _v, "total_cost_shares_fp"
                    )

            elif _v is UNSET:
                _f_total_cost_shares_fp = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "EventPosition", "total_cost_shares_fp", "missing"
                )
            elif _v is None:
                _f_total_cost_shares_fp = None
                _deviations = record_deviation(
                    _deviations, "EventPosition", "total_cost_shares_fp", "null"
                )
            else:
                _f_total_cost_shares_fp = parse_fixed_point(_v, "total_cost_shares_fp")

            _v = _get("event_exposure_dollars", UNSET)
            _f_event_exposure_dollars: Any
            if type(_v) is str:
                try:
                    _f_event_exposure_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_event_exposure_dollars = parse_fixed_point(
                        _v, "event_exposure_dollars"
                    )

            elif _v is UNSET:
                _f_event_exposure_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "EventPosition", "event_exposure_dollars", "missing"
                )
            elif _v is None:
                _f_event_exposure_dollars = None
                _deviations = record_deviation(
                    _deviations, "EventPosition", "event_exposure_dollars", "null"
                )
            else:
                _f_event_exposure_dollars = parse_fixed_point(
                    _v, "event_exposure_dollars"
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
                    _deviations, "EventPosition", "realized_pnl_dollars", "missing"
                )
            elif _v is None:
                _f_realized_pnl_dollars = None
                _deviations = record_deviation(
                    _deviations, "EventPosition", "realized_pnl_dollars", "null"
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
                    _deviations, "EventPosition", "fees_paid_dollars", "missing"
                )
            elif _v is None:
                _f_fees_paid_dollars = None
                _deviations = record_deviation(
                    _deviations, "EventPosition", "fees_paid_dollars", "null"
                )
            else:
                _f_fees_paid_dollars = parse_fixed_point(_v, "fees_paid_dollars")

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        event_position = _new(cls)
        event_position.event_ticker = _f_event_ticker
        event_position.total_cost_dollars = _f_total_cost_dollars
        event_position.total_cost_shares_fp = _f_total_cost_shares_fp
        event_position.event_exposure_dollars = _f_event_exposure_dollars
        event_position.realized_pnl_dollars = _f_realized_pnl_dollars
        event_position.fees_paid_dollars = _f_fees_paid_dollars
        if len(src_dict) + _absent > 6:
            _known: set[str] = {
                "event_ticker",
                "total_cost_dollars",
                "total_cost_shares_fp",
                "event_exposure_dollars",
                "realized_pnl_dollars",
                "fees_paid_dollars",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            event_position.additional_properties = _extra_found
        else:
            event_position.additional_properties = {}
        event_position._deviations = _deviations
        return event_position

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("event_ticker", "event_ticker", str, True, None),
            ("total_cost_dollars", "total_cost_dollars", str, True, None),
            ("total_cost_shares_fp", "total_cost_shares_fp", str, True, None),
            ("event_exposure_dollars", "event_exposure_dollars", str, True, None),
            ("realized_pnl_dollars", "realized_pnl_dollars", str, True, None),
            ("fees_paid_dollars", "fees_paid_dollars", str, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        event_position = _new(cls)
        event_position.event_ticker = w.event_ticker
        try:
            event_position.total_cost_dollars = FIXED_POINT[w.total_cost_dollars]
        except KeyError:
            event_position.total_cost_dollars = parse_fixed_point(
                w.total_cost_dollars, "total_cost_dollars"
            )
        try:
            event_position.total_cost_shares_fp = FIXED_POINT[w.total_cost_shares_fp]
        except KeyError:
            event_position.total_cost_shares_fp = parse_fixed_point(
                w.total_cost_shares_fp, "total_cost_shares_fp"
            )
        try:
            event_position.event_exposure_dollars = FIXED_POINT[
                w.event_exposure_dollars
            ]
        except KeyError:
            event_position.event_exposure_dollars = parse_fixed_point(
                w.event_exposure_dollars, "event_exposure_dollars"
            )
        try:
            event_position.realized_pnl_dollars = FIXED_POINT[w.realized_pnl_dollars]
        except KeyError:
            event_position.realized_pnl_dollars = parse_fixed_point(
                w.realized_pnl_dollars, "realized_pnl_dollars"
            )
        try:
            event_position.fees_paid_dollars = FIXED_POINT[w.fees_paid_dollars]
        except KeyError:
            event_position.fees_paid_dollars = parse_fixed_point(
                w.fees_paid_dollars, "fees_paid_dollars"
            )
        event_position.additional_properties = w._extras()
        event_position._deviations = None
        return event_position

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
