from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CancelOrderV2Response")


@_attrs_define(repr=False)
class CancelOrderV2Response:
    """Example:
        {'order_id': '3b23c1c7-f4ef-4f0d-8b9a-9e53c61f1a0d', 'client_order_id': '8c35ecb3-328f-4f52-8c7c-0f4b9862f8d1',
            'reduced_by': '10.00', 'ts_ms': 1715793660456}

    Attributes:
        order_id (str):
        reduced_by (str): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp" in field
            names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2 decimals.
            Fractional contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts. Example:
            10.00.
        ts_ms (int): Matching engine timestamp at which the cancellation was processed, as Unix epoch milliseconds.
        client_order_id (str | Unset):
    """

    order_id: str
    reduced_by: str
    ts_ms: int
    client_order_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        order_id = self.order_id
        field_dict["order_id"] = order_id
        reduced_by = self.reduced_by
        field_dict["reduced_by"] = reduced_by
        ts_ms = self.ts_ms
        field_dict["ts_ms"] = ts_ms
        client_order_id = self.client_order_id
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("order_id")
        reduced_by = d.pop("reduced_by")
        ts_ms = d.pop("ts_ms")
        client_order_id = d.pop("client_order_id", UNSET)
        cancel_order_v2_response = cls(
            order_id=order_id,
            reduced_by=reduced_by,
            ts_ms=ts_ms,
            client_order_id=client_order_id,
        )
        cancel_order_v2_response.additional_properties = d
        return cancel_order_v2_response

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
