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
    from ..models.ticker_pair import TickerPair


T = TypeVar("T", bound="CreateMarketInMultivariateEventCollectionRequest")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class CreateMarketInMultivariateEventCollectionRequest:
    """Attributes:
    selected_markets (list[TickerPair]): List of selected markets that act as parameters to determine which market
        is created.
    with_market_payload (bool | Unset): Whether to include the market payload in the response.
    """

    selected_markets: list[TickerPair]

    with_market_payload: bool | Unset = UNSET

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
        if isinstance(self.with_market_payload, Unset):
            pass
        elif (
            self.with_market_payload is None
        ):  # a null the spec does not allow, kept as received
            field_dict["with_market_payload"] = None
        else:
            field_dict["with_market_payload"] = self.with_market_payload
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
            _v = _get("selected_markets", UNSET)
            _f_selected_markets: Any
            if _v is UNSET:
                _f_selected_markets = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "CreateMarketInMultivariateEventCollectionRequest",
                    "selected_markets",
                    "missing",
                )
            elif _v is None:
                _f_selected_markets = None
                _deviations = record_deviation(
                    _deviations,
                    "CreateMarketInMultivariateEventCollectionRequest",
                    "selected_markets",
                    "null",
                )
            else:
                if type(_v) is not list:
                    raise BadValue("selected_markets", "array", _v)
                try:
                    _f_selected_markets = list(map(TickerPair.from_dict, _v))
                except BadValue as _bad:
                    raise _bad.within_list("selected_markets", _v) from None

            _v = _get("with_market_payload", UNSET)
            _f_with_market_payload: Any
            if type(_v) is bool:
                _f_with_market_payload = _v

            elif _v is UNSET:
                _f_with_market_payload = UNSET
                _absent += 1
            elif _v is None:
                _f_with_market_payload = None
                _deviations = record_deviation(
                    _deviations,
                    "CreateMarketInMultivariateEventCollectionRequest",
                    "with_market_payload",
                    "null",
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("with_market_payload", "bool", _v)
                _f_with_market_payload = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        create_market_in_multivariate_event_collection_request = _new(cls)
        create_market_in_multivariate_event_collection_request.selected_markets = (
            _f_selected_markets
        )
        create_market_in_multivariate_event_collection_request.with_market_payload = (
            _f_with_market_payload
        )
        if len(src_dict) + _absent > 2:
            _known: set[str] = {"selected_markets", "with_market_payload"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            create_market_in_multivariate_event_collection_request.additional_properties = _extra_found
        else:
            create_market_in_multivariate_event_collection_request.additional_properties = {}
        create_market_in_multivariate_event_collection_request._deviations = _deviations
        return create_market_in_multivariate_event_collection_request

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            (
                "selected_markets",
                "selected_markets",
                list_of(wire_struct(TickerPair)),
                True,
                TickerPair,
            ),
            ("with_market_payload", "with_market_payload", bool, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        create_market_in_multivariate_event_collection_request = _new(cls)
        create_market_in_multivariate_event_collection_request.selected_markets = (
            items_from_wire(TickerPair, w.selected_markets)
        )
        create_market_in_multivariate_event_collection_request.with_market_payload = (
            w.with_market_payload
        )
        create_market_in_multivariate_event_collection_request.additional_properties = (
            w._extras()
        )
        create_market_in_multivariate_event_collection_request._deviations = None
        return create_market_in_multivariate_event_collection_request

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
    global _lazy_bound, TickerPair
    from ..models.ticker_pair import TickerPair

    _lazy_bound = True
