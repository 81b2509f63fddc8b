from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.margin_report_report_type import (
    MARGIN_REPORT_REPORT_TYPE_VALUES,
    MarginReportReportType,
    check_margin_report_report_type,
)
from ..types import (
    UNSET,
    BadValue,
    Unset,
    _new,
    fromisoformat,
    learn_extras,
    model_repr,
    parse_date,
    parse_datetime,
    record_deviation,
)

T = TypeVar("T", bound="MarginReport")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class MarginReport:
    """Attributes:
    report_type (MarginReportReportType):
    url (str): Presigned download URL (omitted from logs).
    date (datetime.date):
    created_ts (datetime.datetime):
    is_end_of_day (bool):
    """

    report_type: MarginReportReportType

    url: str

    date: datetime.date

    created_ts: datetime.datetime

    is_end_of_day: bool

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
        if isinstance(self.report_type, Unset):
            pass
        elif (
            self.report_type is None
        ):  # a null the spec does not allow, kept as received
            field_dict["report_type"] = None
        else:
            _report_type: str = check_margin_report_report_type(
                self.report_type, "report_type"
            )
            field_dict["report_type"] = _report_type
        if isinstance(self.url, Unset):
            pass
        elif self.url is None:  # a null the spec does not allow, kept as received
            field_dict["url"] = None
        else:
            field_dict["url"] = self.url
        if isinstance(self.date, Unset):
            pass
        elif self.date is None:  # a null the spec does not allow, kept as received
            field_dict["date"] = None
        else:
            _date = self.date.isoformat()
            field_dict["date"] = _date
        if isinstance(self.created_ts, Unset):
            pass
        elif (
            self.created_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["created_ts"] = None
        else:
            _created_ts = self.created_ts.isoformat()
            field_dict["created_ts"] = _created_ts
        if isinstance(self.is_end_of_day, Unset):
            pass
        elif (
            self.is_end_of_day is None
        ):  # a null the spec does not allow, kept as received
            field_dict["is_end_of_day"] = None
        else:
            field_dict["is_end_of_day"] = self.is_end_of_day
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
            _v = _get("report_type", UNSET)
            _f_report_type: Any
            if type(_v) is str and _v in MARGIN_REPORT_REPORT_TYPE_VALUES:
                _f_report_type = _v

            elif _v is UNSET:
                _f_report_type = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginReport", "report_type", "missing"
                )
            elif _v is None:
                _f_report_type = None
                _deviations = record_deviation(
                    _deviations, "MarginReport", "report_type", "null"
                )
            else:
                _f_report_type = check_margin_report_report_type(
                    _v, "report_type", received=True
                )

            _v = _get("url", UNSET)
            _f_url: Any
            if type(_v) is str:
                _f_url = _v

            elif _v is UNSET:
                _f_url = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginReport", "url", "missing"
                )
            elif _v is None:
                _f_url = None
                _deviations = record_deviation(
                    _deviations, "MarginReport", "url", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("url", "str", _v)
                _f_url = _v

            _v = _get("date", UNSET)
            _f_date: Any
            if _v is UNSET:
                _f_date = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginReport", "date", "missing"
                )
            elif _v is None:
                _f_date = None
                _deviations = record_deviation(
                    _deviations, "MarginReport", "date", "null"
                )
            else:
                _f_date = parse_date(_v, "date")

            _v = _get("created_ts", UNSET)
            _f_created_ts: Any
            if type(_v) is str:
                try:
                    _f_created_ts = fromisoformat(_v)
                except ValueError:
                    _f_created_ts = parse_datetime(_v, "created_ts")

            elif _v is UNSET:
                _f_created_ts = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginReport", "created_ts", "missing"
                )
            elif _v is None:
                _f_created_ts = None
                _deviations = record_deviation(
                    _deviations, "MarginReport", "created_ts", "null"
                )
            else:
                _f_created_ts = parse_datetime(_v, "created_ts")

            _v = _get("is_end_of_day", UNSET)
            _f_is_end_of_day: Any
            if type(_v) is bool:
                _f_is_end_of_day = _v

            elif _v is UNSET:
                _f_is_end_of_day = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginReport", "is_end_of_day", "missing"
                )
            elif _v is None:
                _f_is_end_of_day = None
                _deviations = record_deviation(
                    _deviations, "MarginReport", "is_end_of_day", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("is_end_of_day", "bool", _v)
                _f_is_end_of_day = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        margin_report = _new(cls)
        margin_report.report_type = _f_report_type
        margin_report.url = _f_url
        margin_report.date = _f_date
        margin_report.created_ts = _f_created_ts
        margin_report.is_end_of_day = _f_is_end_of_day
        if len(src_dict) + _absent > 5:
            _known: set[str] = {
                "report_type",
                "url",
                "date",
                "created_ts",
                "is_end_of_day",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            margin_report.additional_properties = _extra_found
        else:
            margin_report.additional_properties = {}
        margin_report._deviations = _deviations
        return margin_report

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("report_type", "report_type", str, True, None),
            ("url", "url", str, True, None),
            ("date", "date", str, True, None),
            ("created_ts", "created_ts", str, True, None),
            ("is_end_of_day", "is_end_of_day", bool, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        margin_report = _new(cls)
        margin_report.report_type = (
            w.report_type
            if w.report_type in MARGIN_REPORT_REPORT_TYPE_VALUES
            else check_margin_report_report_type(
                w.report_type, "report_type", received=True
            )
        )
        margin_report.url = w.url
        margin_report.date = parse_date(w.date, "date")
        margin_report.created_ts = fromisoformat(w.created_ts)
        margin_report.is_end_of_day = w.is_end_of_day
        margin_report.additional_properties = w._extras()
        margin_report._deviations = None
        return margin_report

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
