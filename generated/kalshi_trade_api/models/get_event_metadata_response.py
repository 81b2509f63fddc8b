from __future__ import annotations

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
    items_from_wire,
    learn_extras,
    list_of,
    model_repr,
    record_deviation,
    wire_struct,
)

if TYPE_CHECKING:
    from ..models.market_metadata import MarketMetadata
    from ..models.settlement_source import SettlementSource


T = TypeVar("T", bound="GetEventMetadataResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
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
        if isinstance(self.image_url, Unset):
            pass
        elif self.image_url is None:  # a null the spec does not allow, kept as received
            field_dict["image_url"] = None
        else:
            field_dict["image_url"] = self.image_url
        if isinstance(self.market_details, Unset):
            pass
        elif (
            self.market_details is None
        ):  # a null the spec does not allow, kept as received
            field_dict["market_details"] = None
        else:
            _market_details = []
            for market_details_item_data in self.market_details:
                market_details_item = market_details_item_data.to_dict()
                _market_details.append(market_details_item)

            field_dict["market_details"] = _market_details
        if isinstance(self.settlement_sources, Unset):
            pass
        elif (
            self.settlement_sources is None
        ):  # a null the spec does not allow, kept as received
            field_dict["settlement_sources"] = None
        else:
            _settlement_sources = []
            for settlement_sources_item_data in self.settlement_sources:
                settlement_sources_item = settlement_sources_item_data.to_dict()
                _settlement_sources.append(settlement_sources_item)

            field_dict["settlement_sources"] = _settlement_sources
        if isinstance(self.featured_image_url, Unset):
            pass
        elif (
            self.featured_image_url is None
        ):  # a null the spec does not allow, kept as received
            field_dict["featured_image_url"] = None
        else:
            field_dict["featured_image_url"] = self.featured_image_url
        if isinstance(self.competition, Unset):
            pass
        else:
            _competition: None | str | Unset
            if isinstance(self.competition, Unset):
                _competition = UNSET
            else:
                _competition = self.competition
            field_dict["competition"] = _competition
        if isinstance(self.competition_scope, Unset):
            pass
        else:
            _competition_scope: None | str | Unset
            if isinstance(self.competition_scope, Unset):
                _competition_scope = UNSET
            else:
                _competition_scope = self.competition_scope
            field_dict["competition_scope"] = _competition_scope
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
            _v = _get("image_url", UNSET)
            _f_image_url: Any
            if type(_v) is str:
                _f_image_url = _v

            elif _v is UNSET:
                _f_image_url = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "GetEventMetadataResponse", "image_url", "missing"
                )
            elif _v is None:
                _f_image_url = None
                _deviations = record_deviation(
                    _deviations, "GetEventMetadataResponse", "image_url", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("image_url", "str", _v)
                _f_image_url = _v

            _v = _get("market_details", UNSET)
            _f_market_details: Any
            if _v is UNSET:
                _f_market_details = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "GetEventMetadataResponse", "market_details", "missing"
                )
            elif _v is None:
                _f_market_details = None
                _deviations = record_deviation(
                    _deviations, "GetEventMetadataResponse", "market_details", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("market_details", "array", _v)
                try:
                    _f_market_details = list(map(MarketMetadata.from_dict, _v))
                except BadValue as _bad:
                    raise _bad.within_list("market_details", _v) from None

            _v = _get("settlement_sources", UNSET)
            _f_settlement_sources: Any
            if _v is UNSET:
                _f_settlement_sources = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "GetEventMetadataResponse",
                    "settlement_sources",
                    "missing",
                )
            elif _v is None:
                _f_settlement_sources = None
                _deviations = record_deviation(
                    _deviations,
                    "GetEventMetadataResponse",
                    "settlement_sources",
                    "null",
                )
            else:
                if type(_v) is not list:
                    raise BadValue("settlement_sources", "array", _v)
                try:
                    _f_settlement_sources = list(map(SettlementSource.from_dict, _v))
                except BadValue as _bad:
                    raise _bad.within_list("settlement_sources", _v) from None

            _v = _get("featured_image_url", UNSET)
            _f_featured_image_url: Any
            if type(_v) is str:
                _f_featured_image_url = _v

            elif _v is UNSET:
                _f_featured_image_url = UNSET
                _absent += 1
            elif _v is None:
                _f_featured_image_url = None
                _deviations = record_deviation(
                    _deviations,
                    "GetEventMetadataResponse",
                    "featured_image_url",
                    "null",
                )
            else:
                if type(_v) is not str:
                    raise BadValue("featured_image_url", "str", _v)
                _f_featured_image_url = _v

            _v = _get("competition", UNSET)
            _f_competition: Any
            if type(_v) is str:
                _f_competition = _v

            elif _v is UNSET:
                _f_competition = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_competition = None
                else:
                    if type(_v) is not str:
                        raise BadValue("competition", "str", _v)
                    _f_competition = _v

            _v = _get("competition_scope", UNSET)
            _f_competition_scope: Any
            if type(_v) is str:
                _f_competition_scope = _v

            elif _v is UNSET:
                _f_competition_scope = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_competition_scope = None
                else:
                    if type(_v) is not str:
                        raise BadValue("competition_scope", "str", _v)
                    _f_competition_scope = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        get_event_metadata_response = _new(cls)
        get_event_metadata_response.image_url = _f_image_url
        get_event_metadata_response.market_details = _f_market_details
        get_event_metadata_response.settlement_sources = _f_settlement_sources
        get_event_metadata_response.featured_image_url = _f_featured_image_url
        get_event_metadata_response.competition = _f_competition
        get_event_metadata_response.competition_scope = _f_competition_scope
        if len(src_dict) + _absent > 6:
            _known: set[str] = {
                "image_url",
                "market_details",
                "settlement_sources",
                "featured_image_url",
                "competition",
                "competition_scope",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            get_event_metadata_response.additional_properties = _extra_found
        else:
            get_event_metadata_response.additional_properties = {}
        get_event_metadata_response._deviations = _deviations
        return get_event_metadata_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("image_url", "image_url", str, True, None),
            (
                "market_details",
                "market_details",
                list_of(wire_struct(MarketMetadata)),
                True,
                MarketMetadata,
            ),
            (
                "settlement_sources",
                "settlement_sources",
                list_of(wire_struct(SettlementSource)),
                True,
                SettlementSource,
            ),
            ("featured_image_url", "featured_image_url", str, False, None),
            ("competition", "competition", str | None, False, None),
            ("competition_scope", "competition_scope", str | None, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        get_event_metadata_response = _new(cls)
        get_event_metadata_response.image_url = w.image_url
        get_event_metadata_response.market_details = items_from_wire(
            MarketMetadata, w.market_details
        )
        get_event_metadata_response.settlement_sources = items_from_wire(
            SettlementSource, w.settlement_sources
        )
        get_event_metadata_response.featured_image_url = w.featured_image_url
        get_event_metadata_response.competition = w.competition
        get_event_metadata_response.competition_scope = w.competition_scope
        get_event_metadata_response.additional_properties = w._extras()
        get_event_metadata_response._deviations = None
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


# Models that refer back to this one are imported on first use, once (not per call:
# an import statement costs ~0.7 us, a third of a small model's parse).
_lazy_bound = False


def _bind_lazy() -> None:
    global _lazy_bound, MarketMetadata, SettlementSource
    from ..models.market_metadata import MarketMetadata
    from ..models.settlement_source import SettlementSource

    _lazy_bound = True
