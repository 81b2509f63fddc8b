from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="BidAskDistributionHistorical")


@_attrs_define(repr=False)
class BidAskDistributionHistorical:
    """Attributes:
    open_ (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g., "0.56",
        "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that market's
        price level structure. Example: 0.5600.
    low (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g., "0.56", "0.5600");
        responses emit up to 6. Valid quote intervals for a given market are constrained by that market's price level
        structure. Example: 0.5600.
    high (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g., "0.56",
        "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that market's
        price level structure. Example: 0.5600.
    close (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g., "0.56",
        "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that market's
        price level structure. Example: 0.5600.
    """

    open_: str
    low: str
    high: str
    close: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        open_ = self.open_
        field_dict["open"] = open_
        low = self.low
        field_dict["low"] = low
        high = self.high
        field_dict["high"] = high
        close = self.close
        field_dict["close"] = close
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        open_ = d.pop("open")
        low = d.pop("low")
        high = d.pop("high")
        close = d.pop("close")
        bid_ask_distribution_historical = cls(
            open_=open_,
            low=low,
            high=high,
            close=close,
        )
        bid_ask_distribution_historical.additional_properties = d
        return bid_ask_distribution_historical

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
