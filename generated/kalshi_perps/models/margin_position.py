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

T = TypeVar("T", bound="MarginPosition")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class MarginPosition:
    """Attributes:
    subaccount (int): The subaccount number that holds this position (0 for primary, 1-63 for subaccounts)
    market_ticker (str): Market ticker symbol
    position (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\" in field
        names). Requests accept 0–2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2 decimals.
        Fractional contract values (e.g., \"2.50\") are supported on markets with fractional trading enabled; the minimum
        granularity is 0.01 contracts. Integer contract count fields are legacy and will be deprecated; when both
        integer and fp fields are provided, they must match. Example: 10.00.
    entry_price (Decimal): US dollar amount as a fixed-point decimal string with up to 6 decimal places of
        precision. This is the maximum supported precision; valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    unrealized_pnl (Decimal): US dollar amount as a fixed-point decimal string with up to 6 decimal places of
        precision. This is the maximum supported precision; valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    margin_used (Decimal): US dollar amount as a fixed-point decimal string with up to 6 decimal places of
        precision. This is the maximum supported precision; valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    fees (Decimal): US dollar amount as a fixed-point decimal string with up to 6 decimal places of precision. This
        is the maximum supported precision; valid quote intervals for a given market are constrained by that market's
        price level structure. Example: 0.5600.
    roe (float | None | Unset): Return on equity as a percentage (unrealized_pnl / margin_used * 100), null when
        margin_used is zero
    """

    subaccount: int

    market_ticker: str

    position: Decimal = _attrs_field(converter=to_count)

    entry_price: Decimal = _attrs_field(converter=to_dollars)

    unrealized_pnl: Decimal = _attrs_field(converter=to_dollars)

    margin_used: Decimal = _attrs_field(converter=to_dollars)

    fees: Decimal = _attrs_field(converter=to_dollars)

    roe: float | None | Unset = UNSET

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
        if isinstance(self.subaccount, Unset):
            pass
        elif (
            self.subaccount is None
        ):  # a null the spec does not allow, kept as received
            field_dict["subaccount"] = None
        else:
            field_dict["subaccount"] = self.subaccount
        if isinstance(self.market_ticker, Unset):
            pass
        elif (
            self.market_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["market_ticker"] = None
        else:
            field_dict["market_ticker"] = self.market_ticker
        if isinstance(self.position, Unset):
            pass
        elif self.position is None:  # a null the spec does not allow, kept as received
            field_dict["position"] = None
        else:
            field_dict["position"] = fixed_point_text(
                self.position, "position", counts=True
            )
        if isinstance(self.entry_price, Unset):
            pass
        elif (
            self.entry_price is None
        ):  # a null the spec does not allow, kept as received
            field_dict["entry_price"] = None
        else:
            field_dict["entry_price"] = fixed_point_text(
                self.entry_price, "entry_price", counts=False
            )
        if isinstance(self.unrealized_pnl, Unset):
            pass
        elif (
            self.unrealized_pnl is None
        ):  # a null the spec does not allow, kept as received
            field_dict["unrealized_pnl"] = None
        else:
            field_dict["unrealized_pnl"] = fixed_point_text(
                self.unrealized_pnl, "unrealized_pnl", counts=False
            )
        if isinstance(self.margin_used, Unset):
            pass
        elif (
            self.margin_used is None
        ):  # a null the spec does not allow, kept as received
            field_dict["margin_used"] = None
        else:
            field_dict["margin_used"] = fixed_point_text(
                self.margin_used, "margin_used", counts=False
            )
        if isinstance(self.fees, Unset):
            pass
        elif self.fees is None:  # a null the spec does not allow, kept as received
            field_dict["fees"] = None
        else:
            field_dict["fees"] = fixed_point_text(self.fees, "fees", counts=False)
        if isinstance(self.roe, Unset):
            pass
        else:
            _roe: float | None | Unset
            if isinstance(self.roe, Unset):
                _roe = UNSET
            else:
                _roe = self.roe
            field_dict["roe"] = _roe
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
            _v = _get("subaccount", UNSET)
            _f_subaccount: Any
            if type(_v) is int:
                _f_subaccount = _v

            elif _v is UNSET:
                _f_subaccount = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginPosition", "subaccount", "missing"
                )
            elif _v is None:
                _f_subaccount = None
                _deviations = record_deviation(
                    _deviations, "MarginPosition", "subaccount", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("subaccount", "int", _v)
                _f_subaccount = _v

            _v = _get("market_ticker", UNSET)
            _f_market_ticker: Any
            if type(_v) is str:
                _f_market_ticker = _v

            elif _v is UNSET:
                _f_market_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginPosition", "market_ticker", "missing"
                )
            elif _v is None:
                _f_market_ticker = None
                _deviations = record_deviation(
                    _deviations, "MarginPosition", "market_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("market_ticker", "str", _v)
                _f_market_ticker = _v

            _v = _get("position", UNSET)
            _f_position: Any
            if type(_v) is str:
                try:
                    _f_position = FIXED_POINT[_v]
                except KeyError:
                    _f_position = parse_fixed_point(_v, "position")

            elif _v is UNSET:
                _f_position = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginPosition", "position", "missing"
                )
            elif _v is None:
                _f_position = None
                _deviations = record_deviation(
                    _deviations, "MarginPosition", "position", "null"
                )
            else:
                _f_position = parse_fixed_point(_v, "position")

            _v = _get("entry_price", UNSET)
            _f_entry_price: Any
            if type(_v) is str:
                try:
                    _f_entry_price = FIXED_POINT[_v]
                except KeyError:
                    _f_entry_price = parse_fixed_point(_v, "entry_price")

            elif _v is UNSET:
                _f_entry_price = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginPosition", "entry_price", "missing"
                )
            elif _v is None:
                _f_entry_price = None
                _deviations = record_deviation(
                    _deviations, "MarginPosition", "entry_price", "null"
                )
            else:
                _f_entry_price = parse_fixed_point(_v, "entry_price")

            _v = _get("unrealized_pnl", UNSET)
            _f_unrealized_pnl: Any
            if type(_v) is str:
                try:
                    _f_unrealized_pnl = FIXED_POINT[_v]
                except KeyError:
                    _f_unrealized_pnl = parse_fixed_point(_v, "unrealized_pnl")

            elif _v is UNSET:
                _f_unrealized_pnl = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginPosition", "unrealized_pnl", "missing"
                )
            elif _v is None:
                _f_unrealized_pnl = None
                _deviations = record_deviation(
                    _deviations, "MarginPosition", "unrealized_pnl", "null"
                )
            else:
                _f_unrealized_pnl = parse_fixed_point(_v, "unrealized_pnl")

            _v = _get("margin_used", UNSET)
            _f_margin_used: Any
            if type(_v) is str:
                try:
                    _f_margin_used = FIXED_POINT[_v]
                except KeyError:
                    _f_margin_used = parse_fixed_point(_v, "margin_used")

            elif _v is UNSET:
                _f_margin_used = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginPosition", "margin_used", "missing"
                )
            elif _v is None:
                _f_margin_used = None
                _deviations = record_deviation(
                    _deviations, "MarginPosition", "margin_used", "null"
                )
            else:
                _f_margin_used = parse_fixed_point(_v, "margin_used")

            _v = _get("fees", UNSET)
            _f_fees: Any
            if type(_v) is str:
                try:
                    _f_fees = FIXED_POINT[_v]
                except KeyError:
                    _f_fees = parse_fixed_point(_v, "fees")

            elif _v is UNSET:
                _f_fees = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginPosition", "fees", "missing"
                )
            elif _v is None:
                _f_fees = None
                _deviations = record_deviation(
                    _deviations, "MarginPosition", "fees", "null"
                )
            else:
                _f_fees = parse_fixed_point(_v, "fees")

            _v = _get("roe", UNSET)
            _f_roe: Any
            if type(_v) is float:
                _f_roe = _v

            elif _v is UNSET:
                _f_roe = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_roe = None
                else:
                    if type(_v) is not float:
                        if type(_v) is not int or float(_v) != _v:
                            raise BadValue("roe", "number", _v)
                        _v = float(_v)
                    _f_roe = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        margin_position = _new(cls)
        margin_position.subaccount = _f_subaccount
        margin_position.market_ticker = _f_market_ticker
        margin_position.position = _f_position
        margin_position.entry_price = _f_entry_price
        margin_position.unrealized_pnl = _f_unrealized_pnl
        margin_position.margin_used = _f_margin_used
        margin_position.fees = _f_fees
        margin_position.roe = _f_roe
        if len(src_dict) + _absent > 8:
            _known: set[str] = {
                "subaccount",
                "market_ticker",
                "position",
                "entry_price",
                "unrealized_pnl",
                "margin_used",
                "fees",
                "roe",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            margin_position.additional_properties = _extra_found
        else:
            margin_position.additional_properties = {}
        margin_position._deviations = _deviations
        return margin_position

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("subaccount", "subaccount", int, True, None),
            ("market_ticker", "market_ticker", str, True, None),
            ("position", "position", str, True, None),
            ("entry_price", "entry_price", str, True, None),
            ("unrealized_pnl", "unrealized_pnl", str, True, None),
            ("margin_used", "margin_used", str, True, None),
            ("fees", "fees", str, True, None),
            ("roe", "roe", Any, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        margin_position = _new(cls)
        margin_position.subaccount = w.subaccount
        margin_position.market_ticker = w.market_ticker
        try:
            margin_position.position = FIXED_POINT[w.position]
        except KeyError:
            margin_position.position = parse_fixed_point(w.position, "position")
        try:
            margin_position.entry_price = FIXED_POINT[w.entry_price]
        except KeyError:
            margin_position.entry_price = parse_fixed_point(
                w.entry_price, "entry_price"
            )
        try:
            margin_position.unrealized_pnl = FIXED_POINT[w.unrealized_pnl]
        except KeyError:
            margin_position.unrealized_pnl = parse_fixed_point(
                w.unrealized_pnl, "unrealized_pnl"
            )
        try:
            margin_position.margin_used = FIXED_POINT[w.margin_used]
        except KeyError:
            margin_position.margin_used = parse_fixed_point(
                w.margin_used, "margin_used"
            )
        try:
            margin_position.fees = FIXED_POINT[w.fees]
        except KeyError:
            margin_position.fees = parse_fixed_point(w.fees, "fees")
        if w.roe is UNSET or w.roe is None:
            margin_position.roe = w.roe
        else:
            if w.roe is None:
                margin_position.roe = None
            else:
                if type(w.roe) is not float:
                    if type(w.roe) is not int or float(w.roe) != w.roe:
                        raise BadValue("roe", "number", w.roe)
                    w.roe = float(w.roe)
                margin_position.roe = w.roe
        margin_position.additional_properties = w._extras()
        margin_position._deviations = None
        return margin_position

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
