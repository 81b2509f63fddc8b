from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.weather_index_station_reading import WeatherIndexStationReading


T = TypeVar("T", bound="WeatherIndexPoint")


@_attrs_define(repr=False)
class WeatherIndexPoint:
    """Attributes:
    t (int): Event minute, unix milliseconds UTC.
    status (str): `normal` (every member contributed its exact-minute primary observation) or `degraded` (a member
        was absent, fallback-fed, or substituted by quality control; the value is equally settlement-eligible). With
        `detailed=true`, trailing minutes still inside their receipt deadline are additionally served as `incomplete`:
        no value, and stations carrying the raw readings recorded so far (code `pending`, not yet quality-controlled —
        more readings may still arrive, and the canonical value may differ).
    v (float | Unset): Published index value, Fahrenheit rounded to 0.01. Absent on `incomplete` points, which have
        no canonical value yet.
    contributors (int | Unset): Number of accepted member stations backing the point. Absent on `incomplete` points.
    receipt_basis (str | Unset): Present only on points produced by the labelled historical backfill that seeds a
        city's series for the period before it went live. `synoptic_latency` means the receipt-deadline test used
        `observation_time + Synoptic ingest latency` in place of Kalshi's local receipt clock. Absent on canonical
        points, which are the only settlement-eligible ones.
    stations (list[WeatherIndexStationReading] | Unset): Per-station audit readings (only with `detailed=true`),
        sorted by station ID — every configured member's reported value and QC disposition before incorporation into the
        index.
    """

    t: int
    status: str
    v: float | Unset = UNSET
    contributors: int | Unset = UNSET
    receipt_basis: str | Unset = UNSET
    stations: list[WeatherIndexStationReading] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        t = self.t
        field_dict["t"] = t
        status = self.status
        field_dict["status"] = status
        v = self.v
        if v is not UNSET:
            field_dict["v"] = v
        contributors = self.contributors
        if contributors is not UNSET:
            field_dict["contributors"] = contributors
        receipt_basis = self.receipt_basis
        if receipt_basis is not UNSET:
            field_dict["receipt_basis"] = receipt_basis
        stations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stations, Unset):
            stations = []
            for stations_item_data in self.stations:
                stations_item = stations_item_data.to_dict()
                stations.append(stations_item)

        if stations is not UNSET:
            field_dict["stations"] = stations
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.weather_index_station_reading import WeatherIndexStationReading

        d = dict(src_dict)
        t = d.pop("t")
        status = d.pop("status")
        v = d.pop("v", UNSET)
        contributors = d.pop("contributors", UNSET)
        receipt_basis = d.pop("receipt_basis", UNSET)
        _stations = d.pop("stations", UNSET)
        stations: list[WeatherIndexStationReading] | Unset = UNSET
        if _stations is not UNSET:
            stations = []
            for stations_item_data in _stations:
                stations_item = WeatherIndexStationReading.from_dict(stations_item_data)

                stations.append(stations_item)

        weather_index_point = cls(
            t=t,
            status=status,
            v=v,
            contributors=contributors,
            receipt_basis=receipt_basis,
            stations=stations,
        )
        weather_index_point.additional_properties = d
        return weather_index_point

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
