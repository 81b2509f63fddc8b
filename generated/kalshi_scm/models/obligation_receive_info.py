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

T = TypeVar("T", bound="ObligationReceiveInfo")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class ObligationReceiveInfo:
    """Attributes:
    id (str):
    type_ (str):
    amount_centicents (int):
    external_reference (str):
    created_ts (datetime.datetime):
    """

    id: str

    type_: str

    amount_centicents: int

    external_reference: str

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
        if isinstance(self.type_, Unset):
            pass
        elif self.type_ is None:  # a null the spec does not allow, kept as received
            field_dict["type"] = None
        else:
            field_dict["type"] = self.type_
        if isinstance(self.amount_centicents, Unset):
            pass
        elif (
            self.amount_centicents is None
        ):  # a null the spec does not allow, kept as received
            field_dict["amount_centicents"] = None
        else:
            field_dict["amount_centicents"] = self.amount_centicents
        if isinstance(self.external_reference, Unset):
            pass
        elif (
            self.external_reference is None
        ):  # a null the spec does not allow, kept as received
            field_dict["external_reference"] = None
        else:
            field_dict["external_reference"] = self.external_reference
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
                    _deviations, "ObligationReceiveInfo", "id", "missing"
                )
            elif _v is None:
                _f_id = None
                _deviations = record_deviation(
                    _deviations, "ObligationReceiveInfo", "id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("id", "str", _v)
                _f_id = _v

            _v = _get("type", UNSET)
            _f_type_: Any
            if type(_v) is str:
                _f_type_ = _v

            elif _v is UNSET:
                _f_type_ = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "ObligationReceiveInfo", "type", "missing"
                )
            elif _v is None:
                _f_type_ = None
                _deviations = record_deviation(
                    _deviations, "ObligationReceiveInfo", "type", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("type", "str", _v)
                _f_type_ = _v

            _v = _get("amount_centicents", UNSET)
            _f_amount_centicents: Any
            if type(_v) is int:
                _f_amount_centicents = _v

            elif _v is UNSET:
                _f_amount_centicents = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "ObligationReceiveInfo", "amount_centicents", "missing"
                )
            elif _v is None:
                _f_amount_centicents = None
                _deviations = record_deviation(
                    _deviations, "ObligationReceiveInfo", "amount_centicents", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("amount_centicents", "int", _v)
                _f_amount_centicents = _v

            _v = _get("external_reference", UNSET)
            _f_external_reference: Any
            if type(_v) is str:
                _f_external_reference = _v

            elif _v is UNSET:
                _f_external_reference = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "ObligationReceiveInfo",
                    "external_reference",
                    "missing",
                )
            elif _v is None:
                _f_external_reference = None
                _deviations = record_deviation(
                    _deviations, "ObligationReceiveInfo", "external_reference", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("external_reference", "str", _v)
                _f_external_reference = _v

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
                    _deviations, "ObligationReceiveInfo", "created_ts", "missing"
                )
            elif _v is None:
                _f_created_ts = None
                _deviations = record_deviation(
                    _deviations, "ObligationReceiveInfo", "created_ts", "null"
                )
            else:
                _f_created_ts = parse_datetime(_v, "created_ts")

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        obligation_receive_info = _new(cls)
        obligation_receive_info.id = _f_id
        obligation_receive_info.type_ = _f_type_
        obligation_receive_info.amount_centicents = _f_amount_centicents
        obligation_receive_info.external_reference = _f_external_reference
        obligation_receive_info.created_ts = _f_created_ts
        if len(src_dict) + _absent > 5:
            _known: set[str] = {
                "id",
                "type",
                "amount_centicents",
                "external_reference",
                "created_ts",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            obligation_receive_info.additional_properties = _extra_found
        else:
            obligation_receive_info.additional_properties = {}
        obligation_receive_info._deviations = _deviations
        return obligation_receive_info

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("id", "id", str, True, None),
            ("type_", "type", str, True, None),
            ("amount_centicents", "amount_centicents", int, True, None),
            ("external_reference", "external_reference", str, True, None),
            ("created_ts", "created_ts", str, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        obligation_receive_info = _new(cls)
        obligation_receive_info.id = w.id
        obligation_receive_info.type_ = w.type_
        obligation_receive_info.amount_centicents = w.amount_centicents
        obligation_receive_info.external_reference = w.external_reference
        obligation_receive_info.created_ts = fromisoformat(w.created_ts)
        obligation_receive_info.additional_properties = w._extras()
        obligation_receive_info._deviations = None
        return obligation_receive_info

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
