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
    from ..models.multivariate_lookup_payload_msg_selected_markets_item import (
        MultivariateLookupPayloadMsgSelectedMarketsItem,
    )


T = TypeVar("T", bound="MultivariateLookupPayloadMsg")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class MultivariateLookupPayloadMsg:
    """Attributes:
    collection_ticker (str):
    event_ticker (str):
    market_ticker (str):
    selected_markets (list[MultivariateLookupPayloadMsgSelectedMarketsItem]):
    """

    collection_ticker: str

    event_ticker: str

    market_ticker: str

    selected_markets: list[MultivariateLookupPayloadMsgSelectedMarketsItem]

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
        if isinstance(self.event_ticker, Unset):
            pass
        elif (
            self.event_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["event_ticker"] = None
        else:
            field_dict["event_ticker"] = self.event_ticker
        if isinstance(self.market_ticker, Unset):
            pass
        elif (
            self.market_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["market_ticker"] = None
        else:
            field_dict["market_ticker"] = self.market_ticker
        if isinstance(self.selected_markets, Unset):
            pass
        elif (
            self.selected_markets is None
        ):  # a null the spec does not allow, kept as received
            field_dict["selected_markets"] = None
        else:
            _selected_markets = []
            for selected_markets_item_data in self.selected_markets:
                selected_markets_item = selected_markets_item_data.to_dict()
                _selected_markets.append(selected_markets_item)

            field_dict["selected_markets"] = _selected_markets
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
                    "MultivariateLookupPayloadMsg",
                    "collection_ticker",
                    "missing",
                )
            elif _v is None:
                _f_collection_ticker = None
                _deviations = record_deviation(
                    _deviations,
                    "MultivariateLookupPayloadMsg",
                    "collection_ticker",
                    "null",
                )
            else:
                if type(_v) is not str:
                    raise BadValue("collection_ticker", "str", _v)
                _f_collection_ticker = _v

            _v = _get("event_ticker", UNSET)
            _f_event_ticker: Any
            if type(_v) is str:
                _f_event_ticker = _v

            elif _v is UNSET:
                _f_event_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "MultivariateLookupPayloadMsg",
                    "event_ticker",
                    "missing",
                )
            elif _v is None:
                _f_event_ticker = None
                _deviations = record_deviation(
                    _deviations, "MultivariateLookupPayloadMsg", "event_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("event_ticker", "str", _v)
                _f_event_ticker = _v

            _v = _get("market_ticker", UNSET)
            _f_market_ticker: Any
            if type(_v) is str:
                _f_market_ticker = _v

            elif _v is UNSET:
                _f_market_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "MultivariateLookupPayloadMsg",
                    "market_ticker",
                    "missing",
                )
            elif _v is None:
                _f_market_ticker = None
                _deviations = record_deviation(
                    _deviations, "MultivariateLookupPayloadMsg", "market_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("market_ticker", "str", _v)
                _f_market_ticker = _v

            _v = _get("selected_markets", UNSET)
            _f_selected_markets: Any
            if _v is UNSET:
                _f_selected_markets = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "MultivariateLookupPayloadMsg",
                    "selected_markets",
                    "missing",
                )
            elif _v is None:
                _f_selected_markets = None
                _deviations = record_deviation(
                    _deviations,
                    "MultivariateLookupPayloadMsg",
                    "selected_markets",
                    "null",
                )
            else:
                if type(_v) is not list:
                    raise BadValue("selected_markets", "array", _v)
                try:
                    _f_selected_markets = list(
                        map(
                            MultivariateLookupPayloadMsgSelectedMarketsItem.from_dict,
                            _v,
                        )
                    )
                except BadValue as _bad:
                    raise _bad.within_list("selected_markets", _v) from None

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        multivariate_lookup_payload_msg = _new(cls)
        multivariate_lookup_payload_msg.collection_ticker = _f_collection_ticker
        multivariate_lookup_payload_msg.event_ticker = _f_event_ticker
        multivariate_lookup_payload_msg.market_ticker = _f_market_ticker
        multivariate_lookup_payload_msg.selected_markets = _f_selected_markets
        if len(src_dict) + _absent > 4:
            _known: set[str] = {
                "collection_ticker",
                "event_ticker",
                "market_ticker",
                "selected_markets",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            multivariate_lookup_payload_msg.additional_properties = _extra_found
        else:
            multivariate_lookup_payload_msg.additional_properties = {}
        multivariate_lookup_payload_msg._deviations = _deviations
        return multivariate_lookup_payload_msg

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("collection_ticker", "collection_ticker", str, True, None),
            ("event_ticker", "event_ticker", str, True, None),
            ("market_ticker", "market_ticker", str, True, None),
            (
                "selected_markets",
                "selected_markets",
                list_of(wire_struct(MultivariateLookupPayloadMsgSelectedMarketsItem)),
                True,
                MultivariateLookupPayloadMsgSelectedMarketsItem,
            ),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        multivariate_lookup_payload_msg = _new(cls)
        multivariate_lookup_payload_msg.collection_ticker = w.collection_ticker
        multivariate_lookup_payload_msg.event_ticker = w.event_ticker
        multivariate_lookup_payload_msg.market_ticker = w.market_ticker
        multivariate_lookup_payload_msg.selected_markets = items_from_wire(
            MultivariateLookupPayloadMsgSelectedMarketsItem, w.selected_markets
        )
        multivariate_lookup_payload_msg.additional_properties = w._extras()
        multivariate_lookup_payload_msg._deviations = None
        return multivariate_lookup_payload_msg

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
    global _lazy_bound, MultivariateLookupPayloadMsgSelectedMarketsItem
    from ..models.multivariate_lookup_payload_msg_selected_markets_item import (
        MultivariateLookupPayloadMsgSelectedMarketsItem,
    )

    _lazy_bound = True
