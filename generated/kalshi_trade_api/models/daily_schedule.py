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

T = TypeVar("T", bound="DailySchedule")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class DailySchedule:
    """Attributes:
    open_time (str): Opening time in ET (Eastern Time) format HH:MM.
    close_time (str): Closing time in ET (Eastern Time) format HH:MM.
    """

    open_time: str

    close_time: str

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
        if isinstance(self.open_time, Unset):
            pass
        elif self.open_time is None:  # a null the spec does not allow, kept as received
            field_dict["open_time"] = None
        else:
            field_dict["open_time"] = self.open_time
        if isinstance(self.close_time, Unset):
            pass
        elif (
            self.close_time is None
        ):  # a null the spec does not allow, kept as received
            field_dict["close_time"] = None
        else:
            field_dict["close_time"] = self.close_time
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
            _v = _get("open_time", UNSET)
            _f_open_time: Any
            if type(_v) is str:
                _f_open_time = _v

            elif _v is UNSET:
                _f_open_time = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "DailySchedule", "open_time", "missing"
                )
            elif _v is None:
                _f_open_time = None
                _deviations = record_deviation(
                    _deviations, "DailySchedule", "open_time", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("open_time", "str", _v)
                _f_open_time = _v

            _v = _get("close_time", UNSET)
            _f_close_time: Any
            if type(_v) is str:
                _f_close_time = _v

            elif _v is UNSET:
                _f_close_time = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "DailySchedule", "close_time", "missing"
                )
            elif _v is None:
                _f_close_time = None
                _deviations = record_deviation(
                    _deviations, "DailySchedule", "close_time", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("close_time", "str", _v)
                _f_close_time = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        daily_schedule = _new(cls)
        daily_schedule.open_time = _f_open_time
        daily_schedule.close_time = _f_close_time
        if len(src_dict) + _absent > 2:
            _known: set[str] = {"open_time", "close_time"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            daily_schedule.additional_properties = _extra_found
        else:
            daily_schedule.additional_properties = {}
        daily_schedule._deviations = _deviations
        return daily_schedule

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("open_time", "open_time", str, True, None),
            ("close_time", "close_time", str, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        daily_schedule = _new(cls)
        daily_schedule.open_time = w.open_time
        daily_schedule.close_time = w.close_time
        daily_schedule.additional_properties = w._extras()
        daily_schedule._deviations = None
        return daily_schedule

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
