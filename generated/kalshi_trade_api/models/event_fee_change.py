from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..models.fee_type import FeeType, check_fee_type
from ..types import model_repr

T = TypeVar("T", bound="EventFeeChange")


@_attrs_define(repr=False)
class EventFeeChange:
    """Attributes:
    id (str): Unique identifier for this fee change
    event_ticker (str): Event ticker this fee change applies to
    series_ticker (str): Series ticker for the event
    fee_type_override (FeeType | None): New fee type override for the event. When null, the event clears any prior
        override and falls back to the parent series' fee structure. Example: quadratic.
    fee_multiplier_override (float | None): New fee multiplier override for the event. When null, the event clears
        any prior override and falls back to the parent series' fee multiplier.
    scheduled_ts (datetime.datetime): Timestamp when this fee change is scheduled to take effect
    """

    id: str
    event_ticker: str
    series_ticker: str
    fee_type_override: FeeType | None
    fee_multiplier_override: float | None
    scheduled_ts: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        id = self.id
        field_dict["id"] = id
        event_ticker = self.event_ticker
        field_dict["event_ticker"] = event_ticker
        series_ticker = self.series_ticker
        field_dict["series_ticker"] = series_ticker
        fee_type_override: None | str
        if isinstance(self.fee_type_override, str):
            fee_type_override = check_fee_type(
                self.fee_type_override, "fee_type_override_type_1"
            )
        else:
            fee_type_override = self.fee_type_override
        field_dict["fee_type_override"] = fee_type_override
        fee_multiplier_override: float | None
        fee_multiplier_override = self.fee_multiplier_override
        field_dict["fee_multiplier_override"] = fee_multiplier_override
        scheduled_ts = self.scheduled_ts.isoformat()
        field_dict["scheduled_ts"] = scheduled_ts
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        event_ticker = d.pop("event_ticker")
        series_ticker = d.pop("series_ticker")

        def _parse_fee_type_override(data: object) -> FeeType | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fee_type_override_type_1 = check_fee_type(
                    data, "fee_type_override_type_1", received=True
                )

                return fee_type_override_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FeeType | None, data)

        fee_type_override = _parse_fee_type_override(d.pop("fee_type_override"))

        def _parse_fee_multiplier_override(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        fee_multiplier_override = _parse_fee_multiplier_override(
            d.pop("fee_multiplier_override")
        )

        scheduled_ts = isoparse(d.pop("scheduled_ts"))

        event_fee_change = cls(
            id=id,
            event_ticker=event_ticker,
            series_ticker=series_ticker,
            fee_type_override=fee_type_override,
            fee_multiplier_override=fee_multiplier_override,
            scheduled_ts=scheduled_ts,
        )
        event_fee_change.additional_properties = d
        return event_fee_change

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
