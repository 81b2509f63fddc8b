from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="GetOrderQueuePositionResponse")


@_attrs_define(repr=False)
class GetOrderQueuePositionResponse:
    """Attributes:
    queue_position_fp (str): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp" in
        field names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2
        decimals. Fractional contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts.
        Example: 10.00.
    """

    queue_position_fp: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        queue_position_fp = self.queue_position_fp
        field_dict["queue_position_fp"] = queue_position_fp
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        queue_position_fp = d.pop("queue_position_fp")
        get_order_queue_position_response = cls(
            queue_position_fp=queue_position_fp,
        )
        get_order_queue_position_response.additional_properties = d
        return get_order_queue_position_response

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
