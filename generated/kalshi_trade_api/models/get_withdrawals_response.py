from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.withdrawal import Withdrawal


T = TypeVar("T", bound="GetWithdrawalsResponse")


@_attrs_define(repr=False)
class GetWithdrawalsResponse:
    """Attributes:
    withdrawals (list[Withdrawal]):
    cursor (str | Unset):
    """

    withdrawals: list[Withdrawal]
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        withdrawals = []
        for withdrawals_item_data in self.withdrawals:
            withdrawals_item = withdrawals_item_data.to_dict()
            withdrawals.append(withdrawals_item)

        field_dict["withdrawals"] = withdrawals
        cursor = self.cursor
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.withdrawal import Withdrawal

        d = dict(src_dict)
        withdrawals = []
        _withdrawals = d.pop("withdrawals")
        for withdrawals_item_data in _withdrawals:
            withdrawals_item = Withdrawal.from_dict(withdrawals_item_data)

            withdrawals.append(withdrawals_item)

        cursor = d.pop("cursor", UNSET)
        get_withdrawals_response = cls(
            withdrawals=withdrawals,
            cursor=cursor,
        )
        get_withdrawals_response.additional_properties = d
        return get_withdrawals_response

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
