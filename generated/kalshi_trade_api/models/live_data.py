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
    learn_extras,
    model_repr,
    record_deviation,
    wire_struct,
)

if TYPE_CHECKING:
    from ..models.live_data_details import LiveDataDetails


T = TypeVar("T", bound="LiveData")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class LiveData:
    """Attributes:
    type_ (str): Type of live data
    details (LiveDataDetails): Live data details as a flexible object
    milestone_id (str): Milestone ID
    """

    type_: str

    details: LiveDataDetails

    milestone_id: str

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
            _details = self.details.to_dict()
            field_dict["details"] = _details
        if isinstance(self.milestone_id, Unset):
            pass
        elif (
            self.milestone_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["milestone_id"] = None
        else:
            field_dict["milestone_id"] = self.milestone_id
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
            _v = _get("type", UNSET)
            _f_type_: Any
            if type(_v) is str:
                _f_type_ = _v

            elif _v is UNSET:
                _f_type_ = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "LiveData", "type", "missing"
                )
            elif _v is None:
                _f_type_ = None
                _deviations = record_deviation(_deviations, "LiveData", "type", "null")
            else:
                if type(_v) is not str:
                    raise BadValue("type", "str", _v)
                _f_type_ = _v

            _v = _get("details", UNSET)
            _f_details: Any
            if _v is UNSET:
                _f_details = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "LiveData", "details", "missing"
                )
            elif _v is None:
                _f_details = None
                _deviations = record_deviation(
                    _deviations, "LiveData", "details", "null"
                )
            else:
                try:
                    _f_details = LiveDataDetails.from_dict(_v)
                except BadValue as _bad:
                    raise _bad.within("details") from None

            _v = _get("milestone_id", UNSET)
            _f_milestone_id: Any
            if type(_v) is str:
                _f_milestone_id = _v

            elif _v is UNSET:
                _f_milestone_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "LiveData", "milestone_id", "missing"
                )
            elif _v is None:
                _f_milestone_id = None
                _deviations = record_deviation(
                    _deviations, "LiveData", "milestone_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("milestone_id", "str", _v)
                _f_milestone_id = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        live_data = _new(cls)
        live_data.type_ = _f_type_
        live_data.details = _f_details
        live_data.milestone_id = _f_milestone_id
        if len(src_dict) + _absent > 3:
            _known: set[str] = {"type", "details", "milestone_id"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            live_data.additional_properties = _extra_found
        else:
            live_data.additional_properties = {}
        live_data._deviations = _deviations
        return live_data

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("type_", "type", str, True, None),
            ("details", "details", wire_struct(LiveDataDetails), True, None),
            ("milestone_id", "milestone_id", str, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        live_data = _new(cls)
        live_data.type_ = w.type_
        live_data.details = LiveDataDetails._from_wire(w.details)
        live_data.milestone_id = w.milestone_id
        live_data.additional_properties = w._extras()
        live_data._deviations = None
        return live_data

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
    global _lazy_bound, LiveDataDetails
    from ..models.live_data_details import LiveDataDetails

    _lazy_bound = True
