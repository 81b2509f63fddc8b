from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange_instance import ExchangeInstance, check_exchange_instance
from ..models.intra_exchange_instance_transfer_status import (
    IntraExchangeInstanceTransferStatus,
    check_intra_exchange_instance_transfer_status,
)
from ..types import model_repr

T = TypeVar("T", bound="IntraExchangeInstanceTransfer")


@_attrs_define(repr=False)
class IntraExchangeInstanceTransfer:
    """Attributes:
    transfer_id (str): Unique transfer id
    source (ExchangeInstance): The exchange instance type
    destination (ExchangeInstance): The exchange instance type
    source_exchange_shard (int): Source exchange shard index
    destination_exchange_shard (int): Destination exchange shard index
    amount (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g., "0.56",
        "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that market's
        price level structure. Example: 0.5600.
    status (IntraExchangeInstanceTransferStatus): Transfer status.
    created_ts (int): Unix timestamp when the transfer was created
    """

    transfer_id: str
    source: ExchangeInstance
    destination: ExchangeInstance
    source_exchange_shard: int
    destination_exchange_shard: int
    amount: str
    status: IntraExchangeInstanceTransferStatus
    created_ts: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        transfer_id = self.transfer_id
        field_dict["transfer_id"] = transfer_id
        source: str = check_exchange_instance(self.source, "source")
        field_dict["source"] = source
        destination: str = check_exchange_instance(self.destination, "destination")
        field_dict["destination"] = destination
        source_exchange_shard = self.source_exchange_shard
        field_dict["source_exchange_shard"] = source_exchange_shard
        destination_exchange_shard = self.destination_exchange_shard
        field_dict["destination_exchange_shard"] = destination_exchange_shard
        amount = self.amount
        field_dict["amount"] = amount
        status: str = check_intra_exchange_instance_transfer_status(
            self.status, "status"
        )
        field_dict["status"] = status
        created_ts = self.created_ts
        field_dict["created_ts"] = created_ts
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transfer_id = d.pop("transfer_id")
        source = check_exchange_instance(d.pop("source"), "source", received=True)

        destination = check_exchange_instance(
            d.pop("destination"), "destination", received=True
        )

        source_exchange_shard = d.pop("source_exchange_shard")
        destination_exchange_shard = d.pop("destination_exchange_shard")
        amount = d.pop("amount")
        status = check_intra_exchange_instance_transfer_status(
            d.pop("status"), "status", received=True
        )

        created_ts = d.pop("created_ts")
        intra_exchange_instance_transfer = cls(
            transfer_id=transfer_id,
            source=source,
            destination=destination,
            source_exchange_shard=source_exchange_shard,
            destination_exchange_shard=destination_exchange_shard,
            amount=amount,
            status=status,
            created_ts=created_ts,
        )
        intra_exchange_instance_transfer.additional_properties = d
        return intra_exchange_instance_transfer

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
