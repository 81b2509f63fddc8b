from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="ExchangeIndexStatus")


@_attrs_define(repr=False)
class ExchangeIndexStatus:
    """Attributes:
    exchange_index (int): Identifier for an exchange shard.
    description (str): Description of this exchange shard.
    exchange_active (bool): False if this exchange index is no longer taking any state changes at all. True unless
        under maintenance.
    trading_active (bool): True if trading is currently permitted on this exchange index. False outside exchange
        hours or during pauses.
    intra_exchange_transfers_active (bool): True if intra-exchange transfers are currently permitted on this
        exchange index. False when transfers are temporarily blocked.
    """

    exchange_index: int
    description: str
    exchange_active: bool
    trading_active: bool
    intra_exchange_transfers_active: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        exchange_index = self.exchange_index
        field_dict["exchange_index"] = exchange_index
        description = self.description
        field_dict["description"] = description
        exchange_active = self.exchange_active
        field_dict["exchange_active"] = exchange_active
        trading_active = self.trading_active
        field_dict["trading_active"] = trading_active
        intra_exchange_transfers_active = self.intra_exchange_transfers_active
        field_dict["intra_exchange_transfers_active"] = intra_exchange_transfers_active
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exchange_index = d.pop("exchange_index")
        description = d.pop("description")
        exchange_active = d.pop("exchange_active")
        trading_active = d.pop("trading_active")
        intra_exchange_transfers_active = d.pop("intra_exchange_transfers_active")
        exchange_index_status = cls(
            exchange_index=exchange_index,
            description=description,
            exchange_active=exchange_active,
            trading_active=trading_active,
            intra_exchange_transfers_active=intra_exchange_transfers_active,
        )
        exchange_index_status.additional_properties = d
        return exchange_index_status

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
