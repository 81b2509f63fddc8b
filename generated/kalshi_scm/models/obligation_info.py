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

T = TypeVar("T", bound="ObligationInfo")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class ObligationInfo:
    """Attributes:
    id (str):
    user_id (str):
    amount_centicents (int): Net settlement amount in USD as centicents (1 USD = 10,000
        centicents). All monetary fields on this API are returned in
        centicents. Total the clearing member owes or is owed, inclusive
        of PnL, fees, and maintenance margin changes. Negative means the
        clearing member pays Kalshi Klear; positive means Kalshi Klear
        pays the clearing member.
    fees_centicents (int): Trading fees incurred during the settlement period.
    maintenance_margin_centicents (int): Current maintenance margin requirement for this obligation.
    pnl_centicents (int): Realized PnL for this settlement period.
    execution_time (datetime.datetime): Settlement cycle time this obligation belongs to.
    last_updated_ts (datetime.datetime): Timestamp of the last status change on this obligation.
    """

    id: str

    user_id: str

    amount_centicents: int

    fees_centicents: int

    maintenance_margin_centicents: int

    pnl_centicents: int

    execution_time: datetime.datetime

    last_updated_ts: datetime.datetime

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
        if isinstance(self.user_id, Unset):
            pass
        elif self.user_id is None:  # a null the spec does not allow, kept as received
            field_dict["user_id"] = None
        else:
            field_dict["user_id"] = self.user_id
        if isinstance(self.amount_centicents, Unset):
            pass
        elif (
            self.amount_centicents is None
        ):  # a null the spec does not allow, kept as received
            field_dict["amount_centicents"] = None
        else:
            field_dict["amount_centicents"] = self.amount_centicents
        if isinstance(self.fees_centicents, Unset):
            pass
        elif (
            self.fees_centicents is None
        ):  # a null the spec does not allow, kept as received
            field_dict["fees_centicents"] = None
        else:
            field_dict["fees_centicents"] = self.fees_centicents
        if isinstance(self.maintenance_margin_centicents, Unset):
            pass
        elif (
            self.maintenance_margin_centicents is None
        ):  # a null the spec does not allow, kept as received
            field_dict["maintenance_margin_centicents"] = None
        else:
            field_dict["maintenance_margin_centicents"] = (
                self.maintenance_margin_centicents
            )
        if isinstance(self.pnl_centicents, Unset):
            pass
        elif (
            self.pnl_centicents is None
        ):  # a null the spec does not allow, kept as received
            field_dict["pnl_centicents"] = None
        else:
            field_dict["pnl_centicents"] = self.pnl_centicents
        if isinstance(self.execution_time, Unset):
            pass
        elif (
            self.execution_time is None
        ):  # a null the spec does not allow, kept as received
            field_dict["execution_time"] = None
        else:
            _execution_time = self.execution_time.isoformat()
            field_dict["execution_time"] = _execution_time
        if isinstance(self.last_updated_ts, Unset):
            pass
        elif (
            self.last_updated_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["last_updated_ts"] = None
        else:
            _last_updated_ts = self.last_updated_ts.isoformat()
            field_dict["last_updated_ts"] = _last_updated_ts
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
                    _deviations, "ObligationInfo", "id", "missing"
                )
            elif _v is None:
                _f_id = None
                _deviations = record_deviation(
                    _deviations, "ObligationInfo", "id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("id", "str", _v)
                _f_id = _v

            _v = _get("user_id", UNSET)
            _f_user_id: Any
            if type(_v) is str:
                _f_user_id = _v

            elif _v is UNSET:
                _f_user_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "ObligationInfo", "user_id", "missing"
                )
            elif _v is None:
                _f_user_id = None
                _deviations = record_deviation(
                    _deviations, "ObligationInfo", "user_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("user_id", "str", _v)
                _f_user_id = _v

            _v = _get("amount_centicents", UNSET)
            _f_amount_centicents: Any
            if type(_v) is int:
                _f_amount_centicents = _v

            elif _v is UNSET:
                _f_amount_centicents = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "ObligationInfo", "amount_centicents", "missing"
                )
            elif _v is None:
                _f_amount_centicents = None
                _deviations = record_deviation(
                    _deviations, "ObligationInfo", "amount_centicents", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("amount_centicents", "int", _v)
                _f_amount_centicents = _v

            _v = _get("fees_centicents", UNSET)
            _f_fees_centicents: Any
            if type(_v) is int:
                _f_fees_centicents = _v

            elif _v is UNSET:
                _f_fees_centicents = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "ObligationInfo", "fees_centicents", "missing"
                )
            elif _v is None:
                _f_fees_centicents = None
                _deviations = record_deviation(
                    _deviations, "ObligationInfo", "fees_centicents", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("fees_centicents", "int", _v)
                _f_fees_centicents = _v

            _v = _get("maintenance_margin_centicents", UNSET)
            _f_maintenance_margin_centicents: Any
            if type(_v) is int:
                _f_maintenance_margin_centicents = _v

            elif _v is UNSET:
                _f_maintenance_margin_centicents = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "ObligationInfo",
                    "maintenance_margin_centicents",
                    "missing",
                )
            elif _v is None:
                _f_maintenance_margin_centicents = None
                _deviations = record_deviation(
                    _deviations,
                    "ObligationInfo",
                    "maintenance_margin_centicents",
                    "null",
                )
            else:
                if type(_v) is not int:
                    raise BadValue("maintenance_margin_centicents", "int", _v)
                _f_maintenance_margin_centicents = _v

            _v = _get("pnl_centicents", UNSET)
            _f_pnl_centicents: Any
            if type(_v) is int:
                _f_pnl_centicents = _v

            elif _v is UNSET:
                _f_pnl_centicents = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "ObligationInfo", "pnl_centicents", "missing"
                )
            elif _v is None:
                _f_pnl_centicents = None
                _deviations = record_deviation(
                    _deviations, "ObligationInfo", "pnl_centicents", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("pnl_centicents", "int", _v)
                _f_pnl_centicents = _v

            _v = _get("execution_time", UNSET)
            _f_execution_time: Any
            if type(_v) is str:
                try:
                    _f_execution_time = fromisoformat(_v)
                except ValueError:
                    _f_execution_time = parse_datetime(_v, "execution_time")

            elif _v is UNSET:
                _f_execution_time = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "ObligationInfo", "execution_time", "missing"
                )
            elif _v is None:
                _f_execution_time = None
                _deviations = record_deviation(
                    _deviations, "ObligationInfo", "execution_time", "null"
                )
            else:
                _f_execution_time = parse_datetime(_v, "execution_time")

            _v = _get("last_updated_ts", UNSET)
            _f_last_updated_ts: Any
            if type(_v) is str:
                try:
                    _f_last_updated_ts = fromisoformat(_v)
                except ValueError:
                    _f_last_updated_ts = parse_datetime(_v, "last_updated_ts")

            elif _v is UNSET:
                _f_last_updated_ts = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "ObligationInfo", "last_updated_ts", "missing"
                )
            elif _v is None:
                _f_last_updated_ts = None
                _deviations = record_deviation(
                    _deviations, "ObligationInfo", "last_updated_ts", "null"
                )
            else:
                _f_last_updated_ts = parse_datetime(_v, "last_updated_ts")

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        obligation_info = _new(cls)
        obligation_info.id = _f_id
        obligation_info.user_id = _f_user_id
        obligation_info.amount_centicents = _f_amount_centicents
        obligation_info.fees_centicents = _f_fees_centicents
        obligation_info.maintenance_margin_centicents = _f_maintenance_margin_centicents
        obligation_info.pnl_centicents = _f_pnl_centicents
        obligation_info.execution_time = _f_execution_time
        obligation_info.last_updated_ts = _f_last_updated_ts
        if len(src_dict) + _absent > 8:
            _known: set[str] = {
                "id",
                "user_id",
                "amount_centicents",
                "fees_centicents",
                "maintenance_margin_centicents",
                "pnl_centicents",
                "execution_time",
                "last_updated_ts",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            obligation_info.additional_properties = _extra_found
        else:
            obligation_info.additional_properties = {}
        obligation_info._deviations = _deviations
        return obligation_info

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("id", "id", str, True, None),
            ("user_id", "user_id", str, True, None),
            ("amount_centicents", "amount_centicents", int, True, None),
            ("fees_centicents", "fees_centicents", int, True, None),
            (
                "maintenance_margin_centicents",
                "maintenance_margin_centicents",
                int,
                True,
                None,
            ),
            ("pnl_centicents", "pnl_centicents", int, True, None),
            ("execution_time", "execution_time", str, True, None),
            ("last_updated_ts", "last_updated_ts", str, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        obligation_info = _new(cls)
        obligation_info.id = w.id
        obligation_info.user_id = w.user_id
        obligation_info.amount_centicents = w.amount_centicents
        obligation_info.fees_centicents = w.fees_centicents
        obligation_info.maintenance_margin_centicents = w.maintenance_margin_centicents
        obligation_info.pnl_centicents = w.pnl_centicents
        obligation_info.execution_time = fromisoformat(w.execution_time)
        obligation_info.last_updated_ts = fromisoformat(w.last_updated_ts)
        obligation_info.additional_properties = w._extras()
        obligation_info._deviations = None
        return obligation_info

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
