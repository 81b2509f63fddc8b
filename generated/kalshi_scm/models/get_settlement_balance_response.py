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

T = TypeVar("T", bound="GetSettlementBalanceResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class GetSettlementBalanceResponse:
    """Attributes:
    user_id (str):
    balance_available_centicents (int): Settlement buffer balance.
    locked_balance_centicents (int | Unset): Locked settlement balance (e.g. pending withdrawals).
    """

    user_id: str

    balance_available_centicents: int

    locked_balance_centicents: int | Unset = UNSET

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
        if isinstance(self.user_id, Unset):
            pass
        elif self.user_id is None:  # a null the spec does not allow, kept as received
            field_dict["user_id"] = None
        else:
            field_dict["user_id"] = self.user_id
        if isinstance(self.balance_available_centicents, Unset):
            pass
        elif (
            self.balance_available_centicents is None
        ):  # a null the spec does not allow, kept as received
            field_dict["balance_available_centicents"] = None
        else:
            field_dict["balance_available_centicents"] = (
                self.balance_available_centicents
            )
        if isinstance(self.locked_balance_centicents, Unset):
            pass
        elif (
            self.locked_balance_centicents is None
        ):  # a null the spec does not allow, kept as received
            field_dict["locked_balance_centicents"] = None
        else:
            field_dict["locked_balance_centicents"] = self.locked_balance_centicents
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
            _v = _get("user_id", UNSET)
            _f_user_id: Any
            if type(_v) is str:
                _f_user_id = _v

            elif _v is UNSET:
                _f_user_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "GetSettlementBalanceResponse", "user_id", "missing"
                )
            elif _v is None:
                _f_user_id = None
                _deviations = record_deviation(
                    _deviations, "GetSettlementBalanceResponse", "user_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("user_id", "str", _v)
                _f_user_id = _v

            _v = _get("balance_available_centicents", UNSET)
            _f_balance_available_centicents: Any
            if type(_v) is int:
                _f_balance_available_centicents = _v

            elif _v is UNSET:
                _f_balance_available_centicents = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "GetSettlementBalanceResponse",
                    "balance_available_centicents",
                    "missing",
                )
            elif _v is None:
                _f_balance_available_centicents = None
                _deviations = record_deviation(
                    _deviations,
                    "GetSettlementBalanceResponse",
                    "balance_available_centicents",
                    "null",
                )
            else:
                if type(_v) is not int:
                    raise BadValue("balance_available_centicents", "int", _v)
                _f_balance_available_centicents = _v

            _v = _get("locked_balance_centicents", UNSET)
            _f_locked_balance_centicents: Any
            if type(_v) is int:
                _f_locked_balance_centicents = _v

            elif _v is UNSET:
                _f_locked_balance_centicents = UNSET
                _absent += 1
            elif _v is None:
                _f_locked_balance_centicents = None
                _deviations = record_deviation(
                    _deviations,
                    "GetSettlementBalanceResponse",
                    "locked_balance_centicents",
                    "null",
                )
            else:
                if type(_v) is not int:
                    raise BadValue("locked_balance_centicents", "int", _v)
                _f_locked_balance_centicents = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        get_settlement_balance_response = _new(cls)
        get_settlement_balance_response.user_id = _f_user_id
        get_settlement_balance_response.balance_available_centicents = (
            _f_balance_available_centicents
        )
        get_settlement_balance_response.locked_balance_centicents = (
            _f_locked_balance_centicents
        )
        if len(src_dict) + _absent > 3:
            _known: set[str] = {
                "user_id",
                "balance_available_centicents",
                "locked_balance_centicents",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            get_settlement_balance_response.additional_properties = _extra_found
        else:
            get_settlement_balance_response.additional_properties = {}
        get_settlement_balance_response._deviations = _deviations
        return get_settlement_balance_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("user_id", "user_id", str, True, None),
            (
                "balance_available_centicents",
                "balance_available_centicents",
                int,
                True,
                None,
            ),
            (
                "locked_balance_centicents",
                "locked_balance_centicents",
                int,
                False,
                None,
            ),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        get_settlement_balance_response = _new(cls)
        get_settlement_balance_response.user_id = w.user_id
        get_settlement_balance_response.balance_available_centicents = (
            w.balance_available_centicents
        )
        get_settlement_balance_response.locked_balance_centicents = (
            w.locked_balance_centicents
        )
        get_settlement_balance_response.additional_properties = w._extras()
        get_settlement_balance_response._deviations = None
        return get_settlement_balance_response

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
