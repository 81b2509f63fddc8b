from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import model_repr

T = TypeVar("T", bound="GetUserDataTimestampResponse")


@_attrs_define(repr=False)
class GetUserDataTimestampResponse:
    """Attributes:
    as_of_time (datetime.datetime): Timestamp when user data was last updated.
    """

    as_of_time: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        as_of_time = self.as_of_time.isoformat()
        field_dict["as_of_time"] = as_of_time
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        as_of_time = isoparse(d.pop("as_of_time"))

        get_user_data_timestamp_response = cls(
            as_of_time=as_of_time,
        )
        get_user_data_timestamp_response.additional_properties = d
        return get_user_data_timestamp_response

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
