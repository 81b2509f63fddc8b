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
    to_count_or_unset,
)

T = TypeVar("T", bound="OrderGroup")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class OrderGroup:
    """Attributes:
    id (str): Unique identifier for the order group
    is_auto_cancel_enabled (bool): Whether auto-cancel is enabled for this order group
    contracts_limit_fp (Decimal | Unset): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to
        as \"fp\" in field names). Requests accept 0–2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit
        2 decimals. Fractional contract values (e.g., \"2.50\") are supported on markets with fractional trading enabled;
        the minimum granularity is 0.01 contracts. Integer contract count fields are legacy and will be deprecated; when
        both integer and fp fields are provided, they must match. Example: 10.00.
    exchange_index (int | Unset): Identifier for an exchange shard. Defaults to 0 if unspecified. Note: currently
        only 0 supported.
    """

    id: str

    is_auto_cancel_enabled: bool

    contracts_limit_fp: Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_count_or_unset
    )

    exchange_index: int | Unset = UNSET

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
        if isinstance(self.id, Unset):
            pass
        elif self.id is None:  # a null the spec does not allow, kept as received
            field_dict["id"] = None
        else:
            field_dict["id"] = self.id
        if isinstance(self.is_auto_cancel_enabled, Unset):
            pass
        elif (
            self.is_auto_cancel_enabled is None
        ):  # a null the spec does not allow, kept as received
            field_dict["is_auto_cancel_enabled"] = None
        else:
            field_dict["is_auto_cancel_enabled"] = self.is_auto_cancel_enabled
        if isinstance(self.contracts_limit_fp, Unset):
            pass
        elif (
            self.contracts_limit_fp is None
        ):  # a null the spec does not allow, kept as received
            field_dict["contracts_limit_fp"] = None
        else:
            field_dict["contracts_limit_fp"] = fixed_point_text(
                self.contracts_limit_fp, "contracts_limit_fp", counts=True
            )
        if isinstance(self.exchange_index, Unset):
            pass
        elif (
            self.exchange_index is None
        ):  # a null the spec does not allow, kept as received
            field_dict["exchange_index"] = None
        else:
            field_dict["exchange_index"] = self.exchange_index
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
            _v = _get("id", UNSET)
            _f_id: Any
            if type(_v) is str:
                _f_id = _v

            elif _v is UNSET:
                _f_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "OrderGroup", "id", "missing"
                )
            elif _v is None:
                _f_id = None
                _deviations = record_deviation(_deviations, "OrderGroup", "id", "null")
            else:
                if type(_v) is not str:
                    raise BadValue("id", "str", _v)
                _f_id = _v

            _v = _get("is_auto_cancel_enabled", UNSET)
            _f_is_auto_cancel_enabled: Any
            if type(_v) is bool:
                _f_is_auto_cancel_enabled = _v

            elif _v is UNSET:
                _f_is_auto_cancel_enabled = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "OrderGroup", "is_auto_cancel_enabled", "missing"
                )
            elif _v is None:
                _f_is_auto_cancel_enabled = None
                _deviations = record_deviation(
                    _deviations, "OrderGroup", "is_auto_cancel_enabled", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("is_auto_cancel_enabled", "bool", _v)
                _f_is_auto_cancel_enabled = _v

            _v = _get("contracts_limit_fp", UNSET)
            _f_contracts_limit_fp: Any
            if type(_v) is str:
                try:
                    _f_contracts_limit_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_contracts_limit_fp = parse_fixed_point(_v, "contracts_limit_fp")

            elif _v is UNSET:
                _f_contracts_limit_fp = UNSET
                _absent += 1
            elif _v is None:
                _f_contracts_limit_fp = None
                _deviations = record_deviation(
                    _deviations, "OrderGroup", "contracts_limit_fp", "null"
                )
            else:
                _f_contracts_limit_fp = parse_fixed_point(_v, "contracts_limit_fp")

            _v = _get("exchange_index", UNSET)
            _f_exchange_index: Any
            if type(_v) is int:
                _f_exchange_index = _v

            elif _v is UNSET:
                _f_exchange_index = UNSET
                _absent += 1
            elif _v is None:
                _f_exchange_index = None
                _deviations = record_deviation(
                    _deviations, "OrderGroup", "exchange_index", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("exchange_index", "int", _v)
                _f_exchange_index = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        order_group = _new(cls)
        order_group.id = _f_id
        order_group.is_auto_cancel_enabled = _f_is_auto_cancel_enabled
        order_group.contracts_limit_fp = _f_contracts_limit_fp
        order_group.exchange_index = _f_exchange_index
        if len(src_dict) + _absent > 4:
            _known: set[str] = {
                "id",
                "is_auto_cancel_enabled",
                "contracts_limit_fp",
                "exchange_index",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            order_group.additional_properties = _extra_found
        else:
            order_group.additional_properties = {}
        order_group._deviations = _deviations
        return order_group

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("id", "id", str, True, None),
            ("is_auto_cancel_enabled", "is_auto_cancel_enabled", bool, True, None),
            ("contracts_limit_fp", "contracts_limit_fp", str, False, None),
            ("exchange_index", "exchange_index", int, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        order_group = _new(cls)
        order_group.id = w.id
        order_group.is_auto_cancel_enabled = w.is_auto_cancel_enabled
        if w.contracts_limit_fp is UNSET:
            order_group.contracts_limit_fp = w.contracts_limit_fp
        else:
            try:
                order_group.contracts_limit_fp = FIXED_POINT[w.contracts_limit_fp]
            except KeyError:
                order_group.contracts_limit_fp = parse_fixed_point(
                    w.contracts_limit_fp, "contracts_limit_fp"
                )
        order_group.exchange_index = w.exchange_index
        order_group.additional_properties = w._extras()
        order_group._deviations = None
        return order_group

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
