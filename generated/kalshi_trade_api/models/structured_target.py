from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.structured_target_details import StructuredTargetDetails
    from ..models.structured_target_source_ids import StructuredTargetSourceIds


T = TypeVar("T", bound="StructuredTarget")


@_attrs_define(repr=False)
class StructuredTarget:
    """Attributes:
    id (str | Unset): Unique identifier for the structured target.
    name (str | Unset): Name of the structured target.
    type_ (str | Unset): Type of the structured target.
    details (StructuredTargetDetails | Unset): Additional details about the structured target. Contains flexible
        JSON data specific to the target type.
    source_id (str | Unset): External source identifier for the structured target, if available (e.g., third-party
        data provider ID).
    source_ids (StructuredTargetSourceIds | Unset): Source ids of structured target if available.
    last_updated_ts (datetime.datetime | Unset): Timestamp when this structured target was last updated.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    details: StructuredTargetDetails | Unset = UNSET
    source_id: str | Unset = UNSET
    source_ids: StructuredTargetSourceIds | Unset = UNSET
    last_updated_ts: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        id = self.id
        if id is not UNSET:
            field_dict["id"] = id
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = type_
        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()
        if details is not UNSET:
            field_dict["details"] = details
        source_id = self.source_id
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        source_ids: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_ids, Unset):
            source_ids = self.source_ids.to_dict()
        if source_ids is not UNSET:
            field_dict["source_ids"] = source_ids
        last_updated_ts: str | Unset = UNSET
        if not isinstance(self.last_updated_ts, Unset):
            last_updated_ts = self.last_updated_ts.isoformat()
        if last_updated_ts is not UNSET:
            field_dict["last_updated_ts"] = last_updated_ts
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.structured_target_details import StructuredTargetDetails
        from ..models.structured_target_source_ids import StructuredTargetSourceIds

        d = dict(src_dict)
        id = d.pop("id", UNSET)
        name = d.pop("name", UNSET)
        type_ = d.pop("type", UNSET)
        _details = d.pop("details", UNSET)
        details: StructuredTargetDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = StructuredTargetDetails.from_dict(_details)

        source_id = d.pop("source_id", UNSET)
        _source_ids = d.pop("source_ids", UNSET)
        source_ids: StructuredTargetSourceIds | Unset
        if isinstance(_source_ids, Unset):
            source_ids = UNSET
        else:
            source_ids = StructuredTargetSourceIds.from_dict(_source_ids)

        _last_updated_ts = d.pop("last_updated_ts", UNSET)
        last_updated_ts: datetime.datetime | Unset
        if isinstance(_last_updated_ts, Unset):
            last_updated_ts = UNSET
        else:
            last_updated_ts = isoparse(_last_updated_ts)

        structured_target = cls(
            id=id,
            name=name,
            type_=type_,
            details=details,
            source_id=source_id,
            source_ids=source_ids,
            last_updated_ts=last_updated_ts,
        )
        structured_target.additional_properties = d
        return structured_target

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
