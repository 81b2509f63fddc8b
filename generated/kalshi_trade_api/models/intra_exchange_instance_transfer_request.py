from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange_instance import ExchangeInstance, check_exchange_instance
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="IntraExchangeInstanceTransferRequest")


@_attrs_define(repr=False)
class IntraExchangeInstanceTransferRequest:
    """Attributes:
    source (ExchangeInstance): The exchange instance type
    destination (ExchangeInstance): The exchange instance type
    amount (int): The amount to transfer in centicents
    source_exchange_shard (int | Unset): Source exchange shard index (default 0) Default: 0.
    destination_exchange_shard (int | Unset): Destination exchange shard index (default 0) Default: 0.
    source_subaccount (int | Unset): Source subaccount number (default 0 for the primary account). Only supported
        for event contract to event contract transfers. Default: 0.
    destination_subaccount (int | Unset): Destination subaccount number (default 0 for the primary account). Only
        supported for event contract to event contract transfers. Default: 0.
    """

    source: ExchangeInstance
    destination: ExchangeInstance
    amount: int
    source_exchange_shard: int | Unset = 0
    destination_exchange_shard: int | Unset = 0
    source_subaccount: int | Unset = 0
    destination_subaccount: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        source: str = check_exchange_instance(self.source, "source")
        field_dict["source"] = source
        destination: str = check_exchange_instance(self.destination, "destination")
        field_dict["destination"] = destination
        amount = self.amount
        field_dict["amount"] = amount
        source_exchange_shard = self.source_exchange_shard
        if source_exchange_shard is not UNSET:
            field_dict["source_exchange_shard"] = source_exchange_shard
        destination_exchange_shard = self.destination_exchange_shard
        if destination_exchange_shard is not UNSET:
            field_dict["destination_exchange_shard"] = destination_exchange_shard
        source_subaccount = self.source_subaccount
        if source_subaccount is not UNSET:
            field_dict["source_subaccount"] = source_subaccount
        destination_subaccount = self.destination_subaccount
        if destination_subaccount is not UNSET:
            field_dict["destination_subaccount"] = destination_subaccount
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = check_exchange_instance(d.pop("source"), "source", received=True)

        destination = check_exchange_instance(
            d.pop("destination"), "destination", received=True
        )

        amount = d.pop("amount")
        source_exchange_shard = d.pop("source_exchange_shard", UNSET)
        destination_exchange_shard = d.pop("destination_exchange_shard", UNSET)
        source_subaccount = d.pop("source_subaccount", UNSET)
        destination_subaccount = d.pop("destination_subaccount", UNSET)
        intra_exchange_instance_transfer_request = cls(
            source=source,
            destination=destination,
            amount=amount,
            source_exchange_shard=source_exchange_shard,
            destination_exchange_shard=destination_exchange_shard,
            source_subaccount=source_subaccount,
            destination_subaccount=destination_subaccount,
        )
        intra_exchange_instance_transfer_request.additional_properties = d
        return intra_exchange_instance_transfer_request

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
