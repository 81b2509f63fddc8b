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
    check_items,
    learn_extras,
    model_repr,
    record_deviation,
    wire_struct,
)

if TYPE_CHECKING:
    from ..models.event_live_data_details import EventLiveDataDetails


T = TypeVar("T", bound="EventLiveData")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class EventLiveData:
    """Attributes:
    type_ (str): Type of live data. Names the schema of the details object.
    details (EventLiveDataDetails): Live data details as a flexible object whose shape depends on the type.
    is_historical (bool | Unset): Present for crypto live data. True when the event has matured and the payload is a
        frozen historical snapshot.
    default_range (str | Unset): Chart range the client should default to (e.g. `15min`, `1h`). Omitted when unset.
    range_options (list[str] | Unset): Chart range menu options. Omitted when unset.
    """

    type_: str

    details: EventLiveDataDetails

    is_historical: bool | Unset = UNSET

    default_range: str | Unset = UNSET

    range_options: list[str] | Unset = UNSET

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
        if isinstance(self.is_historical, Unset):
            pass
        elif (
            self.is_historical is None
        ):  # a null the spec does not allow, kept as received
            field_dict["is_historical"] = None
        else:
            field_dict["is_historical"] = self.is_historical
        if isinstance(self.default_range, Unset):
            pass
        elif (
            self.default_range is None
        ):  # a null the spec does not allow, kept as received
            field_dict["default_range"] = None
        else:
            field_dict["default_range"] = self.default_range
        if isinstance(self.range_options, Unset):
            pass
        elif (
            self.range_options is None
        ):  # a null the spec does not allow, kept as received
            field_dict["range_options"] = None
        else:
            _range_options: list[str] | Unset = UNSET
            if not isinstance(self.range_options, Unset):
                _range_options = self.range_options

            field_dict["range_options"] = _range_options
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
                    _deviations, "EventLiveData", "type", "missing"
                )
            elif _v is None:
                _f_type_ = None
                _deviations = record_deviation(
                    _deviations, "EventLiveData", "type", "null"
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
                _deviations = record_deviation(
                    _deviations, "EventLiveData", "details", "missing"
                )
            elif _v is None:
                _f_details = None
                _deviations = record_deviation(
                    _deviations, "EventLiveData", "details", "null"
                )
            else:
                try:
                    _f_details = EventLiveDataDetails.from_dict(_v)
                except BadValue as _bad:
                    raise _bad.within("details") from None

            _v = _get("is_historical", UNSET)
            _f_is_historical: Any
            if type(_v) is bool:
                _f_is_historical = _v

            elif _v is UNSET:
                _f_is_historical = UNSET
                _absent += 1
            elif _v is None:
                _f_is_historical = None
                _deviations = record_deviation(
                    _deviations, "EventLiveData", "is_historical", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("is_historical", "bool", _v)
                _f_is_historical = _v

            _v = _get("default_range", UNSET)
            _f_default_range: Any
            if type(_v) is str:
                _f_default_range = _v

            elif _v is UNSET:
                _f_default_range = UNSET
                _absent += 1
            elif _v is None:
                _f_default_range = None
                _deviations = record_deviation(
                    _deviations, "EventLiveData", "default_range", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("default_range", "str", _v)
                _f_default_range = _v

            _v = _get("range_options", UNSET)
            _f_range_options: Any
            if _v is UNSET:
                _f_range_options = UNSET
                _absent += 1
            elif _v is None:
                _f_range_options = None
                _deviations = record_deviation(
                    _deviations, "EventLiveData", "range_options", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("range_options", "array", _v)
                check_items(_v, str, "range_options")
                _f_range_options = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        event_live_data = _new(cls)
        event_live_data.type_ = _f_type_
        event_live_data.details = _f_details
        event_live_data.is_historical = _f_is_historical
        event_live_data.default_range = _f_default_range
        event_live_data.range_options = _f_range_options
        if len(src_dict) + _absent > 5:
            _known: set[str] = {
                "type",
                "details",
                "is_historical",
                "default_range",
                "range_options",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            event_live_data.additional_properties = _extra_found
        else:
            event_live_data.additional_properties = {}
        event_live_data._deviations = _deviations
        return event_live_data

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("type_", "type", str, True, None),
            ("details", "details", wire_struct(EventLiveDataDetails), True, None),
            ("is_historical", "is_historical", bool, False, None),
            ("default_range", "default_range", str, False, None),
            ("range_options", "range_options", list[str], False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        event_live_data = _new(cls)
        event_live_data.type_ = w.type_
        event_live_data.details = EventLiveDataDetails._from_wire(w.details)
        event_live_data.is_historical = w.is_historical
        event_live_data.default_range = w.default_range
        event_live_data.range_options = w.range_options
        event_live_data.additional_properties = w._extras()
        event_live_data._deviations = None
        return event_live_data

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
    global _lazy_bound, EventLiveDataDetails
    from ..models.event_live_data_details import EventLiveDataDetails

    _lazy_bound = True
