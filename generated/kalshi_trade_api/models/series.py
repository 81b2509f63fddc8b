from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..models.fee_type import FeeType, check_fee_type
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.series_product_metadata_type_0 import SeriesProductMetadataType0
    from ..models.settlement_source import SettlementSource


T = TypeVar("T", bound="Series")


@_attrs_define(repr=False)
class Series:
    """Attributes:
    ticker (str): Ticker that identifies this series.
    frequency (str): Description of the frequency of the series. There is no fixed value set here, but will be
        something human-readable like weekly, daily, one-off.
    title (str): Title describing the series. For full context use you should use this field with the title field of
        the events belonging to this series.
    category (str): Category is the primary category of this series.
    categories (list[str]): Categories is the list of discovery categories for this series. The `category` filter on
        Get Series List matches any entry in this list. May be empty.
    tags (list[str] | None): Tags specifies the subjects that this series relates to, multiple series from different
        categories can have the same tags.
    settlement_sources (list[SettlementSource] | None): SettlementSources specifies the official sources used for
        the determination of markets within the series. Methodology is defined in the rulebook.
    contract_url (str): ContractUrl provides a direct link to the original filing of the contract which underlies
        the series.
    contract_terms_url (str): ContractTermsUrl is the URL to the current terms of the contract underlying the
        series.
    fee_type (FeeType): Fee type for a series or scheduled fee override.
    fee_multiplier (float): FeeMultiplier is a floating point multiplier applied to the fee calculations.
    additional_prohibitions (list[str] | None): AdditionalProhibitions is a list of additional trading prohibitions
        for this series.
    product_metadata (None | SeriesProductMetadataType0 | Unset): Internal product metadata of the series.
    volume_fp (str | Unset): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp" in
        field names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2
        decimals. Fractional contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts.
        Example: 10.00.
    last_updated_ts (datetime.datetime | Unset): Timestamp of when this series' metadata was last updated.
    exchange_index (int | Unset): Identifier for an exchange shard.
    """

    ticker: str
    frequency: str
    title: str
    category: str
    categories: list[str]
    tags: list[str] | None
    settlement_sources: list[SettlementSource] | None
    contract_url: str
    contract_terms_url: str
    fee_type: FeeType
    fee_multiplier: float
    additional_prohibitions: list[str] | None
    product_metadata: None | SeriesProductMetadataType0 | Unset = UNSET
    volume_fp: str | Unset = UNSET
    last_updated_ts: datetime.datetime | Unset = UNSET
    exchange_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.series_product_metadata_type_0 import SeriesProductMetadataType0

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        ticker = self.ticker
        field_dict["ticker"] = ticker
        frequency = self.frequency
        field_dict["frequency"] = frequency
        title = self.title
        field_dict["title"] = title
        category = self.category
        field_dict["category"] = category
        categories = self.categories

        field_dict["categories"] = categories
        tags: list[str] | None
        if isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags
        field_dict["tags"] = tags
        settlement_sources: list[dict[str, Any]] | None
        if isinstance(self.settlement_sources, list):
            settlement_sources = []
            for settlement_sources_type_0_item_data in self.settlement_sources:
                settlement_sources_type_0_item = (
                    settlement_sources_type_0_item_data.to_dict()
                )
                settlement_sources.append(settlement_sources_type_0_item)

        else:
            settlement_sources = self.settlement_sources
        field_dict["settlement_sources"] = settlement_sources
        contract_url = self.contract_url
        field_dict["contract_url"] = contract_url
        contract_terms_url = self.contract_terms_url
        field_dict["contract_terms_url"] = contract_terms_url
        fee_type: str = check_fee_type(self.fee_type, "fee_type")
        field_dict["fee_type"] = fee_type
        fee_multiplier = self.fee_multiplier
        field_dict["fee_multiplier"] = fee_multiplier
        additional_prohibitions: list[str] | None
        if isinstance(self.additional_prohibitions, list):
            additional_prohibitions = self.additional_prohibitions

        else:
            additional_prohibitions = self.additional_prohibitions
        field_dict["additional_prohibitions"] = additional_prohibitions
        product_metadata: dict[str, Any] | None | Unset
        if isinstance(self.product_metadata, Unset):
            product_metadata = UNSET
        elif isinstance(self.product_metadata, SeriesProductMetadataType0):
            product_metadata = self.product_metadata.to_dict()
        else:
            product_metadata = self.product_metadata
        if product_metadata is not UNSET:
            field_dict["product_metadata"] = product_metadata
        volume_fp = self.volume_fp
        if volume_fp is not UNSET:
            field_dict["volume_fp"] = volume_fp
        last_updated_ts: str | Unset = UNSET
        if not isinstance(self.last_updated_ts, Unset):
            last_updated_ts = self.last_updated_ts.isoformat()
        if last_updated_ts is not UNSET:
            field_dict["last_updated_ts"] = last_updated_ts
        exchange_index = self.exchange_index
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.series_product_metadata_type_0 import SeriesProductMetadataType0
        from ..models.settlement_source import SettlementSource

        d = dict(src_dict)
        ticker = d.pop("ticker")
        frequency = d.pop("frequency")
        title = d.pop("title")
        category = d.pop("category")
        categories = cast(list[str], d.pop("categories"))

        def _parse_tags(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        tags = _parse_tags(d.pop("tags"))

        def _parse_settlement_sources(data: object) -> list[SettlementSource] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                settlement_sources_type_0 = []
                _settlement_sources_type_0 = data
                for settlement_sources_type_0_item_data in _settlement_sources_type_0:
                    settlement_sources_type_0_item = SettlementSource.from_dict(
                        settlement_sources_type_0_item_data
                    )

                    settlement_sources_type_0.append(settlement_sources_type_0_item)

                return settlement_sources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SettlementSource] | None, data)

        settlement_sources = _parse_settlement_sources(d.pop("settlement_sources"))

        contract_url = d.pop("contract_url")
        contract_terms_url = d.pop("contract_terms_url")
        fee_type = check_fee_type(d.pop("fee_type"), "fee_type", received=True)

        fee_multiplier = d.pop("fee_multiplier")

        def _parse_additional_prohibitions(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                additional_prohibitions_type_0 = cast(list[str], data)

                return additional_prohibitions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        additional_prohibitions = _parse_additional_prohibitions(
            d.pop("additional_prohibitions")
        )

        def _parse_product_metadata(
            data: object,
        ) -> None | SeriesProductMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                product_metadata_type_0 = SeriesProductMetadataType0.from_dict(data)

                return product_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SeriesProductMetadataType0 | Unset, data)

        product_metadata = _parse_product_metadata(d.pop("product_metadata", UNSET))

        volume_fp = d.pop("volume_fp", UNSET)
        _last_updated_ts = d.pop("last_updated_ts", UNSET)
        last_updated_ts: datetime.datetime | Unset
        if isinstance(_last_updated_ts, Unset):
            last_updated_ts = UNSET
        else:
            last_updated_ts = isoparse(_last_updated_ts)

        exchange_index = d.pop("exchange_index", UNSET)
        series = cls(
            ticker=ticker,
            frequency=frequency,
            title=title,
            category=category,
            categories=categories,
            tags=tags,
            settlement_sources=settlement_sources,
            contract_url=contract_url,
            contract_terms_url=contract_terms_url,
            fee_type=fee_type,
            fee_multiplier=fee_multiplier,
            additional_prohibitions=additional_prohibitions,
            product_metadata=product_metadata,
            volume_fp=volume_fp,
            last_updated_ts=last_updated_ts,
            exchange_index=exchange_index,
        )
        series.additional_properties = d
        return series

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
