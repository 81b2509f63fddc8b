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
    from ..models.percentile_point import PercentilePoint


T = TypeVar("T", bound="ForecastPercentilesPoint")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class ForecastPercentilesPoint:
    """Attributes:
    event_ticker (str): The event ticker this forecast is for.
    end_period_ts (int): Unix timestamp for the inclusive end of the forecast period.
    period_interval (int): Length of the forecast period in minutes.
    percentile_points (list[PercentilePoint]): Array of forecast values at different percentiles.
    """

    event_ticker: str

    end_period_ts: int

    period_interval: int

    percentile_points: list[PercentilePoint]

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
        if isinstance(self.event_ticker, Unset):
            pass
        elif (
            self.event_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["event_ticker"] = None
        else:
            field_dict["event_ticker"] = self.event_ticker
        if isinstance(self.end_period_ts, Unset):
            pass
        elif (
            self.end_period_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["end_period_ts"] = None
        else:
            field_dict["end_period_ts"] = self.end_period_ts
        if isinstance(self.period_interval, Unset):
            pass
        elif (
            self.period_interval is None
        ):  # a null the spec does not allow, kept as received
            field_dict["period_interval"] = None
        else:
            field_dict["period_interval"] = self.period_interval
        if isinstance(self.percentile_points, Unset):
            pass
        elif (
            self.percentile_points is None
        ):  # a null the spec does not allow, kept as received
            field_dict["percentile_points"] = None
        else:
            _percentile_points = []
            for percentile_points_item_data in self.percentile_points:
                percentile_points_item = percentile_points_item_data.to_dict()
                _percentile_points.append(percentile_points_item)

            field_dict["percentile_points"] = _percentile_points
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
            _v = _get("event_ticker", UNSET)
            _f_event_ticker: Any
            if type(_v) is str:
                _f_event_ticker = _v

            elif _v is UNSET:
                _f_event_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "ForecastPercentilesPoint", "event_ticker", "missing"
                )
            elif _v is None:
                _f_event_ticker = None
                _deviations = record_deviation(
                    _deviations, "ForecastPercentilesPoint", "event_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("event_ticker", "str", _v)
                _f_event_ticker = _v

            _v = _get("end_period_ts", UNSET)
            _f_end_period_ts: Any
            if type(_v) is int:
                _f_end_period_ts = _v

            elif _v is UNSET:
                _f_end_period_ts = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "ForecastPercentilesPoint", "end_period_ts", "missing"
                )
            elif _v is None:
                _f_end_period_ts = None
                _deviations = record_deviation(
                    _deviations, "ForecastPercentilesPoint", "end_period_ts", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("end_period_ts", "int", _v)
                _f_end_period_ts = _v

            _v = _get("period_interval", UNSET)
            _f_period_interval: Any
            if type(_v) is int:
                _f_period_interval = _v

            elif _v is UNSET:
                _f_period_interval = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "ForecastPercentilesPoint",
                    "period_interval",
                    "missing",
                )
            elif _v is None:
                _f_period_interval = None
                _deviations = record_deviation(
                    _deviations, "ForecastPercentilesPoint", "period_interval", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("period_interval", "int", _v)
                _f_period_interval = _v

            _v = _get("percentile_points", UNSET)
            _f_percentile_points: Any
            if _v is UNSET:
                _f_percentile_points = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "ForecastPercentilesPoint",
                    "percentile_points",
                    "missing",
                )
            elif _v is None:
                _f_percentile_points = None
                _deviations = record_deviation(
                    _deviations, "ForecastPercentilesPoint", "percentile_points", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("percentile_points", "array", _v)
                try:
                    _f_percentile_points = list(map(PercentilePoint.from_dict, _v))
                except BadValue as _bad:
                    raise _bad.within_list("percentile_points", _v) from None

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        forecast_percentiles_point = _new(cls)
        forecast_percentiles_point.event_ticker = _f_event_ticker
        forecast_percentiles_point.end_period_ts = _f_end_period_ts
        forecast_percentiles_point.period_interval = _f_period_interval
        forecast_percentiles_point.percentile_points = _f_percentile_points
        if len(src_dict) + _absent > 4:
            _known: set[str] = {
                "event_ticker",
                "end_period_ts",
                "period_interval",
                "percentile_points",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            forecast_percentiles_point.additional_properties = _extra_found
        else:
            forecast_percentiles_point.additional_properties = {}
        forecast_percentiles_point._deviations = _deviations
        return forecast_percentiles_point

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("event_ticker", "event_ticker", str, True, None),
            ("end_period_ts", "end_period_ts", int, True, None),
            ("period_interval", "period_interval", int, True, None),
            (
                "percentile_points",
                "percentile_points",
                list_of(wire_struct(PercentilePoint)),
                True,
                PercentilePoint,
            ),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        forecast_percentiles_point = _new(cls)
        forecast_percentiles_point.event_ticker = w.event_ticker
        forecast_percentiles_point.end_period_ts = w.end_period_ts
        forecast_percentiles_point.period_interval = w.period_interval
        forecast_percentiles_point.percentile_points = items_from_wire(
            PercentilePoint, w.percentile_points
        )
        forecast_percentiles_point.additional_properties = w._extras()
        forecast_percentiles_point._deviations = None
        return forecast_percentiles_point

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
    global _lazy_bound, PercentilePoint
    from ..models.percentile_point import PercentilePoint

    _lazy_bound = True
