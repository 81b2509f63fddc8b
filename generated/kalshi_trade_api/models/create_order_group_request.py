from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CreateOrderGroupRequest")


@_attrs_define(repr=False)
class CreateOrderGroupRequest:
    """Attributes:
    subaccount (int | Unset): Optional subaccount number to use for this order group (0 for primary, 1-63 for
        subaccounts). Subaccount-restricted API keys must omit this field or pass their locked subaccount.
    contracts_limit (int | Unset): Specifies the maximum number of contracts that can be matched within this group
        over a rolling 15-second window. Whole contracts only. Provide contracts_limit or contracts_limit_fp; if both
        provided they must match.
    contracts_limit_fp (None | str | Unset): String representation of the maximum number of contracts that can be
        matched within this group over a rolling 15-second window. Provide contracts_limit or contracts_limit_fp; if
        both provided they must match.
    exchange_index (int | Unset): Identifier for an exchange shard. Default: 0.
    """

    subaccount: int | Unset = UNSET
    contracts_limit: int | Unset = UNSET
    contracts_limit_fp: None | str | Unset = UNSET
    exchange_index: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        subaccount = self.subaccount
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        contracts_limit = self.contracts_limit
        if contracts_limit is not UNSET:
            field_dict["contracts_limit"] = contracts_limit
        contracts_limit_fp: None | str | Unset
        if isinstance(self.contracts_limit_fp, Unset):
            contracts_limit_fp = UNSET
        else:
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
        subaccount = d.pop("subaccount", UNSET)
        contracts_limit = d.pop("contracts_limit", UNSET)

        def _parse_contracts_limit_fp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contracts_limit_fp = _parse_contracts_limit_fp(
            d.pop("contracts_limit_fp", UNSET)
        )

        exchange_index = d.pop("exchange_index", UNSET)
        create_order_group_request = cls(
            subaccount=subaccount,
            contracts_limit=contracts_limit,
            contracts_limit_fp=contracts_limit_fp,
            exchange_index=exchange_index,
        )
        create_order_group_request.additional_properties = d
        return create_order_group_request

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
