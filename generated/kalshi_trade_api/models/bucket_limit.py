from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="BucketLimit")


@_attrs_define(repr=False)
class BucketLimit:
    """Token-bucket budget for one rate-limit bucket. Each request deducts
    tokens equal to its endpoint cost; the bucket refills at refill_rate
    tokens per second up to bucket_capacity. A request is allowed if the
    bucket holds enough tokens to cover its cost; otherwise the request
    is rejected with HTTP 429.

    Attributes:
        refill_rate (int): Tokens added to the bucket per second.
        bucket_capacity (int): Maximum tokens the bucket can hold. When equal to refill_rate the
            bucket holds one second of budget; larger values represent burst
            headroom that idle clients accumulate and can spend in a single
            pulse (e.g. write buckets at non-Basic tiers hold two seconds of
            budget).
    """

    refill_rate: int
    bucket_capacity: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        refill_rate = self.refill_rate
        field_dict["refill_rate"] = refill_rate
        bucket_capacity = self.bucket_capacity
        field_dict["bucket_capacity"] = bucket_capacity
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        refill_rate = d.pop("refill_rate")
        bucket_capacity = d.pop("bucket_capacity")
        bucket_limit = cls(
            refill_rate=refill_rate,
            bucket_capacity=bucket_capacity,
        )
        bucket_limit.additional_properties = d
        return bucket_limit

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
