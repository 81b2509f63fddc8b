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

T = TypeVar("T", bound="PercentilePoint")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class PercentilePoint:
    """Attributes:
    percentile (int): The percentile value (0-9999).
    raw_numerical_forecast (float): The raw numerical forecast value.
    numerical_forecast (float): The processed numerical forecast value.
    formatted_forecast (str): The human-readable formatted forecast value.
    """

    percentile: int

    raw_numerical_forecast: float

    numerical_forecast: float

    formatted_forecast: str

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
        if isinstance(self.percentile, Unset):
            pass
        elif (
            self.percentile is None
        ):  # a null the spec does not allow, kept as received
            field_dict["percentile"] = None
        else:
            field_dict["percentile"] = self.percentile
        if isinstance(self.raw_numerical_forecast, Unset):
            pass
        elif (
            self.raw_numerical_forecast is None
        ):  # a null the spec does not allow, kept as received
            field_dict["raw_numerical_forecast"] = None
        else:
            field_dict["raw_numerical_forecast"] = self.raw_numerical_forecast
        if isinstance(self.numerical_forecast, Unset):
            pass
        elif (
            self.numerical_forecast is None
        ):  # a null the spec does not allow, kept as received
            field_dict["numerical_forecast"] = None
        else:
            field_dict["numerical_forecast"] = self.numerical_forecast
        if isinstance(self.formatted_forecast, Unset):
            pass
        elif (
            self.formatted_forecast is None
        ):  # a null the spec does not allow, kept as received
            field_dict["formatted_forecast"] = None
        else:
            field_dict["formatted_forecast"] = self.formatted_forecast
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
            _v = _get("percentile", UNSET)
            _f_percentile: Any
            if type(_v) is int:
                _f_percentile = _v

            elif _v is UNSET:
                _f_percentile = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "PercentilePoint", "percentile", "missing"
                )
            elif _v is None:
                _f_percentile = None
                _deviations = record_deviation(
                    _deviations, "PercentilePoint", "percentile", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("percentile", "int", _v)
                _f_percentile = _v

            _v = _get("raw_numerical_forecast", UNSET)
            _f_raw_numerical_forecast: Any
            if type(_v) is float:
                _f_raw_numerical_forecast = _v

            elif _v is UNSET:
                _f_raw_numerical_forecast = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "PercentilePoint", "raw_numerical_forecast", "missing"
                )
            elif _v is None:
                _f_raw_numerical_forecast = None
                _deviations = record_deviation(
                    _deviations, "PercentilePoint", "raw_numerical_forecast", "null"
                )
            else:
                if type(_v) is not float:
                    if type(_v) is not int or float(_v) != _v:
                        raise BadValue("raw_numerical_forecast", "number", _v)
                    _v = float(_v)
                _f_raw_numerical_forecast = _v

            _v = _get("numerical_forecast", UNSET)
            _f_numerical_forecast: Any
            if type(_v) is float:
                _f_numerical_forecast = _v

            elif _v is UNSET:
                _f_numerical_forecast = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "PercentilePoint", "numerical_forecast", "missing"
                )
            elif _v is None:
                _f_numerical_forecast = None
                _deviations = record_deviation(
                    _deviations, "PercentilePoint", "numerical_forecast", "null"
                )
            else:
                if type(_v) is not float:
                    if type(_v) is not int or float(_v) != _v:
                        raise BadValue("numerical_forecast", "number", _v)
                    _v = float(_v)
                _f_numerical_forecast = _v

            _v = _get("formatted_forecast", UNSET)
            _f_formatted_forecast: Any
            if type(_v) is str:
                _f_formatted_forecast = _v

            elif _v is UNSET:
                _f_formatted_forecast = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "PercentilePoint", "formatted_forecast", "missing"
                )
            elif _v is None:
                _f_formatted_forecast = None
                _deviations = record_deviation(
                    _deviations, "PercentilePoint", "formatted_forecast", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("formatted_forecast", "str", _v)
                _f_formatted_forecast = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        percentile_point = _new(cls)
        percentile_point.percentile = _f_percentile
        percentile_point.raw_numerical_forecast = _f_raw_numerical_forecast
        percentile_point.numerical_forecast = _f_numerical_forecast
        percentile_point.formatted_forecast = _f_formatted_forecast
        if len(src_dict) + _absent > 4:
            _known: set[str] = {
                "percentile",
                "raw_numerical_forecast",
                "numerical_forecast",
                "formatted_forecast",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            percentile_point.additional_properties = _extra_found
        else:
            percentile_point.additional_properties = {}
        percentile_point._deviations = _deviations
        return percentile_point

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("percentile", "percentile", int, True, None),
            ("raw_numerical_forecast", "raw_numerical_forecast", Any, True, None),
            ("numerical_forecast", "numerical_forecast", Any, True, None),
            ("formatted_forecast", "formatted_forecast", str, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        percentile_point = _new(cls)
        percentile_point.percentile = w.percentile
        if (
            w.raw_numerical_forecast is None
        ):  # a null the spec does not allow: from_dict records it
            raise BadValue("raw_numerical_forecast", "not null", None)
        if type(w.raw_numerical_forecast) is not float:
            if (
                type(w.raw_numerical_forecast) is not int
                or float(w.raw_numerical_forecast) != w.raw_numerical_forecast
            ):
                raise BadValue(
                    "raw_numerical_forecast", "number", w.raw_numerical_forecast
                )
            w.raw_numerical_forecast = float(w.raw_numerical_forecast)
        percentile_point.raw_numerical_forecast = w.raw_numerical_forecast
        if (
            w.numerical_forecast is None
        ):  # a null the spec does not allow: from_dict records it
            raise BadValue("numerical_forecast", "not null", None)
        if type(w.numerical_forecast) is not float:
            if (
                type(w.numerical_forecast) is not int
                or float(w.numerical_forecast) != w.numerical_forecast
            ):
                raise BadValue("numerical_forecast", "number", w.numerical_forecast)
            w.numerical_forecast = float(w.numerical_forecast)
        percentile_point.numerical_forecast = w.numerical_forecast
        percentile_point.formatted_forecast = w.formatted_forecast
        percentile_point.additional_properties = w._extras()
        percentile_point._deviations = None
        return percentile_point

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
