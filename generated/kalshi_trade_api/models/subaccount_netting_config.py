from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="SubaccountNettingConfig")


@_attrs_define(repr=False)
class SubaccountNettingConfig:
    """Attributes:
    subaccount_number (int): Subaccount number (0 for primary, 1-63 for subaccounts).
    enabled (bool): Whether netting is enabled for this subaccount.
    exchange_index (int): Exchange index of the subaccount.
    """

    subaccount_number: int
    enabled: bool
    exchange_index: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        subaccount_number = self.subaccount_number
        field_dict["subaccount_number"] = subaccount_number
        enabled = self.enabled
        field_dict["enabled"] = enabled
        exchange_index = self.exchange_index
        field_dict["exchange_index"] = exchange_index
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subaccount_number = d.pop("subaccount_number")
        enabled = d.pop("enabled")
        exchange_index = d.pop("exchange_index")
        subaccount_netting_config = cls(
            subaccount_number=subaccount_number,
            enabled=enabled,
            exchange_index=exchange_index,
        )
        subaccount_netting_config.additional_properties = d
        return subaccount_netting_config

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
