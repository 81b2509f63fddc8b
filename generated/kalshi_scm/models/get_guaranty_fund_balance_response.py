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

T = TypeVar("T", bound="GetGuarantyFundBalanceResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class GetGuarantyFundBalanceResponse:
    """Attributes:
    user_id (str):
    amount_centicents (int): Guaranty fund contribution balance. Zero when no contribution has been made yet.
    updated_ts (datetime.datetime): Timestamp of the most recent contribution entry.
    """

    user_id: str

    amount_centicents: int

    updated_ts: datetime.datetime

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
        if isinstance(self.amount_centicents, Unset):
            pass
        elif (
            self.amount_centicents is None
        ):  # a null the spec does not allow, kept as received
            field_dict["amount_centicents"] = None
        else:
            field_dict["amount_centicents"] = self.amount_centicents
        if isinstance(self.updated_ts, Unset):
            pass
        elif (
            self.updated_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["updated_ts"] = None
        else:
            _updated_ts = self.updated_ts.isoformat()
            field_dict["updated_ts"] = _updated_ts
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
                    _deviations, "GetGuarantyFundBalanceResponse", "user_id", "missing"
                )
            elif _v is None:
                _f_user_id = None
                _deviations = record_deviation(
                    _deviations, "GetGuarantyFundBalanceResponse", "user_id", "null"
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
                    _deviations,
                    "GetGuarantyFundBalanceResponse",
                    "amount_centicents",
                    "missing",
                )
            elif _v is None:
                _f_amount_centicents = None
                _deviations = record_deviation(
                    _deviations,
                    "GetGuarantyFundBalanceResponse",
                    "amount_centicents",
                    "null",
                )
            else:
                if type(_v) is not int:
                    raise BadValue("amount_centicents", "int", _v)
                _f_amount_centicents = _v

            _v = _get("updated_ts", UNSET)
            _f_updated_ts: Any
            if type(_v) is str:
                try:
                    _f_updated_ts = fromisoformat(_v)
                except ValueError:
                    _f_updated_ts = parse_datetime(_v, "updated_ts")

            elif _v is UNSET:
                _f_updated_ts = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "GetGuarantyFundBalanceResponse",
                    "updated_ts",
                    "missing",
                )
            elif _v is None:
                _f_updated_ts = None
                _deviations = record_deviation(
                    _deviations, "GetGuarantyFundBalanceResponse", "updated_ts", "null"
                )
            else:
                _f_updated_ts = parse_datetime(_v, "updated_ts")

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        get_guaranty_fund_balance_response = _new(cls)
        get_guaranty_fund_balance_response.user_id = _f_user_id
        get_guaranty_fund_balance_response.amount_centicents = _f_amount_centicents
        get_guaranty_fund_balance_response.updated_ts = _f_updated_ts
        if len(src_dict) + _absent > 3:
            _known: set[str] = {"user_id", "amount_centicents", "updated_ts"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            get_guaranty_fund_balance_response.additional_properties = _extra_found
        else:
            get_guaranty_fund_balance_response.additional_properties = {}
        get_guaranty_fund_balance_response._deviations = _deviations
        return get_guaranty_fund_balance_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("user_id", "user_id", str, True, None),
            ("amount_centicents", "amount_centicents", int, True, None),
            ("updated_ts", "updated_ts", str, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        get_guaranty_fund_balance_response = _new(cls)
        get_guaranty_fund_balance_response.user_id = w.user_id
        get_guaranty_fund_balance_response.amount_centicents = w.amount_centicents
        get_guaranty_fund_balance_response.updated_ts = fromisoformat(w.updated_ts)
        get_guaranty_fund_balance_response.additional_properties = w._extras()
        get_guaranty_fund_balance_response._deviations = None
        return get_guaranty_fund_balance_response

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
