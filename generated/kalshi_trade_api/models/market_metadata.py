from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="MarketMetadata")


@_attrs_define(repr=False)
class MarketMetadata:
    """Attributes:
    market_ticker (str): The ticker of the market.
    image_url (str): A path to an image that represents this market.
    color_code (str): The color code for the market.
    """

    market_ticker: str
    image_url: str
    color_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        market_ticker = self.market_ticker
        field_dict["market_ticker"] = market_ticker
        image_url = self.image_url
        field_dict["image_url"] = image_url
        color_code = self.color_code
        field_dict["color_code"] = color_code
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        market_ticker = d.pop("market_ticker")
        image_url = d.pop("image_url")
        color_code = d.pop("color_code")
        market_metadata = cls(
            market_ticker=market_ticker,
            image_url=image_url,
            color_code=color_code,
        )
        market_metadata.additional_properties = d
        return market_metadata

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
