from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.withdrawal_status import WithdrawalStatus, check_withdrawal_status
from ..models.withdrawal_type import WithdrawalType, check_withdrawal_type
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Withdrawal")


@_attrs_define(repr=False)
class Withdrawal:
    """Attributes:
    id (str): Unique identifier for the withdrawal.
    status (WithdrawalStatus): Current status of the withdrawal. 'applied' means funds have been deducted from
        balance.
    type_ (WithdrawalType): Payment type used for the withdrawal.
    amount_cents (int): Withdrawal amount in cents.
    fee_cents (int): Fee charged for the withdrawal in cents.
    created_ts (int): Unix timestamp of when the withdrawal was created.
    finalized_ts (int | None | Unset): Unix timestamp of when the withdrawal was finalized (applied, failed, or
        returned).
    """

    id: str
    status: WithdrawalStatus
    type_: WithdrawalType
    amount_cents: int
    fee_cents: int
    created_ts: int
    finalized_ts: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        id = self.id
        field_dict["id"] = id
        status: str = check_withdrawal_status(self.status, "status")
        field_dict["status"] = status
        type_: str = check_withdrawal_type(self.type_, "type")
        field_dict["type"] = type_
        amount_cents = self.amount_cents
        field_dict["amount_cents"] = amount_cents
        fee_cents = self.fee_cents
        field_dict["fee_cents"] = fee_cents
        created_ts = self.created_ts
        field_dict["created_ts"] = created_ts
        finalized_ts: int | None | Unset
        if isinstance(self.finalized_ts, Unset):
            finalized_ts = UNSET
        else:
            finalized_ts = self.finalized_ts
        if finalized_ts is not UNSET:
            field_dict["finalized_ts"] = finalized_ts
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        status = check_withdrawal_status(d.pop("status"), "status", received=True)

        type_ = check_withdrawal_type(d.pop("type"), "type", received=True)

        amount_cents = d.pop("amount_cents")
        fee_cents = d.pop("fee_cents")
        created_ts = d.pop("created_ts")

        def _parse_finalized_ts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        finalized_ts = _parse_finalized_ts(d.pop("finalized_ts", UNSET))

        withdrawal = cls(
            id=id,
            status=status,
            type_=type_,
            amount_cents=amount_cents,
            fee_cents=fee_cents,
            created_ts=created_ts,
            finalized_ts=finalized_ts,
        )
        withdrawal.additional_properties = d
        return withdrawal

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
