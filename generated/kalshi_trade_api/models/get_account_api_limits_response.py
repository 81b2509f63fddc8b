from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.api_usage_level_grant import ApiUsageLevelGrant
    from ..models.bucket_limit import BucketLimit


T = TypeVar("T", bound="GetAccountApiLimitsResponse")


@_attrs_define(repr=False)
class GetAccountApiLimitsResponse:
    """Attributes:
    usage_tier (str): User's effective Predictions API usage tier for these limits (for example, basic, advanced,
        expert, premier, paragon, prime, or prestige). Example: expert.
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

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        usage_tier = self.usage_tier
        field_dict["usage_tier"] = usage_tier
        read = self.read.to_dict()
        field_dict["read"] = read
        write = self.write.to_dict()
        field_dict["write"] = write
        grants = []
        for grants_item_data in self.grants:
            grants_item = grants_item_data.to_dict()
            grants.append(grants_item)

        field_dict["grants"] = grants
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_usage_level_grant import ApiUsageLevelGrant
        from ..models.bucket_limit import BucketLimit

        d = dict(src_dict)
        usage_tier = d.pop("usage_tier")
        read = BucketLimit.from_dict(d.pop("read"))

        write = BucketLimit.from_dict(d.pop("write"))

        grants = []
        _grants = d.pop("grants")
        for grants_item_data in _grants:
            grants_item = ApiUsageLevelGrant.from_dict(grants_item_data)

            grants.append(grants_item)

        get_account_api_limits_response = cls(
            usage_tier=usage_tier,
            read=read,
            write=write,
            grants=grants,
        )
        get_account_api_limits_response.additional_properties = d
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
