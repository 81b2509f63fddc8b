from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="OrderGroup")


@_attrs_define(repr=False)
class OrderGroup:
    """Attributes:
    id (str): Unique identifier for the order group
    is_auto_cancel_enabled (bool): Whether auto-cancel is enabled for this order group
    contracts_limit_fp (str | Unset): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as
        "fp" in field names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2
        decimals. Fractional contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts.
        Example: 10.00.
    exchange_index (int | Unset): Identifier for an exchange shard.
    """

    id: str
    is_auto_cancel_enabled: bool
    contracts_limit_fp: str | Unset = UNSET
    exchange_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        id = self.id
        field_dict["id"] = id
        is_auto_cancel_enabled = self.is_auto_cancel_enabled
        field_dict["is_auto_cancel_enabled"] = is_auto_cancel_enabled
        contracts_limit_fp = self.contracts_limit_fp
        if contracts_limit_fp is not UNSET:
            field_dict["contracts_limit_fp"] = contracts_limit_fp
        exchange_index = self.exchange_index
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        is_auto_cancel_enabled = d.pop("is_auto_cancel_enabled")
        contracts_limit_fp = d.pop("contracts_limit_fp", UNSET)
        exchange_index = d.pop("exchange_index", UNSET)
        order_group = cls(
            id=id,
            is_auto_cancel_enabled=is_auto_cancel_enabled,
            contracts_limit_fp=contracts_limit_fp,
            exchange_index=exchange_index,
        )
        order_group.additional_properties = d
        return order_group

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
