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
    check_items,
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
    from ..models.associated_event import AssociatedEvent


T = TypeVar("T", bound="MultivariateEventCollection")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class MultivariateEventCollection:
    """Attributes:
    collection_ticker (str): Unique identifier for the collection.
    series_ticker (str): Series associated with the collection. Events produced in the collection will be associated
        with this series.
    title (str): Title of the collection.
    description (str): Short description of the collection.
    open_date (datetime.datetime): The open date of the collection. Before this time, the collection cannot be
        interacted with.
    close_date (datetime.datetime): The close date of the collection. After this time, the collection cannot be
        interacted with.
    associated_events (list[AssociatedEvent]): List of events with their individual configuration.
    associated_event_tickers (list[str]): [DEPRECATED - Use associated_events instead] A list of events associated
        with the collection. Markets in these events can be passed as inputs to the Lookup and Create endpoints.
    is_ordered (bool): Whether the collection is ordered. If true, the order of markets passed into Lookup/Create
        affects the output. If false, the order does not matter.
    is_single_market_per_event (bool): [DEPRECATED - Use associated_events instead] Whether the collection accepts
        multiple markets from the same event passed into Lookup/Create.
    is_all_yes (bool): [DEPRECATED - Use associated_events instead] Whether the collection requires that only the
        market side of 'yes' may be used.
    size_min (int): The minimum number of markets that must be passed into Lookup/Create (inclusive).
    size_max (int): The maximum number of markets that must be passed into Lookup/Create (inclusive).
    functional_description (str): A functional description of the collection describing how inputs affect the
        output.
    exchange_index (int | Unset): Identifier for an exchange shard.
    """

    collection_ticker: str

    series_ticker: str

    title: str

    description: str

    open_date: datetime.datetime

    close_date: datetime.datetime

    associated_events: list[AssociatedEvent]

    associated_event_tickers: list[str]

    is_ordered: bool

    is_single_market_per_event: bool

    is_all_yes: bool

    size_min: int

    size_max: int

    functional_description: str

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
        if isinstance(self.collection_ticker, Unset):
            pass
        elif (
            self.collection_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["collection_ticker"] = None
        else:
            field_dict["collection_ticker"] = self.collection_ticker
        if isinstance(self.series_ticker, Unset):
            pass
        elif (
            self.series_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["series_ticker"] = None
        else:
            field_dict["series_ticker"] = self.series_ticker
        if isinstance(self.title, Unset):
            pass
        elif self.title is None:  # a null the spec does not allow, kept as received
            field_dict["title"] = None
        else:
            field_dict["title"] = self.title
        if isinstance(self.description, Unset):
            pass
        elif (
            self.description is None
        ):  # a null the spec does not allow, kept as received
            field_dict["description"] = None
        else:
            field_dict["description"] = self.description
        if isinstance(self.open_date, Unset):
            pass
        elif self.open_date is None:  # a null the spec does not allow, kept as received
            field_dict["open_date"] = None
        else:
            _open_date = self.open_date.isoformat()
            field_dict["open_date"] = _open_date
        if isinstance(self.close_date, Unset):
            pass
        elif (
            self.close_date is None
        ):  # a null the spec does not allow, kept as received
            field_dict["close_date"] = None
        else:
            _close_date = self.close_date.isoformat()
            field_dict["close_date"] = _close_date
        if isinstance(self.associated_events, Unset):
            pass
        elif (
            self.associated_events is None
        ):  # a null the spec does not allow, kept as received
            field_dict["associated_events"] = None
        else:
            _associated_events = []
            for associated_events_item_data in self.associated_events:
                associated_events_item = associated_events_item_data.to_dict()
                _associated_events.append(associated_events_item)

            field_dict["associated_events"] = _associated_events
        if isinstance(self.associated_event_tickers, Unset):
            pass
        elif (
            self.associated_event_tickers is None
        ):  # a null the spec does not allow, kept as received
            field_dict["associated_event_tickers"] = None
        else:
            _associated_event_tickers = self.associated_event_tickers

            field_dict["associated_event_tickers"] = _associated_event_tickers
        if isinstance(self.is_ordered, Unset):
            pass
        elif (
            self.is_ordered is None
        ):  # a null the spec does not allow, kept as received
            field_dict["is_ordered"] = None
        else:
            field_dict["is_ordered"] = self.is_ordered
        if isinstance(self.is_single_market_per_event, Unset):
            pass
        elif (
            self.is_single_market_per_event is None
        ):  # a null the spec does not allow, kept as received
            field_dict["is_single_market_per_event"] = None
        else:
            field_dict["is_single_market_per_event"] = self.is_single_market_per_event
        if isinstance(self.is_all_yes, Unset):
            pass
        elif (
            self.is_all_yes is None
        ):  # a null the spec does not allow, kept as received
            field_dict["is_all_yes"] = None
        else:
            field_dict["is_all_yes"] = self.is_all_yes
        if isinstance(self.size_min, Unset):
            pass
        elif self.size_min is None:  # a null the spec does not allow, kept as received
            field_dict["size_min"] = None
        else:
            field_dict["size_min"] = self.size_min
        if isinstance(self.size_max, Unset):
            pass
        elif self.size_max is None:  # a null the spec does not allow, kept as received
            field_dict["size_max"] = None
        else:
            field_dict["size_max"] = self.size_max
        if isinstance(self.functional_description, Unset):
            pass
        elif (
            self.functional_description is None
        ):  # a null the spec does not allow, kept as received
            field_dict["functional_description"] = None
        else:
            field_dict["functional_description"] = self.functional_description
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
            _v = _get("collection_ticker", UNSET)
            _f_collection_ticker: Any
            if type(_v) is str:
                _f_collection_ticker = _v

            elif _v is UNSET:
                _f_collection_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "MultivariateEventCollection",
                    "collection_ticker",
                    "missing",
                )
            elif _v is None:
                _f_collection_ticker = None
                _deviations = record_deviation(
                    _deviations,
                    "MultivariateEventCollection",
                    "collection_ticker",
                    "null",
                )
            else:
                if type(_v) is not str:
                    raise BadValue("collection_ticker", "str", _v)
                _f_collection_ticker = _v

            _v = _get("series_ticker", UNSET)
            _f_series_ticker: Any
            if type(_v) is str:
                _f_series_ticker = _v

            elif _v is UNSET:
                _f_series_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "MultivariateEventCollection",
                    "series_ticker",
                    "missing",
                )
            elif _v is None:
                _f_series_ticker = None
                _deviations = record_deviation(
                    _deviations, "MultivariateEventCollection", "series_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("series_ticker", "str", _v)
                _f_series_ticker = _v

            _v = _get("title", UNSET)
            _f_title: Any
            if type(_v) is str:
                _f_title = _v

            elif _v is UNSET:
                _f_title = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MultivariateEventCollection", "title", "missing"
                )
            elif _v is None:
                _f_title = None
                _deviations = record_deviation(
                    _deviations, "MultivariateEventCollection", "title", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("title", "str", _v)
                _f_title = _v

            _v = _get("description", UNSET)
            _f_description: Any
            if type(_v) is str:
                _f_description = _v

            elif _v is UNSET:
                _f_description = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MultivariateEventCollection", "description", "missing"
                )
            elif _v is None:
                _f_description = None
                _deviations = record_deviation(
                    _deviations, "MultivariateEventCollection", "description", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("description", "str", _v)
                _f_description = _v

            _v = _get("open_date", UNSET)
            _f_open_date: Any
            if type(_v) is str:
                try:
                    _f_open_date = fromisoformat(_v)
                except ValueError:
                    _f_open_date = parse_datetime(_v, "open_date")

            elif _v is UNSET:
                _f_open_date = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MultivariateEventCollection", "open_date", "missing"
                )
            elif _v is None:
                _f_open_date = None
                _deviations = record_deviation(
                    _deviations, "MultivariateEventCollection", "open_date", "null"
                )
            else:
                _f_open_date = parse_datetime(_v, "open_date")

            _v = _get("close_date", UNSET)
            _f_close_date: Any
            if type(_v) is str:
                try:
                    _f_close_date = fromisoformat(_v)
                except ValueError:
                    _f_close_date = parse_datetime(_v, "close_date")

            elif _v is UNSET:
                _f_close_date = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MultivariateEventCollection", "close_date", "missing"
                )
            elif _v is None:
                _f_close_date = None
                _deviations = record_deviation(
                    _deviations, "MultivariateEventCollection", "close_date", "null"
                )
            else:
                _f_close_date = parse_datetime(_v, "close_date")

            _v = _get("associated_events", UNSET)
            _f_associated_events: Any
            if _v is UNSET:
                _f_associated_events = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "MultivariateEventCollection",
                    "associated_events",
                    "missing",
                )
            elif _v is None:
                _f_associated_events = None
                _deviations = record_deviation(
                    _deviations,
                    "MultivariateEventCollection",
                    "associated_events",
                    "null",
                )
            else:
                if type(_v) is not list:
                    raise BadValue("associated_events", "array", _v)
                try:
                    _f_associated_events = list(map(AssociatedEvent.from_dict, _v))
                except BadValue as _bad:
                    raise _bad.within_list("associated_events", _v) from None

            _v = _get("associated_event_tickers", UNSET)
            _f_associated_event_tickers: Any
            if _v is UNSET:
                _f_associated_event_tickers = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "MultivariateEventCollection",
                    "associated_event_tickers",
                    "missing",
                )
            elif _v is None:
                _f_associated_event_tickers = None
                _deviations = record_deviation(
                    _deviations,
                    "MultivariateEventCollection",
                    "associated_event_tickers",
                    "null",
                )
            else:
                if type(_v) is not list:
                    raise BadValue("associated_event_tickers", "array", _v)
                check_items(_v, str, "associated_event_tickers")
                _f_associated_event_tickers = _v

            _v = _get("is_ordered", UNSET)
            _f_is_ordered: Any
            if type(_v) is bool:
                _f_is_ordered = _v

            elif _v is UNSET:
                _f_is_ordered = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MultivariateEventCollection", "is_ordered", "missing"
                )
            elif _v is None:
                _f_is_ordered = None
                _deviations = record_deviation(
                    _deviations, "MultivariateEventCollection", "is_ordered", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("is_ordered", "bool", _v)
                _f_is_ordered = _v

            _v = _get("is_single_market_per_event", UNSET)
            _f_is_single_market_per_event: Any
            if type(_v) is bool:
                _f_is_single_market_per_event = _v

            elif _v is UNSET:
                _f_is_single_market_per_event = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "MultivariateEventCollection",
                    "is_single_market_per_event",
                    "missing",
                )
            elif _v is None:
                _f_is_single_market_per_event = None
                _deviations = record_deviation(
                    _deviations,
                    "MultivariateEventCollection",
                    "is_single_market_per_event",
                    "null",
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("is_single_market_per_event", "bool", _v)
                _f_is_single_market_per_event = _v

            _v = _get("is_all_yes", UNSET)
            _f_is_all_yes: Any
            if type(_v) is bool:
                _f_is_all_yes = _v

            elif _v is UNSET:
                _f_is_all_yes = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MultivariateEventCollection", "is_all_yes", "missing"
                )
            elif _v is None:
                _f_is_all_yes = None
                _deviations = record_deviation(
                    _deviations, "MultivariateEventCollection", "is_all_yes", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("is_all_yes", "bool", _v)
                _f_is_all_yes = _v

            _v = _get("size_min", UNSET)
            _f_size_min: Any
            if type(_v) is int:
                _f_size_min = _v

            elif _v is UNSET:
                _f_size_min = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MultivariateEventCollection", "size_min", "missing"
                )
            elif _v is None:
                _f_size_min = None
                _deviations = record_deviation(
                    _deviations, "MultivariateEventCollection", "size_min", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("size_min", "int", _v)
                _f_size_min = _v

            _v = _get("size_max", UNSET)
            _f_size_max: Any
            if type(_v) is int:
                _f_size_max = _v

            elif _v is UNSET:
                _f_size_max = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MultivariateEventCollection", "size_max", "missing"
                )
            elif _v is None:
                _f_size_max = None
                _deviations = record_deviation(
                    _deviations, "MultivariateEventCollection", "size_max", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("size_max", "int", _v)
                _f_size_max = _v

            _v = _get("functional_description", UNSET)
            _f_functional_description: Any
            if type(_v) is str:
                _f_functional_description = _v

            elif _v is UNSET:
                _f_functional_description = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "MultivariateEventCollection",
                    "functional_description",
                    "missing",
                )
            elif _v is None:
                _f_functional_description = None
                _deviations = record_deviation(
                    _deviations,
                    "MultivariateEventCollection",
                    "functional_description",
                    "null",
                )
            else:
                if type(_v) is not str:
                    raise BadValue("functional_description", "str", _v)
                _f_functional_description = _v

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
                    _deviations, "MultivariateEventCollection", "exchange_index", "null"
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
        multivariate_event_collection = _new(cls)
        multivariate_event_collection.collection_ticker = _f_collection_ticker
        multivariate_event_collection.series_ticker = _f_series_ticker
        multivariate_event_collection.title = _f_title
        multivariate_event_collection.description = _f_description
        multivariate_event_collection.open_date = _f_open_date
        multivariate_event_collection.close_date = _f_close_date
        multivariate_event_collection.associated_events = _f_associated_events
        multivariate_event_collection.associated_event_tickers = (
            _f_associated_event_tickers
        )
        multivariate_event_collection.is_ordered = _f_is_ordered
        multivariate_event_collection.is_single_market_per_event = (
            _f_is_single_market_per_event
        )
        multivariate_event_collection.is_all_yes = _f_is_all_yes
        multivariate_event_collection.size_min = _f_size_min
        multivariate_event_collection.size_max = _f_size_max
        multivariate_event_collection.functional_description = _f_functional_description
        multivariate_event_collection.exchange_index = _f_exchange_index
        if len(src_dict) + _absent > 15:
            _known: set[str] = {
                "collection_ticker",
                "series_ticker",
                "title",
                "description",
                "open_date",
                "close_date",
                "associated_events",
                "associated_event_tickers",
                "is_ordered",
                "is_single_market_per_event",
                "is_all_yes",
                "size_min",
                "size_max",
                "functional_description",
                "exchange_index",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            multivariate_event_collection.additional_properties = _extra_found
        else:
            multivariate_event_collection.additional_properties = {}
        multivariate_event_collection._deviations = _deviations
        return multivariate_event_collection

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("collection_ticker", "collection_ticker", str, True, None),
            ("series_ticker", "series_ticker", str, True, None),
            ("title", "title", str, True, None),
            ("description", "description", str, True, None),
            ("open_date", "open_date", str, True, None),
            ("close_date", "close_date", str, True, None),
            (
                "associated_events",
                "associated_events",
                list_of(wire_struct(AssociatedEvent)),
                True,
                AssociatedEvent,
            ),
            (
                "associated_event_tickers",
                "associated_event_tickers",
                list[str],
                True,
                None,
            ),
            ("is_ordered", "is_ordered", bool, True, None),
            (
                "is_single_market_per_event",
                "is_single_market_per_event",
                bool,
                True,
                None,
            ),
            ("is_all_yes", "is_all_yes", bool, True, None),
            ("size_min", "size_min", int, True, None),
            ("size_max", "size_max", int, True, None),
            ("functional_description", "functional_description", str, True, None),
            ("exchange_index", "exchange_index", int, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        multivariate_event_collection = _new(cls)
        multivariate_event_collection.collection_ticker = w.collection_ticker
        multivariate_event_collection.series_ticker = w.series_ticker
        multivariate_event_collection.title = w.title
        multivariate_event_collection.description = w.description
        multivariate_event_collection.open_date = fromisoformat(w.open_date)
        multivariate_event_collection.close_date = fromisoformat(w.close_date)
        multivariate_event_collection.associated_events = items_from_wire(
            AssociatedEvent, w.associated_events
        )
        multivariate_event_collection.associated_event_tickers = (
            w.associated_event_tickers
        )
        multivariate_event_collection.is_ordered = w.is_ordered
        multivariate_event_collection.is_single_market_per_event = (
            w.is_single_market_per_event
        )
        multivariate_event_collection.is_all_yes = w.is_all_yes
        multivariate_event_collection.size_min = w.size_min
        multivariate_event_collection.size_max = w.size_max
        multivariate_event_collection.functional_description = w.functional_description
        multivariate_event_collection.exchange_index = w.exchange_index
        multivariate_event_collection.additional_properties = w._extras()
        multivariate_event_collection._deviations = None
        return multivariate_event_collection

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
    global _lazy_bound, AssociatedEvent
    from ..models.associated_event import AssociatedEvent

    _lazy_bound = True
