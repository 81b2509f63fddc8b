from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.weather_index_calibration import WeatherIndexCalibration


T = TypeVar("T", bound="GetWeatherIndexCalibrationsResponse")


@_attrs_define(repr=False)
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

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        city = self.city
        field_dict["city"] = city
        units = self.units
        field_dict["units"] = units
        calibrations = []
        for calibrations_item_data in self.calibrations:
            calibrations_item = calibrations_item_data.to_dict()
            calibrations.append(calibrations_item)

        field_dict["calibrations"] = calibrations
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.weather_index_calibration import WeatherIndexCalibration

        d = dict(src_dict)
        city = d.pop("city")
        units = d.pop("units")
        calibrations = []
        _calibrations = d.pop("calibrations")
        for calibrations_item_data in _calibrations:
            calibrations_item = WeatherIndexCalibration.from_dict(
                calibrations_item_data
            )

            calibrations.append(calibrations_item)

        get_weather_index_calibrations_response = cls(
            city=city,
            units=units,
            calibrations=calibrations,
        )
        get_weather_index_calibrations_response.additional_properties = d
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
