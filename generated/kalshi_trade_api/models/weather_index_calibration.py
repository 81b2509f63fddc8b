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
    from ..models.weather_index_calibration_station import (
        WeatherIndexCalibrationStation,
    )


T = TypeVar("T", bound="WeatherIndexCalibration")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class WeatherIndexCalibration:
    """Attributes:
    config_version (str): Configuration version (e.g. `miami-temperature-v1.0-cal-20260831`). Index points report
        the version they were computed under in their `config_version` field.
    effective_at_ms (int): The record governs event minutes at or after this time (unix milliseconds UTC), until
        superseded by the next record.
    city_reference_c (float): City reference B_c in Celsius: the weight-dot-offset sum over all configured member
        stations.
    stations (list[WeatherIndexCalibrationStation]): Configured member stations, in configuration order.
    published_at_ms (int | Unset): When the record was published, unix milliseconds UTC.
    change_reason (str | Unset): Why the configuration changed.
    calibration_window_start_ms (int | Unset): Start of the trailing observation window the offsets were estimated
        from. Absent on records not derived from a calibration window (the launch configuration).
    calibration_window_end_ms (int | Unset): End of the calibration window (exclusive).
    """

    config_version: str

    effective_at_ms: int

    city_reference_c: float

    stations: list[WeatherIndexCalibrationStation]

    published_at_ms: int | Unset = UNSET

    change_reason: str | Unset = UNSET

    calibration_window_start_ms: int | Unset = UNSET

    calibration_window_end_ms: int | Unset = UNSET

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
        if isinstance(self.config_version, Unset):
            pass
        elif (
            self.config_version is None
        ):  # a null the spec does not allow, kept as received
            field_dict["config_version"] = None
        else:
            field_dict["config_version"] = self.config_version
        if isinstance(self.effective_at_ms, Unset):
            pass
        elif (
            self.effective_at_ms is None
        ):  # a null the spec does not allow, kept as received
            field_dict["effective_at_ms"] = None
        else:
            field_dict["effective_at_ms"] = self.effective_at_ms
        if isinstance(self.city_reference_c, Unset):
            pass
        elif (
            self.city_reference_c is None
        ):  # a null the spec does not allow, kept as received
            field_dict["city_reference_c"] = None
        else:
            field_dict["city_reference_c"] = self.city_reference_c
        if isinstance(self.stations, Unset):
            pass
        elif self.stations is None:  # a null the spec does not allow, kept as received
            field_dict["stations"] = None
        else:
            _stations = []
            for stations_item_data in self.stations:
                stations_item = stations_item_data.to_dict()
                _stations.append(stations_item)

            field_dict["stations"] = _stations
        if isinstance(self.published_at_ms, Unset):
            pass
        elif (
            self.published_at_ms is None
        ):  # a null the spec does not allow, kept as received
            field_dict["published_at_ms"] = None
        else:
            field_dict["published_at_ms"] = self.published_at_ms
        if isinstance(self.change_reason, Unset):
            pass
        elif (
            self.change_reason is None
        ):  # a null the spec does not allow, kept as received
            field_dict["change_reason"] = None
        else:
            field_dict["change_reason"] = self.change_reason
        if isinstance(self.calibration_window_start_ms, Unset):
            pass
        elif (
            self.calibration_window_start_ms is None
        ):  # a null the spec does not allow, kept as received
            field_dict["calibration_window_start_ms"] = None
        else:
            field_dict["calibration_window_start_ms"] = self.calibration_window_start_ms
        if isinstance(self.calibration_window_end_ms, Unset):
            pass
        elif (
            self.calibration_window_end_ms is None
        ):  # a null the spec does not allow, kept as received
            field_dict["calibration_window_end_ms"] = None
        else:
            field_dict["calibration_window_end_ms"] = self.calibration_window_end_ms
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
            _v = _get("config_version", UNSET)
            _f_config_version: Any
            if type(_v) is str:
                _f_config_version = _v

            elif _v is UNSET:
                _f_config_version = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "WeatherIndexCalibration", "config_version", "missing"
                )
            elif _v is None:
                _f_config_version = None
                _deviations = record_deviation(
                    _deviations, "WeatherIndexCalibration", "config_version", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("config_version", "str", _v)
                _f_config_version = _v

            _v = _get("effective_at_ms", UNSET)
            _f_effective_at_ms: Any
            if type(_v) is int:
                _f_effective_at_ms = _v

            elif _v is UNSET:
                _f_effective_at_ms = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "WeatherIndexCalibration", "effective_at_ms", "missing"
                )
            elif _v is None:
                _f_effective_at_ms = None
                _deviations = record_deviation(
                    _deviations, "WeatherIndexCalibration", "effective_at_ms", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("effective_at_ms", "int", _v)
                _f_effective_at_ms = _v

            _v = _get("city_reference_c", UNSET)
            _f_city_reference_c: Any
            if type(_v) is float:
                _f_city_reference_c = _v

            elif _v is UNSET:
                _f_city_reference_c = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "WeatherIndexCalibration",
                    "city_reference_c",
                    "missing",
                )
            elif _v is None:
                _f_city_reference_c = None
                _deviations = record_deviation(
                    _deviations, "WeatherIndexCalibration", "city_reference_c", "null"
                )
            else:
                if type(_v) is not float:
                    if type(_v) is not int or float(_v) != _v:
                        raise BadValue("city_reference_c", "number", _v)
                    _v = float(_v)
                _f_city_reference_c = _v

            _v = _get("stations", UNSET)
            _f_stations: Any
            if _v is UNSET:
                _f_stations = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "WeatherIndexCalibration", "stations", "missing"
                )
            elif _v is None:
                _f_stations = None
                _deviations = record_deviation(
                    _deviations, "WeatherIndexCalibration", "stations", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("stations", "array", _v)
                try:
                    _f_stations = list(
                        map(WeatherIndexCalibrationStation.from_dict, _v)
                    )
                except BadValue as _bad:
                    raise _bad.within_list("stations", _v) from None

            _v = _get("published_at_ms", UNSET)
            _f_published_at_ms: Any
            if type(_v) is int:
                _f_published_at_ms = _v

            elif _v is UNSET:
                _f_published_at_ms = UNSET
                _absent += 1
            elif _v is None:
                _f_published_at_ms = None
                _deviations = record_deviation(
                    _deviations, "WeatherIndexCalibration", "published_at_ms", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("published_at_ms", "int", _v)
                _f_published_at_ms = _v

            _v = _get("change_reason", UNSET)
            _f_change_reason: Any
            if type(_v) is str:
                _f_change_reason = _v

            elif _v is UNSET:
                _f_change_reason = UNSET
                _absent += 1
            elif _v is None:
                _f_change_reason = None
                _deviations = record_deviation(
                    _deviations, "WeatherIndexCalibration", "change_reason", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("change_reason", "str", _v)
                _f_change_reason = _v

            _v = _get("calibration_window_start_ms", UNSET)
            _f_calibration_window_start_ms: Any
            if type(_v) is int:
                _f_calibration_window_start_ms = _v

            elif _v is UNSET:
                _f_calibration_window_start_ms = UNSET
                _absent += 1
            elif _v is None:
                _f_calibration_window_start_ms = None
                _deviations = record_deviation(
                    _deviations,
                    "WeatherIndexCalibration",
                    "calibration_window_start_ms",
                    "null",
                )
            else:
                if type(_v) is not int:
                    raise BadValue("calibration_window_start_ms", "int", _v)
                _f_calibration_window_start_ms = _v

            _v = _get("calibration_window_end_ms", UNSET)
            _f_calibration_window_end_ms: Any
            if type(_v) is int:
                _f_calibration_window_end_ms = _v

            elif _v is UNSET:
                _f_calibration_window_end_ms = UNSET
                _absent += 1
            elif _v is None:
                _f_calibration_window_end_ms = None
                _deviations = record_deviation(
                    _deviations,
                    "WeatherIndexCalibration",
                    "calibration_window_end_ms",
                    "null",
                )
            else:
                if type(_v) is not int:
                    raise BadValue("calibration_window_end_ms", "int", _v)
                _f_calibration_window_end_ms = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        weather_index_calibration = _new(cls)
        weather_index_calibration.config_version = _f_config_version
        weather_index_calibration.effective_at_ms = _f_effective_at_ms
        weather_index_calibration.city_reference_c = _f_city_reference_c
        weather_index_calibration.stations = _f_stations
        weather_index_calibration.published_at_ms = _f_published_at_ms
        weather_index_calibration.change_reason = _f_change_reason
        weather_index_calibration.calibration_window_start_ms = (
            _f_calibration_window_start_ms
        )
        weather_index_calibration.calibration_window_end_ms = (
            _f_calibration_window_end_ms
        )
        if len(src_dict) + _absent > 8:
            _known: set[str] = {
                "config_version",
                "effective_at_ms",
                "city_reference_c",
                "stations",
                "published_at_ms",
                "change_reason",
                "calibration_window_start_ms",
                "calibration_window_end_ms",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            weather_index_calibration.additional_properties = _extra_found
        else:
            weather_index_calibration.additional_properties = {}
        weather_index_calibration._deviations = _deviations
        return weather_index_calibration

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("config_version", "config_version", str, True, None),
            ("effective_at_ms", "effective_at_ms", int, True, None),
            ("city_reference_c", "city_reference_c", Any, True, None),
            (
                "stations",
                "stations",
                list_of(wire_struct(WeatherIndexCalibrationStation)),
                True,
                WeatherIndexCalibrationStation,
            ),
            ("published_at_ms", "published_at_ms", int, False, None),
            ("change_reason", "change_reason", str, False, None),
            (
                "calibration_window_start_ms",
                "calibration_window_start_ms",
                int,
                False,
                None,
            ),
            (
                "calibration_window_end_ms",
                "calibration_window_end_ms",
                int,
                False,
                None,
            ),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        weather_index_calibration = _new(cls)
        weather_index_calibration.config_version = w.config_version
        weather_index_calibration.effective_at_ms = w.effective_at_ms
        if (
            w.city_reference_c is None
        ):  # a null the spec does not allow: from_dict records it
            raise BadValue("city_reference_c", "not null", None)
        if type(w.city_reference_c) is not float:
            if (
                type(w.city_reference_c) is not int
                or float(w.city_reference_c) != w.city_reference_c
            ):
                raise BadValue("city_reference_c", "number", w.city_reference_c)
            w.city_reference_c = float(w.city_reference_c)
        weather_index_calibration.city_reference_c = w.city_reference_c
        weather_index_calibration.stations = items_from_wire(
            WeatherIndexCalibrationStation, w.stations
        )
        weather_index_calibration.published_at_ms = w.published_at_ms
        weather_index_calibration.change_reason = w.change_reason
        weather_index_calibration.calibration_window_start_ms = (
            w.calibration_window_start_ms
        )
        weather_index_calibration.calibration_window_end_ms = (
            w.calibration_window_end_ms
        )
        weather_index_calibration.additional_properties = w._extras()
        weather_index_calibration._deviations = None
        return weather_index_calibration

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
    global _lazy_bound, WeatherIndexCalibrationStation
    from ..models.weather_index_calibration_station import (
        WeatherIndexCalibrationStation,
    )

    _lazy_bound = True
