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
    learn_extras,
    model_repr,
    record_deviation,
    wire_struct,
)

if TYPE_CHECKING:
    from ..models.market import Market


T = TypeVar("T", bound="CreateMarketInMultivariateEventCollectionResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class CreateMarketInMultivariateEventCollectionResponse:
    """Attributes:
    event_ticker (str): Event ticker for the created market.
    market_ticker (str): Market ticker for the created market.
    market (Market | Unset):
    """

    event_ticker: str

    market_ticker: str

    market: Market | Unset = UNSET

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
        if isinstance(self.market_ticker, Unset):
            pass
        elif (
            self.market_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["market_ticker"] = None
        else:
            field_dict["market_ticker"] = self.market_ticker
        if isinstance(self.market, Unset):
            pass
        elif self.market is None:  # a null the spec does not allow, kept as received
            field_dict["market"] = None
        else:
            _market: dict[str, Any] | Unset = UNSET
            if not isinstance(self.market, Unset):
                _market = self.market.to_dict()
            field_dict["market"] = _market
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
                    _deviations,
                    "CreateMarketInMultivariateEventCollectionResponse",
                    "event_ticker",
                    "missing",
                )
            elif _v is None:
                _f_event_ticker = None
                _deviations = record_deviation(
                    _deviations,
                    "CreateMarketInMultivariateEventCollectionResponse",
                    "event_ticker",
                    "null",
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
                    "CreateMarketInMultivariateEventCollectionResponse",
                    "market_ticker",
                    "missing",
                )
            elif _v is None:
                _f_market_ticker = None
                _deviations = record_deviation(
                    _deviations,
                    "CreateMarketInMultivariateEventCollectionResponse",
                    "market_ticker",
                    "null",
                )
            else:
                if type(_v) is not str:
                    raise BadValue("market_ticker", "str", _v)
                _f_market_ticker = _v

            _v = _get("market", UNSET)
            _f_market: Any
            if _v is UNSET:
                _f_market = UNSET
                _absent += 1
            elif _v is None:
                _f_market = None
                _deviations = record_deviation(
                    _deviations,
                    "CreateMarketInMultivariateEventCollectionResponse",
                    "market",
                    "null",
                )
            else:
                try:
                    _f_market = Market.from_dict(_v)
                except BadValue as _bad:
                    raise _bad.within("market") from None

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        create_market_in_multivariate_event_collection_response = _new(cls)
        create_market_in_multivariate_event_collection_response.event_ticker = (
            _f_event_ticker
        )
        create_market_in_multivariate_event_collection_response.market_ticker = (
            _f_market_ticker
        )
        create_market_in_multivariate_event_collection_response.market = _f_market
        if len(src_dict) + _absent > 3:
            _known: set[str] = {"event_ticker", "market_ticker", "market"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            create_market_in_multivariate_event_collection_response.additional_properties = _extra_found
        else:
            create_market_in_multivariate_event_collection_response.additional_properties = {}
        create_market_in_multivariate_event_collection_response._deviations = (
            _deviations
        )
        return create_market_in_multivariate_event_collection_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("event_ticker", "event_ticker", str, True, None),
            ("market_ticker", "market_ticker", str, True, None),
            ("market", "market", wire_struct(Market), False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        create_market_in_multivariate_event_collection_response = _new(cls)
        create_market_in_multivariate_event_collection_response.event_ticker = (
            w.event_ticker
        )
        create_market_in_multivariate_event_collection_response.market_ticker = (
            w.market_ticker
        )
        if w.market is UNSET:
            create_market_in_multivariate_event_collection_response.market = w.market
        else:
            create_market_in_multivariate_event_collection_response.market = (
                Market._from_wire(w.market)
            )
        create_market_in_multivariate_event_collection_response.additional_properties = w._extras()
        create_market_in_multivariate_event_collection_response._deviations = None
        return create_market_in_multivariate_event_collection_response

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
    global _lazy_bound, Market
    from ..models.market import Market

    _lazy_bound = True
