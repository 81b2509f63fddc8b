from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderGroup")


@_attrs_define
class OrderGroup:
    """
    Attributes:
        id (str): Unique identifier for the order group
        is_auto_cancel_enabled (bool): Whether auto-cancel is enabled for this order group
        contracts_limit (int | Unset): Current maximum contracts allowed over a rolling 15-second window (whole
            contracts only).
        contracts_limit_fp (str | Unset): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as
            "fp" in field names). Requests accept 0–2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2
            decimals. Currently only whole contract values are permitted, but the format supports future fractional
            precision. Integer contract count fields are legacy and will be deprecated; when both integer and fp fields are
            provided, they must match. Example: 10.00.
    """

    id: str
    is_auto_cancel_enabled: bool
    contracts_limit: int | Unset = UNSET
    contracts_limit_fp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_auto_cancel_enabled = self.is_auto_cancel_enabled

        contracts_limit = self.contracts_limit

        contracts_limit_fp = self.contracts_limit_fp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "is_auto_cancel_enabled": is_auto_cancel_enabled,
            }
        )
        if contracts_limit is not UNSET:
            field_dict["contracts_limit"] = contracts_limit
        if contracts_limit_fp is not UNSET:
            field_dict["contracts_limit_fp"] = contracts_limit_fp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        is_auto_cancel_enabled = d.pop("is_auto_cancel_enabled")

        contracts_limit = d.pop("contracts_limit", UNSET)

        contracts_limit_fp = d.pop("contracts_limit_fp", UNSET)

        order_group = cls(
            id=id,
            is_auto_cancel_enabled=is_auto_cancel_enabled,
            contracts_limit=contracts_limit,
            contracts_limit_fp=contracts_limit_fp,
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
