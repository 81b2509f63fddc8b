from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.weather_index_point import WeatherIndexPoint


T = TypeVar("T", bound="GetWeatherIndexResponse")


@_attrs_define(repr=False)
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

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        city = self.city
        field_dict["city"] = city
        units = self.units
        field_dict["units"] = units
        timeseries = []
        for timeseries_item_data in self.timeseries:
            timeseries_item = timeseries_item_data.to_dict()
            timeseries.append(timeseries_item)

        field_dict["timeseries"] = timeseries
        config_version = self.config_version
        if config_version is not UNSET:
            field_dict["config_version"] = config_version
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.weather_index_point import WeatherIndexPoint

        d = dict(src_dict)
        city = d.pop("city")
        units = d.pop("units")
        timeseries = []
        _timeseries = d.pop("timeseries")
        for timeseries_item_data in _timeseries:
            timeseries_item = WeatherIndexPoint.from_dict(timeseries_item_data)

            timeseries.append(timeseries_item)

        config_version = d.pop("config_version", UNSET)
        get_weather_index_response = cls(
            city=city,
            units=units,
            timeseries=timeseries,
            config_version=config_version,
        )
        get_weather_index_response.additional_properties = d
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
