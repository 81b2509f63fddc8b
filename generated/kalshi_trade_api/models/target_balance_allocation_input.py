from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..types import (
    UNSET,
    BadValue,
    Unset,
    _new,
    learn_extras,
    model_repr,
    record_deviation,
)

T = TypeVar("T", bound="TargetBalanceAllocationInput")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class TargetBalanceAllocationInput:
    """Attributes:
    exchange_index (int): Exchange index that receives this percentage of sweepable balance
    percent (int): Target percentage of sweepable balance for the exchange index
    """

    exchange_index: int

    percent: int

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
        if isinstance(self.percent, Unset):
            pass
        elif self.percent is None:  # a null the spec does not allow, kept as received
            field_dict["percent"] = None
        else:
            field_dict["percent"] = self.percent
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
                    _deviations,
                    "TargetBalanceAllocationInput",
                    "exchange_index",
                    "missing",
                )
            elif _v is None:
                _f_exchange_index = None
                _deviations = record_deviation(
                    _deviations,
                    "TargetBalanceAllocationInput",
                    "exchange_index",
                    "null",
                )
            else:
                if type(_v) is not int:
                    raise BadValue("exchange_index", "int", _v)
                _f_exchange_index = _v

            _v = _get("percent", UNSET)
            _f_percent: Any
            if type(_v) is int:
                _f_percent = _v

            elif _v is UNSET:
                _f_percent = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "TargetBalanceAllocationInput", "percent", "missing"
                )
            elif _v is None:
                _f_percent = None
                _deviations = record_deviation(
                    _deviations, "TargetBalanceAllocationInput", "percent", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("percent", "int", _v)
                _f_percent = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        target_balance_allocation_input = _new(cls)
        target_balance_allocation_input.exchange_index = _f_exchange_index
        target_balance_allocation_input.percent = _f_percent
        if len(src_dict) + _absent > 2:
            _known: set[str] = {"exchange_index", "percent"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            target_balance_allocation_input.additional_properties = _extra_found
        else:
            target_balance_allocation_input.additional_properties = {}
        target_balance_allocation_input._deviations = _deviations
        return target_balance_allocation_input

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("exchange_index", "exchange_index", int, True, None),
            ("percent", "percent", int, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        target_balance_allocation_input = _new(cls)
        target_balance_allocation_input.exchange_index = w.exchange_index
        target_balance_allocation_input.percent = w.percent
        target_balance_allocation_input.additional_properties = w._extras()
        target_balance_allocation_input._deviations = None
        return target_balance_allocation_input

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
