from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CreateOrderV2Response")


@_attrs_define(repr=False)
class CreateOrderV2Response:
    """Example:
        {'order_id': '3b23c1c7-f4ef-4f0d-8b9a-9e53c61f1a0d', 'client_order_id': '8c35ecb3-328f-4f52-8c7c-0f4b9862f8d1',
            'fill_count': '0.00', 'remaining_count': '10.00', 'ts_ms': 1715793600123}

    Attributes:
        order_id (str):
        fill_count (str): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp" in field
            names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2 decimals.
            Fractional contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts. Example:
            10.00.
        remaining_count (str): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp" in
            field names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2
            decimals. Fractional contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts.
            Example: 10.00.
        ts_ms (int): Matching engine timestamp at which the order was processed, as Unix epoch milliseconds.
        client_order_id (str | Unset):
        average_fill_price (str | Unset): Fixed-point US dollar string. Most request fields accept 2-4 decimal places
            (e.g., "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by
            that market's price level structure. Example: 0.5600.
        average_fee_paid (str | Unset): Fixed-point US dollar string. Most request fields accept 2-4 decimal places
            (e.g., "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by
            that market's price level structure. Example: 0.5600.
    """

    order_id: str
    fill_count: str
    remaining_count: str
    ts_ms: int
    client_order_id: str | Unset = UNSET
    average_fill_price: str | Unset = UNSET
    average_fee_paid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        order_id = self.order_id
        field_dict["order_id"] = order_id
        fill_count = self.fill_count
        field_dict["fill_count"] = fill_count
        remaining_count = self.remaining_count
        field_dict["remaining_count"] = remaining_count
        ts_ms = self.ts_ms
        field_dict["ts_ms"] = ts_ms
        client_order_id = self.client_order_id
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        average_fill_price = self.average_fill_price
        if average_fill_price is not UNSET:
            field_dict["average_fill_price"] = average_fill_price
        average_fee_paid = self.average_fee_paid
        if average_fee_paid is not UNSET:
            field_dict["average_fee_paid"] = average_fee_paid
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("order_id")
        fill_count = d.pop("fill_count")
        remaining_count = d.pop("remaining_count")
        ts_ms = d.pop("ts_ms")
        client_order_id = d.pop("client_order_id", UNSET)
        average_fill_price = d.pop("average_fill_price", UNSET)
        average_fee_paid = d.pop("average_fee_paid", UNSET)
        create_order_v2_response = cls(
            order_id=order_id,
            fill_count=fill_count,
            remaining_count=remaining_count,
            ts_ms=ts_ms,
            client_order_id=client_order_id,
            average_fill_price=average_fill_price,
            average_fee_paid=average_fee_paid,
        )
        create_order_v2_response.additional_properties = d
        return create_order_v2_response

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
