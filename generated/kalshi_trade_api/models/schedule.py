from __future__ import annotations

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
    items_from_wire,
    learn_extras,
    list_of,
    model_repr,
    record_deviation,
    wire_struct,
)

if TYPE_CHECKING:
    from ..models.maintenance_window import MaintenanceWindow
    from ..models.weekly_schedule import WeeklySchedule


T = TypeVar("T", bound="Schedule")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class Schedule:
    """Attributes:
    standard_hours (list[WeeklySchedule]): The standard operating hours of the exchange. All times are expressed in
        ET. Outside of these times trading will be unavailable.
    maintenance_windows (list[MaintenanceWindow]): Scheduled maintenance windows, during which the exchange may be
        unavailable.
    """

    standard_hours: list[WeeklySchedule]

    maintenance_windows: list[MaintenanceWindow]

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
        if isinstance(self.standard_hours, Unset):
            pass
        elif (
            self.standard_hours is None
        ):  # a null the spec does not allow, kept as received
            field_dict["standard_hours"] = None
        else:
            _standard_hours = []
            for standard_hours_item_data in self.standard_hours:
                standard_hours_item = standard_hours_item_data.to_dict()
                _standard_hours.append(standard_hours_item)

            field_dict["standard_hours"] = _standard_hours
        if isinstance(self.maintenance_windows, Unset):
            pass
        elif (
            self.maintenance_windows is None
        ):  # a null the spec does not allow, kept as received
            field_dict["maintenance_windows"] = None
        else:
            _maintenance_windows = []
            for maintenance_windows_item_data in self.maintenance_windows:
                maintenance_windows_item = maintenance_windows_item_data.to_dict()
                _maintenance_windows.append(maintenance_windows_item)

            field_dict["maintenance_windows"] = _maintenance_windows
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
            _v = _get("standard_hours", UNSET)
            _f_standard_hours: Any
            if _v is UNSET:
                _f_standard_hours = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Schedule", "standard_hours", "missing"
                )
            elif _v is None:
                _f_standard_hours = None
                _deviations = record_deviation(
                    _deviations, "Schedule", "standard_hours", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("standard_hours", "array", _v)
                try:
                    _f_standard_hours = list(map(WeeklySchedule.from_dict, _v))
                except BadValue as _bad:
                    raise _bad.within_list("standard_hours", _v) from None

            _v = _get("maintenance_windows", UNSET)
            _f_maintenance_windows: Any
            if _v is UNSET:
                _f_maintenance_windows = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Schedule", "maintenance_windows", "missing"
                )
            elif _v is None:
                _f_maintenance_windows = None
                _deviations = record_deviation(
                    _deviations, "Schedule", "maintenance_windows", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("maintenance_windows", "array", _v)
                try:
                    _f_maintenance_windows = list(map(MaintenanceWindow.from_dict, _v))
                except BadValue as _bad:
                    raise _bad.within_list("maintenance_windows", _v) from None

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        schedule = _new(cls)
        schedule.standard_hours = _f_standard_hours
        schedule.maintenance_windows = _f_maintenance_windows
        if len(src_dict) + _absent > 2:
            _known: set[str] = {"standard_hours", "maintenance_windows"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            schedule.additional_properties = _extra_found
        else:
            schedule.additional_properties = {}
        schedule._deviations = _deviations
        return schedule

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            (
                "standard_hours",
                "standard_hours",
                list_of(wire_struct(WeeklySchedule)),
                True,
                WeeklySchedule,
            ),
            (
                "maintenance_windows",
                "maintenance_windows",
                list_of(wire_struct(MaintenanceWindow)),
                True,
                MaintenanceWindow,
            ),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        schedule = _new(cls)
        schedule.standard_hours = items_from_wire(WeeklySchedule, w.standard_hours)
        schedule.maintenance_windows = items_from_wire(
            MaintenanceWindow, w.maintenance_windows
        )
        schedule.additional_properties = w._extras()
        schedule._deviations = None
        return schedule

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
    global _lazy_bound, MaintenanceWindow, WeeklySchedule
    from ..models.maintenance_window import MaintenanceWindow
    from ..models.weekly_schedule import WeeklySchedule

    _lazy_bound = True
