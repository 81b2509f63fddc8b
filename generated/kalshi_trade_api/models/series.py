from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.fee_type import FEE_TYPE_VALUES, FeeType, check_fee_type
from ..types import (
    FIXED_POINT,
    UNSET,
    BadValue,
    Unset,
    _new,
    check_items,
    fixed_point_text,
    fromisoformat,
    items_from_wire,
    learn_extras,
    list_of,
    model_repr,
    parse_datetime,
    parse_fixed_point,
    record_deviation,
    to_count_or_unset,
    wire_struct,
)

if TYPE_CHECKING:
    from ..models.series_product_metadata_type_0 import SeriesProductMetadataType0
    from ..models.settlement_source import SettlementSource


T = TypeVar("T", bound="Series")


@_attrs_define(repr=False, on_setattr=_NO_OP)
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
    volume_fp (Decimal | Unset): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\"
        in field names). Requests accept 0-2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2
        decimals. Fractional contract values (e.g., \"2.50\") are supported; the minimum granularity is 0.01 contracts.
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

    volume_fp: Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_count_or_unset
    )

    last_updated_ts: datetime.datetime | Unset = UNSET

    exchange_index: int | Unset = UNSET

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
        if isinstance(self.ticker, Unset):
            pass
        elif self.ticker is None:  # a null the spec does not allow, kept as received
            field_dict["ticker"] = None
        else:
            field_dict["ticker"] = self.ticker
        if isinstance(self.frequency, Unset):
            pass
        elif self.frequency is None:  # a null the spec does not allow, kept as received
            field_dict["frequency"] = None
        else:
            field_dict["frequency"] = self.frequency
        if isinstance(self.title, Unset):
            pass
        elif self.title is None:  # a null the spec does not allow, kept as received
            field_dict["title"] = None
        else:
            field_dict["title"] = self.title
        if isinstance(self.category, Unset):
            pass
        elif self.category is None:  # a null the spec does not allow, kept as received
            field_dict["category"] = None
        else:
            field_dict["category"] = self.category
        if isinstance(self.categories, Unset):
            pass
        elif (
            self.categories is None
        ):  # a null the spec does not allow, kept as received
            field_dict["categories"] = None
        else:
            _categories = self.categories

            field_dict["categories"] = _categories
        if isinstance(self.tags, Unset):
            pass
        else:
            _tags: list[str] | None
            if isinstance(self.tags, list):
                _tags = self.tags

            else:
                _tags = self.tags
            field_dict["tags"] = _tags
        if isinstance(self.settlement_sources, Unset):
            pass
        else:
            _settlement_sources: list[dict[str, Any]] | None
            if isinstance(self.settlement_sources, list):
                _settlement_sources = []
                for settlement_sources_type_0_item_data in self.settlement_sources:
                    settlement_sources_type_0_item = (
                        settlement_sources_type_0_item_data.to_dict()
                    )
                    _settlement_sources.append(settlement_sources_type_0_item)

            else:
                _settlement_sources = self.settlement_sources
            field_dict["settlement_sources"] = _settlement_sources
        if isinstance(self.contract_url, Unset):
            pass
        elif (
            self.contract_url is None
        ):  # a null the spec does not allow, kept as received
            field_dict["contract_url"] = None
        else:
            field_dict["contract_url"] = self.contract_url
        if isinstance(self.contract_terms_url, Unset):
            pass
        elif (
            self.contract_terms_url is None
        ):  # a null the spec does not allow, kept as received
            field_dict["contract_terms_url"] = None
        else:
            field_dict["contract_terms_url"] = self.contract_terms_url
        if isinstance(self.fee_type, Unset):
            pass
        elif self.fee_type is None:  # a null the spec does not allow, kept as received
            field_dict["fee_type"] = None
        else:
            _fee_type: str = check_fee_type(self.fee_type, "fee_type")
            field_dict["fee_type"] = _fee_type
        if isinstance(self.fee_multiplier, Unset):
            pass
        elif (
            self.fee_multiplier is None
        ):  # a null the spec does not allow, kept as received
            field_dict["fee_multiplier"] = None
        else:
            field_dict["fee_multiplier"] = self.fee_multiplier
        if isinstance(self.additional_prohibitions, Unset):
            pass
        else:
            _additional_prohibitions: list[str] | None
            if isinstance(self.additional_prohibitions, list):
                _additional_prohibitions = self.additional_prohibitions

            else:
                _additional_prohibitions = self.additional_prohibitions
            field_dict["additional_prohibitions"] = _additional_prohibitions
        if isinstance(self.product_metadata, Unset):
            pass
        else:
            _product_metadata: dict[str, Any] | None | Unset
            if isinstance(self.product_metadata, Unset):
                _product_metadata = UNSET
            elif isinstance(self.product_metadata, SeriesProductMetadataType0):
                _product_metadata = self.product_metadata.to_dict()
            else:
                _product_metadata = self.product_metadata
            field_dict["product_metadata"] = _product_metadata
        if isinstance(self.volume_fp, Unset):
            pass
        elif self.volume_fp is None:  # a null the spec does not allow, kept as received
            field_dict["volume_fp"] = None
        else:
            field_dict["volume_fp"] = fixed_point_text(
                self.volume_fp, "volume_fp", counts=True
            )
        if isinstance(self.last_updated_ts, Unset):
            pass
        elif (
            self.last_updated_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["last_updated_ts"] = None
        else:
            _last_updated_ts: str | Unset = UNSET
            if not isinstance(self.last_updated_ts, Unset):
                _last_updated_ts = self.last_updated_ts.isoformat()
            field_dict["last_updated_ts"] = _last_updated_ts
        if isinstance(self.exchange_index, Unset):
            pass
        elif (
            self.exchange_index is None
        ):  # a null the spec does not allow, kept as received
            field_dict["exchange_index"] = None
        else:
            field_dict["exchange_index"] = self.exchange_index
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
            _v = _get("ticker", UNSET)
            _f_ticker: Any
            if type(_v) is str:
                _f_ticker = _v

            elif _v is UNSET:
                _f_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Series", "ticker", "missing"
                )
            elif _v is None:
                _f_ticker = None
                _deviations = record_deviation(_deviations, "Series", "ticker", "null")
            else:
                if type(_v) is not str:
                    raise BadValue("ticker", "str", _v)
                _f_ticker = _v

            _v = _get("frequency", UNSET)
            _f_frequency: Any
            if type(_v) is str:
                _f_frequency = _v

            elif _v is UNSET:
                _f_frequency = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Series", "frequency", "missing"
                )
            elif _v is None:
                _f_frequency = None
                _deviations = record_deviation(
                    _deviations, "Series", "frequency", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("frequency", "str", _v)
                _f_frequency = _v

            _v = _get("title", UNSET)
            _f_title: Any
            if type(_v) is str:
                _f_title = _v

            elif _v is UNSET:
                _f_title = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Series", "title", "missing"
                )
            elif _v is None:
                _f_title = None
                _deviations = record_deviation(_deviations, "Series", "title", "null")
            else:
                if type(_v) is not str:
                    raise BadValue("title", "str", _v)
                _f_title = _v

            _v = _get("category", UNSET)
            _f_category: Any
            if type(_v) is str:
                _f_category = _v

            elif _v is UNSET:
                _f_category = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Series", "category", "missing"
                )
            elif _v is None:
                _f_category = None
                _deviations = record_deviation(
                    _deviations, "Series", "category", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("category", "str", _v)
                _f_category = _v

            _v = _get("categories", UNSET)
            _f_categories: Any
            if _v is UNSET:
                _f_categories = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Series", "categories", "missing"
                )
            elif _v is None:
                _f_categories = None
                _deviations = record_deviation(
                    _deviations, "Series", "categories", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("categories", "array", _v)
                check_items(_v, str, "categories")
                _f_categories = _v

            _v = _get("tags", UNSET)
            _f_tags: Any
            if _v is UNSET:
                _f_tags = UNSET
                _absent += 1
                _deviations = record_deviation(_deviations, "Series", "tags", "missing")
            else:
                if _v is None:
                    _f_tags = None
                else:
                    if type(_v) is not list:
                        raise BadValue("tags", "array", _v)
                    check_items(_v, str, "tags")
                    _f_tags = _v

            _v = _get("settlement_sources", UNSET)
            _f_settlement_sources: Any
            if _v is UNSET:
                _f_settlement_sources = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Series", "settlement_sources", "missing"
                )
            else:
                if _v is None:
                    _f_settlement_sources = None
                else:
                    if type(_v) is not list:
                        raise BadValue("settlement_sources", "array", _v)
                    try:
                        _f_settlement_sources = list(
                            map(SettlementSource.from_dict, _v)
                        )
                    except BadValue as _bad:
                        raise _bad.within_list("settlement_sources", _v) from None

            _v = _get("contract_url", UNSET)
            _f_contract_url: Any
            if type(_v) is str:
                _f_contract_url = _v

            elif _v is UNSET:
                _f_contract_url = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Series", "contract_url", "missing"
                )
            elif _v is None:
                _f_contract_url = None
                _deviations = record_deviation(
                    _deviations, "Series", "contract_url", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("contract_url", "str", _v)
                _f_contract_url = _v

            _v = _get("contract_terms_url", UNSET)
            _f_contract_terms_url: Any
            if type(_v) is str:
                _f_contract_terms_url = _v

            elif _v is UNSET:
                _f_contract_terms_url = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Series", "contract_terms_url", "missing"
                )
            elif _v is None:
                _f_contract_terms_url = None
                _deviations = record_deviation(
                    _deviations, "Series", "contract_terms_url", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("contract_terms_url", "str", _v)
                _f_contract_terms_url = _v

            _v = _get("fee_type", UNSET)
            _f_fee_type: Any
            if type(_v) is str and _v in FEE_TYPE_VALUES:
                _f_fee_type = _v

            elif _v is UNSET:
                _f_fee_type = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Series", "fee_type", "missing"
                )
            elif _v is None:
                _f_fee_type = None
                _deviations = record_deviation(
                    _deviations, "Series", "fee_type", "null"
                )
            else:
                _f_fee_type = check_fee_type(_v, "fee_type", received=True)

            _v = _get("fee_multiplier", UNSET)
            _f_fee_multiplier: Any
            if type(_v) is float:
                _f_fee_multiplier = _v

            elif _v is UNSET:
                _f_fee_multiplier = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Series", "fee_multiplier", "missing"
                )
            elif _v is None:
                _f_fee_multiplier = None
                _deviations = record_deviation(
                    _deviations, "Series", "fee_multiplier", "null"
                )
            else:
                if type(_v) is not float:
                    if type(_v) is not int or float(_v) != _v:
                        raise BadValue("fee_multiplier", "number", _v)
                    _v = float(_v)
                _f_fee_multiplier = _v

            _v = _get("additional_prohibitions", UNSET)
            _f_additional_prohibitions: Any
            if _v is UNSET:
                _f_additional_prohibitions = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Series", "additional_prohibitions", "missing"
                )
            else:
                if _v is None:
                    _f_additional_prohibitions = None
                else:
                    if type(_v) is not list:
                        raise BadValue("additional_prohibitions", "array", _v)
                    check_items(_v, str, "additional_prohibitions")
                    _f_additional_prohibitions = _v

            _v = _get("product_metadata", UNSET)
            _f_product_metadata: Any
            if _v is UNSET:
                _f_product_metadata = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_product_metadata = None
                else:
                    try:
                        _f_product_metadata = SeriesProductMetadataType0.from_dict(_v)
                    except BadValue as _bad:
                        raise _bad.within("product_metadata") from None

            _v = _get("volume_fp", UNSET)
            _f_volume_fp: Any
            if type(_v) is str:
                try:
                    _f_volume_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_volume_fp = parse_fixed_point(_v, "volume_fp")

            elif _v is UNSET:
                _f_volume_fp = UNSET
                _absent += 1
            elif _v is None:
                _f_volume_fp = None
                _deviations = record_deviation(
                    _deviations, "Series", "volume_fp", "null"
                )
            else:
                _f_volume_fp = parse_fixed_point(_v, "volume_fp")

            _v = _get("last_updated_ts", UNSET)
            _f_last_updated_ts: Any
            if type(_v) is str:
                try:
                    _f_last_updated_ts = fromisoformat(_v)
                except ValueError:
                    _f_last_updated_ts = parse_datetime(_v, "last_updated_ts")

            elif _v is UNSET:
                _f_last_updated_ts = UNSET
                _absent += 1
            elif _v is None:
                _f_last_updated_ts = None
                _deviations = record_deviation(
                    _deviations, "Series", "last_updated_ts", "null"
                )
            else:
                _f_last_updated_ts = parse_datetime(_v, "last_updated_ts")

            _v = _get("exchange_index", UNSET)
            _f_exchange_index: Any
            if type(_v) is int:
                _f_exchange_index = _v

            elif _v is UNSET:
                _f_exchange_index = UNSET
                _absent += 1
            elif _v is None:
                _f_exchange_index = None
                _deviations = record_deviation(
                    _deviations, "Series", "exchange_index", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("exchange_index", "int", _v)
                _f_exchange_index = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        series = _new(cls)
        series.ticker = _f_ticker
        series.frequency = _f_frequency
        series.title = _f_title
        series.category = _f_category
        series.categories = _f_categories
        series.tags = _f_tags
        series.settlement_sources = _f_settlement_sources
        series.contract_url = _f_contract_url
        series.contract_terms_url = _f_contract_terms_url
        series.fee_type = _f_fee_type
        series.fee_multiplier = _f_fee_multiplier
        series.additional_prohibitions = _f_additional_prohibitions
        series.product_metadata = _f_product_metadata
        series.volume_fp = _f_volume_fp
        series.last_updated_ts = _f_last_updated_ts
        series.exchange_index = _f_exchange_index
        if len(src_dict) + _absent > 16:
            _known: set[str] = {
                "ticker",
                "frequency",
                "title",
                "category",
                "categories",
                "tags",
                "settlement_sources",
                "contract_url",
                "contract_terms_url",
                "fee_type",
                "fee_multiplier",
                "additional_prohibitions",
                "product_metadata",
                "volume_fp",
                "last_updated_ts",
                "exchange_index",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            series.additional_properties = _extra_found
        else:
            series.additional_properties = {}
        series._deviations = _deviations
        return series

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("ticker", "ticker", str, True, None),
            ("frequency", "frequency", str, True, None),
            ("title", "title", str, True, None),
            ("category", "category", str, True, None),
            ("categories", "categories", list[str], True, None),
            ("tags", "tags", list[str] | None, True, None),
            (
                "settlement_sources",
                "settlement_sources",
                list_of(wire_struct(SettlementSource)) | None,
                True,
                SettlementSource,
            ),
            ("contract_url", "contract_url", str, True, None),
            ("contract_terms_url", "contract_terms_url", str, True, None),
            ("fee_type", "fee_type", str, True, None),
            ("fee_multiplier", "fee_multiplier", Any, True, None),
            (
                "additional_prohibitions",
                "additional_prohibitions",
                list[str] | None,
                True,
                None,
            ),
            (
                "product_metadata",
                "product_metadata",
                wire_struct(SeriesProductMetadataType0) | None,
                False,
                None,
            ),
            ("volume_fp", "volume_fp", str, False, None),
            ("last_updated_ts", "last_updated_ts", str, False, None),
            ("exchange_index", "exchange_index", int, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        series = _new(cls)
        series.ticker = w.ticker
        series.frequency = w.frequency
        series.title = w.title
        series.category = w.category
        series.categories = w.categories
        series.tags = w.tags
        if w.settlement_sources is None:
            series.settlement_sources = w.settlement_sources
        else:
            series.settlement_sources = items_from_wire(
                SettlementSource, w.settlement_sources
            )
        series.contract_url = w.contract_url
        series.contract_terms_url = w.contract_terms_url
        series.fee_type = (
            w.fee_type
            if w.fee_type in FEE_TYPE_VALUES
            else check_fee_type(w.fee_type, "fee_type", received=True)
        )
        if (
            w.fee_multiplier is None
        ):  # a null the spec does not allow: from_dict records it
            raise BadValue("fee_multiplier", "not null", None)
        if type(w.fee_multiplier) is not float:
            if (
                type(w.fee_multiplier) is not int
                or float(w.fee_multiplier) != w.fee_multiplier
            ):
                raise BadValue("fee_multiplier", "number", w.fee_multiplier)
            w.fee_multiplier = float(w.fee_multiplier)
        series.fee_multiplier = w.fee_multiplier
        series.additional_prohibitions = w.additional_prohibitions
        if w.product_metadata is UNSET or w.product_metadata is None:
            series.product_metadata = w.product_metadata
        else:
            series.product_metadata = SeriesProductMetadataType0._from_wire(
                w.product_metadata
            )
        if w.volume_fp is UNSET:
            series.volume_fp = w.volume_fp
        else:
            try:
                series.volume_fp = FIXED_POINT[w.volume_fp]
            except KeyError:
                series.volume_fp = parse_fixed_point(w.volume_fp, "volume_fp")
        if w.last_updated_ts is UNSET:
            series.last_updated_ts = w.last_updated_ts
        else:
            series.last_updated_ts = fromisoformat(w.last_updated_ts)
        series.exchange_index = w.exchange_index
        series.additional_properties = w._extras()
        series._deviations = None
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


# Models that refer back to this one are imported on first use, once (not per call:
# an import statement costs ~0.7 us, a third of a small model's parse).
_lazy_bound = False


def _bind_lazy() -> None:
    global _lazy_bound, SeriesProductMetadataType0, SettlementSource
    from ..models.series_product_metadata_type_0 import SeriesProductMetadataType0
    from ..models.settlement_source import SettlementSource

    _lazy_bound = True
