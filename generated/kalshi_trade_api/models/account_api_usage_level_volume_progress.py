from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.account_api_usage_level_volume_goal import (
        AccountApiUsageLevelVolumeGoal,
    )


T = TypeVar("T", bound="AccountApiUsageLevelVolumeProgress")


@_attrs_define(repr=False)
class AccountApiUsageLevelVolumeProgress:
    """Attributes:
    computed_ts (int): Unix timestamp (seconds) when this progress was computed; trailing_30d_volume_fp covers the
        trailing 30 days ending at this time.
    trailing_30d_volume_fp (str): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp"
        in field names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2
        decimals. Fractional contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts.
        Example: 10.00.
    goals (list[AccountApiUsageLevelVolumeGoal]):
    """

    computed_ts: int
    trailing_30d_volume_fp: str
    goals: list[AccountApiUsageLevelVolumeGoal]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        computed_ts = self.computed_ts
        field_dict["computed_ts"] = computed_ts
        trailing_30d_volume_fp = self.trailing_30d_volume_fp
        field_dict["trailing_30d_volume_fp"] = trailing_30d_volume_fp
        goals = []
        for goals_item_data in self.goals:
            goals_item = goals_item_data.to_dict()
            goals.append(goals_item)

        field_dict["goals"] = goals
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_api_usage_level_volume_goal import (
            AccountApiUsageLevelVolumeGoal,
        )

        d = dict(src_dict)
        computed_ts = d.pop("computed_ts")
        trailing_30d_volume_fp = d.pop("trailing_30d_volume_fp")
        goals = []
        _goals = d.pop("goals")
        for goals_item_data in _goals:
            goals_item = AccountApiUsageLevelVolumeGoal.from_dict(goals_item_data)

            goals.append(goals_item)

        account_api_usage_level_volume_progress = cls(
            computed_ts=computed_ts,
            trailing_30d_volume_fp=trailing_30d_volume_fp,
            goals=goals,
        )
        account_api_usage_level_volume_progress.additional_properties = d
        return account_api_usage_level_volume_progress

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
