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

T = TypeVar("T", bound="IndexedBalance")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class IndexedBalance:
    """Attributes:
    exchange_index (int): Identifier for an exchange shard.
    balance (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g., \"0.56\",
        \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by that market's
        price level structure. Example: 0.5600.
    """

    exchange_index: int

    balance: Decimal = _attrs_field(converter=to_dollars)

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
            _v = _get("exchange_index", UNSET)
            _f_exchange_index: Any
            if type(_v) is int:
                _f_exchange_index = _v

            elif _v is UNSET:
                _f_exchange_index = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "IndexedBalance", "exchange_index", "missing"
                )
            elif _v is None:
                _f_exchange_index = None
                _deviations = record_deviation(
                    _deviations, "IndexedBalance", "exchange_index", "null"
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
                    _deviations, "IndexedBalance", "balance", "missing"
                )
            elif _v is None:
                _f_balance = None
                _deviations = record_deviation(
                    _deviations, "IndexedBalance", "balance", "null"
                )
            else:
                _f_balance = parse_fixed_point(_v, "balance")

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        indexed_balance = _new(cls)
        indexed_balance.exchange_index = _f_exchange_index
        indexed_balance.balance = _f_balance
        if len(src_dict) + _absent > 2:
            _known: set[str] = {"exchange_index", "balance"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            indexed_balance.additional_properties = _extra_found
        else:
            indexed_balance.additional_properties = {}
        indexed_balance._deviations = _deviations
        return indexed_balance

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("exchange_index", "exchange_index", int, True, None),
            ("balance", "balance", str, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        indexed_balance = _new(cls)
        indexed_balance.exchange_index = w.exchange_index
        try:
            indexed_balance.balance = FIXED_POINT[w.balance]
        except KeyError:
            indexed_balance.balance = parse_fixed_point(w.balance, "balance")
        indexed_balance.additional_properties = w._extras()
        indexed_balance._deviations = None
        return indexed_balance

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
