from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="AccountApiUsageLevelVolumeGoal")


@_attrs_define(repr=False)
class AccountApiUsageLevelVolumeGoal:
    """Attributes:
    level (str): API usage level for this Predictions volume goal. Example: expert.
    earn_volume_goal_fp (str): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp" in
        field names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2
        decimals. Fractional contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts.
        Example: 10.00.
    keep_volume_goal_fp (str): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp" in
        field names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2
        decimals. Fractional contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts.
        Example: 10.00.
    """

    level: str
    earn_volume_goal_fp: str
    keep_volume_goal_fp: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        level = self.level
        field_dict["level"] = level
        earn_volume_goal_fp = self.earn_volume_goal_fp
        field_dict["earn_volume_goal_fp"] = earn_volume_goal_fp
        keep_volume_goal_fp = self.keep_volume_goal_fp
        field_dict["keep_volume_goal_fp"] = keep_volume_goal_fp
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        level = d.pop("level")
        earn_volume_goal_fp = d.pop("earn_volume_goal_fp")
        keep_volume_goal_fp = d.pop("keep_volume_goal_fp")
        account_api_usage_level_volume_goal = cls(
            level=level,
            earn_volume_goal_fp=earn_volume_goal_fp,
            keep_volume_goal_fp=keep_volume_goal_fp,
        )
        account_api_usage_level_volume_goal.additional_properties = d
        return account_api_usage_level_volume_goal

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
