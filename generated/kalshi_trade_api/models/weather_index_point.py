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
    from ..models.weather_index_station_reading import WeatherIndexStationReading


T = TypeVar("T", bound="WeatherIndexPoint")


@_attrs_define(repr=False, on_setattr=_NO_OP)
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
        if isinstance(self.t, Unset):
            pass
        elif self.t is None:  # a null the spec does not allow, kept as received
            field_dict["t"] = None
        else:
            field_dict["t"] = self.t
        if isinstance(self.status, Unset):
            pass
        elif self.status is None:  # a null the spec does not allow, kept as received
            field_dict["status"] = None
        else:
            field_dict["status"] = self.status
        if isinstance(self.v, Unset):
            pass
        elif self.v is None:  # a null the spec does not allow, kept as received
            field_dict["v"] = None
        else:
            field_dict["v"] = self.v
        if isinstance(self.contributors, Unset):
            pass
        elif (
            self.contributors is None
        ):  # a null the spec does not allow, kept as received
            field_dict["contributors"] = None
        else:
            field_dict["contributors"] = self.contributors
        if isinstance(self.receipt_basis, Unset):
            pass
        elif (
            self.receipt_basis is None
        ):  # a null the spec does not allow, kept as received
            field_dict["receipt_basis"] = None
        else:
            field_dict["receipt_basis"] = self.receipt_basis
        if isinstance(self.stations, Unset):
            pass
        elif self.stations is None:  # a null the spec does not allow, kept as received
            field_dict["stations"] = None
        else:
            _stations: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.stations, Unset):
                _stations = []
                for stations_item_data in self.stations:
                    stations_item = stations_item_data.to_dict()
                    _stations.append(stations_item)

            field_dict["stations"] = _stations
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
            _v = _get("t", UNSET)
            _f_t: Any
            if type(_v) is int:
                _f_t = _v

            elif _v is UNSET:
                _f_t = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "WeatherIndexPoint", "t", "missing"
                )
            elif _v is None:
                _f_t = None
                _deviations = record_deviation(
                    _deviations, "WeatherIndexPoint", "t", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("t", "int", _v)
                _f_t = _v

            _v = _get("status", UNSET)
            _f_status: Any
            if type(_v) is str:
                _f_status = _v

            elif _v is UNSET:
                _f_status = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "WeatherIndexPoint", "status", "missing"
                )
            elif _v is None:
                _f_status = None
                _deviations = record_deviation(
                    _deviations, "WeatherIndexPoint", "status", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("status", "str", _v)
                _f_status = _v

            _v = _get("v", UNSET)
            _f_v: Any
            if type(_v) is float:
                _f_v = _v

            elif _v is UNSET:
                _f_v = UNSET
                _absent += 1
            elif _v is None:
                _f_v = None
                _deviations = record_deviation(
                    _deviations, "WeatherIndexPoint", "v", "null"
                )
            else:
                if type(_v) is not float:
                    if type(_v) is not int or float(_v) != _v:
                        raise BadValue("v", "number", _v)
                    _v = float(_v)
                _f_v = _v

            _v = _get("contributors", UNSET)
            _f_contributors: Any
            if type(_v) is int:
                _f_contributors = _v

            elif _v is UNSET:
                _f_contributors = UNSET
                _absent += 1
            elif _v is None:
                _f_contributors = None
                _deviations = record_deviation(
                    _deviations, "WeatherIndexPoint", "contributors", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("contributors", "int", _v)
                _f_contributors = _v

            _v = _get("receipt_basis", UNSET)
            _f_receipt_basis: Any
            if type(_v) is str:
                _f_receipt_basis = _v

            elif _v is UNSET:
                _f_receipt_basis = UNSET
                _absent += 1
            elif _v is None:
                _f_receipt_basis = None
                _deviations = record_deviation(
                    _deviations, "WeatherIndexPoint", "receipt_basis", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("receipt_basis", "str", _v)
                _f_receipt_basis = _v

            _v = _get("stations", UNSET)
            _f_stations: Any
            if _v is UNSET:
                _f_stations = UNSET
                _absent += 1
            elif _v is None:
                _f_stations = None
                _deviations = record_deviation(
                    _deviations, "WeatherIndexPoint", "stations", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("stations", "array", _v)
                try:
                    _f_stations = list(map(WeatherIndexStationReading.from_dict, _v))
                except BadValue as _bad:
                    raise _bad.within_list("stations", _v) from None

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        weather_index_point = _new(cls)
        weather_index_point.t = _f_t
        weather_index_point.status = _f_status
        weather_index_point.v = _f_v
        weather_index_point.contributors = _f_contributors
        weather_index_point.receipt_basis = _f_receipt_basis
        weather_index_point.stations = _f_stations
        if len(src_dict) + _absent > 6:
            _known: set[str] = {
                "t",
                "status",
                "v",
                "contributors",
                "receipt_basis",
                "stations",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            weather_index_point.additional_properties = _extra_found
        else:
            weather_index_point.additional_properties = {}
        weather_index_point._deviations = _deviations
        return weather_index_point

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("t", "t", int, True, None),
            ("status", "status", str, True, None),
            ("v", "v", Any, False, None),
            ("contributors", "contributors", int, False, None),
            ("receipt_basis", "receipt_basis", str, False, None),
            (
                "stations",
                "stations",
                list_of(wire_struct(WeatherIndexStationReading)),
                False,
                WeatherIndexStationReading,
            ),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        weather_index_point = _new(cls)
        weather_index_point.t = w.t
        weather_index_point.status = w.status
        if w.v is None:  # a null the spec does not allow: from_dict records it
            raise BadValue("v", "not null", None)
        if w.v is UNSET:
            weather_index_point.v = w.v
        else:
            if type(w.v) is not float:
                if type(w.v) is not int or float(w.v) != w.v:
                    raise BadValue("v", "number", w.v)
                w.v = float(w.v)
            weather_index_point.v = w.v
        weather_index_point.contributors = w.contributors
        weather_index_point.receipt_basis = w.receipt_basis
        if w.stations is UNSET:
            weather_index_point.stations = w.stations
        else:
            weather_index_point.stations = items_from_wire(
                WeatherIndexStationReading, w.stations
            )
        weather_index_point.additional_properties = w._extras()
        weather_index_point._deviations = None
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


# Models that refer back to this one are imported on first use, once (not per call:
# an import statement costs ~0.7 us, a third of a small model's parse).
_lazy_bound = False


def _bind_lazy() -> None:
    global _lazy_bound, WeatherIndexStationReading
    from ..models.weather_index_station_reading import WeatherIndexStationReading

    _lazy_bound = True
