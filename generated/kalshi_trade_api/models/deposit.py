from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.deposit_status import (
    DEPOSIT_STATUS_VALUES,
    DepositStatus,
    check_deposit_status,
)
from ..models.deposit_type import DEPOSIT_TYPE_VALUES, DepositType, check_deposit_type
from ..types import (
    UNSET,
    BadValue,
    Unset,
    _new,
    learn_extras,
    model_repr,
    record_deviation,
)

T = TypeVar("T", bound="Deposit")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class Deposit:
    """Attributes:
    id (str): Unique identifier for the deposit.
    status (DepositStatus): Current status of the deposit. 'applied' means funds are reflected in balance.
    type_ (DepositType): Payment method used for the deposit.
    amount_cents (int): Deposit amount in cents.
    fee_cents (int): Fee charged for the deposit in cents.
    created_ts (int): Unix timestamp of when the deposit was created.
    finalized_ts (int | None | Unset): Unix timestamp of when the deposit was finalized (applied, failed, or
        returned).
    """

    id: str

    status: DepositStatus

    type_: DepositType

    amount_cents: int

    fee_cents: int

    created_ts: int

    finalized_ts: int | None | Unset = UNSET

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
        if isinstance(self.status, Unset):
            pass
        elif self.status is None:  # a null the spec does not allow, kept as received
            field_dict["status"] = None
        else:
            _status: str = check_deposit_status(self.status, "status")
            field_dict["status"] = _status
        if isinstance(self.type_, Unset):
            pass
        elif self.type_ is None:  # a null the spec does not allow, kept as received
            field_dict["type"] = None
        else:
            _type_: str = check_deposit_type(self.type_, "type")
            field_dict["type"] = _type_
        if isinstance(self.amount_cents, Unset):
            pass
        elif (
            self.amount_cents is None
        ):  # a null the spec does not allow, kept as received
            field_dict["amount_cents"] = None
        else:
            field_dict["amount_cents"] = self.amount_cents
        if isinstance(self.fee_cents, Unset):
            pass
        elif self.fee_cents is None:  # a null the spec does not allow, kept as received
            field_dict["fee_cents"] = None
        else:
            field_dict["fee_cents"] = self.fee_cents
        if isinstance(self.created_ts, Unset):
            pass
        elif (
            self.created_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["created_ts"] = None
        else:
            field_dict["created_ts"] = self.created_ts
        if isinstance(self.finalized_ts, Unset):
            pass
        else:
            _finalized_ts: int | None | Unset
            if isinstance(self.finalized_ts, Unset):
                _finalized_ts = UNSET
            else:
                _finalized_ts = self.finalized_ts
            field_dict["finalized_ts"] = _finalized_ts
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
                _deviations = record_deviation(_deviations, "Deposit", "id", "missing")
            elif _v is None:
                _f_id = None
                _deviations = record_deviation(_deviations, "Deposit", "id", "null")
            else:
                if type(_v) is not str:
                    raise BadValue("id", "str", _v)
                _f_id = _v

            _v = _get("status", UNSET)
            _f_status: Any
            if type(_v) is str and _v in DEPOSIT_STATUS_VALUES:
                _f_status = _v

            elif _v is UNSET:
                _f_status = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Deposit", "status", "missing"
                )
            elif _v is None:
                _f_status = None
                _deviations = record_deviation(_deviations, "Deposit", "status", "null")
            else:
                _f_status = check_deposit_status(_v, "status", received=True)

            _v = _get("type", UNSET)
            _f_type_: Any
            if type(_v) is str and _v in DEPOSIT_TYPE_VALUES:
                _f_type_ = _v

            elif _v is UNSET:
                _f_type_ = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Deposit", "type", "missing"
                )
            elif _v is None:
                _f_type_ = None
                _deviations = record_deviation(_deviations, "Deposit", "type", "null")
            else:
                _f_type_ = check_deposit_type(_v, "type", received=True)

            _v = _get("amount_cents", UNSET)
            _f_amount_cents: Any
            if type(_v) is int:
                _f_amount_cents = _v

            elif _v is UNSET:
                _f_amount_cents = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Deposit", "amount_cents", "missing"
                )
            elif _v is None:
                _f_amount_cents = None
                _deviations = record_deviation(
                    _deviations, "Deposit", "amount_cents", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("amount_cents", "int", _v)
                _f_amount_cents = _v

            _v = _get("fee_cents", UNSET)
            _f_fee_cents: Any
            if type(_v) is int:
                _f_fee_cents = _v

            elif _v is UNSET:
                _f_fee_cents = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Deposit", "fee_cents", "missing"
                )
            elif _v is None:
                _f_fee_cents = None
                _deviations = record_deviation(
                    _deviations, "Deposit", "fee_cents", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("fee_cents", "int", _v)
                _f_fee_cents = _v

            _v = _get("created_ts", UNSET)
            _f_created_ts: Any
            if type(_v) is int:
                _f_created_ts = _v

            elif _v is UNSET:
                _f_created_ts = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Deposit", "created_ts", "missing"
                )
            elif _v is None:
                _f_created_ts = None
                _deviations = record_deviation(
                    _deviations, "Deposit", "created_ts", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("created_ts", "int", _v)
                _f_created_ts = _v

            _v = _get("finalized_ts", UNSET)
            _f_finalized_ts: Any
            if type(_v) is int:
                _f_finalized_ts = _v

            elif _v is UNSET:
                _f_finalized_ts = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_finalized_ts = None
                else:
                    if type(_v) is not int:
                        raise BadValue("finalized_ts", "int", _v)
                    _f_finalized_ts = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        deposit = _new(cls)
        deposit.id = _f_id
        deposit.status = _f_status
        deposit.type_ = _f_type_
        deposit.amount_cents = _f_amount_cents
        deposit.fee_cents = _f_fee_cents
        deposit.created_ts = _f_created_ts
        deposit.finalized_ts = _f_finalized_ts
        if len(src_dict) + _absent > 7:
            _known: set[str] = {
                "id",
                "status",
                "type",
                "amount_cents",
                "fee_cents",
                "created_ts",
                "finalized_ts",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            deposit.additional_properties = _extra_found
        else:
            deposit.additional_properties = {}
        deposit._deviations = _deviations
        return deposit

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("id", "id", str, True, None),
            ("status", "status", str, True, None),
            ("type_", "type", str, True, None),
            ("amount_cents", "amount_cents", int, True, None),
            ("fee_cents", "fee_cents", int, True, None),
            ("created_ts", "created_ts", int, True, None),
            ("finalized_ts", "finalized_ts", int | None, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        deposit = _new(cls)
        deposit.id = w.id
        deposit.status = (
            w.status
            if w.status in DEPOSIT_STATUS_VALUES
            else check_deposit_status(w.status, "status", received=True)
        )
        deposit.type_ = (
            w.type_
            if w.type_ in DEPOSIT_TYPE_VALUES
            else check_deposit_type(w.type_, "type", received=True)
        )
        deposit.amount_cents = w.amount_cents
        deposit.fee_cents = w.fee_cents
        deposit.created_ts = w.created_ts
        deposit.finalized_ts = w.finalized_ts
        deposit.additional_properties = w._extras()
        deposit._deviations = None
        return deposit

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
