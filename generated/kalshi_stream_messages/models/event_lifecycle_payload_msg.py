from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_lifecycle_payload_msg_collateral_return_type import (
    EventLifecyclePayloadMsgCollateralReturnType,
    check_event_lifecycle_payload_msg_collateral_return_type,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="EventLifecyclePayloadMsg")


@_attrs_define(repr=False)
class EventLifecyclePayloadMsg:
    """Attributes:
    event_ticker (str): Unique identifier for the event being created
    title (str): Title of event
    subtitle (str): Subtitle of event
    collateral_return_type (EventLifecyclePayloadMsgCollateralReturnType): Collateral return type, MECNET or
        DIRECNET of the event. Empty if there is no collateral return scheme for the event
    series_ticker (str): Series ticker for the event
    strike_date (int | Unset): Optional - Unix timestamp to indicate the strike date of the event if there is one
    strike_period (str | Unset): Optional - String to indicate the strike period of the event if there is one
    """

    event_ticker: str
    title: str
    subtitle: str
    collateral_return_type: EventLifecyclePayloadMsgCollateralReturnType
    series_ticker: str
    strike_date: int | Unset = UNSET
    strike_period: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        event_ticker = self.event_ticker
        field_dict["event_ticker"] = event_ticker
        title = self.title
        field_dict["title"] = title
        subtitle = self.subtitle
        field_dict["subtitle"] = subtitle
        collateral_return_type: str = (
            check_event_lifecycle_payload_msg_collateral_return_type(
                self.collateral_return_type, "collateral_return_type"
            )
        )
        field_dict["collateral_return_type"] = collateral_return_type
        series_ticker = self.series_ticker
        field_dict["series_ticker"] = series_ticker
        strike_date = self.strike_date
        if strike_date is not UNSET:
            field_dict["strike_date"] = strike_date
        strike_period = self.strike_period
        if strike_period is not UNSET:
            field_dict["strike_period"] = strike_period
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_ticker = d.pop("event_ticker")
        title = d.pop("title")
        subtitle = d.pop("subtitle")
        collateral_return_type = (
            check_event_lifecycle_payload_msg_collateral_return_type(
                d.pop("collateral_return_type"), "collateral_return_type", received=True
            )
        )

        series_ticker = d.pop("series_ticker")
        strike_date = d.pop("strike_date", UNSET)
        strike_period = d.pop("strike_period", UNSET)
        event_lifecycle_payload_msg = cls(
            event_ticker=event_ticker,
            title=title,
            subtitle=subtitle,
            collateral_return_type=collateral_return_type,
            series_ticker=series_ticker,
            strike_date=strike_date,
            strike_period=strike_period,
        )
        event_lifecycle_payload_msg.additional_properties = d
        return event_lifecycle_payload_msg

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
