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

T = TypeVar("T", bound="WithdrawSettlementBalanceResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class WithdrawSettlementBalanceResponse:
    """Attributes:
    id (str): ID of the withdrawal. The withdrawal is processed asynchronously.
    """

    id: str

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
                    _deviations, "WithdrawSettlementBalanceResponse", "id", "missing"
                )
            elif _v is None:
                _f_id = None
                _deviations = record_deviation(
                    _deviations, "WithdrawSettlementBalanceResponse", "id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("id", "str", _v)
                _f_id = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        withdraw_settlement_balance_response = _new(cls)
        withdraw_settlement_balance_response.id = _f_id
        if len(src_dict) + _absent > 1:
            _known: set[str] = {"id"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            withdraw_settlement_balance_response.additional_properties = _extra_found
        else:
            withdraw_settlement_balance_response.additional_properties = {}
        withdraw_settlement_balance_response._deviations = _deviations
        return withdraw_settlement_balance_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("id", "id", str, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        withdraw_settlement_balance_response = _new(cls)
        withdraw_settlement_balance_response.id = w.id
        withdraw_settlement_balance_response.additional_properties = w._extras()
        withdraw_settlement_balance_response._deviations = None
        return withdraw_settlement_balance_response

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
