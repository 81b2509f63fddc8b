from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..types import (
    FIXED_POINT,
    UNSET,
    BadValue,
    Unset,
    _new,
    fixed_point_text,
    learn_extras,
    model_repr,
    parse_fixed_point,
    to_count_or_none_or_unset,
)

T = TypeVar("T", bound="DecreaseMarginOrderRequest")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class DecreaseMarginOrderRequest:
    """Attributes:
    reduce_by (None | Decimal | Unset): String representation of the number of contracts to reduce by. Exactly one
        of `reduce_by` or `reduce_to` must be provided.
    reduce_to (None | Decimal | Unset): String representation of the number of contracts to reduce to. Exactly one
        of `reduce_by` or `reduce_to` must be provided.
    """

    reduce_by: None | Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_count_or_none_or_unset
    )

    reduce_to: None | Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_count_or_none_or_unset
    )

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
        if isinstance(self.reduce_by, Unset):
            pass
        else:
            field_dict["reduce_by"] = (
                None
                if self.reduce_by is None
                else fixed_point_text(self.reduce_by, "reduce_by", counts=True)
            )
        if isinstance(self.reduce_to, Unset):
            pass
        else:
            field_dict["reduce_to"] = (
                None
                if self.reduce_to is None
                else fixed_point_text(self.reduce_to, "reduce_to", counts=True)
            )
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
            _v = _get("reduce_by", UNSET)
            _f_reduce_by: Any
            if type(_v) is str:
                try:
                    _f_reduce_by = FIXED_POINT[_v]
                except KeyError:
                    _f_reduce_by = parse_fixed_point(_v, "reduce_by")

            elif _v is UNSET:
                _f_reduce_by = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_reduce_by = None
                else:
                    _f_reduce_by = parse_fixed_point(_v, "reduce_by")

            _v = _get("reduce_to", UNSET)
            _f_reduce_to: Any
            if type(_v) is str:
                try:
                    _f_reduce_to = FIXED_POINT[_v]
                except KeyError:
                    _f_reduce_to = parse_fixed_point(_v, "reduce_to")

            elif _v is UNSET:
                _f_reduce_to = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_reduce_to = None
                else:
                    _f_reduce_to = parse_fixed_point(_v, "reduce_to")

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        decrease_margin_order_request = _new(cls)
        decrease_margin_order_request.reduce_by = _f_reduce_by
        decrease_margin_order_request.reduce_to = _f_reduce_to
        if len(src_dict) + _absent > 2:
            _known: set[str] = {"reduce_by", "reduce_to"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            decrease_margin_order_request.additional_properties = _extra_found
        else:
            decrease_margin_order_request.additional_properties = {}
        decrease_margin_order_request._deviations = _deviations
        return decrease_margin_order_request

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("reduce_by", "reduce_by", str | None, False, None),
            ("reduce_to", "reduce_to", str | None, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        decrease_margin_order_request = _new(cls)
        if w.reduce_by is UNSET or w.reduce_by is None:
            decrease_margin_order_request.reduce_by = w.reduce_by
        else:
            try:
                decrease_margin_order_request.reduce_by = FIXED_POINT[w.reduce_by]
            except KeyError:
                decrease_margin_order_request.reduce_by = parse_fixed_point(
                    w.reduce_by, "reduce_by"
                )
        if w.reduce_to is UNSET or w.reduce_to is None:
            decrease_margin_order_request.reduce_to = w.reduce_to
        else:
            try:
                decrease_margin_order_request.reduce_to = FIXED_POINT[w.reduce_to]
            except KeyError:
                decrease_margin_order_request.reduce_to = parse_fixed_point(
                    w.reduce_to, "reduce_to"
                )
        decrease_margin_order_request.additional_properties = w._extras()
        decrease_margin_order_request._deviations = None
        return decrease_margin_order_request

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
