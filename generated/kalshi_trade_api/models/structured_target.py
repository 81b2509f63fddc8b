from __future__ import annotations

import datetime
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
    fromisoformat,
    learn_extras,
    model_repr,
    parse_datetime,
    record_deviation,
    wire_struct,
)

if TYPE_CHECKING:
    from ..models.structured_target_details import StructuredTargetDetails
    from ..models.structured_target_source_ids import StructuredTargetSourceIds


T = TypeVar("T", bound="StructuredTarget")


@_attrs_define(repr=False, on_setattr=_NO_OP)
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
        if isinstance(self.id, Unset):
            pass
        elif self.id is None:  # a null the spec does not allow, kept as received
            field_dict["id"] = None
        else:
            field_dict["id"] = self.id
        if isinstance(self.name, Unset):
            pass
        elif self.name is None:  # a null the spec does not allow, kept as received
            field_dict["name"] = None
        else:
            field_dict["name"] = self.name
        if isinstance(self.type_, Unset):
            pass
        elif self.type_ is None:  # a null the spec does not allow, kept as received
            field_dict["type"] = None
        else:
            field_dict["type"] = self.type_
        if isinstance(self.details, Unset):
            pass
        elif self.details is None:  # a null the spec does not allow, kept as received
            field_dict["details"] = None
        else:
            _details: dict[str, Any] | Unset = UNSET
            if not isinstance(self.details, Unset):
                _details = self.details.to_dict()
            field_dict["details"] = _details
        if isinstance(self.source_id, Unset):
            pass
        elif self.source_id is None:  # a null the spec does not allow, kept as received
            field_dict["source_id"] = None
        else:
            field_dict["source_id"] = self.source_id
        if isinstance(self.source_ids, Unset):
            pass
        elif (
            self.source_ids is None
        ):  # a null the spec does not allow, kept as received
            field_dict["source_ids"] = None
        else:
            _source_ids: dict[str, Any] | Unset = UNSET
            if not isinstance(self.source_ids, Unset):
                _source_ids = self.source_ids.to_dict()
            field_dict["source_ids"] = _source_ids
        if isinstance(self.last_updated_ts, Unset):
            pass
        elif (
            self.last_updated_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["last_updated_ts"] = None
        else:
            _last_updated_ts: str | Unset = UNSET
            if not isinstance(self.last_updated_ts, Unset):
                _last_updated_ts = self.last_updated_ts.isoformat()
            field_dict["last_updated_ts"] = _last_updated_ts
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
            _v = _get("id", UNSET)
            _f_id: Any
            if type(_v) is str:
                _f_id = _v

            elif _v is UNSET:
                _f_id = UNSET
                _absent += 1
            elif _v is None:
                _f_id = None
                _deviations = record_deviation(
                    _deviations, "StructuredTarget", "id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("id", "str", _v)
                _f_id = _v

            _v = _get("name", UNSET)
            _f_name: Any
            if type(_v) is str:
                _f_name = _v

            elif _v is UNSET:
                _f_name = UNSET
                _absent += 1
            elif _v is None:
                _f_name = None
                _deviations = record_deviation(
                    _deviations, "StructuredTarget", "name", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("name", "str", _v)
                _f_name = _v

            _v = _get("type", UNSET)
            _f_type_: Any
            if type(_v) is str:
                _f_type_ = _v

            elif _v is UNSET:
                _f_type_ = UNSET
                _absent += 1
            elif _v is None:
                _f_type_ = None
                _deviations = record_deviation(
                    _deviations, "StructuredTarget", "type", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("type", "str", _v)
                _f_type_ = _v

            _v = _get("details", UNSET)
            _f_details: Any
            if _v is UNSET:
                _f_details = UNSET
                _absent += 1
            elif _v is None:
                _f_details = None
                _deviations = record_deviation(
                    _deviations, "StructuredTarget", "details", "null"
                )
            else:
                try:
                    _f_details = StructuredTargetDetails.from_dict(_v)
                except BadValue as _bad:
                    raise _bad.within("details") from None

            _v = _get("source_id", UNSET)
            _f_source_id: Any
            if type(_v) is str:
                _f_source_id = _v

            elif _v is UNSET:
                _f_source_id = UNSET
                _absent += 1
            elif _v is None:
                _f_source_id = None
                _deviations = record_deviation(
                    _deviations, "StructuredTarget", "source_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("source_id", "str", _v)
                _f_source_id = _v

            _v = _get("source_ids", UNSET)
            _f_source_ids: Any
            if _v is UNSET:
                _f_source_ids = UNSET
                _absent += 1
            elif _v is None:
                _f_source_ids = None
                _deviations = record_deviation(
                    _deviations, "StructuredTarget", "source_ids", "null"
                )
            else:
                try:
                    _f_source_ids = StructuredTargetSourceIds.from_dict(_v)
                except BadValue as _bad:
                    raise _bad.within("source_ids") from None

            _v = _get("last_updated_ts", UNSET)
            _f_last_updated_ts: Any
            if type(_v) is str:
                try:
                    _f_last_updated_ts = fromisoformat(_v)
                except ValueError:
                    _f_last_updated_ts = parse_datetime(_v, "last_updated_ts")

            elif _v is UNSET:
                _f_last_updated_ts = UNSET
                _absent += 1
            elif _v is None:
                _f_last_updated_ts = None
                _deviations = record_deviation(
                    _deviations, "StructuredTarget", "last_updated_ts", "null"
                )
            else:
                _f_last_updated_ts = parse_datetime(_v, "last_updated_ts")

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        structured_target = _new(cls)
        structured_target.id = _f_id
        structured_target.name = _f_name
        structured_target.type_ = _f_type_
        structured_target.details = _f_details
        structured_target.source_id = _f_source_id
        structured_target.source_ids = _f_source_ids
        structured_target.last_updated_ts = _f_last_updated_ts
        if len(src_dict) + _absent > 7:
            _known: set[str] = {
                "id",
                "name",
                "type",
                "details",
                "source_id",
                "source_ids",
                "last_updated_ts",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            structured_target.additional_properties = _extra_found
        else:
            structured_target.additional_properties = {}
        structured_target._deviations = _deviations
        return structured_target

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("id", "id", str, False, None),
            ("name", "name", str, False, None),
            ("type_", "type", str, False, None),
            ("details", "details", wire_struct(StructuredTargetDetails), False, None),
            ("source_id", "source_id", str, False, None),
            (
                "source_ids",
                "source_ids",
                wire_struct(StructuredTargetSourceIds),
                False,
                None,
            ),
            ("last_updated_ts", "last_updated_ts", str, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        structured_target = _new(cls)
        structured_target.id = w.id
        structured_target.name = w.name
        structured_target.type_ = w.type_
        if w.details is UNSET:
            structured_target.details = w.details
        else:
            structured_target.details = StructuredTargetDetails._from_wire(w.details)
        structured_target.source_id = w.source_id
        if w.source_ids is UNSET:
            structured_target.source_ids = w.source_ids
        else:
            structured_target.source_ids = StructuredTargetSourceIds._from_wire(
                w.source_ids
            )
        if w.last_updated_ts is UNSET:
            structured_target.last_updated_ts = w.last_updated_ts
        else:
            structured_target.last_updated_ts = fromisoformat(w.last_updated_ts)
        structured_target.additional_properties = w._extras()
        structured_target._deviations = None
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


# Models that refer back to this one are imported on first use, once (not per call:
# an import statement costs ~0.7 us, a third of a small model's parse).
_lazy_bound = False


def _bind_lazy() -> None:
    global _lazy_bound, StructuredTargetDetails, StructuredTargetSourceIds
    from ..models.structured_target_details import StructuredTargetDetails
    from ..models.structured_target_source_ids import StructuredTargetSourceIds

    _lazy_bound = True
