from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.milestone_details import MilestoneDetails
    from ..models.milestone_source_ids import MilestoneSourceIds


T = TypeVar("T", bound="Milestone")


@_attrs_define(repr=False)
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

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        id = self.id
        field_dict["id"] = id
        category = self.category
        field_dict["category"] = category
        type_ = self.type_
        field_dict["type"] = type_
        start_date = self.start_date.isoformat()
        field_dict["start_date"] = start_date
        related_event_tickers = self.related_event_tickers

        field_dict["related_event_tickers"] = related_event_tickers
        title = self.title
        field_dict["title"] = title
        notification_message = self.notification_message
        field_dict["notification_message"] = notification_message
        details = self.details.to_dict()
        field_dict["details"] = details
        primary_event_tickers = self.primary_event_tickers

        field_dict["primary_event_tickers"] = primary_event_tickers
        last_updated_ts = self.last_updated_ts.isoformat()
        field_dict["last_updated_ts"] = last_updated_ts
        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        source_id: None | str | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        source_ids: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_ids, Unset):
            source_ids = self.source_ids.to_dict()
        if source_ids is not UNSET:
            field_dict["source_ids"] = source_ids
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.milestone_details import MilestoneDetails
        from ..models.milestone_source_ids import MilestoneSourceIds

        d = dict(src_dict)
        id = d.pop("id")
        category = d.pop("category")
        type_ = d.pop("type")
        start_date = isoparse(d.pop("start_date"))

        related_event_tickers = cast(list[str], d.pop("related_event_tickers"))

        title = d.pop("title")
        notification_message = d.pop("notification_message")
        details = MilestoneDetails.from_dict(d.pop("details"))

        primary_event_tickers = cast(list[str], d.pop("primary_event_tickers"))

        last_updated_ts = isoparse(d.pop("last_updated_ts"))

        def _parse_end_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = isoparse(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        def _parse_source_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_id = _parse_source_id(d.pop("source_id", UNSET))

        _source_ids = d.pop("source_ids", UNSET)
        source_ids: MilestoneSourceIds | Unset
        if isinstance(_source_ids, Unset):
            source_ids = UNSET
        else:
            source_ids = MilestoneSourceIds.from_dict(_source_ids)

        milestone = cls(
            id=id,
            category=category,
            type_=type_,
            start_date=start_date,
            related_event_tickers=related_event_tickers,
            title=title,
            notification_message=notification_message,
            details=details,
            primary_event_tickers=primary_event_tickers,
            last_updated_ts=last_updated_ts,
            end_date=end_date,
            source_id=source_id,
            source_ids=source_ids,
        )
        milestone.additional_properties = d
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
