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
    from ..models.weather_index_point import WeatherIndexPoint


T = TypeVar("T", bound="GetWeatherIndexResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class GetWeatherIndexResponse:
    """Attributes:
    city (str): Index city ID.
    units (str): Always `fahrenheit`.
    timeseries (list[WeatherIndexPoint]):
    config_version (str | Unset): Index configuration version of the newest returned point (e.g. `miami-
        temperature-v1.0`). Empty when no points matched the window.
    """

    city: str

    units: str

    timeseries: list[WeatherIndexPoint]

    config_version: str | Unset = UNSET

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
        if isinstance(self.city, Unset):
            pass
        elif self.city is None:  # a null the spec does not allow, kept as received
            field_dict["city"] = None
        else:
            field_dict["city"] = self.city
        if isinstance(self.units, Unset):
            pass
        elif self.units is None:  # a null the spec does not allow, kept as received
            field_dict["units"] = None
        else:
            field_dict["units"] = self.units
        if isinstance(self.timeseries, Unset):
            pass
        elif (
            self.timeseries is None
        ):  # a null the spec does not allow, kept as received
            field_dict["timeseries"] = None
        else:
            _timeseries = []
            for timeseries_item_data in self.timeseries:
                timeseries_item = timeseries_item_data.to_dict()
                _timeseries.append(timeseries_item)

            field_dict["timeseries"] = _timeseries
        if isinstance(self.config_version, Unset):
            pass
        elif (
            self.config_version is None
        ):  # a null the spec does not allow, kept as received
            field_dict["config_version"] = None
        else:
            field_dict["config_version"] = self.config_version
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
            _v = _get("city", UNSET)
            _f_city: Any
            if type(_v) is str:
                _f_city = _v

            elif _v is UNSET:
                _f_city = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "GetWeatherIndexResponse", "city", "missing"
                )
            elif _v is None:
                _f_city = None
                _deviations = record_deviation(
                    _deviations, "GetWeatherIndexResponse", "city", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("city", "str", _v)
                _f_city = _v

            _v = _get("units", UNSET)
            _f_units: Any
            if type(_v) is str:
                _f_units = _v

            elif _v is UNSET:
                _f_units = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "GetWeatherIndexResponse", "units", "missing"
                )
            elif _v is None:
                _f_units = None
                _deviations = record_deviation(
                    _deviations, "GetWeatherIndexResponse", "units", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("units", "str", _v)
                _f_units = _v

            _v = _get("timeseries", UNSET)
            _f_timeseries: Any
            if _v is UNSET:
                _f_timeseries = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "GetWeatherIndexResponse", "timeseries", "missing"
                )
            elif _v is None:
                _f_timeseries = None
                _deviations = record_deviation(
                    _deviations, "GetWeatherIndexResponse", "timeseries", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("timeseries", "array", _v)
                try:
                    _f_timeseries = list(map(WeatherIndexPoint.from_dict, _v))
                except BadValue as _bad:
                    raise _bad.within_list("timeseries", _v) from None

            _v = _get("config_version", UNSET)
            _f_config_version: Any
            if type(_v) is str:
                _f_config_version = _v

            elif _v is UNSET:
                _f_config_version = UNSET
                _absent += 1
            elif _v is None:
                _f_config_version = None
                _deviations = record_deviation(
                    _deviations, "GetWeatherIndexResponse", "config_version", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("config_version", "str", _v)
                _f_config_version = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        get_weather_index_response = _new(cls)
        get_weather_index_response.city = _f_city
        get_weather_index_response.units = _f_units
        get_weather_index_response.timeseries = _f_timeseries
        get_weather_index_response.config_version = _f_config_version
        if len(src_dict) + _absent > 4:
            _known: set[str] = {"city", "units", "timeseries", "config_version"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            get_weather_index_response.additional_properties = _extra_found
        else:
            get_weather_index_response.additional_properties = {}
        get_weather_index_response._deviations = _deviations
        return get_weather_index_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("city", "city", str, True, None),
            ("units", "units", str, True, None),
            (
                "timeseries",
                "timeseries",
                list_of(wire_struct(WeatherIndexPoint)),
                True,
                WeatherIndexPoint,
            ),
            ("config_version", "config_version", str, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        get_weather_index_response = _new(cls)
        get_weather_index_response.city = w.city
        get_weather_index_response.units = w.units
        get_weather_index_response.timeseries = items_from_wire(
            WeatherIndexPoint, w.timeseries
        )
        get_weather_index_response.config_version = w.config_version
        get_weather_index_response.additional_properties = w._extras()
        get_weather_index_response._deviations = None
        return get_weather_index_response

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
    global _lazy_bound, WeatherIndexPoint
    from ..models.weather_index_point import WeatherIndexPoint

    _lazy_bound = True
