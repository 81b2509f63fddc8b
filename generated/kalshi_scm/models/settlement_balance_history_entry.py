from __future__ import annotations

import datetime
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
    fromisoformat,
    learn_extras,
    model_repr,
    parse_datetime,
    record_deviation,
)

T = TypeVar("T", bound="SettlementBalanceHistoryEntry")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class SettlementBalanceHistoryEntry:
    """Attributes:
    balance_delta_centicents (int): Change to the settlement buffer balance.
    locked_balance_delta_centicents (int): Change to the locked settlement balance. Funds are locked during pending
        withdrawals.
    reason (str): Reason for the balance change.
    business_transaction_id (str): Identifier of the business transaction that caused this entry.
    created_ts (datetime.datetime): Timestamp when the entry was created.
    """

    balance_delta_centicents: int

    locked_balance_delta_centicents: int

    reason: str

    business_transaction_id: str

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
        if isinstance(self.balance_delta_centicents, Unset):
            pass
        elif (
            self.balance_delta_centicents is None
        ):  # a null the spec does not allow, kept as received
            field_dict["balance_delta_centicents"] = None
        else:
            field_dict["balance_delta_centicents"] = self.balance_delta_centicents
        if isinstance(self.locked_balance_delta_centicents, Unset):
            pass
        elif (
            self.locked_balance_delta_centicents is None
        ):  # a null the spec does not allow, kept as received
            field_dict["locked_balance_delta_centicents"] = None
        else:
            field_dict["locked_balance_delta_centicents"] = (
                self.locked_balance_delta_centicents
            )
        if isinstance(self.reason, Unset):
            pass
        elif self.reason is None:  # a null the spec does not allow, kept as received
            field_dict["reason"] = None
        else:
            field_dict["reason"] = self.reason
        if isinstance(self.business_transaction_id, Unset):
            pass
        elif (
            self.business_transaction_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["business_transaction_id"] = None
        else:
            field_dict["business_transaction_id"] = self.business_transaction_id
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
            _v = _get("balance_delta_centicents", UNSET)
            _f_balance_delta_centicents: Any
            if type(_v) is int:
                _f_balance_delta_centicents = _v

            elif _v is UNSET:
                _f_balance_delta_centicents = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "SettlementBalanceHistoryEntry",
                    "balance_delta_centicents",
                    "missing",
                )
            elif _v is None:
                _f_balance_delta_centicents = None
                _deviations = record_deviation(
                    _deviations,
                    "SettlementBalanceHistoryEntry",
                    "balance_delta_centicents",
                    "null",
                )
            else:
                if type(_v) is not int:
                    raise BadValue("balance_delta_centicents", "int", _v)
                _f_balance_delta_centicents = _v

            _v = _get("locked_balance_delta_centicents", UNSET)
            _f_locked_balance_delta_centicents: Any
            if type(_v) is int:
                _f_locked_balance_delta_centicents = _v

            elif _v is UNSET:
                _f_locked_balance_delta_centicents = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "SettlementBalanceHistoryEntry",
                    "locked_balance_delta_centicents",
                    "missing",
                )
            elif _v is None:
                _f_locked_balance_delta_centicents = None
                _deviations = record_deviation(
                    _deviations,
                    "SettlementBalanceHistoryEntry",
                    "locked_balance_delta_centicents",
                    "null",
                )
            else:
                if type(_v) is not int:
                    raise BadValue("locked_balance_delta_centicents", "int", _v)
                _f_locked_balance_delta_centicents = _v

            _v = _get("reason", UNSET)
            _f_reason: Any
            if type(_v) is str:
                _f_reason = _v

            elif _v is UNSET:
                _f_reason = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "SettlementBalanceHistoryEntry", "reason", "missing"
                )
            elif _v is None:
                _f_reason = None
                _deviations = record_deviation(
                    _deviations, "SettlementBalanceHistoryEntry", "reason", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("reason", "str", _v)
                _f_reason = _v

            _v = _get("business_transaction_id", UNSET)
            _f_business_transaction_id: Any
            if type(_v) is str:
                _f_business_transaction_id = _v

            elif _v is UNSET:
                _f_business_transaction_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "SettlementBalanceHistoryEntry",
                    "business_transaction_id",
                    "missing",
                )
            elif _v is None:
                _f_business_transaction_id = None
                _deviations = record_deviation(
                    _deviations,
                    "SettlementBalanceHistoryEntry",
                    "business_transaction_id",
                    "null",
                )
            else:
                if type(_v) is not str:
                    raise BadValue("business_transaction_id", "str", _v)
                _f_business_transaction_id = _v

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
                    "SettlementBalanceHistoryEntry",
                    "created_ts",
                    "missing",
                )
            elif _v is None:
                _f_created_ts = None
                _deviations = record_deviation(
                    _deviations, "SettlementBalanceHistoryEntry", "created_ts", "null"
                )
            else:
                _f_created_ts = parse_datetime(_v, "created_ts")

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        settlement_balance_history_entry = _new(cls)
        settlement_balance_history_entry.balance_delta_centicents = (
            _f_balance_delta_centicents
        )
        settlement_balance_history_entry.locked_balance_delta_centicents = (
            _f_locked_balance_delta_centicents
        )
        settlement_balance_history_entry.reason = _f_reason
        settlement_balance_history_entry.business_transaction_id = (
            _f_business_transaction_id
        )
        settlement_balance_history_entry.created_ts = _f_created_ts
        if len(src_dict) + _absent > 5:
            _known: set[str] = {
                "balance_delta_centicents",
                "locked_balance_delta_centicents",
                "reason",
                "business_transaction_id",
                "created_ts",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            settlement_balance_history_entry.additional_properties = _extra_found
        else:
            settlement_balance_history_entry.additional_properties = {}
        settlement_balance_history_entry._deviations = _deviations
        return settlement_balance_history_entry

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("balance_delta_centicents", "balance_delta_centicents", int, True, None),
            (
                "locked_balance_delta_centicents",
                "locked_balance_delta_centicents",
                int,
                True,
                None,
            ),
            ("reason", "reason", str, True, None),
            ("business_transaction_id", "business_transaction_id", str, True, None),
            ("created_ts", "created_ts", str, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        settlement_balance_history_entry = _new(cls)
        settlement_balance_history_entry.balance_delta_centicents = (
            w.balance_delta_centicents
        )
        settlement_balance_history_entry.locked_balance_delta_centicents = (
            w.locked_balance_delta_centicents
        )
        settlement_balance_history_entry.reason = w.reason
        settlement_balance_history_entry.business_transaction_id = (
            w.business_transaction_id
        )
        settlement_balance_history_entry.created_ts = fromisoformat(w.created_ts)
        settlement_balance_history_entry.additional_properties = w._extras()
        settlement_balance_history_entry._deviations = None
        return settlement_balance_history_entry

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
