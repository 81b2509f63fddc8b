from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..types import (
    UNSET,
    BadValue,
    Unset,
    _new,
    learn_extras,
    model_repr,
    record_deviation,
)

T = TypeVar("T", bound="BucketLimit")


@_attrs_define(repr=False, on_setattr=_NO_OP)
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
    # {json field: "missing" | "null"} when the response deviated from the spec (see types.deviations).
    _deviations: dict[str, str] | None = _attrs_field(
        init=False, default=None, eq=False
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if isinstance(self.refill_rate, Unset):
            pass
        elif (
            self.refill_rate is None
        ):  # a null the spec does not allow, kept as received
            field_dict["refill_rate"] = None
        else:
            field_dict["refill_rate"] = self.refill_rate
        if isinstance(self.bucket_capacity, Unset):
            pass
        elif (
            self.bucket_capacity is None
        ):  # a null the spec does not allow, kept as received
            field_dict["bucket_capacity"] = None
        else:
            field_dict["bucket_capacity"] = self.bucket_capacity
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            raise BadValue(None, "object", src_dict)
        _get = src_dict.get
        _deviations: dict[str, str] | None = None
        _absent = 0
        try:
            pass
            _v = _get("refill_rate", UNSET)
            _f_refill_rate: Any
            if type(_v) is int:
                _f_refill_rate = _v

            elif _v is UNSET:
                _f_refill_rate = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "BucketLimit", "refill_rate", "missing"
                )
            elif _v is None:
                _f_refill_rate = None
                _deviations = record_deviation(
                    _deviations, "BucketLimit", "refill_rate", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("refill_rate", "int", _v)
                _f_refill_rate = _v

            _v = _get("bucket_capacity", UNSET)
            _f_bucket_capacity: Any
            if type(_v) is int:
                _f_bucket_capacity = _v

            elif _v is UNSET:
                _f_bucket_capacity = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "BucketLimit", "bucket_capacity", "missing"
                )
            elif _v is None:
                _f_bucket_capacity = None
                _deviations = record_deviation(
                    _deviations, "BucketLimit", "bucket_capacity", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("bucket_capacity", "int", _v)
                _f_bucket_capacity = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        bucket_limit = _new(cls)
        bucket_limit.refill_rate = _f_refill_rate
        bucket_limit.bucket_capacity = _f_bucket_capacity
        if len(src_dict) + _absent > 2:
            _known: set[str] = {"refill_rate", "bucket_capacity"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            bucket_limit.additional_properties = _extra_found
        else:
            bucket_limit.additional_properties = {}
        bucket_limit._deviations = _deviations
        return bucket_limit

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("refill_rate", "refill_rate", int, True, None),
            ("bucket_capacity", "bucket_capacity", int, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        bucket_limit = _new(cls)
        bucket_limit.refill_rate = w.refill_rate
        bucket_limit.bucket_capacity = w.bucket_capacity
        bucket_limit.additional_properties = w._extras()
        bucket_limit._deviations = None
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
