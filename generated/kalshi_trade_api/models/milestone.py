from __future__ import annotations

import datetime
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
    check_items,
    fromisoformat,
    learn_extras,
    model_repr,
    parse_datetime,
    record_deviation,
    wire_struct,
)

if TYPE_CHECKING:
    from ..models.milestone_details import MilestoneDetails
    from ..models.milestone_source_ids import MilestoneSourceIds


T = TypeVar("T", bound="Milestone")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class Milestone:
    """Attributes:
    id (str): Unique identifier for the milestone.
    category (str): Category of the milestone. E.g. Sports, Elections, Esports, Crypto. Example: Sports.
    type_ (str): Type of the milestone. E.g. football_game, basketball_game, soccer_tournament_multi_leg,
        baseball_game, hockey_match, golf_tournament, political_race. Example: football_game.
    start_date (datetime.datetime): Start date of the milestone.
    related_event_tickers (list[str]): List of event tickers related to this milestone.
    title (str): Title of the milestone.
    notification_message (str): Notification message for the milestone.
    details (MilestoneDetails): Additional details about the milestone.
    primary_event_tickers (list[str]): List of event tickers directly related to the outcome of this milestone.
    last_updated_ts (datetime.datetime): Last time this structured target was updated.
    end_date (datetime.datetime | None | Unset): End date of the milestone, if any.
    source_id (None | str | Unset): Source id of milestone if available.
    source_ids (MilestoneSourceIds | Unset): Source ids of milestone if available.
    """

    id: str

    category: str

    type_: str

    start_date: datetime.datetime

    related_event_tickers: list[str]

    title: str

    notification_message: str

    details: MilestoneDetails

    primary_event_tickers: list[str]

    last_updated_ts: datetime.datetime

    end_date: datetime.datetime | None | Unset = UNSET

    source_id: None | str | Unset = UNSET

    source_ids: MilestoneSourceIds | Unset = UNSET

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
        if isinstance(self.id, Unset):
            pass
        elif self.id is None:  # a null the spec does not allow, kept as received
            field_dict["id"] = None
        else:
            field_dict["id"] = self.id
        if isinstance(self.category, Unset):
            pass
        elif self.category is None:  # a null the spec does not allow, kept as received
            field_dict["category"] = None
        else:
            field_dict["category"] = self.category
        if isinstance(self.type_, Unset):
            pass
        elif self.type_ is None:  # a null the spec does not allow, kept as received
            field_dict["type"] = None
        else:
            field_dict["type"] = self.type_
        if isinstance(self.start_date, Unset):
            pass
        elif (
            self.start_date is None
        ):  # a null the spec does not allow, kept as received
            field_dict["start_date"] = None
        else:
            _start_date = self.start_date.isoformat()
            field_dict["start_date"] = _start_date
        if isinstance(self.related_event_tickers, Unset):
            pass
        elif (
            self.related_event_tickers is None
        ):  # a null the spec does not allow, kept as received
            field_dict["related_event_tickers"] = None
        else:
            _related_event_tickers = self.related_event_tickers

            field_dict["related_event_tickers"] = _related_event_tickers
        if isinstance(self.title, Unset):
            pass
        elif self.title is None:  # a null the spec does not allow, kept as received
            field_dict["title"] = None
        else:
            field_dict["title"] = self.title
        if isinstance(self.notification_message, Unset):
            pass
        elif (
            self.notification_message is None
        ):  # a null the spec does not allow, kept as received
            field_dict["notification_message"] = None
        else:
            field_dict["notification_message"] = self.notification_message
        if isinstance(self.details, Unset):
            pass
        elif self.details is None:  # a null the spec does not allow, kept as received
            field_dict["details"] = None
        else:
            _details = self.details.to_dict()
            field_dict["details"] = _details
        if isinstance(self.primary_event_tickers, Unset):
            pass
        elif (
            self.primary_event_tickers is None
        ):  # a null the spec does not allow, kept as received
            field_dict["primary_event_tickers"] = None
        else:
            _primary_event_tickers = self.primary_event_tickers

            field_dict["primary_event_tickers"] = _primary_event_tickers
        if isinstance(self.last_updated_ts, Unset):
            pass
        elif (
            self.last_updated_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["last_updated_ts"] = None
        else:
            _last_updated_ts = self.last_updated_ts.isoformat()
            field_dict["last_updated_ts"] = _last_updated_ts
        if isinstance(self.end_date, Unset):
            pass
        else:
            _end_date: None | str | Unset
            if isinstance(self.end_date, Unset):
                _end_date = UNSET
            elif isinstance(self.end_date, datetime.datetime):
                _end_date = self.end_date.isoformat()
            else:
                _end_date = self.end_date
            field_dict["end_date"] = _end_date
        if isinstance(self.source_id, Unset):
            pass
        else:
            _source_id: None | str | Unset
            if isinstance(self.source_id, Unset):
                _source_id = UNSET
            else:
                _source_id = self.source_id
            field_dict["source_id"] = _source_id
        if isinstance(self.source_ids, Unset):
            pass
        elif (
            self.source_ids is None
        ):  # a null the spec does not allow, kept as received
            field_dict["source_ids"] = None
        else:
            _source_ids: dict[str, Any] | Unset = UNSET
            if not isinstance(self.source_ids, Unset):
                _source_ids = self.source_ids.to_dict()
            field_dict["source_ids"] = _source_ids
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
            _v = _get("id", UNSET)
            _f_id: Any
            if type(_v) is str:
                _f_id = _v

            elif _v is UNSET:
                _f_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Milestone", "id", "missing"
                )
            elif _v is None:
                _f_id = None
                _deviations = record_deviation(_deviations, "Milestone", "id", "null")
            else:
                if type(_v) is not str:
                    raise BadValue("id", "str", _v)
                _f_id = _v

            _v = _get("category", UNSET)
            _f_category: Any
            if type(_v) is str:
                _f_category = _v

            elif _v is UNSET:
                _f_category = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Milestone", "category", "missing"
                )
            elif _v is None:
                _f_category = None
                _deviations = record_deviation(
                    _deviations, "Milestone", "category", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("category", "str", _v)
                _f_category = _v

            _v = _get("type", UNSET)
            _f_type_: Any
            if type(_v) is str:
                _f_type_ = _v

            elif _v is UNSET:
                _f_type_ = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Milestone", "type", "missing"
                )
            elif _v is None:
                _f_type_ = None
                _deviations = record_deviation(_deviations, "Milestone", "type", "null")
            else:
                if type(_v) is not str:
                    raise BadValue("type", "str", _v)
                _f_type_ = _v

            _v = _get("start_date", UNSET)
            _f_start_date: Any
            if type(_v) is str:
                try:
                    _f_start_date = fromisoformat(_v)
                except ValueError:
                    _f_start_date = parse_datetime(_v, "start_date")

            elif _v is UNSET:
                _f_start_date = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Milestone", "start_date", "missing"
                )
            elif _v is None:
                _f_start_date = None
                _deviations = record_deviation(
                    _deviations, "Milestone", "start_date", "null"
                )
            else:
                _f_start_date = parse_datetime(_v, "start_date")

            _v = _get("related_event_tickers", UNSET)
            _f_related_event_tickers: Any
            if _v is UNSET:
                _f_related_event_tickers = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Milestone", "related_event_tickers", "missing"
                )
            elif _v is None:
                _f_related_event_tickers = None
                _deviations = record_deviation(
                    _deviations, "Milestone", "related_event_tickers", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("related_event_tickers", "array", _v)
                check_items(_v, str, "related_event_tickers")
                _f_related_event_tickers = _v

            _v = _get("title", UNSET)
            _f_title: Any
            if type(_v) is str:
                _f_title = _v

            elif _v is UNSET:
                _f_title = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Milestone", "title", "missing"
                )
            elif _v is None:
                _f_title = None
                _deviations = record_deviation(
                    _deviations, "Milestone", "title", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("title", "str", _v)
                _f_title = _v

            _v = _get("notification_message", UNSET)
            _f_notification_message: Any
            if type(_v) is str:
                _f_notification_message = _v

            elif _v is UNSET:
                _f_notification_message = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Milestone", "notification_message", "missing"
                )
            elif _v is None:
                _f_notification_message = None
                _deviations = record_deviation(
                    _deviations, "Milestone", "notification_message", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("notification_message", "str", _v)
                _f_notification_message = _v

            _v = _get("details", UNSET)
            _f_details: Any
            if _v is UNSET:
                _f_details = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Milestone", "details", "missing"
                )
            elif _v is None:
                _f_details = None
                _deviations = record_deviation(
                    _deviations, "Milestone", "details", "null"
                )
            else:
                try:
                    _f_details = MilestoneDetails.from_dict(_v)
                except BadValue as _bad:
                    raise _bad.within("details") from None

            _v = _get("primary_event_tickers", UNSET)
            _f_primary_event_tickers: Any
            if _v is UNSET:
                _f_primary_event_tickers = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Milestone", "primary_event_tickers", "missing"
                )
            elif _v is None:
                _f_primary_event_tickers = None
                _deviations = record_deviation(
                    _deviations, "Milestone", "primary_event_tickers", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("primary_event_tickers", "array", _v)
                check_items(_v, str, "primary_event_tickers")
                _f_primary_event_tickers = _v

            _v = _get("last_updated_ts", UNSET)
            _f_last_updated_ts: Any
            if type(_v) is str:
                try:
                    _f_last_updated_ts = fromisoformat(_v)
                except ValueError:
                    _f_last_updated_ts = parse_datetime(_v, "last_updated_ts")

            elif _v is UNSET:
                _f_last_updated_ts = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Milestone", "last_updated_ts", "missing"
                )
            elif _v is None:
                _f_last_updated_ts = None
                _deviations = record_deviation(
                    _deviations, "Milestone", "last_updated_ts", "null"
                )
            else:
                _f_last_updated_ts = parse_datetime(_v, "last_updated_ts")

            _v = _get("end_date", UNSET)
            _f_end_date: Any
            if type(_v) is str:
                try:
                    _f_end_date = fromisoformat(_v)
                except ValueError:
                    _f_end_date = parse_datetime(_v, "end_date")

            elif _v is UNSET:
                _f_end_date = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_end_date = None
                else:
                    _f_end_date = parse_datetime(_v, "end_date")

            _v = _get("source_id", UNSET)
            _f_source_id: Any
            if type(_v) is str:
                _f_source_id = _v

            elif _v is UNSET:
                _f_source_id = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_source_id = None
                else:
                    if type(_v) is not str:
                        raise BadValue("source_id", "str", _v)
                    _f_source_id = _v

            _v = _get("source_ids", UNSET)
            _f_source_ids: Any
            if _v is UNSET:
                _f_source_ids = UNSET
                _absent += 1
            elif _v is None:
                _f_source_ids = None
                _deviations = record_deviation(
                    _deviations, "Milestone", "source_ids", "null"
                )
            else:
                try:
                    _f_source_ids = MilestoneSourceIds.from_dict(_v)
                except BadValue as _bad:
                    raise _bad.within("source_ids") from None

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        milestone = _new(cls)
        milestone.id = _f_id
        milestone.category = _f_category
        milestone.type_ = _f_type_
        milestone.start_date = _f_start_date
        milestone.related_event_tickers = _f_related_event_tickers
        milestone.title = _f_title
        milestone.notification_message = _f_notification_message
        milestone.details = _f_details
        milestone.primary_event_tickers = _f_primary_event_tickers
        milestone.last_updated_ts = _f_last_updated_ts
        milestone.end_date = _f_end_date
        milestone.source_id = _f_source_id
        milestone.source_ids = _f_source_ids
        if len(src_dict) + _absent > 13:
            _known: set[str] = {
                "id",
                "category",
                "type",
                "start_date",
                "related_event_tickers",
                "title",
                "notification_message",
                "details",
                "primary_event_tickers",
                "last_updated_ts",
                "end_date",
                "source_id",
                "source_ids",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            milestone.additional_properties = _extra_found
        else:
            milestone.additional_properties = {}
        milestone._deviations = _deviations
        return milestone

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("id", "id", str, True, None),
            ("category", "category", str, True, None),
            ("type_", "type", str, True, None),
            ("start_date", "start_date", str, True, None),
            ("related_event_tickers", "related_event_tickers", list[str], True, None),
            ("title", "title", str, True, None),
            ("notification_message", "notification_message", str, True, None),
            ("details", "details", wire_struct(MilestoneDetails), True, None),
            ("primary_event_tickers", "primary_event_tickers", list[str], True, None),
            ("last_updated_ts", "last_updated_ts", str, True, None),
            ("end_date", "end_date", str | None, False, None),
            ("source_id", "source_id", str | None, False, None),
            ("source_ids", "source_ids", wire_struct(MilestoneSourceIds), False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        milestone = _new(cls)
        milestone.id = w.id
        milestone.category = w.category
        milestone.type_ = w.type_
        milestone.start_date = fromisoformat(w.start_date)
        milestone.related_event_tickers = w.related_event_tickers
        milestone.title = w.title
        milestone.notification_message = w.notification_message
        milestone.details = MilestoneDetails._from_wire(w.details)
        milestone.primary_event_tickers = w.primary_event_tickers
        milestone.last_updated_ts = fromisoformat(w.last_updated_ts)
        if w.end_date is UNSET or w.end_date is None:
            milestone.end_date = w.end_date
        else:
            milestone.end_date = fromisoformat(w.end_date)
        milestone.source_id = w.source_id
        if w.source_ids is UNSET:
            milestone.source_ids = w.source_ids
        else:
            milestone.source_ids = MilestoneSourceIds._from_wire(w.source_ids)
        milestone.additional_properties = w._extras()
        milestone._deviations = None
        return milestone

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
    global _lazy_bound, MilestoneDetails, MilestoneSourceIds
    from ..models.milestone_details import MilestoneDetails
    from ..models.milestone_source_ids import MilestoneSourceIds

    _lazy_bound = True
