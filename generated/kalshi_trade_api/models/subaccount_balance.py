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

T = TypeVar("T", bound="SubaccountBalance")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class SubaccountBalance:
    """Attributes:
    subaccount_number (int): Subaccount number (0 for primary, 1-63 for subaccounts).
    exchange_index (int): Exchange index the balance is held on.
    balance (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g., \"0.56\",
        \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by that market's
        price level structure. Example: 0.5600.
    updated_ts (int): Unix timestamp of last balance update.
    """

    subaccount_number: int

    exchange_index: int

    balance: Decimal = _attrs_field(converter=to_dollars)

    updated_ts: int

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
        if isinstance(self.subaccount_number, Unset):
            pass
        elif (
            self.subaccount_number is None
        ):  # a null the spec does not allow, kept as received
            field_dict["subaccount_number"] = None
        else:
            field_dict["subaccount_number"] = self.subaccount_number
        if isinstance(self.exchange_index, Unset):
            pass
        elif (
            self.exchange_index is None
        ):  # a null the spec does not allow, kept as received
            field_dict["exchange_index"] = None
        else:
            field_dict["exchange_index"] = self.exchange_index
        if isinstance(self.balance, Unset):
            pass
        elif self.balance is None:  # a null the spec does not allow, kept as received
            field_dict["balance"] = None
        else:
            field_dict["balance"] = fixed_point_text(
                self.balance, "balance", counts=False
            )
        if isinstance(self.updated_ts, Unset):
            pass
        elif (
            self.updated_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["updated_ts"] = None
        else:
            field_dict["updated_ts"] = self.updated_ts
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
            _v = _get("subaccount_number", UNSET)
            _f_subaccount_number: Any
            if type(_v) is int:
                _f_subaccount_number = _v

            elif _v is UNSET:
                _f_subaccount_number = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "SubaccountBalance", "subaccount_number", "missing"
                )
            elif _v is None:
                _f_subaccount_number = None
                _deviations = record_deviation(
                    _deviations, "SubaccountBalance", "subaccount_number", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("subaccount_number", "int", _v)
                _f_subaccount_number = _v

            _v = _get("exchange_index", UNSET)
            _f_exchange_index: Any
            if type(_v) is int:
                _f_exchange_index = _v

            elif _v is UNSET:
                _f_exchange_index = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "SubaccountBalance", "exchange_index", "missing"
                )
            elif _v is None:
                _f_exchange_index = None
                _deviations = record_deviation(
                    _deviations, "SubaccountBalance", "exchange_index", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("exchange_index", "int", _v)
                _f_exchange_index = _v

            _v = _get("balance", UNSET)
            _f_balance: Any
            if type(_v) is str:
                try:
                    _f_balance = FIXED_POINT[_v]
                except KeyError:
                    _f_balance = parse_fixed_point(_v, "balance")

            elif _v is UNSET:
                _f_balance = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "SubaccountBalance", "balance", "missing"
                )
            elif _v is None:
                _f_balance = None
                _deviations = record_deviation(
                    _deviations, "SubaccountBalance", "balance", "null"
                )
            else:
                _f_balance = parse_fixed_point(_v, "balance")

            _v = _get("updated_ts", UNSET)
            _f_updated_ts: Any
            if type(_v) is int:
                _f_updated_ts = _v

            elif _v is UNSET:
                _f_updated_ts = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "SubaccountBalance", "updated_ts", "missing"
                )
            elif _v is None:
                _f_updated_ts = None
                _deviations = record_deviation(
                    _deviations, "SubaccountBalance", "updated_ts", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("updated_ts", "int", _v)
                _f_updated_ts = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        subaccount_balance = _new(cls)
        subaccount_balance.subaccount_number = _f_subaccount_number
        subaccount_balance.exchange_index = _f_exchange_index
        subaccount_balance.balance = _f_balance
        subaccount_balance.updated_ts = _f_updated_ts
        if len(src_dict) + _absent > 4:
            _known: set[str] = {
                "subaccount_number",
                "exchange_index",
                "balance",
                "updated_ts",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            subaccount_balance.additional_properties = _extra_found
        else:
            subaccount_balance.additional_properties = {}
        subaccount_balance._deviations = _deviations
        return subaccount_balance

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("subaccount_number", "subaccount_number", int, True, None),
            ("exchange_index", "exchange_index", int, True, None),
            ("balance", "balance", str, True, None),
            ("updated_ts", "updated_ts", int, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        subaccount_balance = _new(cls)
        subaccount_balance.subaccount_number = w.subaccount_number
        subaccount_balance.exchange_index = w.exchange_index
        try:
            subaccount_balance.balance = FIXED_POINT[w.balance]
        except KeyError:
            subaccount_balance.balance = parse_fixed_point(w.balance, "balance")
        subaccount_balance.updated_ts = w.updated_ts
        subaccount_balance.additional_properties = w._extras()
        subaccount_balance._deviations = None
        return subaccount_balance

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
