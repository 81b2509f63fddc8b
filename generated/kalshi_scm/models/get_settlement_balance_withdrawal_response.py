from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.get_settlement_balance_withdrawal_response_status import (
    GET_SETTLEMENT_BALANCE_WITHDRAWAL_RESPONSE_STATUS_VALUES,
    GetSettlementBalanceWithdrawalResponseStatus,
    check_get_settlement_balance_withdrawal_response_status,
)
from ..types import (
    UNSET,
    BadValue,
    Unset,
    _new,
    fromisoformat,
    learn_extras,
    model_repr,
    parse_datetime,
    record_deviation,
)

T = TypeVar("T", bound="GetSettlementBalanceWithdrawalResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class GetSettlementBalanceWithdrawalResponse:
    """Attributes:
    id (str):
    amount (str): Withdrawal amount in USD as a fixed-point string (e.g. \"500.00\").
    status (GetSettlementBalanceWithdrawalResponseStatus):
    created_ts (datetime.datetime):
    """

    id: str

    amount: str

    status: GetSettlementBalanceWithdrawalResponseStatus

    created_ts: datetime.datetime

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
        if isinstance(self.amount, Unset):
            pass
        elif self.amount is None:  # a null the spec does not allow, kept as received
            field_dict["amount"] = None
        else:
            field_dict["amount"] = self.amount
        if isinstance(self.status, Unset):
            pass
        elif self.status is None:  # a null the spec does not allow, kept as received
            field_dict["status"] = None
        else:
            _status: str = check_get_settlement_balance_withdrawal_response_status(
                self.status, "status"
            )
            field_dict["status"] = _status
        if isinstance(self.created_ts, Unset):
            pass
        elif (
            self.created_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["created_ts"] = None
        else:
            _created_ts = self.created_ts.isoformat()
            field_dict["created_ts"] = _created_ts
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
                    _deviations,
                    "GetSettlementBalanceWithdrawalResponse",
                    "id",
                    "missing",
                )
            elif _v is None:
                _f_id = None
                _deviations = record_deviation(
                    _deviations, "GetSettlementBalanceWithdrawalResponse", "id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("id", "str", _v)
                _f_id = _v

            _v = _get("amount", UNSET)
            _f_amount: Any
            if type(_v) is str:
                _f_amount = _v

            elif _v is UNSET:
                _f_amount = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "GetSettlementBalanceWithdrawalResponse",
                    "amount",
                    "missing",
                )
            elif _v is None:
                _f_amount = None
                _deviations = record_deviation(
                    _deviations,
                    "GetSettlementBalanceWithdrawalResponse",
                    "amount",
                    "null",
                )
            else:
                if type(_v) is not str:
                    raise BadValue("amount", "str", _v)
                _f_amount = _v

            _v = _get("status", UNSET)
            _f_status: Any
            if (
                type(_v) is str
                and _v in GET_SETTLEMENT_BALANCE_WITHDRAWAL_RESPONSE_STATUS_VALUES
            ):
                _f_status = _v

            elif _v is UNSET:
                _f_status = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "GetSettlementBalanceWithdrawalResponse",
                    "status",
                    "missing",
                )
            elif _v is None:
                _f_status = None
                _deviations = record_deviation(
                    _deviations,
                    "GetSettlementBalanceWithdrawalResponse",
                    "status",
                    "null",
                )
            else:
                _f_status = check_get_settlement_balance_withdrawal_response_status(
                    _v, "status", received=True
                )

            _v = _get("created_ts", UNSET)
            _f_created_ts: Any
            if type(_v) is str:
                try:
                    _f_created_ts = fromisoformat(_v)
                except ValueError:
                    _f_created_ts = parse_datetime(_v, "created_ts")

            elif _v is UNSET:
                _f_created_ts = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "GetSettlementBalanceWithdrawalResponse",
                    "created_ts",
                    "missing",
                )
            elif _v is None:
                _f_created_ts = None
                _deviations = record_deviation(
                    _deviations,
                    "GetSettlementBalanceWithdrawalResponse",
                    "created_ts",
                    "null",
                )
            else:
                _f_created_ts = parse_datetime(_v, "created_ts")

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        get_settlement_balance_withdrawal_response = _new(cls)
        get_settlement_balance_withdrawal_response.id = _f_id
        get_settlement_balance_withdrawal_response.amount = _f_amount
        get_settlement_balance_withdrawal_response.status = _f_status
        get_settlement_balance_withdrawal_response.created_ts = _f_created_ts
        if len(src_dict) + _absent > 4:
            _known: set[str] = {"id", "amount", "status", "created_ts"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            get_settlement_balance_withdrawal_response.additional_properties = (
                _extra_found
            )
        else:
            get_settlement_balance_withdrawal_response.additional_properties = {}
        get_settlement_balance_withdrawal_response._deviations = _deviations
        return get_settlement_balance_withdrawal_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("id", "id", str, True, None),
            ("amount", "amount", str, True, None),
            ("status", "status", str, True, None),
            ("created_ts", "created_ts", str, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        get_settlement_balance_withdrawal_response = _new(cls)
        get_settlement_balance_withdrawal_response.id = w.id
        get_settlement_balance_withdrawal_response.amount = w.amount
        get_settlement_balance_withdrawal_response.status = (
            w.status
            if w.status in GET_SETTLEMENT_BALANCE_WITHDRAWAL_RESPONSE_STATUS_VALUES
            else check_get_settlement_balance_withdrawal_response_status(
                w.status, "status", received=True
            )
        )
        get_settlement_balance_withdrawal_response.created_ts = fromisoformat(
            w.created_ts
        )
        get_settlement_balance_withdrawal_response.additional_properties = w._extras()
        get_settlement_balance_withdrawal_response._deviations = None
        return get_settlement_balance_withdrawal_response

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
