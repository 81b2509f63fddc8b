from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="BatchCancelOrdersRequestOrder")


@_attrs_define(repr=False)
class BatchCancelOrdersRequestOrder:
    """Attributes:
    order_id (str): Order ID to cancel
    subaccount (int | Unset): Optional subaccount number to use for this cancellation (0 for primary, 1-63 for
        subaccounts) Default: 0.
    exchange_index (int | Unset): Identifier for an exchange shard. Default: 0.
    market_ticker (str | Unset): Market ticker. Required when exchange_index is -1 (auto).
    """

    order_id: str
    subaccount: int | Unset = 0
    exchange_index: int | Unset = 0
    market_ticker: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        order_id = self.order_id
        field_dict["order_id"] = order_id
        subaccount = self.subaccount
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        exchange_index = self.exchange_index
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        market_ticker = self.market_ticker
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("order_id")
        subaccount = d.pop("subaccount", UNSET)
        exchange_index = d.pop("exchange_index", UNSET)
        market_ticker = d.pop("market_ticker", UNSET)
        batch_cancel_orders_request_order = cls(
            order_id=order_id,
            subaccount=subaccount,
            exchange_index=exchange_index,
            market_ticker=market_ticker,
        )
        batch_cancel_orders_request_order.additional_properties = d
        return batch_cancel_orders_request_order

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
