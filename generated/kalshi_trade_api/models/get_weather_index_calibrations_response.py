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
    from ..models.weather_index_calibration import WeatherIndexCalibration


T = TypeVar("T", bound="GetWeatherIndexCalibrationsResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class GetWeatherIndexCalibrationsResponse:
    """Attributes:
    city (str): Index city ID.
    units (str): Always `celsius` — offsets and the city reference are Celsius quantities from the index methodology
        (the published index value itself is Fahrenheit).
    calibrations (list[WeatherIndexCalibration]): Configuration records, ascending by effective time.
    """

    city: str

    units: str

    calibrations: list[WeatherIndexCalibration]

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
        if isinstance(self.calibrations, Unset):
            pass
        elif (
            self.calibrations is None
        ):  # a null the spec does not allow, kept as received
            field_dict["calibrations"] = None
        else:
            _calibrations = []
            for calibrations_item_data in self.calibrations:
                calibrations_item = calibrations_item_data.to_dict()
                _calibrations.append(calibrations_item)

            field_dict["calibrations"] = _calibrations
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
                    _deviations,
                    "GetWeatherIndexCalibrationsResponse",
                    "city",
                    "missing",
                )
            elif _v is None:
                _f_city = None
                _deviations = record_deviation(
                    _deviations, "GetWeatherIndexCalibrationsResponse", "city", "null"
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
                    _deviations,
                    "GetWeatherIndexCalibrationsResponse",
                    "units",
                    "missing",
                )
            elif _v is None:
                _f_units = None
                _deviations = record_deviation(
                    _deviations, "GetWeatherIndexCalibrationsResponse", "units", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("units", "str", _v)
                _f_units = _v

            _v = _get("calibrations", UNSET)
            _f_calibrations: Any
            if _v is UNSET:
                _f_calibrations = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "GetWeatherIndexCalibrationsResponse",
                    "calibrations",
                    "missing",
                )
            elif _v is None:
                _f_calibrations = None
                _deviations = record_deviation(
                    _deviations,
                    "GetWeatherIndexCalibrationsResponse",
                    "calibrations",
                    "null",
                )
            else:
                if type(_v) is not list:
                    raise BadValue("calibrations", "array", _v)
                try:
                    _f_calibrations = list(map(WeatherIndexCalibration.from_dict, _v))
                except BadValue as _bad:
                    raise _bad.within_list("calibrations", _v) from None

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        get_weather_index_calibrations_response = _new(cls)
        get_weather_index_calibrations_response.city = _f_city
        get_weather_index_calibrations_response.units = _f_units
        get_weather_index_calibrations_response.calibrations = _f_calibrations
        if len(src_dict) + _absent > 3:
            _known: set[str] = {"city", "units", "calibrations"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            get_weather_index_calibrations_response.additional_properties = _extra_found
        else:
            get_weather_index_calibrations_response.additional_properties = {}
        get_weather_index_calibrations_response._deviations = _deviations
        return get_weather_index_calibrations_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("city", "city", str, True, None),
            ("units", "units", str, True, None),
            (
                "calibrations",
                "calibrations",
                list_of(wire_struct(WeatherIndexCalibration)),
                True,
                WeatherIndexCalibration,
            ),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        get_weather_index_calibrations_response = _new(cls)
        get_weather_index_calibrations_response.city = w.city
        get_weather_index_calibrations_response.units = w.units
        get_weather_index_calibrations_response.calibrations = items_from_wire(
            WeatherIndexCalibration, w.calibrations
        )
        get_weather_index_calibrations_response.additional_properties = w._extras()
        get_weather_index_calibrations_response._deviations = None
        return get_weather_index_calibrations_response

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
    global _lazy_bound, WeatherIndexCalibration
    from ..models.weather_index_calibration import WeatherIndexCalibration

    _lazy_bound = True
