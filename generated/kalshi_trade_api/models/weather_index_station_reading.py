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

T = TypeVar("T", bound="WeatherIndexStationReading")


@_attrs_define(repr=False, on_setattr=_NO_OP)
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
    # {json field: "missing" | "null"} when the response deviated from the spec (see types.deviations).
    _deviations: dict[str, str] | None = _attrs_field(
        init=False, default=None, eq=False
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if isinstance(self.station_id, Unset):
            pass
        elif (
            self.station_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["station_id"] = None
        else:
            field_dict["station_id"] = self.station_id
        if isinstance(self.code, Unset):
            pass
        elif self.code is None:  # a null the spec does not allow, kept as received
            field_dict["code"] = None
        else:
            field_dict["code"] = self.code
        if isinstance(self.source, Unset):
            pass
        elif self.source is None:  # a null the spec does not allow, kept as received
            field_dict["source"] = None
        else:
            field_dict["source"] = self.source
        if isinstance(self.temp_f, Unset):
            pass
        elif self.temp_f is None:  # a null the spec does not allow, kept as received
            field_dict["temp_f"] = None
        else:
            field_dict["temp_f"] = self.temp_f
        if isinstance(self.obs_time_ms, Unset):
            pass
        elif (
            self.obs_time_ms is None
        ):  # a null the spec does not allow, kept as received
            field_dict["obs_time_ms"] = None
        else:
            field_dict["obs_time_ms"] = self.obs_time_ms
        if isinstance(self.received_at_ms, Unset):
            pass
        elif (
            self.received_at_ms is None
        ):  # a null the spec does not allow, kept as received
            field_dict["received_at_ms"] = None
        else:
            field_dict["received_at_ms"] = self.received_at_ms
        if isinstance(self.primary_code, Unset):
            pass
        elif (
            self.primary_code is None
        ):  # a null the spec does not allow, kept as received
            field_dict["primary_code"] = None
        else:
            field_dict["primary_code"] = self.primary_code
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
            _v = _get("station_id", UNSET)
            _f_station_id: Any
            if type(_v) is str:
                _f_station_id = _v

            elif _v is UNSET:
                _f_station_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "WeatherIndexStationReading", "station_id", "missing"
                )
            elif _v is None:
                _f_station_id = None
                _deviations = record_deviation(
                    _deviations, "WeatherIndexStationReading", "station_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("station_id", "str", _v)
                _f_station_id = _v

            _v = _get("code", UNSET)
            _f_code: Any
            if type(_v) is str:
                _f_code = _v

            elif _v is UNSET:
                _f_code = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "WeatherIndexStationReading", "code", "missing"
                )
            elif _v is None:
                _f_code = None
                _deviations = record_deviation(
                    _deviations, "WeatherIndexStationReading", "code", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("code", "str", _v)
                _f_code = _v

            _v = _get("source", UNSET)
            _f_source: Any
            if type(_v) is str:
                _f_source = _v

            elif _v is UNSET:
                _f_source = UNSET
                _absent += 1
            elif _v is None:
                _f_source = None
                _deviations = record_deviation(
                    _deviations, "WeatherIndexStationReading", "source", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("source", "str", _v)
                _f_source = _v

            _v = _get("temp_f", UNSET)
            _f_temp_f: Any
            if type(_v) is float:
                _f_temp_f = _v

            elif _v is UNSET:
                _f_temp_f = UNSET
                _absent += 1
            elif _v is None:
                _f_temp_f = None
                _deviations = record_deviation(
                    _deviations, "WeatherIndexStationReading", "temp_f", "null"
                )
            else:
                if type(_v) is not float:
                    if type(_v) is not int or float(_v) != _v:
                        raise BadValue("temp_f", "number", _v)
                    _v = float(_v)
                _f_temp_f = _v

            _v = _get("obs_time_ms", UNSET)
            _f_obs_time_ms: Any
            if type(_v) is int:
                _f_obs_time_ms = _v

            elif _v is UNSET:
                _f_obs_time_ms = UNSET
                _absent += 1
            elif _v is None:
                _f_obs_time_ms = None
                _deviations = record_deviation(
                    _deviations, "WeatherIndexStationReading", "obs_time_ms", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("obs_time_ms", "int", _v)
                _f_obs_time_ms = _v

            _v = _get("received_at_ms", UNSET)
            _f_received_at_ms: Any
            if type(_v) is int:
                _f_received_at_ms = _v

            elif _v is UNSET:
                _f_received_at_ms = UNSET
                _absent += 1
            elif _v is None:
                _f_received_at_ms = None
                _deviations = record_deviation(
                    _deviations, "WeatherIndexStationReading", "received_at_ms", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("received_at_ms", "int", _v)
                _f_received_at_ms = _v

            _v = _get("primary_code", UNSET)
            _f_primary_code: Any
            if type(_v) is str:
                _f_primary_code = _v

            elif _v is UNSET:
                _f_primary_code = UNSET
                _absent += 1
            elif _v is None:
                _f_primary_code = None
                _deviations = record_deviation(
                    _deviations, "WeatherIndexStationReading", "primary_code", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("primary_code", "str", _v)
                _f_primary_code = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        weather_index_station_reading = _new(cls)
        weather_index_station_reading.station_id = _f_station_id
        weather_index_station_reading.code = _f_code
        weather_index_station_reading.source = _f_source
        weather_index_station_reading.temp_f = _f_temp_f
        weather_index_station_reading.obs_time_ms = _f_obs_time_ms
        weather_index_station_reading.received_at_ms = _f_received_at_ms
        weather_index_station_reading.primary_code = _f_primary_code
        if len(src_dict) + _absent > 7:
            _known: set[str] = {
                "station_id",
                "code",
                "source",
                "temp_f",
                "obs_time_ms",
                "received_at_ms",
                "primary_code",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            weather_index_station_reading.additional_properties = _extra_found
        else:
            weather_index_station_reading.additional_properties = {}
        weather_index_station_reading._deviations = _deviations
        return weather_index_station_reading

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("station_id", "station_id", str, True, None),
            ("code", "code", str, True, None),
            ("source", "source", str, False, None),
            ("temp_f", "temp_f", Any, False, None),
            ("obs_time_ms", "obs_time_ms", int, False, None),
            ("received_at_ms", "received_at_ms", int, False, None),
            ("primary_code", "primary_code", str, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        weather_index_station_reading = _new(cls)
        weather_index_station_reading.station_id = w.station_id
        weather_index_station_reading.code = w.code
        weather_index_station_reading.source = w.source
        if w.temp_f is None:  # a null the spec does not allow: from_dict records it
            raise BadValue("temp_f", "not null", None)
        if w.temp_f is UNSET:
            weather_index_station_reading.temp_f = w.temp_f
        else:
            if type(w.temp_f) is not float:
                if type(w.temp_f) is not int or float(w.temp_f) != w.temp_f:
                    raise BadValue("temp_f", "number", w.temp_f)
                w.temp_f = float(w.temp_f)
            weather_index_station_reading.temp_f = w.temp_f
        weather_index_station_reading.obs_time_ms = w.obs_time_ms
        weather_index_station_reading.received_at_ms = w.received_at_ms
        weather_index_station_reading.primary_code = w.primary_code
        weather_index_station_reading.additional_properties = w._extras()
        weather_index_station_reading._deviations = None
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
