from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="WeatherIndexStationReading")


@_attrs_define(repr=False)
class WeatherIndexStationReading:
    """Attributes:
    station_id (str): Member station (e.g. `KMIA1M`) or its official fallback ID.
    code (str): Disposition: `ok` (accepted), `missing` (no eligible observation), `late` (received after the
        deadline; diagnostic only), a QC rejection (`range`, `rate_spatial`, `extreme`), or `pending` (raw reading on an
        `incomplete` minute, not yet quality-controlled).
    source (str | Unset): `hf_asos` (exact-minute primary) or `metar` (carried-forward official observation). Absent
        when no reading was available.
    temp_f (float | Unset): Raw reported temperature in Fahrenheit (unrounded — only the published index value
        carries output rounding). Absent for `missing` members.
    obs_time_ms (int | Unset): Observation time for carried-forward fallbacks (differs from the event minute).
        Absent for exact-minute primaries.
    received_at_ms (int | Unset): Local wire-receipt time backing the eligibility deadline.
    primary_code (str | Unset): Why the primary observation was passed over when a fallback was selected instead.
    """

    station_id: str
    code: str
    source: str | Unset = UNSET
    temp_f: float | Unset = UNSET
    obs_time_ms: int | Unset = UNSET
    received_at_ms: int | Unset = UNSET
    primary_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        station_id = self.station_id
        field_dict["station_id"] = station_id
        code = self.code
        field_dict["code"] = code
        source = self.source
        if source is not UNSET:
            field_dict["source"] = source
        temp_f = self.temp_f
        if temp_f is not UNSET:
            field_dict["temp_f"] = temp_f
        obs_time_ms = self.obs_time_ms
        if obs_time_ms is not UNSET:
            field_dict["obs_time_ms"] = obs_time_ms
        received_at_ms = self.received_at_ms
        if received_at_ms is not UNSET:
            field_dict["received_at_ms"] = received_at_ms
        primary_code = self.primary_code
        if primary_code is not UNSET:
            field_dict["primary_code"] = primary_code
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        station_id = d.pop("station_id")
        code = d.pop("code")
        source = d.pop("source", UNSET)
        temp_f = d.pop("temp_f", UNSET)
        obs_time_ms = d.pop("obs_time_ms", UNSET)
        received_at_ms = d.pop("received_at_ms", UNSET)
        primary_code = d.pop("primary_code", UNSET)
        weather_index_station_reading = cls(
            station_id=station_id,
            code=code,
            source=source,
            temp_f=temp_f,
            obs_time_ms=obs_time_ms,
            received_at_ms=received_at_ms,
            primary_code=primary_code,
        )
        weather_index_station_reading.additional_properties = d
        return weather_index_station_reading

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
