from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..models.fee_type import FeeType, check_fee_type
from ..types import model_repr

T = TypeVar("T", bound="SeriesFeeChange")


@_attrs_define(repr=False)
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

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        id = self.id
        field_dict["id"] = id
        series_ticker = self.series_ticker
        field_dict["series_ticker"] = series_ticker
        fee_type: str = check_fee_type(self.fee_type, "fee_type")
        field_dict["fee_type"] = fee_type
        fee_multiplier = self.fee_multiplier
        field_dict["fee_multiplier"] = fee_multiplier
        scheduled_ts = self.scheduled_ts.isoformat()
        field_dict["scheduled_ts"] = scheduled_ts
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        series_ticker = d.pop("series_ticker")
        fee_type = check_fee_type(d.pop("fee_type"), "fee_type", received=True)

        fee_multiplier = d.pop("fee_multiplier")
        scheduled_ts = isoparse(d.pop("scheduled_ts"))

        series_fee_change = cls(
            id=id,
            series_ticker=series_ticker,
            fee_type=fee_type,
            fee_multiplier=fee_multiplier,
            scheduled_ts=scheduled_ts,
        )
        series_fee_change.additional_properties = d
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
