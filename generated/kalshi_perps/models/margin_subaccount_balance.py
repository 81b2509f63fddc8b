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
    to_dollars,
)

T = TypeVar("T", bound="MarginSubaccountBalance")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class MarginSubaccountBalance:
    """Attributes:
    subaccount (int): The subaccount number (0 for primary, 1-63 for subaccounts)
    position_value (Decimal): US dollar amount as a fixed-point decimal string with up to 6 decimal places of
        precision. This is the maximum supported precision; valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    account_equity (Decimal): US dollar amount as a fixed-point decimal string with up to 6 decimal places of
        precision. This is the maximum supported precision; valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    maintenance_margin (Decimal): US dollar amount as a fixed-point decimal string with up to 6 decimal places of
        precision. This is the maximum supported precision; valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    initial_margin (Decimal): US dollar amount as a fixed-point decimal string with up to 6 decimal places of
        precision. This is the maximum supported precision; valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    resting_orders_margin (Decimal): US dollar amount as a fixed-point decimal string with up to 6 decimal places of
        precision. This is the maximum supported precision; valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    available_balance (Decimal): US dollar amount as a fixed-point decimal string with up to 6 decimal places of
        precision. This is the maximum supported precision; valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    """

    subaccount: int

    position_value: Decimal = _attrs_field(converter=to_dollars)

    account_equity: Decimal = _attrs_field(converter=to_dollars)

    maintenance_margin: Decimal = _attrs_field(converter=to_dollars)

    initial_margin: Decimal = _attrs_field(converter=to_dollars)

    resting_orders_margin: Decimal = _attrs_field(converter=to_dollars)

    available_balance: Decimal = _attrs_field(converter=to_dollars)

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
        if isinstance(self.position_value, Unset):
            pass
        elif (
            self.position_value is None
        ):  # a null the spec does not allow, kept as received
            field_dict["position_value"] = None
        else:
            field_dict["position_value"] = fixed_point_text(
                self.position_value, "position_value", counts=False
            )
        if isinstance(self.account_equity, Unset):
            pass
        elif (
            self.account_equity is None
        ):  # a null the spec does not allow, kept as received
            field_dict["account_equity"] = None
        else:
            field_dict["account_equity"] = fixed_point_text(
                self.account_equity, "account_equity", counts=False
            )
        if isinstance(self.maintenance_margin, Unset):
            pass
        elif (
            self.maintenance_margin is None
        ):  # a null the spec does not allow, kept as received
            field_dict["maintenance_margin"] = None
        else:
            field_dict["maintenance_margin"] = fixed_point_text(
                self.maintenance_margin, "maintenance_margin", counts=False
            )
        if isinstance(self.initial_margin, Unset):
            pass
        elif (
            self.initial_margin is None
        ):  # a null the spec does not allow, kept as received
            field_dict["initial_margin"] = None
        else:
            field_dict["initial_margin"] = fixed_point_text(
                self.initial_margin, "initial_margin", counts=False
            )
        if isinstance(self.resting_orders_margin, Unset):
            pass
        elif (
            self.resting_orders_margin is None
        ):  # a null the spec does not allow, kept as received
            field_dict["resting_orders_margin"] = None
        else:
            field_dict["resting_orders_margin"] = fixed_point_text(
                self.resting_orders_margin, "resting_orders_margin", counts=False
            )
        if isinstance(self.available_balance, Unset):
            pass
        elif (
            self.available_balance is None
        ):  # a null the spec does not allow, kept as received
            field_dict["available_balance"] = None
        else:
            field_dict["available_balance"] = fixed_point_text(
                self.available_balance, "available_balance", counts=False
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
            _v = _get("subaccount", UNSET)
            _f_subaccount: Any
            if type(_v) is int:
                _f_subaccount = _v

            elif _v is UNSET:
                _f_subaccount = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginSubaccountBalance", "subaccount", "missing"
                )
            elif _v is None:
                _f_subaccount = None
                _deviations = record_deviation(
                    _deviations, "MarginSubaccountBalance", "subaccount", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("subaccount", "int", _v)
                _f_subaccount = _v

            _v = _get("position_value", UNSET)
            _f_position_value: Any
            if type(_v) is str:
                try:
                    _f_position_value = FIXED_POINT[_v]
                except KeyError:
                    _f_position_value = parse_fixed_point(_v, "position_value")

            elif _v is UNSET:
                _f_position_value = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginSubaccountBalance", "position_value", "missing"
                )
            elif _v is None:
                _f_position_value = None
                _deviations = record_deviation(
                    _deviations, "MarginSubaccountBalance", "position_value", "null"
                )
            else:
                _f_position_value = parse_fixed_point(_v, "position_value")

            _v = _get("account_equity", UNSET)
            _f_account_equity: Any
            if type(_v) is str:
                try:
                    _f_account_equity = FIXED_POINT[_v]
                except KeyError:
                    _f_account_equity = parse_fixed_point(_v, "account_equity")

            elif _v is UNSET:
                _f_account_equity = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginSubaccountBalance", "account_equity", "missing"
                )
            elif _v is None:
                _f_account_equity = None
                _deviations = record_deviation(
                    _deviations, "MarginSubaccountBalance", "account_equity", "null"
                )
            else:
                _f_account_equity = parse_fixed_point(_v, "account_equity")

            _v = _get("maintenance_margin", UNSET)
            _f_maintenance_margin: Any
            if type(_v) is str:
                try:
                    _f_maintenance_margin = FIXED_POINT[_v]
                except KeyError:
                    _f_maintenance_margin = parse_fixed_point(_v, "maintenance_margin")

            elif _v is UNSET:
                _f_maintenance_margin = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "MarginSubaccountBalance",
                    "maintenance_margin",
                    "missing",
                )
            elif _v is None:
                _f_maintenance_margin = None
                _deviations = record_deviation(
                    _deviations, "MarginSubaccountBalance", "maintenance_margin", "null"
                )
            else:
                _f_maintenance_margin = parse_fixed_point(_v, "maintenance_margin")

            _v = _get("initial_margin", UNSET)
            _f_initial_margin: Any
            if type(_v) is str:
                try:
                    _f_initial_margin = FIXED_POINT[_v]
                except KeyError:
                    _f_initial_margin = parse_fixed_point(_v, "initial_margin")

            elif _v is UNSET:
                _f_initial_margin = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginSubaccountBalance", "initial_margin", "missing"
                )
            elif _v is None:
                _f_initial_margin = None
                _deviations = record_deviation(
                    _deviations, "MarginSubaccountBalance", "initial_margin", "null"
                )
            else:
                _f_initial_margin = parse_fixed_point(_v, "initial_margin")

            _v = _get("resting_orders_margin", UNSET)
            _f_resting_orders_margin: Any
            if type(_v) is str:
                try:
                    _f_resting_orders_margin = FIXED_POINT[_v]
                except KeyError:
                    _f_resting_orders_margin = parse_fixed_point(
                        _v, "resting_orders_margin"
                    )

            elif _v is UNSET:
                _f_resting_orders_margin = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "MarginSubaccountBalance",
                    "resting_orders_margin",
                    "missing",
                )
            elif _v is None:
                _f_resting_orders_margin = None
                _deviations = record_deviation(
                    _deviations,
                    "MarginSubaccountBalance",
                    "resting_orders_margin",
                    "null",
                )
            else:
                _f_resting_orders_margin = parse_fixed_point(
                    _v, "resting_orders_margin"
                )

            _v = _get("available_balance", UNSET)
            _f_available_balance: Any
            if type(_v) is str:
                try:
                    _f_available_balance = FIXED_POINT[_v]
                except KeyError:
                    _f_available_balance = parse_fixed_point(_v, "available_balance")

            elif _v is UNSET:
                _f_available_balance = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "MarginSubaccountBalance",
                    "available_balance",
                    "missing",
                )
            elif _v is None:
                _f_available_balance = None
                _deviations = record_deviation(
                    _deviations, "MarginSubaccountBalance", "available_balance", "null"
                )
            else:
                _f_available_balance = parse_fixed_point(_v, "available_balance")

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        margin_subaccount_balance = _new(cls)
        margin_subaccount_balance.subaccount = _f_subaccount
        margin_subaccount_balance.position_value = _f_position_value
        margin_subaccount_balance.account_equity = _f_account_equity
        margin_subaccount_balance.maintenance_margin = _f_maintenance_margin
        margin_subaccount_balance.initial_margin = _f_initial_margin
        margin_subaccount_balance.resting_orders_margin = _f_resting_orders_margin
        margin_subaccount_balance.available_balance = _f_available_balance
        if len(src_dict) + _absent > 7:
            _known: set[str] = {
                "subaccount",
                "position_value",
                "account_equity",
                "maintenance_margin",
                "initial_margin",
                "resting_orders_margin",
                "available_balance",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            margin_subaccount_balance.additional_properties = _extra_found
        else:
            margin_subaccount_balance.additional_properties = {}
        margin_subaccount_balance._deviations = _deviations
        return margin_subaccount_balance

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("subaccount", "subaccount", int, True, None),
            ("position_value", "position_value", str, True, None),
            ("account_equity", "account_equity", str, True, None),
            ("maintenance_margin", "maintenance_margin", str, True, None),
            ("initial_margin", "initial_margin", str, True, None),
            ("resting_orders_margin", "resting_orders_margin", str, True, None),
            ("available_balance", "available_balance", str, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        margin_subaccount_balance = _new(cls)
        margin_subaccount_balance.subaccount = w.subaccount
        try:
            margin_subaccount_balance.position_value = FIXED_POINT[w.position_value]
        except KeyError:
            margin_subaccount_balance.position_value = parse_fixed_point(
                w.position_value, "position_value"
            )
        try:
            margin_subaccount_balance.account_equity = FIXED_POINT[w.account_equity]
        except KeyError:
            margin_subaccount_balance.account_equity = parse_fixed_point(
                w.account_equity, "account_equity"
            )
        try:
            margin_subaccount_balance.maintenance_margin = FIXED_POINT[
                w.maintenance_margin
            ]
        except KeyError:
            margin_subaccount_balance.maintenance_margin = parse_fixed_point(
                w.maintenance_margin, "maintenance_margin"
            )
        try:
            margin_subaccount_balance.initial_margin = FIXED_POINT[w.initial_margin]
        except KeyError:
            margin_subaccount_balance.initial_margin = parse_fixed_point(
                w.initial_margin, "initial_margin"
            )
        try:
            margin_subaccount_balance.resting_orders_margin = FIXED_POINT[
                w.resting_orders_margin
            ]
        except KeyError:
            margin_subaccount_balance.resting_orders_margin = parse_fixed_point(
                w.resting_orders_margin, "resting_orders_margin"
            )
        try:
            margin_subaccount_balance.available_balance = FIXED_POINT[
                w.available_balance
            ]
        except KeyError:
            margin_subaccount_balance.available_balance = parse_fixed_point(
                w.available_balance, "available_balance"
            )
        margin_subaccount_balance.additional_properties = w._extras()
        margin_subaccount_balance._deviations = None
        return margin_subaccount_balance

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
