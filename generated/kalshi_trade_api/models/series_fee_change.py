from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.fee_type import FEE_TYPE_VALUES, FeeType, check_fee_type
from ..types import (
    UNSET,
    BadValue,
    Unset,
    _new,
    fromisoformat,
    learn_extras,
    model_repr,
    parse_datetime,
    record_deviation,
)

T = TypeVar("T", bound="SeriesFeeChange")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class SeriesFeeChange:
    """Attributes:
    id (str): Unique identifier for this fee change
    series_ticker (str): Series ticker this fee change applies to
    fee_type (FeeType): Fee type for a series or scheduled fee override.
    fee_multiplier (float): New fee multiplier for the series
    scheduled_ts (datetime.datetime): Timestamp when this fee change is scheduled to take effect
    """

    id: str

    series_ticker: str

    fee_type: FeeType

    fee_multiplier: float

    scheduled_ts: datetime.datetime

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
        if isinstance(self.id, Unset):
            pass
        elif self.id is None:  # a null the spec does not allow, kept as received
            field_dict["id"] = None
        else:
            field_dict["id"] = self.id
        if isinstance(self.series_ticker, Unset):
            pass
        elif (
            self.series_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["series_ticker"] = None
        else:
            field_dict["series_ticker"] = self.series_ticker
        if isinstance(self.fee_type, Unset):
            pass
        elif self.fee_type is None:  # a null the spec does not allow, kept as received
            field_dict["fee_type"] = None
        else:
            _fee_type: str = check_fee_type(self.fee_type, "fee_type")
            field_dict["fee_type"] = _fee_type
        if isinstance(self.fee_multiplier, Unset):
            pass
        elif (
            self.fee_multiplier is None
        ):  # a null the spec does not allow, kept as received
            field_dict["fee_multiplier"] = None
        else:
            field_dict["fee_multiplier"] = self.fee_multiplier
        if isinstance(self.scheduled_ts, Unset):
            pass
        elif (
            self.scheduled_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["scheduled_ts"] = None
        else:
            _scheduled_ts = self.scheduled_ts.isoformat()
            field_dict["scheduled_ts"] = _scheduled_ts
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
            _v = _get("id", UNSET)
            _f_id: Any
            if type(_v) is str:
                _f_id = _v

            elif _v is UNSET:
                _f_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "SeriesFeeChange", "id", "missing"
                )
            elif _v is None:
                _f_id = None
                _deviations = record_deviation(
                    _deviations, "SeriesFeeChange", "id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("id", "str", _v)
                _f_id = _v

            _v = _get("series_ticker", UNSET)
            _f_series_ticker: Any
            if type(_v) is str:
                _f_series_ticker = _v

            elif _v is UNSET:
                _f_series_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "SeriesFeeChange", "series_ticker", "missing"
                )
            elif _v is None:
                _f_series_ticker = None
                _deviations = record_deviation(
                    _deviations, "SeriesFeeChange", "series_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("series_ticker", "str", _v)
                _f_series_ticker = _v

            _v = _get("fee_type", UNSET)
            _f_fee_type: Any
            if type(_v) is str and _v in FEE_TYPE_VALUES:
                _f_fee_type = _v

            elif _v is UNSET:
                _f_fee_type = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "SeriesFeeChange", "fee_type", "missing"
                )
            elif _v is None:
                _f_fee_type = None
                _deviations = record_deviation(
                    _deviations, "SeriesFeeChange", "fee_type", "null"
                )
            else:
                _f_fee_type = check_fee_type(_v, "fee_type", received=True)

            _v = _get("fee_multiplier", UNSET)
            _f_fee_multiplier: Any
            if type(_v) is float:
                _f_fee_multiplier = _v

            elif _v is UNSET:
                _f_fee_multiplier = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "SeriesFeeChange", "fee_multiplier", "missing"
                )
            elif _v is None:
                _f_fee_multiplier = None
                _deviations = record_deviation(
                    _deviations, "SeriesFeeChange", "fee_multiplier", "null"
                )
            else:
                if type(_v) is not float:
                    if type(_v) is not int or float(_v) != _v:
                        raise BadValue("fee_multiplier", "number", _v)
                    _v = float(_v)
                _f_fee_multiplier = _v

            _v = _get("scheduled_ts", UNSET)
            _f_scheduled_ts: Any
            if type(_v) is str:
                try:
                    _f_scheduled_ts = fromisoformat(_v)
                except ValueError:
                    _f_scheduled_ts = parse_datetime(_v, "scheduled_ts")

            elif _v is UNSET:
                _f_scheduled_ts = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "SeriesFeeChange", "scheduled_ts", "missing"
                )
            elif _v is None:
                _f_scheduled_ts = None
                _deviations = record_deviation(
                    _deviations, "SeriesFeeChange", "scheduled_ts", "null"
                )
            else:
                _f_scheduled_ts = parse_datetime(_v, "scheduled_ts")

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        series_fee_change = _new(cls)
        series_fee_change.id = _f_id
        series_fee_change.series_ticker = _f_series_ticker
        series_fee_change.fee_type = _f_fee_type
        series_fee_change.fee_multiplier = _f_fee_multiplier
        series_fee_change.scheduled_ts = _f_scheduled_ts
        if len(src_dict) + _absent > 5:
            _known: set[str] = {
                "id",
                "series_ticker",
                "fee_type",
                "fee_multiplier",
                "scheduled_ts",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            series_fee_change.additional_properties = _extra_found
        else:
            series_fee_change.additional_properties = {}
        series_fee_change._deviations = _deviations
        return series_fee_change

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("id", "id", str, True, None),
            ("series_ticker", "series_ticker", str, True, None),
            ("fee_type", "fee_type", str, True, None),
            ("fee_multiplier", "fee_multiplier", Any, True, None),
            ("scheduled_ts", "scheduled_ts", str, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        series_fee_change = _new(cls)
        series_fee_change.id = w.id
        series_fee_change.series_ticker = w.series_ticker
        series_fee_change.fee_type = (
            w.fee_type
            if w.fee_type in FEE_TYPE_VALUES
            else check_fee_type(w.fee_type, "fee_type", received=True)
        )
        if (
            w.fee_multiplier is None
        ):  # a null the spec does not allow: from_dict records it
            raise BadValue("fee_multiplier", "not null", None)
        if type(w.fee_multiplier) is not float:
            if (
                type(w.fee_multiplier) is not int
                or float(w.fee_multiplier) != w.fee_multiplier
            ):
                raise BadValue("fee_multiplier", "number", w.fee_multiplier)
            w.fee_multiplier = float(w.fee_multiplier)
        series_fee_change.fee_multiplier = w.fee_multiplier
        series_fee_change.scheduled_ts = fromisoformat(w.scheduled_ts)
        series_fee_change.additional_properties = w._extras()
        series_fee_change._deviations = None
        return series_fee_change

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
