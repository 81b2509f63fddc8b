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
    learn_extras,
    model_repr,
    record_deviation,
)

T = TypeVar("T", bound="PriceRange")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class PriceRange:
    """Attributes:
    start (str): Starting price for this range in dollars
    end (str): Ending price for this range in dollars
    step (str): Price step/tick size for this range in dollars
    """

    start: str

    end: str

    step: str

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
        if isinstance(self.start, Unset):
            pass
        elif self.start is None:  # a null the spec does not allow, kept as received
            field_dict["start"] = None
        else:
            field_dict["start"] = self.start
        if isinstance(self.end, Unset):
            pass
        elif self.end is None:  # a null the spec does not allow, kept as received
            field_dict["end"] = None
        else:
            field_dict["end"] = self.end
        if isinstance(self.step, Unset):
            pass
        elif self.step is None:  # a null the spec does not allow, kept as received
            field_dict["step"] = None
        else:
            field_dict["step"] = self.step
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
            _v = _get("start", UNSET)
            _f_start: Any
            if type(_v) is str:
                _f_start = _v

            elif _v is UNSET:
                _f_start = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "PriceRange", "start", "missing"
                )
            elif _v is None:
                _f_start = None
                _deviations = record_deviation(
                    _deviations, "PriceRange", "start", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("start", "str", _v)
                _f_start = _v

            _v = _get("end", UNSET)
            _f_end: Any
            if type(_v) is str:
                _f_end = _v

            elif _v is UNSET:
                _f_end = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "PriceRange", "end", "missing"
                )
            elif _v is None:
                _f_end = None
                _deviations = record_deviation(_deviations, "PriceRange", "end", "null")
            else:
                if type(_v) is not str:
                    raise BadValue("end", "str", _v)
                _f_end = _v

            _v = _get("step", UNSET)
            _f_step: Any
            if type(_v) is str:
                _f_step = _v

            elif _v is UNSET:
                _f_step = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "PriceRange", "step", "missing"
                )
            elif _v is None:
                _f_step = None
                _deviations = record_deviation(
                    _deviations, "PriceRange", "step", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("step", "str", _v)
                _f_step = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        price_range = _new(cls)
        price_range.start = _f_start
        price_range.end = _f_end
        price_range.step = _f_step
        if len(src_dict) + _absent > 3:
            _known: set[str] = {"start", "end", "step"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            price_range.additional_properties = _extra_found
        else:
            price_range.additional_properties = {}
        price_range._deviations = _deviations
        return price_range

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("start", "start", str, True, None),
            ("end", "end", str, True, None),
            ("step", "step", str, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        price_range = _new(cls)
        price_range.start = w.start
        price_range.end = w.end
        price_range.step = w.step
        price_range.additional_properties = w._extras()
        price_range._deviations = None
        return price_range

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
