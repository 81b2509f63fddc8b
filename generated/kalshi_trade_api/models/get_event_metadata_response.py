from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.market_metadata import MarketMetadata
    from ..models.settlement_source import SettlementSource


T = TypeVar("T", bound="GetEventMetadataResponse")


@_attrs_define(repr=False)
class GetEventMetadataResponse:
    """Attributes:
    image_url (str): A path to an image that represents this event.
    market_details (list[MarketMetadata]): Metadata for the markets in this event.
    settlement_sources (list[SettlementSource]): A list of settlement sources for this event.
    featured_image_url (str | Unset): A path to an image that represents the image of the featured market.
    competition (None | str | Unset): Event competition.
    competition_scope (None | str | Unset): Event scope, based on the competition.
    """

    image_url: str
    market_details: list[MarketMetadata]
    settlement_sources: list[SettlementSource]
    featured_image_url: str | Unset = UNSET
    competition: None | str | Unset = UNSET
    competition_scope: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        image_url = self.image_url
        field_dict["image_url"] = image_url
        market_details = []
        for market_details_item_data in self.market_details:
            market_details_item = market_details_item_data.to_dict()
            market_details.append(market_details_item)

        field_dict["market_details"] = market_details
        settlement_sources = []
        for settlement_sources_item_data in self.settlement_sources:
            settlement_sources_item = settlement_sources_item_data.to_dict()
            settlement_sources.append(settlement_sources_item)

        field_dict["settlement_sources"] = settlement_sources
        featured_image_url = self.featured_image_url
        if featured_image_url is not UNSET:
            field_dict["featured_image_url"] = featured_image_url
        competition: None | str | Unset
        if isinstance(self.competition, Unset):
            competition = UNSET
        else:
            competition = self.competition
        if competition is not UNSET:
            field_dict["competition"] = competition
        competition_scope: None | str | Unset
        if isinstance(self.competition_scope, Unset):
            competition_scope = UNSET
        else:
            competition_scope = self.competition_scope
        if competition_scope is not UNSET:
            field_dict["competition_scope"] = competition_scope
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.market_metadata import MarketMetadata
        from ..models.settlement_source import SettlementSource

        d = dict(src_dict)
        image_url = d.pop("image_url")
        market_details = []
        _market_details = d.pop("market_details")
        for market_details_item_data in _market_details:
            market_details_item = MarketMetadata.from_dict(market_details_item_data)

            market_details.append(market_details_item)

        settlement_sources = []
        _settlement_sources = d.pop("settlement_sources")
        for settlement_sources_item_data in _settlement_sources:
            settlement_sources_item = SettlementSource.from_dict(
                settlement_sources_item_data
            )

            settlement_sources.append(settlement_sources_item)

        featured_image_url = d.pop("featured_image_url", UNSET)

        def _parse_competition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        competition = _parse_competition(d.pop("competition", UNSET))

        def _parse_competition_scope(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        competition_scope = _parse_competition_scope(d.pop("competition_scope", UNSET))

        get_event_metadata_response = cls(
            image_url=image_url,
            market_details=market_details,
            settlement_sources=settlement_sources,
            featured_image_url=featured_image_url,
            competition=competition,
            competition_scope=competition_scope,
        )
        get_event_metadata_response.additional_properties = d
        return get_event_metadata_response

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
