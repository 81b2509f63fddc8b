from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..types import (
    UNSET,
    BadValue,
    Unset,
    _new,
    fromisoformat,
    items_from_wire,
    learn_extras,
    list_of,
    model_repr,
    parse_datetime,
    record_deviation,
    wire_struct,
)

if TYPE_CHECKING:
    from ..models.daily_schedule import DailySchedule


T = TypeVar("T", bound="WeeklySchedule")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class WeeklySchedule:
    """Attributes:
    start_time (datetime.datetime): Start date and time for when this weekly schedule is effective.
    end_time (datetime.datetime): End date and time for when this weekly schedule is no longer effective.
    monday (list[DailySchedule]): Trading hours for Monday. May contain multiple sessions.
    tuesday (list[DailySchedule]): Trading hours for Tuesday. May contain multiple sessions.
    wednesday (list[DailySchedule]): Trading hours for Wednesday. May contain multiple sessions.
    thursday (list[DailySchedule]): Trading hours for Thursday. May contain multiple sessions.
    friday (list[DailySchedule]): Trading hours for Friday. May contain multiple sessions.
    saturday (list[DailySchedule]): Trading hours for Saturday. May contain multiple sessions.
    sunday (list[DailySchedule]): Trading hours for Sunday. May contain multiple sessions.
    """

    start_time: datetime.datetime

    end_time: datetime.datetime

    monday: list[DailySchedule]

    tuesday: list[DailySchedule]

    wednesday: list[DailySchedule]

    thursday: list[DailySchedule]

    friday: list[DailySchedule]

    saturday: list[DailySchedule]

    sunday: list[DailySchedule]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # {json field: "missing" | "null"} when the response deviated from the spec (see types.deviations).
    _deviations: dict[str, str] | None = _attrs_field(
        init=False, default=None, eq=False
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_bound:
            _bind_lazy()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if isinstance(self.start_time, Unset):
            pass
        elif (
            self.start_time is None
        ):  # a null the spec does not allow, kept as received
            field_dict["start_time"] = None
        else:
            _start_time = self.start_time.isoformat()
            field_dict["start_time"] = _start_time
        if isinstance(self.end_time, Unset):
            pass
        elif self.end_time is None:  # a null the spec does not allow, kept as received
            field_dict["end_time"] = None
        else:
            _end_time = self.end_time.isoformat()
            field_dict["end_time"] = _end_time
        if isinstance(self.monday, Unset):
            pass
        elif self.monday is None:  # a null the spec does not allow, kept as received
            field_dict["monday"] = None
        else:
            _monday = []
            for monday_item_data in self.monday:
                monday_item = monday_item_data.to_dict()
                _monday.append(monday_item)

            field_dict["monday"] = _monday
        if isinstance(self.tuesday, Unset):
            pass
        elif self.tuesday is None:  # a null the spec does not allow, kept as received
            field_dict["tuesday"] = None
        else:
            _tuesday = []
            for tuesday_item_data in self.tuesday:
                tuesday_item = tuesday_item_data.to_dict()
                _tuesday.append(tuesday_item)

            field_dict["tuesday"] = _tuesday
        if isinstance(self.wednesday, Unset):
            pass
        elif self.wednesday is None:  # a null the spec does not allow, kept as received
            field_dict["wednesday"] = None
        else:
            _wednesday = []
            for wednesday_item_data in self.wednesday:
                wednesday_item = wednesday_item_data.to_dict()
                _wednesday.append(wednesday_item)

            field_dict["wednesday"] = _wednesday
        if isinstance(self.thursday, Unset):
            pass
        elif self.thursday is None:  # a null the spec does not allow, kept as received
            field_dict["thursday"] = None
        else:
            _thursday = []
            for thursday_item_data in self.thursday:
                thursday_item = thursday_item_data.to_dict()
                _thursday.append(thursday_item)

            field_dict["thursday"] = _thursday
        if isinstance(self.friday, Unset):
            pass
        elif self.friday is None:  # a null the spec does not allow, kept as received
            field_dict["friday"] = None
        else:
            _friday = []
            for friday_item_data in self.friday:
                friday_item = friday_item_data.to_dict()
                _friday.append(friday_item)

            field_dict["friday"] = _friday
        if isinstance(self.saturday, Unset):
            pass
        elif self.saturday is None:  # a null the spec does not allow, kept as received
            field_dict["saturday"] = None
        else:
            _saturday = []
            for saturday_item_data in self.saturday:
                saturday_item = saturday_item_data.to_dict()
                _saturday.append(saturday_item)

            field_dict["saturday"] = _saturday
        if isinstance(self.sunday, Unset):
            pass
        elif self.sunday is None:  # a null the spec does not allow, kept as received
            field_dict["sunday"] = None
        else:
            _sunday = []
            for sunday_item_data in self.sunday:
                sunday_item = sunday_item_data.to_dict()
                _sunday.append(sunday_item)

            field_dict["sunday"] = _sunday
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_bound:
            _bind_lazy()
        if type(src_dict) is not dict:
            raise BadValue(None, "object", src_dict)
        _get = src_dict.get
        _deviations: dict[str, str] | None = None
        _absent = 0
        try:
            pass
            _v = _get("start_time", UNSET)
            _f_start_time: Any
            if type(_v) is str:
                try:
                    _f_start_time = fromisoformat(_v)
                except ValueError:
                    _f_start_time = parse_datetime(_v, "start_time")

            elif _v is UNSET:
                _f_start_time = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "WeeklySchedule", "start_time", "missing"
                )
            elif _v is None:
                _f_start_time = None
                _deviations = record_deviation(
                    _deviations, "WeeklySchedule", "start_time", "null"
                )
            else:
                _f_start_time = parse_datetime(_v, "start_time")

            _v = _get("end_time", UNSET)
            _f_end_time: Any
            if type(_v) is str:
                try:
                    _f_end_time = fromisoformat(_v)
                except ValueError:
                    _f_end_time = parse_datetime(_v, "end_time")

            elif _v is UNSET:
                _f_end_time = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "WeeklySchedule", "end_time", "missing"
                )
            elif _v is None:
                _f_end_time = None
                _deviations = record_deviation(
                    _deviations, "WeeklySchedule", "end_time", "null"
                )
            else:
                _f_end_time = parse_datetime(_v, "end_time")

            _v = _get("monday", UNSET)
            _f_monday: Any
            if _v is UNSET:
                _f_monday = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "WeeklySchedule", "monday", "missing"
                )
            elif _v is None:
                _f_monday = None
                _deviations = record_deviation(
                    _deviations, "WeeklySchedule", "monday", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("monday", "array", _v)
                try:
                    _f_monday = list(map(DailySchedule.from_dict, _v))
                except BadValue as _bad:
                    raise _bad.within_list("monday", _v) from None

            _v = _get("tuesday", UNSET)
            _f_tuesday: Any
            if _v is UNSET:
                _f_tuesday = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "WeeklySchedule", "tuesday", "missing"
                )
            elif _v is None:
                _f_tuesday = None
                _deviations = record_deviation(
                    _deviations, "WeeklySchedule", "tuesday", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("tuesday", "array", _v)
                try:
                    _f_tuesday = list(map(DailySchedule.from_dict, _v))
                except BadValue as _bad:
                    raise _bad.within_list("tuesday", _v) from None

            _v = _get("wednesday", UNSET)
            _f_wednesday: Any
            if _v is UNSET:
                _f_wednesday = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "WeeklySchedule", "wednesday", "missing"
                )
            elif _v is None:
                _f_wednesday = None
                _deviations = record_deviation(
                    _deviations, "WeeklySchedule", "wednesday", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("wednesday", "array", _v)
                try:
                    _f_wednesday = list(map(DailySchedule.from_dict, _v))
                except BadValue as _bad:
                    raise _bad.within_list("wednesday", _v) from None

            _v = _get("thursday", UNSET)
            _f_thursday: Any
            if _v is UNSET:
                _f_thursday = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "WeeklySchedule", "thursday", "missing"
                )
            elif _v is None:
                _f_thursday = None
                _deviations = record_deviation(
                    _deviations, "WeeklySchedule", "thursday", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("thursday", "array", _v)
                try:
                    _f_thursday = list(map(DailySchedule.from_dict, _v))
                except BadValue as _bad:
                    raise _bad.within_list("thursday", _v) from None

            _v = _get("friday", UNSET)
            _f_friday: Any
            if _v is UNSET:
                _f_friday = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "WeeklySchedule", "friday", "missing"
                )
            elif _v is None:
                _f_friday = None
                _deviations = record_deviation(
                    _deviations, "WeeklySchedule", "friday", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("friday", "array", _v)
                try:
                    _f_friday = list(map(DailySchedule.from_dict, _v))
                except BadValue as _bad:
                    raise _bad.within_list("friday", _v) from None

            _v = _get("saturday", UNSET)
            _f_saturday: Any
            if _v is UNSET:
                _f_saturday = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "WeeklySchedule", "saturday", "missing"
                )
            elif _v is None:
                _f_saturday = None
                _deviations = record_deviation(
                    _deviations, "WeeklySchedule", "saturday", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("saturday", "array", _v)
                try:
                    _f_saturday = list(map(DailySchedule.from_dict, _v))
                except BadValue as _bad:
                    raise _bad.within_list("saturday", _v) from None

            _v = _get("sunday", UNSET)
            _f_sunday: Any
            if _v is UNSET:
                _f_sunday = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "WeeklySchedule", "sunday", "missing"
                )
            elif _v is None:
                _f_sunday = None
                _deviations = record_deviation(
                    _deviations, "WeeklySchedule", "sunday", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("sunday", "array", _v)
                try:
                    _f_sunday = list(map(DailySchedule.from_dict, _v))
                except BadValue as _bad:
                    raise _bad.within_list("sunday", _v) from None

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        weekly_schedule = _new(cls)
        weekly_schedule.start_time = _f_start_time
        weekly_schedule.end_time = _f_end_time
        weekly_schedule.monday = _f_monday
        weekly_schedule.tuesday = _f_tuesday
        weekly_schedule.wednesday = _f_wednesday
        weekly_schedule.thursday = _f_thursday
        weekly_schedule.friday = _f_friday
        weekly_schedule.saturday = _f_saturday
        weekly_schedule.sunday = _f_sunday
        if len(src_dict) + _absent > 9:
            _known: set[str] = {
                "start_time",
                "end_time",
                "monday",
                "tuesday",
                "wednesday",
                "thursday",
                "friday",
                "saturday",
                "sunday",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            weekly_schedule.additional_properties = _extra_found
        else:
            weekly_schedule.additional_properties = {}
        weekly_schedule._deviations = _deviations
        return weekly_schedule

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("start_time", "start_time", str, True, None),
            ("end_time", "end_time", str, True, None),
            (
                "monday",
                "monday",
                list_of(wire_struct(DailySchedule)),
                True,
                DailySchedule,
            ),
            (
                "tuesday",
                "tuesday",
                list_of(wire_struct(DailySchedule)),
                True,
                DailySchedule,
            ),
            (
                "wednesday",
                "wednesday",
                list_of(wire_struct(DailySchedule)),
                True,
                DailySchedule,
            ),
            (
                "thursday",
                "thursday",
                list_of(wire_struct(DailySchedule)),
                True,
                DailySchedule,
            ),
            (
                "friday",
                "friday",
                list_of(wire_struct(DailySchedule)),
                True,
                DailySchedule,
            ),
            (
                "saturday",
                "saturday",
                list_of(wire_struct(DailySchedule)),
                True,
                DailySchedule,
            ),
            (
                "sunday",
                "sunday",
                list_of(wire_struct(DailySchedule)),
                True,
                DailySchedule,
            ),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        weekly_schedule = _new(cls)
        weekly_schedule.start_time = fromisoformat(w.start_time)
        weekly_schedule.end_time = fromisoformat(w.end_time)
        weekly_schedule.monday = items_from_wire(DailySchedule, w.monday)
        weekly_schedule.tuesday = items_from_wire(DailySchedule, w.tuesday)
        weekly_schedule.wednesday = items_from_wire(DailySchedule, w.wednesday)
        weekly_schedule.thursday = items_from_wire(DailySchedule, w.thursday)
        weekly_schedule.friday = items_from_wire(DailySchedule, w.friday)
        weekly_schedule.saturday = items_from_wire(DailySchedule, w.saturday)
        weekly_schedule.sunday = items_from_wire(DailySchedule, w.sunday)
        weekly_schedule.additional_properties = w._extras()
        weekly_schedule._deviations = None
        return weekly_schedule

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


# Models that refer back to this one are imported on first use, once (not per call:
# an import statement costs ~0.7 us, a third of a small model's parse).
_lazy_bound = False


def _bind_lazy() -> None:
    global _lazy_bound, DailySchedule
    from ..models.daily_schedule import DailySchedule

    _lazy_bound = True
