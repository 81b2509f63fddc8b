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
    to_count_or_none_or_unset,
)

T = TypeVar("T", bound="CreateOrderGroupRequest")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class CreateOrderGroupRequest:
    """Attributes:
    subaccount (int | Unset): Optional subaccount number to use for this order group (0 for primary, 1-63 for
        subaccounts). Subaccount-restricted API keys must omit this field or pass their locked subaccount.
    contracts_limit (int | Unset): Specifies the maximum number of contracts that can be matched within this group
        over a rolling 15-second window. Whole contracts only. Provide contracts_limit or contracts_limit_fp; if both
        provided they must match.
    contracts_limit_fp (None | Decimal | Unset): String representation of the maximum number of contracts that can
        be matched within this group over a rolling 15-second window. Provide contracts_limit or contracts_limit_fp; if
        both provided they must match.
    exchange_index (int | Unset): Identifier for an exchange shard. Default: 0.
    """

    subaccount: int | Unset = UNSET

    contracts_limit: int | Unset = UNSET

    contracts_limit_fp: None | Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_count_or_none_or_unset
    )

    exchange_index: int | Unset = 0

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
        if isinstance(self.contracts_limit, Unset):
            pass
        elif (
            self.contracts_limit is None
        ):  # a null the spec does not allow, kept as received
            field_dict["contracts_limit"] = None
        else:
            field_dict["contracts_limit"] = self.contracts_limit
        if isinstance(self.contracts_limit_fp, Unset):
            pass
        else:
            field_dict["contracts_limit_fp"] = (
                None
                if self.contracts_limit_fp is None
                else fixed_point_text(
                    self.contracts_limit_fp, "contracts_limit_fp", counts=True
                )
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
            _v = _get("subaccount", UNSET)
            _f_subaccount: Any
            if type(_v) is int:
                _f_subaccount = _v

            elif _v is UNSET:
                _f_subaccount = UNSET
                _absent += 1
            elif _v is None:
                _f_subaccount = None
                _deviations = record_deviation(
                    _deviations, "CreateOrderGroupRequest", "subaccount", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("subaccount", "int", _v)
                _f_subaccount = _v

            _v = _get("contracts_limit", UNSET)
            _f_contracts_limit: Any
            if type(_v) is int:
                _f_contracts_limit = _v

            elif _v is UNSET:
                _f_contracts_limit = UNSET
                _absent += 1
            elif _v is None:
                _f_contracts_limit = None
                _deviations = record_deviation(
                    _deviations, "CreateOrderGroupRequest", "contracts_limit", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("contracts_limit", "int", _v)
                _f_contracts_limit = _v

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
            else:
                if _v is None:
                    _f_contracts_limit_fp = None
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
                    _deviations, "CreateOrderGroupRequest", "exchange_index", "null"
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
        create_order_group_request = _new(cls)
        create_order_group_request.subaccount = _f_subaccount
        create_order_group_request.contracts_limit = _f_contracts_limit
        create_order_group_request.contracts_limit_fp = _f_contracts_limit_fp
        create_order_group_request.exchange_index = _f_exchange_index
        if len(src_dict) + _absent > 4:
            _known: set[str] = {
                "subaccount",
                "contracts_limit",
                "contracts_limit_fp",
                "exchange_index",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            create_order_group_request.additional_properties = _extra_found
        else:
            create_order_group_request.additional_properties = {}
        create_order_group_request._deviations = _deviations
        return create_order_group_request

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("subaccount", "subaccount", int, False, None),
            ("contracts_limit", "contracts_limit", int, False, None),
            ("contracts_limit_fp", "contracts_limit_fp", str | None, False, None),
            ("exchange_index", "exchange_index", int, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        create_order_group_request = _new(cls)
        create_order_group_request.subaccount = w.subaccount
        create_order_group_request.contracts_limit = w.contracts_limit
        if w.contracts_limit_fp is UNSET or w.contracts_limit_fp is None:
            create_order_group_request.contracts_limit_fp = w.contracts_limit_fp
        else:
            try:
                create_order_group_request.contracts_limit_fp = FIXED_POINT[
                    w.contracts_limit_fp
                ]
            except KeyError:
                create_order_group_request.contracts_limit_fp = parse_fixed_point(
                    w.contracts_limit_fp, "contracts_limit_fp"
                )
        create_order_group_request.exchange_index = w.exchange_index
        create_order_group_request.additional_properties = w._extras()
        create_order_group_request._deviations = None
        return create_order_group_request

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
