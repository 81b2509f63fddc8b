from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="SubaccountTransfer")


@_attrs_define(repr=False)
class SubaccountTransfer:
    """Attributes:
    transfer_id (str): Unique identifier for this transfer.
    from_subaccount (int): Source subaccount number (0 for primary, 1-63 for subaccounts).
    to_subaccount (int): Destination subaccount number (0 for primary, 1-63 for subaccounts).
    amount_cents (int): Cash transfer amount in cents.
    created_ts (int): Unix timestamp when the transfer was created.
    exchange_index (int): Exchange index the transfer was applied on.
    """

    transfer_id: str
    from_subaccount: int
    to_subaccount: int
    amount_cents: int
    created_ts: int
    exchange_index: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        transfer_id = self.transfer_id
        field_dict["transfer_id"] = transfer_id
        from_subaccount = self.from_subaccount
        field_dict["from_subaccount"] = from_subaccount
        to_subaccount = self.to_subaccount
        field_dict["to_subaccount"] = to_subaccount
        amount_cents = self.amount_cents
        field_dict["amount_cents"] = amount_cents
        created_ts = self.created_ts
        field_dict["created_ts"] = created_ts
        exchange_index = self.exchange_index
        field_dict["exchange_index"] = exchange_index
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transfer_id = d.pop("transfer_id")
        from_subaccount = d.pop("from_subaccount")
        to_subaccount = d.pop("to_subaccount")
        amount_cents = d.pop("amount_cents")
        created_ts = d.pop("created_ts")
        exchange_index = d.pop("exchange_index")
        subaccount_transfer = cls(
            transfer_id=transfer_id,
            from_subaccount=from_subaccount,
            to_subaccount=to_subaccount,
            amount_cents=amount_cents,
            created_ts=created_ts,
            exchange_index=exchange_index,
        )
        subaccount_transfer.additional_properties = d
        return subaccount_transfer

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
