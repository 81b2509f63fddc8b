from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="SubaccountBalance")


@_attrs_define(repr=False)
class SubaccountBalance:
    """Attributes:
    subaccount_number (int): Subaccount number (0 for primary, 1-63 for subaccounts).
    exchange_index (int): Exchange index the balance is held on.
    balance (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g., "0.56",
        "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that market's
        price level structure. Example: 0.5600.
    updated_ts (int): Unix timestamp of last balance update.
    """

    subaccount_number: int
    exchange_index: int
    balance: str
    updated_ts: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        subaccount_number = self.subaccount_number
        field_dict["subaccount_number"] = subaccount_number
        exchange_index = self.exchange_index
        field_dict["exchange_index"] = exchange_index
        balance = self.balance
        field_dict["balance"] = balance
        updated_ts = self.updated_ts
        field_dict["updated_ts"] = updated_ts
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subaccount_number = d.pop("subaccount_number")
        exchange_index = d.pop("exchange_index")
        balance = d.pop("balance")
        updated_ts = d.pop("updated_ts")
        subaccount_balance = cls(
            subaccount_number=subaccount_number,
            exchange_index=exchange_index,
            balance=balance,
            updated_ts=updated_ts,
        )
        subaccount_balance.additional_properties = d
        return subaccount_balance

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
