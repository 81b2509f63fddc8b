from __future__ import annotations

import datetime
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
    fromisoformat,
    items_from_wire,
    learn_extras,
    list_of,
    model_repr,
    parse_datetime,
    record_deviation,
    wire_struct,
)

if TYPE_CHECKING:
    from ..models.event_data_product_metadata_type_0 import (
        EventDataProductMetadataType0,
    )
    from ..models.market import Market
    from ..models.settlement_source import SettlementSource


T = TypeVar("T", bound="EventData")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class EventData:
    """Attributes:
    event_ticker (str): Unique identifier for this event.
    series_ticker (str): Unique identifier for the series this event belongs to.
    sub_title (str): Shortened descriptive title for the event.
    title (str): Full title of the event.
    collateral_return_type (str): Collateral-return netting type for this event: `MECNET` for mutually exclusive
        markets, `DIRECNET` for directional netting, or an empty string for no collateral-return netting.
        Netting applies within this event, not across all events in its series, and also requires netting to be enabled
        for the trading account or subtrader.
        Use `with_nested_markets=true` to retrieve the markets associated with each event.
    mutually_exclusive (bool): True when `collateral_return_type` is `MECNET`: at most one market in this event can
        resolve to 'yes'.
        False for both `DIRECNET` and an empty collateral-return type. A false value does not mean collateral-return
        netting is unavailable. Use `collateral_return_type` to distinguish these cases.
    settlement_sources (list[SettlementSource] | None): The official sources used for the determination of markets
        within this event. Methodology is defined in the rulebook.
    category (str | Unset): Event category (deprecated, use series-level category instead).
    strike_date (datetime.datetime | None | Unset): The specific date this event is based on. Only filled when the
        event uses a date strike (mutually exclusive with strike_period).
    strike_period (None | str | Unset): The time period this event covers (e.g., 'week', 'month'). Only filled when
        the event uses a period strike (mutually exclusive with strike_date).
    markets (list[Market] | Unset): Array of markets associated with this event. Only populated when
        'with_nested_markets=true' is specified in the request.
    product_metadata (EventDataProductMetadataType0 | None | Unset): Additional metadata for the event.
    last_updated_ts (datetime.datetime | Unset): Timestamp of when this event's metadata was last updated.
    fee_type_override (None | str | Unset): Fee type override for this event. When present, takes precedence over
        the series-level fee for this event's markets.
    fee_multiplier_override (float | None | Unset): Fee multiplier override for this event. Paired with
        fee_type_override.
    exchange_index (int | Unset): Identifier for an exchange shard.
    """

    event_ticker: str

    series_ticker: str

    sub_title: str

    title: str

    collateral_return_type: str

    mutually_exclusive: bool

    settlement_sources: list[SettlementSource] | None

    category: str | Unset = UNSET

    strike_date: datetime.datetime | None | Unset = UNSET

    strike_period: None | str | Unset = UNSET

    markets: list[Market] | Unset = UNSET

    product_metadata: EventDataProductMetadataType0 | None | Unset = UNSET

    last_updated_ts: datetime.datetime | Unset = UNSET

    fee_type_override: None | str | Unset = UNSET

    fee_multiplier_override: float | None | Unset = UNSET

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
        if isinstance(self.event_ticker, Unset):
            pass
        elif (
            self.event_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["event_ticker"] = None
        else:
            field_dict["event_ticker"] = self.event_ticker
        if isinstance(self.series_ticker, Unset):
            pass
        elif (
            self.series_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["series_ticker"] = None
        else:
            field_dict["series_ticker"] = self.series_ticker
        if isinstance(self.sub_title, Unset):
            pass
        elif self.sub_title is None:  # a null the spec does not allow, kept as received
            field_dict["sub_title"] = None
        else:
            field_dict["sub_title"] = self.sub_title
        if isinstance(self.title, Unset):
            pass
        elif self.title is None:  # a null the spec does not allow, kept as received
            field_dict["title"] = None
        else:
            field_dict["title"] = self.title
        if isinstance(self.collateral_return_type, Unset):
            pass
        elif (
            self.collateral_return_type is None
        ):  # a null the spec does not allow, kept as received
            field_dict["collateral_return_type"] = None
        else:
            field_dict["collateral_return_type"] = self.collateral_return_type
        if isinstance(self.mutually_exclusive, Unset):
            pass
        elif (
            self.mutually_exclusive is None
        ):  # a null the spec does not allow, kept as received
            field_dict["mutually_exclusive"] = None
        else:
            field_dict["mutually_exclusive"] = self.mutually_exclusive
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
        if isinstance(self.category, Unset):
            pass
        elif self.category is None:  # a null the spec does not allow, kept as received
            field_dict["category"] = None
        else:
            field_dict["category"] = self.category
        if isinstance(self.strike_date, Unset):
            pass
        else:
            _strike_date: None | str | Unset
            if isinstance(self.strike_date, Unset):
                _strike_date = UNSET
            elif isinstance(self.strike_date, datetime.datetime):
                _strike_date = self.strike_date.isoformat()
            else:
                _strike_date = self.strike_date
            field_dict["strike_date"] = _strike_date
        if isinstance(self.strike_period, Unset):
            pass
        else:
            _strike_period: None | str | Unset
            if isinstance(self.strike_period, Unset):
                _strike_period = UNSET
            else:
                _strike_period = self.strike_period
            field_dict["strike_period"] = _strike_period
        if isinstance(self.markets, Unset):
            pass
        elif self.markets is None:  # a null the spec does not allow, kept as received
            field_dict["markets"] = None
        else:
            _markets: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.markets, Unset):
                _markets = []
                for markets_item_data in self.markets:
                    markets_item = markets_item_data.to_dict()
                    _markets.append(markets_item)

            field_dict["markets"] = _markets
        if isinstance(self.product_metadata, Unset):
            pass
        else:
            _product_metadata: dict[str, Any] | None | Unset
            if isinstance(self.product_metadata, Unset):
                _product_metadata = UNSET
            elif isinstance(self.product_metadata, EventDataProductMetadataType0):
                _product_metadata = self.product_metadata.to_dict()
            else:
                _product_metadata = self.product_metadata
            field_dict["product_metadata"] = _product_metadata
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
        if isinstance(self.fee_type_override, Unset):
            pass
        else:
            _fee_type_override: None | str | Unset
            if isinstance(self.fee_type_override, Unset):
                _fee_type_override = UNSET
            else:
                _fee_type_override = self.fee_type_override
            field_dict["fee_type_override"] = _fee_type_override
        if isinstance(self.fee_multiplier_override, Unset):
            pass
        else:
            _fee_multiplier_override: float | None | Unset
            if isinstance(self.fee_multiplier_override, Unset):
                _fee_multiplier_override = UNSET
            else:
                _fee_multiplier_override = self.fee_multiplier_override
            field_dict["fee_multiplier_override"] = _fee_multiplier_override
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
            _v = _get("event_ticker", UNSET)
            _f_event_ticker: Any
            if type(_v) is str:
                _f_event_ticker = _v

            elif _v is UNSET:
                _f_event_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "EventData", "event_ticker", "missing"
                )
            elif _v is None:
                _f_event_ticker = None
                _deviations = record_deviation(
                    _deviations, "EventData", "event_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("event_ticker", "str", _v)
                _f_event_ticker = _v

            _v = _get("series_ticker", UNSET)
            _f_series_ticker: Any
            if type(_v) is str:
                _f_series_ticker = _v

            elif _v is UNSET:
                _f_series_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "EventData", "series_ticker", "missing"
                )
            elif _v is None:
                _f_series_ticker = None
                _deviations = record_deviation(
                    _deviations, "EventData", "series_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("series_ticker", "str", _v)
                _f_series_ticker = _v

            _v = _get("sub_title", UNSET)
            _f_sub_title: Any
            if type(_v) is str:
                _f_sub_title = _v

            elif _v is UNSET:
                _f_sub_title = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "EventData", "sub_title", "missing"
                )
            elif _v is None:
                _f_sub_title = None
                _deviations = record_deviation(
                    _deviations, "EventData", "sub_title", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("sub_title", "str", _v)
                _f_sub_title = _v

            _v = _get("title", UNSET)
            _f_title: Any
            if type(_v) is str:
                _f_title = _v

            elif _v is UNSET:
                _f_title = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "EventData", "title", "missing"
                )
            elif _v is None:
                _f_title = None
                _deviations = record_deviation(
                    _deviations, "EventData", "title", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("title", "str", _v)
                _f_title = _v

            _v = _get("collateral_return_type", UNSET)
            _f_collateral_return_type: Any
            if type(_v) is str:
                _f_collateral_return_type = _v

            elif _v is UNSET:
                _f_collateral_return_type = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "EventData", "collateral_return_type", "missing"
                )
            elif _v is None:
                _f_collateral_return_type = None
                _deviations = record_deviation(
                    _deviations, "EventData", "collateral_return_type", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("collateral_return_type", "str", _v)
                _f_collateral_return_type = _v

            _v = _get("mutually_exclusive", UNSET)
            _f_mutually_exclusive: Any
            if type(_v) is bool:
                _f_mutually_exclusive = _v

            elif _v is UNSET:
                _f_mutually_exclusive = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "EventData", "mutually_exclusive", "missing"
                )
            elif _v is None:
                _f_mutually_exclusive = None
                _deviations = record_deviation(
                    _deviations, "EventData", "mutually_exclusive", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("mutually_exclusive", "bool", _v)
                _f_mutually_exclusive = _v

            _v = _get("settlement_sources", UNSET)
            _f_settlement_sources: Any
            if _v is UNSET:
                _f_settlement_sources = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "EventData", "settlement_sources", "missing"
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

            _v = _get("category", UNSET)
            _f_category: Any
            if type(_v) is str:
                _f_category = _v

            elif _v is UNSET:
                _f_category = UNSET
                _absent += 1
            elif _v is None:
                _f_category = None
                _deviations = record_deviation(
                    _deviations, "EventData", "category", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("category", "str", _v)
                _f_category = _v

            _v = _get("strike_date", UNSET)
            _f_strike_date: Any
            if type(_v) is str:
                try:
                    _f_strike_date = fromisoformat(_v)
                except ValueError:
                    _f_strike_date = parse_datetime(_v, "strike_date")

            elif _v is UNSET:
                _f_strike_date = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_strike_date = None
                else:
                    _f_strike_date = parse_datetime(_v, "strike_date")

            _v = _get("strike_period", UNSET)
            _f_strike_period: Any
            if type(_v) is str:
                _f_strike_period = _v

            elif _v is UNSET:
                _f_strike_period = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_strike_period = None
                else:
                    if type(_v) is not str:
                        raise BadValue("strike_period", "str", _v)
                    _f_strike_period = _v

            _v = _get("markets", UNSET)
            _f_markets: Any
            if _v is UNSET:
                _f_markets = UNSET
                _absent += 1
            elif _v is None:
                _f_markets = None
                _deviations = record_deviation(
                    _deviations, "EventData", "markets", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("markets", "array", _v)
                try:
                    _f_markets = list(map(Market.from_dict, _v))
                except BadValue as _bad:
                    raise _bad.within_list("markets", _v) from None

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
                        _f_product_metadata = EventDataProductMetadataType0.from_dict(
                            _v
                        )
                    except BadValue as _bad:
                        raise _bad.within("product_metadata") from None

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
                    _deviations, "EventData", "last_updated_ts", "null"
                )
            else:
                _f_last_updated_ts = parse_datetime(_v, "last_updated_ts")

            _v = _get("fee_type_override", UNSET)
            _f_fee_type_override: Any
            if type(_v) is str:
                _f_fee_type_override = _v

            elif _v is UNSET:
                _f_fee_type_override = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_fee_type_override = None
                else:
                    if type(_v) is not str:
                        raise BadValue("fee_type_override", "str", _v)
                    _f_fee_type_override = _v

            _v = _get("fee_multiplier_override", UNSET)
            _f_fee_multiplier_override: Any
            if type(_v) is float:
                _f_fee_multiplier_override = _v

            elif _v is UNSET:
                _f_fee_multiplier_override = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_fee_multiplier_override = None
                else:
                    if type(_v) is not float:
                        if type(_v) is not int or float(_v) != _v:
                            raise BadValue("fee_multiplier_override", "number", _v)
                        _v = float(_v)
                    _f_fee_multiplier_override = _v

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
                    _deviations, "EventData", "exchange_index", "null"
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
        event_data = _new(cls)
        event_data.event_ticker = _f_event_ticker
        event_data.series_ticker = _f_series_ticker
        event_data.sub_title = _f_sub_title
        event_data.title = _f_title
        event_data.collateral_return_type = _f_collateral_return_type
        event_data.mutually_exclusive = _f_mutually_exclusive
        event_data.settlement_sources = _f_settlement_sources
        event_data.category = _f_category
        event_data.strike_date = _f_strike_date
        event_data.strike_period = _f_strike_period
        event_data.markets = _f_markets
        event_data.product_metadata = _f_product_metadata
        event_data.last_updated_ts = _f_last_updated_ts
        event_data.fee_type_override = _f_fee_type_override
        event_data.fee_multiplier_override = _f_fee_multiplier_override
        event_data.exchange_index = _f_exchange_index
        if len(src_dict) + _absent > 16:
            _known: set[str] = {
                "event_ticker",
                "series_ticker",
                "sub_title",
                "title",
                "collateral_return_type",
                "mutually_exclusive",
                "settlement_sources",
                "category",
                "strike_date",
                "strike_period",
                "markets",
                "product_metadata",
                "last_updated_ts",
                "fee_type_override",
                "fee_multiplier_override",
                "exchange_index",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            event_data.additional_properties = _extra_found
        else:
            event_data.additional_properties = {}
        event_data._deviations = _deviations
        return event_data

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("event_ticker", "event_ticker", str, True, None),
            ("series_ticker", "series_ticker", str, True, None),
            ("sub_title", "sub_title", str, True, None),
            ("title", "title", str, True, None),
            ("collateral_return_type", "collateral_return_type", str, True, None),
            ("mutually_exclusive", "mutually_exclusive", bool, True, None),
            (
                "settlement_sources",
                "settlement_sources",
                list_of(wire_struct(SettlementSource)) | None,
                True,
                SettlementSource,
            ),
            ("category", "category", str, False, None),
            ("strike_date", "strike_date", str | None, False, None),
            ("strike_period", "strike_period", str | None, False, None),
            ("markets", "markets", list_of(wire_struct(Market)), False, Market),
            (
                "product_metadata",
                "product_metadata",
                wire_struct(EventDataProductMetadataType0) | None,
                False,
                None,
            ),
            ("last_updated_ts", "last_updated_ts", str, False, None),
            ("fee_type_override", "fee_type_override", str | None, False, None),
            ("fee_multiplier_override", "fee_multiplier_override", Any, False, None),
            ("exchange_index", "exchange_index", int, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        event_data = _new(cls)
        event_data.event_ticker = w.event_ticker
        event_data.series_ticker = w.series_ticker
        event_data.sub_title = w.sub_title
        event_data.title = w.title
        event_data.collateral_return_type = w.collateral_return_type
        event_data.mutually_exclusive = w.mutually_exclusive
        if w.settlement_sources is None:
            event_data.settlement_sources = w.settlement_sources
        else:
            event_data.settlement_sources = items_from_wire(
                SettlementSource, w.settlement_sources
            )
        event_data.category = w.category
        if w.strike_date is UNSET or w.strike_date is None:
            event_data.strike_date = w.strike_date
        else:
            event_data.strike_date = fromisoformat(w.strike_date)
        event_data.strike_period = w.strike_period
        if w.markets is UNSET:
            event_data.markets = w.markets
        else:
            event_data.markets = items_from_wire(Market, w.markets)
        if w.product_metadata is UNSET or w.product_metadata is None:
            event_data.product_metadata = w.product_metadata
        else:
            event_data.product_metadata = EventDataProductMetadataType0._from_wire(
                w.product_metadata
            )
        if w.last_updated_ts is UNSET:
            event_data.last_updated_ts = w.last_updated_ts
        else:
            event_data.last_updated_ts = fromisoformat(w.last_updated_ts)
        event_data.fee_type_override = w.fee_type_override
        if w.fee_multiplier_override is UNSET or w.fee_multiplier_override is None:
            event_data.fee_multiplier_override = w.fee_multiplier_override
        else:
            if w.fee_multiplier_override is None:
                event_data.fee_multiplier_override = None
            else:
                if type(w.fee_multiplier_override) is not float:
                    if (
                        type(w.fee_multiplier_override) is not int
                        or float(w.fee_multiplier_override) != w.fee_multiplier_override
                    ):
                        raise BadValue(
                            "fee_multiplier_override",
                            "number",
                            w.fee_multiplier_override,
                        )
                    w.fee_multiplier_override = float(w.fee_multiplier_override)
                event_data.fee_multiplier_override = w.fee_multiplier_override
        event_data.exchange_index = w.exchange_index
        event_data.additional_properties = w._extras()
        event_data._deviations = None
        return event_data

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
    global _lazy_bound, EventDataProductMetadataType0, Market, SettlementSource
    from ..models.event_data_product_metadata_type_0 import (
        EventDataProductMetadataType0,
    )
    from ..models.market import Market
    from ..models.settlement_source import SettlementSource

    _lazy_bound = True
