from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.sport_filter_details import SportFilterDetails


T = TypeVar("T", bound="GetFiltersBySportsResponseFiltersBySports")


@_attrs_define(repr=False)
class GetFiltersBySportsResponseFiltersBySports:
    """Mapping of sports to their filter details"""

    additional_properties: dict[str, SportFilterDetails] = _attrs_field(
        init=False, factory=dict
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sport_filter_details import SportFilterDetails

        d = dict(src_dict)
        get_filters_by_sports_response_filters_by_sports = cls()
        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = SportFilterDetails.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property
        get_filters_by_sports_response_filters_by_sports.additional_properties = (
            additional_properties
        )
        return get_filters_by_sports_response_filters_by_sports

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> SportFilterDetails:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: SportFilterDetails) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
