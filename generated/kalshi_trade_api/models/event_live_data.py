from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.event_live_data_details import EventLiveDataDetails


T = TypeVar("T", bound="EventLiveData")


@_attrs_define(repr=False)
class EventLiveData:
    """Attributes:
    type_ (str): Type of live data. Names the schema of the details object.
    details (EventLiveDataDetails): Live data details as a flexible object whose shape depends on the type.
    is_historical (bool | Unset): Present for crypto live data. True when the event has matured and the payload is a
        frozen historical snapshot.
    default_range (str | Unset): Chart range the client should default to (e.g. `15min`, `1h`). Omitted when unset.
    range_options (list[str] | Unset): Chart range menu options. Omitted when unset.
    """

    type_: str
    details: EventLiveDataDetails
    is_historical: bool | Unset = UNSET
    default_range: str | Unset = UNSET
    range_options: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        type_ = self.type_
        field_dict["type"] = type_
        details = self.details.to_dict()
        field_dict["details"] = details
        is_historical = self.is_historical
        if is_historical is not UNSET:
            field_dict["is_historical"] = is_historical
        default_range = self.default_range
        if default_range is not UNSET:
            field_dict["default_range"] = default_range
        range_options: list[str] | Unset = UNSET
        if not isinstance(self.range_options, Unset):
            range_options = self.range_options

        if range_options is not UNSET:
            field_dict["range_options"] = range_options
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_live_data_details import EventLiveDataDetails

        d = dict(src_dict)
        type_ = d.pop("type")
        details = EventLiveDataDetails.from_dict(d.pop("details"))

        is_historical = d.pop("is_historical", UNSET)
        default_range = d.pop("default_range", UNSET)
        range_options = cast(list[str], d.pop("range_options", UNSET))

        event_live_data = cls(
            type_=type_,
            details=details,
            is_historical=is_historical,
            default_range=default_range,
            range_options=range_options,
        )
        event_live_data.additional_properties = d
        return event_live_data

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
