from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.structured_target import StructuredTarget


T = TypeVar("T", bound="GetStructuredTargetsResponse")


@_attrs_define(repr=False)
class GetStructuredTargetsResponse:
    """Attributes:
    structured_targets (list[StructuredTarget] | Unset):
    cursor (str | Unset): Pagination cursor for the next page. Empty if there are no more results.
    """

    structured_targets: list[StructuredTarget] | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        structured_targets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.structured_targets, Unset):
            structured_targets = []
            for structured_targets_item_data in self.structured_targets:
                structured_targets_item = structured_targets_item_data.to_dict()
                structured_targets.append(structured_targets_item)

        if structured_targets is not UNSET:
            field_dict["structured_targets"] = structured_targets
        cursor = self.cursor
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.structured_target import StructuredTarget

        d = dict(src_dict)
        _structured_targets = d.pop("structured_targets", UNSET)
        structured_targets: list[StructuredTarget] | Unset = UNSET
        if _structured_targets is not UNSET:
            structured_targets = []
            for structured_targets_item_data in _structured_targets:
                structured_targets_item = StructuredTarget.from_dict(
                    structured_targets_item_data
                )

                structured_targets.append(structured_targets_item)

        cursor = d.pop("cursor", UNSET)
        get_structured_targets_response = cls(
            structured_targets=structured_targets,
            cursor=cursor,
        )
        get_structured_targets_response.additional_properties = d
        return get_structured_targets_response

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
