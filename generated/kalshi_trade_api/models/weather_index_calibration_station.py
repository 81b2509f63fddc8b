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

T = TypeVar("T", bound="WeatherIndexCalibrationStation")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class WeatherIndexCalibrationStation:
    """Attributes:
    station_id (str): Member station ID (e.g. `KMIA1M`).
    weight (float): Base weight (weights sum to 1.0 across members).
    offset_c (float): Station offset in Celsius (positive = station normally runs warmer than its peers).
    update_note (str | Unset): Weekly-calibration disposition, present only on weekly calibration records: `updated
        ...` with the residual count, target, and applied adjustment, or `insufficient ...` when the prior offset was
        retained.
    """

    station_id: str

    weight: float

    offset_c: float

    update_note: str | Unset = UNSET

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
        if isinstance(self.weight, Unset):
            pass
        elif self.weight is None:  # a null the spec does not allow, kept as received
            field_dict["weight"] = None
        else:
            field_dict["weight"] = self.weight
        if isinstance(self.offset_c, Unset):
            pass
        elif self.offset_c is None:  # a null the spec does not allow, kept as received
            field_dict["offset_c"] = None
        else:
            field_dict["offset_c"] = self.offset_c
        if isinstance(self.update_note, Unset):
            pass
        elif (
            self.update_note is None
        ):  # a null the spec does not allow, kept as received
            field_dict["update_note"] = None
        else:
            field_dict["update_note"] = self.update_note
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
                    _deviations,
                    "WeatherIndexCalibrationStation",
                    "station_id",
                    "missing",
                )
            elif _v is None:
                _f_station_id = None
                _deviations = record_deviation(
                    _deviations, "WeatherIndexCalibrationStation", "station_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("station_id", "str", _v)
                _f_station_id = _v

            _v = _get("weight", UNSET)
            _f_weight: Any
            if type(_v) is float:
                _f_weight = _v

            elif _v is UNSET:
                _f_weight = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "WeatherIndexCalibrationStation", "weight", "missing"
                )
            elif _v is None:
                _f_weight = None
                _deviations = record_deviation(
                    _deviations, "WeatherIndexCalibrationStation", "weight", "null"
                )
            else:
                if type(_v) is not float:
                    if type(_v) is not int or float(_v) != _v:
                        raise BadValue("weight", "number", _v)
                    _v = float(_v)
                _f_weight = _v

            _v = _get("offset_c", UNSET)
            _f_offset_c: Any
            if type(_v) is float:
                _f_offset_c = _v

            elif _v is UNSET:
                _f_offset_c = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "WeatherIndexCalibrationStation", "offset_c", "missing"
                )
            elif _v is None:
                _f_offset_c = None
                _deviations = record_deviation(
                    _deviations, "WeatherIndexCalibrationStation", "offset_c", "null"
                )
            else:
                if type(_v) is not float:
                    if type(_v) is not int or float(_v) != _v:
                        raise BadValue("offset_c", "number", _v)
                    _v = float(_v)
                _f_offset_c = _v

            _v = _get("update_note", UNSET)
            _f_update_note: Any
            if type(_v) is str:
                _f_update_note = _v

            elif _v is UNSET:
                _f_update_note = UNSET
                _absent += 1
            elif _v is None:
                _f_update_note = None
                _deviations = record_deviation(
                    _deviations, "WeatherIndexCalibrationStation", "update_note", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("update_note", "str", _v)
                _f_update_note = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        weather_index_calibration_station = _new(cls)
        weather_index_calibration_station.station_id = _f_station_id
        weather_index_calibration_station.weight = _f_weight
        weather_index_calibration_station.offset_c = _f_offset_c
        weather_index_calibration_station.update_note = _f_update_note
        if len(src_dict) + _absent > 4:
            _known: set[str] = {"station_id", "weight", "offset_c", "update_note"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            weather_index_calibration_station.additional_properties = _extra_found
        else:
            weather_index_calibration_station.additional_properties = {}
        weather_index_calibration_station._deviations = _deviations
        return weather_index_calibration_station

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("station_id", "station_id", str, True, None),
            ("weight", "weight", Any, True, None),
            ("offset_c", "offset_c", Any, True, None),
            ("update_note", "update_note", str, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        weather_index_calibration_station = _new(cls)
        weather_index_calibration_station.station_id = w.station_id
        if w.weight is None:  # a null the spec does not allow: from_dict records it
            raise BadValue("weight", "not null", None)
        if type(w.weight) is not float:
            if type(w.weight) is not int or float(w.weight) != w.weight:
                raise BadValue("weight", "number", w.weight)
            w.weight = float(w.weight)
        weather_index_calibration_station.weight = w.weight
        if w.offset_c is None:  # a null the spec does not allow: from_dict records it
            raise BadValue("offset_c", "not null", None)
        if type(w.offset_c) is not float:
            if type(w.offset_c) is not int or float(w.offset_c) != w.offset_c:
                raise BadValue("offset_c", "number", w.offset_c)
            w.offset_c = float(w.offset_c)
        weather_index_calibration_station.offset_c = w.offset_c
        weather_index_calibration_station.update_note = w.update_note
        weather_index_calibration_station.additional_properties = w._extras()
        weather_index_calibration_station._deviations = None
        return weather_index_calibration_station

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
