from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="AcceptBlockTradeProposalRequest")


@_attrs_define(repr=False)
class AcceptBlockTradeProposalRequest:
    """Attributes:
    subtrader_id (str | Unset): Subtrader ID to accept as. Provide either this or subaccount, not both.
    subaccount (int | Unset): User-managed subaccount number to accept as (0 for primary, 1-63 for numbered
        subaccounts). Provide either this or subtrader_id, not both.
    """

    subtrader_id: str | Unset = UNSET
    subaccount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        subtrader_id = self.subtrader_id
        if subtrader_id is not UNSET:
            field_dict["subtrader_id"] = subtrader_id
        subaccount = self.subaccount
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subtrader_id = d.pop("subtrader_id", UNSET)
        subaccount = d.pop("subaccount", UNSET)
        accept_block_trade_proposal_request = cls(
            subtrader_id=subtrader_id,
            subaccount=subaccount,
        )
        accept_block_trade_proposal_request.additional_properties = d
        return accept_block_trade_proposal_request

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
