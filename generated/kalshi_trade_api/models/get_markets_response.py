from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.market import Market


T = TypeVar("T", bound="GetMarketsResponse")


@_attrs_define(repr=False)
class GetMarketsResponse:
    """Attributes:
    markets (list[Market]):
    cursor (str):
    """

    markets: list[Market]
    cursor: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        markets = []
        for markets_item_data in self.markets:
            markets_item = markets_item_data.to_dict()
            markets.append(markets_item)

        field_dict["markets"] = markets
        cursor = self.cursor
        field_dict["cursor"] = cursor
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.market import Market

        d = dict(src_dict)
        markets = []
        _markets = d.pop("markets")
        for markets_item_data in _markets:
            markets_item = Market.from_dict(markets_item_data)

            markets.append(markets_item)

        cursor = d.pop("cursor")
        get_markets_response = cls(
            markets=markets,
            cursor=cursor,
        )
        get_markets_response.additional_properties = d
        return get_markets_response

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
