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

T = TypeVar("T", bound="MarginFundingHistoryEntry")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class MarginFundingHistoryEntry:
    """Attributes:
    market_ticker (str): Ticker of the margin market
    funding_time (datetime.datetime): Timestamp when the funding payment was applied
    funding_rate (float): Funding rate for this period
    mark_price (Decimal): US dollar amount as a fixed-point decimal string with up to 6 decimal places of precision.
        This is the maximum supported precision; valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    funding_amount (Decimal): US dollar amount as a fixed-point decimal string with up to 6 decimal places of
        precision. This is the maximum supported precision; valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    quantity (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\" in field
        names). Requests accept 0–2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2 decimals.
        Fractional contract values (e.g., \"2.50\") are supported on markets with fractional trading enabled; the minimum
        granularity is 0.01 contracts. Integer contract count fields are legacy and will be deprecated; when both
        integer and fp fields are provided, they must match. Example: 10.00.
    subaccount_number (int | None): Subaccount number (0 for primary)
    """

    market_ticker: str

    funding_time: datetime.datetime

    funding_rate: float

    mark_price: Decimal = _attrs_field(converter=to_dollars)

    funding_amount: Decimal = _attrs_field(converter=to_dollars)

    quantity: Decimal = _attrs_field(converter=to_count)

    subaccount_number: int | None

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
        if isinstance(self.market_ticker, Unset):
            pass
        elif (
            self.market_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["market_ticker"] = None
        else:
            field_dict["market_ticker"] = self.market_ticker
        if isinstance(self.funding_time, Unset):
            pass
        elif (
            self.funding_time is None
        ):  # a null the spec does not allow, kept as received
            field_dict["funding_time"] = None
        else:
            _funding_time = self.funding_time.isoformat()
            field_dict["funding_time"] = _funding_time
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
        if isinstance(self.funding_amount, Unset):
            pass
        elif (
            self.funding_amount is None
        ):  # a null the spec does not allow, kept as received
            field_dict["funding_amount"] = None
        else:
            field_dict["funding_amount"] = fixed_point_text(
                self.funding_amount, "funding_amount", counts=False
            )
        if isinstance(self.quantity, Unset):
            pass
        elif self.quantity is None:  # a null the spec does not allow, kept as received
            field_dict["quantity"] = None
        else:
            field_dict["quantity"] = fixed_point_text(
                self.quantity, "quantity", counts=True
            )
        if isinstance(self.subaccount_number, Unset):
            pass
        else:
            _subaccount_number: int | None
            _subaccount_number = self.subaccount_number
            field_dict["subaccount_number"] = _subaccount_number
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
            _v = _get("market_ticker", UNSET)
            _f_market_ticker: Any
            if type(_v) is str:
                _f_market_ticker = _v

            elif _v is UNSET:
                _f_market_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginFundingHistoryEntry", "market_ticker", "missing"
                )
            elif _v is None:
                _f_market_ticker = None
                _deviations = record_deviation(
                    _deviations, "MarginFundingHistoryEntry", "market_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("market_ticker", "str", _v)
                _f_market_ticker = _v

            _v = _get("funding_time", UNSET)
            _f_funding_time: Any
            if type(_v) is str:
                try:
                    _f_funding_time = fromisoformat(_v)
                except ValueError:
                    _f_funding_time = parse_datetime(_v, "funding_time")

            elif _v is UNSET:
                _f_funding_time = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginFundingHistoryEntry", "funding_time", "missing"
                )
            elif _v is None:
                _f_funding_time = None
                _deviations = record_deviation(
                    _deviations, "MarginFundingHistoryEntry", "funding_time", "null"
                )
            else:
                _f_funding_time = parse_datetime(_v, "funding_time")

            _v = _get("funding_rate", UNSET)
            _f_funding_rate: Any
            if type(_v) is float:
                _f_funding_rate = _v

            elif _v is UNSET:
                _f_funding_rate = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginFundingHistoryEntry", "funding_rate", "missing"
                )
            elif _v is None:
                _f_funding_rate = None
                _deviations = record_deviation(
                    _deviations, "MarginFundingHistoryEntry", "funding_rate", "null"
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
                _deviations = record_deviation(
                    _deviations, "MarginFundingHistoryEntry", "mark_price", "missing"
                )
            elif _v is None:
                _f_mark_price = None
                _deviations = record_deviation(
                    _deviations, "MarginFundingHistoryEntry", "mark_price", "null"
                )
            else:
                _f_mark_price = parse_fixed_point(_v, "mark_price")

            _v = _get("funding_amount", UNSET)
            _f_funding_amount: Any
            if type(_v) is str:
                try:
                    _f_funding_amount = FIXED_POINT[_v]
                except KeyError:
                    _f_funding_amount = parse_fixed_point(_v, "funding_amount")

            elif _v is UNSET:
                _f_funding_amount = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "MarginFundingHistoryEntry",
                    "funding_amount",
                    "missing",
                )
            elif _v is None:
                _f_funding_amount = None
                _deviations = record_deviation(
                    _deviations, "MarginFundingHistoryEntry", "funding_amount", "null"
                )
            else:
                _f_funding_amount = parse_fixed_point(_v, "funding_amount")

            _v = _get("quantity", UNSET)
            _f_quantity: Any
            if type(_v) is str:
                try:
                    _f_quantity = FIXED_POINT[_v]
                except KeyError:
                    _f_quantity = parse_fixed_point(_v, "quantity")

            elif _v is UNSET:
                _f_quantity = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginFundingHistoryEntry", "quantity", "missing"
                )
            elif _v is None:
                _f_quantity = None
                _deviations = record_deviation(
                    _deviations, "MarginFundingHistoryEntry", "quantity", "null"
                )
            else:
                _f_quantity = parse_fixed_point(_v, "quantity")

            _v = _get("subaccount_number", UNSET)
            _f_subaccount_number: Any
            if type(_v) is int:
                _f_subaccount_number = _v

            elif _v is UNSET:
                _f_subaccount_number = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "MarginFundingHistoryEntry",
                    "subaccount_number",
                    "missing",
                )
            else:
                if _v is None:
                    _f_subaccount_number = None
                else:
                    if type(_v) is not int:
                        raise BadValue("subaccount_number", "int", _v)
                    _f_subaccount_number = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        margin_funding_history_entry = _new(cls)
        margin_funding_history_entry.market_ticker = _f_market_ticker
        margin_funding_history_entry.funding_time = _f_funding_time
        margin_funding_history_entry.funding_rate = _f_funding_rate
        margin_funding_history_entry.mark_price = _f_mark_price
        margin_funding_history_entry.funding_amount = _f_funding_amount
        margin_funding_history_entry.quantity = _f_quantity
        margin_funding_history_entry.subaccount_number = _f_subaccount_number
        if len(src_dict) + _absent > 7:
            _known: set[str] = {
                "market_ticker",
                "funding_time",
                "funding_rate",
                "mark_price",
                "funding_amount",
                "quantity",
                "subaccount_number",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            margin_funding_history_entry.additional_properties = _extra_found
        else:
            margin_funding_history_entry.additional_properties = {}
        margin_funding_history_entry._deviations = _deviations
        return margin_funding_history_entry

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("market_ticker", "market_ticker", str, True, None),
            ("funding_time", "funding_time", str, True, None),
            ("funding_rate", "funding_rate", Any, True, None),
            ("mark_price", "mark_price", str, True, None),
            ("funding_amount", "funding_amount", str, True, None),
            ("quantity", "quantity", str, True, None),
            ("subaccount_number", "subaccount_number", int | None, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        margin_funding_history_entry = _new(cls)
        margin_funding_history_entry.market_ticker = w.market_ticker
        margin_funding_history_entry.funding_time = fromisoformat(w.funding_time)
        if (
            w.funding_rate is None
        ):  # a null the spec does not allow: from_dict records it
            raise BadValue("funding_rate", "not null", None)
        if type(w.funding_rate) is not float:
            if (
                type(w.funding_rate) is not int
                or float(w.funding_rate) != w.funding_rate
            ):
                raise BadValue("funding_rate", "number", w.funding_rate)
            w.funding_rate = float(w.funding_rate)
        margin_funding_history_entry.funding_rate = w.funding_rate
        try:
            margin_funding_history_entry.mark_price = FIXED_POINT[w.mark_price]
        except KeyError:
            margin_funding_history_entry.mark_price = parse_fixed_point(
                w.mark_price, "mark_price"
            )
        try:
            margin_funding_history_entry.funding_amount = FIXED_POINT[w.funding_amount]
        except KeyError:
            margin_funding_history_entry.funding_amount = parse_fixed_point(
                w.funding_amount, "funding_amount"
            )
        try:
            margin_funding_history_entry.quantity = FIXED_POINT[w.quantity]
        except KeyError:
            margin_funding_history_entry.quantity = parse_fixed_point(
                w.quantity, "quantity"
            )
        margin_funding_history_entry.subaccount_number = w.subaccount_number
        margin_funding_history_entry.additional_properties = w._extras()
        margin_funding_history_entry._deviations = None
        return margin_funding_history_entry

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
