from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.fcm_fill import FcmFill


T = TypeVar("T", bound="GetFcmFillsResponse")


@_attrs_define(repr=False)
class GetFcmFillsResponse:
    """Attributes:
    fills (list[FcmFill]):
    cursor (str):
    """

    fills: list[FcmFill]
    cursor: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        fills = []
        for fills_item_data in self.fills:
            fills_item = fills_item_data.to_dict()
            fills.append(fills_item)

        field_dict["fills"] = fills
        cursor = self.cursor
        field_dict["cursor"] = cursor
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fcm_fill import FcmFill

        d = dict(src_dict)
        fills = []
        _fills = d.pop("fills")
        for fills_item_data in _fills:
            fills_item = FcmFill.from_dict(fills_item_data)

            fills.append(fills_item)

        cursor = d.pop("cursor")
        get_fcm_fills_response = cls(
            fills=fills,
            cursor=cursor,
        )
        get_fcm_fills_response.additional_properties = d
        return get_fcm_fills_response

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
