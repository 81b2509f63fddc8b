from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.ticker_pair import TickerPair


T = TypeVar("T", bound="CreateMarketInMultivariateEventCollectionRequest")


@_attrs_define(repr=False)
class CreateMarketInMultivariateEventCollectionRequest:
    """Attributes:
    selected_markets (list[TickerPair]): List of selected markets that act as parameters to determine which market
        is created.
    with_market_payload (bool | Unset): Whether to include the market payload in the response.
    """

    selected_markets: list[TickerPair]
    with_market_payload: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        selected_markets = []
        for selected_markets_item_data in self.selected_markets:
            selected_markets_item = selected_markets_item_data.to_dict()
            selected_markets.append(selected_markets_item)

        field_dict["selected_markets"] = selected_markets
        with_market_payload = self.with_market_payload
        if with_market_payload is not UNSET:
            field_dict["with_market_payload"] = with_market_payload
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ticker_pair import TickerPair

        d = dict(src_dict)
        selected_markets = []
        _selected_markets = d.pop("selected_markets")
        for selected_markets_item_data in _selected_markets:
            selected_markets_item = TickerPair.from_dict(selected_markets_item_data)

            selected_markets.append(selected_markets_item)

        with_market_payload = d.pop("with_market_payload", UNSET)
        create_market_in_multivariate_event_collection_request = cls(
            selected_markets=selected_markets,
            with_market_payload=with_market_payload,
        )
        create_market_in_multivariate_event_collection_request.additional_properties = d
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
