from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange_instance import ExchangeInstance, check_exchange_instance
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ApiUsageLevelGrant")


@_attrs_define(repr=False)
class ApiUsageLevelGrant:
    """Attributes:
    exchange_instance (ExchangeInstance): The exchange instance type
    level (str): API usage level this grant confers (for example, expert, premier, paragon, prime, or prestige).
        Example: prestige.
    source (str): How the grant was created: "volume" (earned from trading volume) or "manual" (assigned by Kalshi).
    expires_ts (int | None | Unset): Unix timestamp (seconds) when the grant expires. Absent for permanent grants.
    """

    exchange_instance: ExchangeInstance
    level: str
    source: str
    expires_ts: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        exchange_instance: str = check_exchange_instance(
            self.exchange_instance, "exchange_instance"
        )
        field_dict["exchange_instance"] = exchange_instance
        level = self.level
        field_dict["level"] = level
        source = self.source
        field_dict["source"] = source
        expires_ts: int | None | Unset
        if isinstance(self.expires_ts, Unset):
            expires_ts = UNSET
        else:
            expires_ts = self.expires_ts
        if expires_ts is not UNSET:
            field_dict["expires_ts"] = expires_ts
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exchange_instance = check_exchange_instance(
            d.pop("exchange_instance"), "exchange_instance", received=True
        )

        level = d.pop("level")
        source = d.pop("source")

        def _parse_expires_ts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expires_ts = _parse_expires_ts(d.pop("expires_ts", UNSET))

        api_usage_level_grant = cls(
            exchange_instance=exchange_instance,
            level=level,
            source=source,
            expires_ts=expires_ts,
        )
        api_usage_level_grant.additional_properties = d
        return api_usage_level_grant

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
