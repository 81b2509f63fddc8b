from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.scope_list import ScopeList


T = TypeVar("T", bound="SportFilterDetailsCompetitions")


@_attrs_define(repr=False)
class SportFilterDetailsCompetitions:
    """Mapping of competitions to their scope lists"""

    additional_properties: dict[str, ScopeList] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scope_list import ScopeList

        d = dict(src_dict)
        sport_filter_details_competitions = cls()
        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = ScopeList.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property
        sport_filter_details_competitions.additional_properties = additional_properties
        return sport_filter_details_competitions

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ScopeList:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ScopeList) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
