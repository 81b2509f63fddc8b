from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="UpdateFCMEventContractDailyCapRequest")


@_attrs_define(repr=False)
class UpdateFCMEventContractDailyCapRequest:
    """Attributes:
    subtrader_id (str): The subtrader whose daily cap should be set. Must belong to the requesting FCM.
    limit (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g., "0.56",
        "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that market's
        price level structure. Example: 0.5600.
    """

    subtrader_id: str
    limit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        subtrader_id = self.subtrader_id
        field_dict["subtrader_id"] = subtrader_id
        limit = self.limit
        field_dict["limit"] = limit
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subtrader_id = d.pop("subtrader_id")
        limit = d.pop("limit")
        update_fcm_event_contract_daily_cap_request = cls(
            subtrader_id=subtrader_id,
            limit=limit,
        )
        update_fcm_event_contract_daily_cap_request.additional_properties = d
        return update_fcm_event_contract_daily_cap_request

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
