from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CreateOrderGroupResponse")


@_attrs_define(repr=False)
class CreateOrderGroupResponse:
    """Attributes:
    order_group_id (str): The unique identifier for the created order group
    subaccount (int): Subaccount number that owns the created order group (0 for primary, 1-63 for subaccounts).
    exchange_index (int | Unset): Identifier for an exchange shard.
    """

    order_group_id: str
    subaccount: int
    exchange_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        order_group_id = self.order_group_id
        field_dict["order_group_id"] = order_group_id
        subaccount = self.subaccount
        field_dict["subaccount"] = subaccount
        exchange_index = self.exchange_index
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_group_id = d.pop("order_group_id")
        subaccount = d.pop("subaccount")
        exchange_index = d.pop("exchange_index", UNSET)
        create_order_group_response = cls(
            order_group_id=order_group_id,
            subaccount=subaccount,
            exchange_index=exchange_index,
        )
        create_order_group_response.additional_properties = d
        return create_order_group_response

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
