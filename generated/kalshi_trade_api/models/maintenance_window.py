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

T = TypeVar("T", bound="MaintenanceWindow")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class MaintenanceWindow:
    """Attributes:
    start_datetime (datetime.datetime): Start date and time of the maintenance window.
    end_datetime (datetime.datetime): End date and time of the maintenance window.
    """

    start_datetime: datetime.datetime

    end_datetime: datetime.datetime

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
        if isinstance(self.start_datetime, Unset):
            pass
        elif (
            self.start_datetime is None
        ):  # a null the spec does not allow, kept as received
            field_dict["start_datetime"] = None
        else:
            _start_datetime = self.start_datetime.isoformat()
            field_dict["start_datetime"] = _start_datetime
        if isinstance(self.end_datetime, Unset):
            pass
        elif (
            self.end_datetime is None
        ):  # a null the spec does not allow, kept as received
            field_dict["end_datetime"] = None
        else:
            _end_datetime = self.end_datetime.isoformat()
            field_dict["end_datetime"] = _end_datetime
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
            _v = _get("start_datetime", UNSET)
            _f_start_datetime: Any
            if type(_v) is str:
                try:
                    _f_start_datetime = fromisoformat(_v)
                except ValueError:
                    _f_start_datetime = parse_datetime(_v, "start_datetime")

            elif _v is UNSET:
                _f_start_datetime = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MaintenanceWindow", "start_datetime", "missing"
                )
            elif _v is None:
                _f_start_datetime = None
                _deviations = record_deviation(
                    _deviations, "MaintenanceWindow", "start_datetime", "null"
                )
            else:
                _f_start_datetime = parse_datetime(_v, "start_datetime")

            _v = _get("end_datetime", UNSET)
            _f_end_datetime: Any
            if type(_v) is str:
                try:
                    _f_end_datetime = fromisoformat(_v)
                except ValueError:
                    _f_end_datetime = parse_datetime(_v, "end_datetime")

            elif _v is UNSET:
                _f_end_datetime = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MaintenanceWindow", "end_datetime", "missing"
                )
            elif _v is None:
                _f_end_datetime = None
                _deviations = record_deviation(
                    _deviations, "MaintenanceWindow", "end_datetime", "null"
                )
            else:
                _f_end_datetime = parse_datetime(_v, "end_datetime")

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        maintenance_window = _new(cls)
        maintenance_window.start_datetime = _f_start_datetime
        maintenance_window.end_datetime = _f_end_datetime
        if len(src_dict) + _absent > 2:
            _known: set[str] = {"start_datetime", "end_datetime"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            maintenance_window.additional_properties = _extra_found
        else:
            maintenance_window.additional_properties = {}
        maintenance_window._deviations = _deviations
        return maintenance_window

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("start_datetime", "start_datetime", str, True, None),
            ("end_datetime", "end_datetime", str, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        maintenance_window = _new(cls)
        maintenance_window.start_datetime = fromisoformat(w.start_datetime)
        maintenance_window.end_datetime = fromisoformat(w.end_datetime)
        maintenance_window.additional_properties = w._extras()
        maintenance_window._deviations = None
        return maintenance_window

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
