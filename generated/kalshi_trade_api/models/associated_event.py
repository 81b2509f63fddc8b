from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

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
)

T = TypeVar("T", bound="AssociatedEvent")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class AssociatedEvent:
    """Attributes:
    ticker (str): The event ticker.
    is_yes_only (bool): Whether only the 'yes' side can be used for this event.
    active_quoters (list[str]): List of active quoters for this event.
    size_max (int | None | Unset): Maximum number of markets from this event (inclusive). Null means no limit.
    size_min (int | None | Unset): Minimum number of markets from this event (inclusive). Null means no limit.
    """

    ticker: str

    is_yes_only: bool

    active_quoters: list[str]

    size_max: int | None | Unset = UNSET

    size_min: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # {json field: "missing" | "null"} when the response deviated from the spec (see types.deviations).
    _deviations: dict[str, str] | None = _attrs_field(
        init=False, default=None, eq=False
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if isinstance(self.ticker, Unset):
            pass
        elif self.ticker is None:  # a null the spec does not allow, kept as received
            field_dict["ticker"] = None
        else:
            field_dict["ticker"] = self.ticker
        if isinstance(self.is_yes_only, Unset):
            pass
        elif (
            self.is_yes_only is None
        ):  # a null the spec does not allow, kept as received
            field_dict["is_yes_only"] = None
        else:
            field_dict["is_yes_only"] = self.is_yes_only
        if isinstance(self.active_quoters, Unset):
            pass
        elif (
            self.active_quoters is None
        ):  # a null the spec does not allow, kept as received
            field_dict["active_quoters"] = None
        else:
            _active_quoters = self.active_quoters

            field_dict["active_quoters"] = _active_quoters
        if isinstance(self.size_max, Unset):
            pass
        else:
            _size_max: int | None | Unset
            if isinstance(self.size_max, Unset):
                _size_max = UNSET
            else:
                _size_max = self.size_max
            field_dict["size_max"] = _size_max
        if isinstance(self.size_min, Unset):
            pass
        else:
            _size_min: int | None | Unset
            if isinstance(self.size_min, Unset):
                _size_min = UNSET
            else:
                _size_min = self.size_min
            field_dict["size_min"] = _size_min
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            raise BadValue(None, "object", src_dict)
        _get = src_dict.get
        _deviations: dict[str, str] | None = None
        _absent = 0
        try:
            pass
            _v = _get("ticker", UNSET)
            _f_ticker: Any
            if type(_v) is str:
                _f_ticker = _v

            elif _v is UNSET:
                _f_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "AssociatedEvent", "ticker", "missing"
                )
            elif _v is None:
                _f_ticker = None
                _deviations = record_deviation(
                    _deviations, "AssociatedEvent", "ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("ticker", "str", _v)
                _f_ticker = _v

            _v = _get("is_yes_only", UNSET)
            _f_is_yes_only: Any
            if type(_v) is bool:
                _f_is_yes_only = _v

            elif _v is UNSET:
                _f_is_yes_only = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "AssociatedEvent", "is_yes_only", "missing"
                )
            elif _v is None:
                _f_is_yes_only = None
                _deviations = record_deviation(
                    _deviations, "AssociatedEvent", "is_yes_only", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("is_yes_only", "bool", _v)
                _f_is_yes_only = _v

            _v = _get("active_quoters", UNSET)
            _f_active_quoters: Any
            if _v is UNSET:
                _f_active_quoters = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "AssociatedEvent", "active_quoters", "missing"
                )
            elif _v is None:
                _f_active_quoters = None
                _deviations = record_deviation(
                    _deviations, "AssociatedEvent", "active_quoters", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("active_quoters", "array", _v)
                check_items(_v, str, "active_quoters")
                _f_active_quoters = _v

            _v = _get("size_max", UNSET)
            _f_size_max: Any
            if type(_v) is int:
                _f_size_max = _v

            elif _v is UNSET:
                _f_size_max = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_size_max = None
                else:
                    if type(_v) is not int:
                        raise BadValue("size_max", "int", _v)
                    _f_size_max = _v

            _v = _get("size_min", UNSET)
            _f_size_min: Any
            if type(_v) is int:
                _f_size_min = _v

            elif _v is UNSET:
                _f_size_min = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_size_min = None
                else:
                    if type(_v) is not int:
                        raise BadValue("size_min", "int", _v)
                    _f_size_min = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        associated_event = _new(cls)
        associated_event.ticker = _f_ticker
        associated_event.is_yes_only = _f_is_yes_only
        associated_event.active_quoters = _f_active_quoters
        associated_event.size_max = _f_size_max
        associated_event.size_min = _f_size_min
        if len(src_dict) + _absent > 5:
            _known: set[str] = {
                "ticker",
                "is_yes_only",
                "active_quoters",
                "size_max",
                "size_min",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            associated_event.additional_properties = _extra_found
        else:
            associated_event.additional_properties = {}
        associated_event._deviations = _deviations
        return associated_event

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("ticker", "ticker", str, True, None),
            ("is_yes_only", "is_yes_only", bool, True, None),
            ("active_quoters", "active_quoters", list[str], True, None),
            ("size_max", "size_max", int | None, False, None),
            ("size_min", "size_min", int | None, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        associated_event = _new(cls)
        associated_event.ticker = w.ticker
        associated_event.is_yes_only = w.is_yes_only
        associated_event.active_quoters = w.active_quoters
        associated_event.size_max = w.size_max
        associated_event.size_min = w.size_min
        associated_event.additional_properties = w._extras()
        associated_event._deviations = None
        return associated_event

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
