from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..types import (
    UNSET,
    BadValue,
    Unset,
    _new,
    items_from_wire,
    learn_extras,
    list_of,
    model_repr,
    record_deviation,
    wire_struct,
)

if TYPE_CHECKING:
    from ..models.api_usage_level_grant import ApiUsageLevelGrant
    from ..models.bucket_limit import BucketLimit


T = TypeVar("T", bound="GetAccountApiLimitsResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class GetAccountApiLimitsResponse:
    """Attributes:
    usage_tier (str): User's API usage tier.
    read (BucketLimit): Token-bucket budget for one rate-limit bucket. Each request deducts
        tokens equal to its endpoint cost; the bucket refills at refill_rate
        tokens per second up to bucket_capacity. A request is allowed if the
        bucket holds enough tokens to cover its cost; otherwise the request
        is rejected with HTTP 429.
    write (BucketLimit): Token-bucket budget for one rate-limit bucket. Each request deducts
        tokens equal to its endpoint cost; the bucket refills at refill_rate
        tokens per second up to bucket_capacity. A request is allowed if the
        bucket holds enough tokens to cover its cost; otherwise the request
        is rejected with HTTP 429.
    grants (list[ApiUsageLevelGrant]): The caller's active API usage level grants across exchange lanes, where each
        grant applies to its exchange_instance and usage_tier reflects the effective tier for the lane reported by this
        endpoint.
    """

    usage_tier: str

    read: BucketLimit

    write: BucketLimit

    grants: list[ApiUsageLevelGrant]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # {json field: "missing" | "null"} when the response deviated from the spec (see types.deviations).
    _deviations: dict[str, str] | None = _attrs_field(
        init=False, default=None, eq=False
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_bound:
            _bind_lazy()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if isinstance(self.usage_tier, Unset):
            pass
        elif (
            self.usage_tier is None
        ):  # a null the spec does not allow, kept as received
            field_dict["usage_tier"] = None
        else:
            field_dict["usage_tier"] = self.usage_tier
        if isinstance(self.read, Unset):
            pass
        elif self.read is None:  # a null the spec does not allow, kept as received
            field_dict["read"] = None
        else:
            _read = self.read.to_dict()
            field_dict["read"] = _read
        if isinstance(self.write, Unset):
            pass
        elif self.write is None:  # a null the spec does not allow, kept as received
            field_dict["write"] = None
        else:
            _write = self.write.to_dict()
            field_dict["write"] = _write
        if isinstance(self.grants, Unset):
            pass
        elif self.grants is None:  # a null the spec does not allow, kept as received
            field_dict["grants"] = None
        else:
            _grants = []
            for grants_item_data in self.grants:
                grants_item = grants_item_data.to_dict()
                _grants.append(grants_item)

            field_dict["grants"] = _grants
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_bound:
            _bind_lazy()
        if type(src_dict) is not dict:
            raise BadValue(None, "object", src_dict)
        _get = src_dict.get
        _deviations: dict[str, str] | None = None
        _absent = 0
        try:
            pass
            _v = _get("usage_tier", UNSET)
            _f_usage_tier: Any
            if type(_v) is str:
                _f_usage_tier = _v

            elif _v is UNSET:
                _f_usage_tier = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "GetAccountApiLimitsResponse", "usage_tier", "missing"
                )
            elif _v is None:
                _f_usage_tier = None
                _deviations = record_deviation(
                    _deviations, "GetAccountApiLimitsResponse", "usage_tier", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("usage_tier", "str", _v)
                _f_usage_tier = _v

            _v = _get("read", UNSET)
            _f_read: Any
            if _v is UNSET:
                _f_read = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "GetAccountApiLimitsResponse", "read", "missing"
                )
            elif _v is None:
                _f_read = None
                _deviations = record_deviation(
                    _deviations, "GetAccountApiLimitsResponse", "read", "null"
                )
            else:
                try:
                    _f_read = BucketLimit.from_dict(_v)
                except BadValue as _bad:
                    raise _bad.within("read") from None

            _v = _get("write", UNSET)
            _f_write: Any
            if _v is UNSET:
                _f_write = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "GetAccountApiLimitsResponse", "write", "missing"
                )
            elif _v is None:
                _f_write = None
                _deviations = record_deviation(
                    _deviations, "GetAccountApiLimitsResponse", "write", "null"
                )
            else:
                try:
                    _f_write = BucketLimit.from_dict(_v)
                except BadValue as _bad:
                    raise _bad.within("write") from None

            _v = _get("grants", UNSET)
            _f_grants: Any
            if _v is UNSET:
                _f_grants = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "GetAccountApiLimitsResponse", "grants", "missing"
                )
            elif _v is None:
                _f_grants = None
                _deviations = record_deviation(
                    _deviations, "GetAccountApiLimitsResponse", "grants", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("grants", "array", _v)
                try:
                    _f_grants = list(map(ApiUsageLevelGrant.from_dict, _v))
                except BadValue as _bad:
                    raise _bad.within_list("grants", _v) from None

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        get_account_api_limits_response = _new(cls)
        get_account_api_limits_response.usage_tier = _f_usage_tier
        get_account_api_limits_response.read = _f_read
        get_account_api_limits_response.write = _f_write
        get_account_api_limits_response.grants = _f_grants
        if len(src_dict) + _absent > 4:
            _known: set[str] = {"usage_tier", "read", "write", "grants"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            get_account_api_limits_response.additional_properties = _extra_found
        else:
            get_account_api_limits_response.additional_properties = {}
        get_account_api_limits_response._deviations = _deviations
        return get_account_api_limits_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("usage_tier", "usage_tier", str, True, None),
            ("read", "read", wire_struct(BucketLimit), True, None),
            ("write", "write", wire_struct(BucketLimit), True, None),
            (
                "grants",
                "grants",
                list_of(wire_struct(ApiUsageLevelGrant)),
                True,
                ApiUsageLevelGrant,
            ),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        get_account_api_limits_response = _new(cls)
        get_account_api_limits_response.usage_tier = w.usage_tier
        get_account_api_limits_response.read = BucketLimit._from_wire(w.read)
        get_account_api_limits_response.write = BucketLimit._from_wire(w.write)
        get_account_api_limits_response.grants = items_from_wire(
            ApiUsageLevelGrant, w.grants
        )
        get_account_api_limits_response.additional_properties = w._extras()
        get_account_api_limits_response._deviations = None
        return get_account_api_limits_response

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


# Models that refer back to this one are imported on first use, once (not per call:
# an import statement costs ~0.7 us, a third of a small model's parse).
_lazy_bound = False


def _bind_lazy() -> None:
    global _lazy_bound, ApiUsageLevelGrant, BucketLimit
    from ..models.api_usage_level_grant import ApiUsageLevelGrant
    from ..models.bucket_limit import BucketLimit

    _lazy_bound = True
