from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.multivariate_lookup_payload_msg_selected_markets_item import (
        MultivariateLookupPayloadMsgSelectedMarketsItem,
    )


T = TypeVar("T", bound="MultivariateLookupPayloadMsg")


@_attrs_define(repr=False)
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

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        collection_ticker = self.collection_ticker
        field_dict["collection_ticker"] = collection_ticker
        event_ticker = self.event_ticker
        field_dict["event_ticker"] = event_ticker
        market_ticker = self.market_ticker
        field_dict["market_ticker"] = market_ticker
        selected_markets = []
        for selected_markets_item_data in self.selected_markets:
            selected_markets_item = selected_markets_item_data.to_dict()
            selected_markets.append(selected_markets_item)

        field_dict["selected_markets"] = selected_markets
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.multivariate_lookup_payload_msg_selected_markets_item import (
            MultivariateLookupPayloadMsgSelectedMarketsItem,
        )

        d = dict(src_dict)
        collection_ticker = d.pop("collection_ticker")
        event_ticker = d.pop("event_ticker")
        market_ticker = d.pop("market_ticker")
        selected_markets = []
        _selected_markets = d.pop("selected_markets")
        for selected_markets_item_data in _selected_markets:
            selected_markets_item = (
                MultivariateLookupPayloadMsgSelectedMarketsItem.from_dict(
                    selected_markets_item_data
                )
            )

            selected_markets.append(selected_markets_item)

        multivariate_lookup_payload_msg = cls(
            collection_ticker=collection_ticker,
            event_ticker=event_ticker,
            market_ticker=market_ticker,
            selected_markets=selected_markets,
        )
        multivariate_lookup_payload_msg.additional_properties = d
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
