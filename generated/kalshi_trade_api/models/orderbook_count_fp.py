from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..types import (
    UNSET,
    BadValue,
    Unset,
    _new,
    fixed_point_pairs,
    fixed_point_texts,
    fixed_point_wire_pairs,
    learn_extras,
    model_repr,
    record_deviation,
)

T = TypeVar("T", bound="OrderbookCountFp")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class OrderbookCountFp:
    """Orderbook with fixed-point contract counts (fp) in all dollar price levels.

    Attributes:
        yes_dollars (list[tuple[Decimal, Decimal]]):
        no_dollars (list[tuple[Decimal, Decimal]]):
    """

    yes_dollars: list[tuple[Decimal, Decimal]]
    no_dollars: list[tuple[Decimal, Decimal]]
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
        if isinstance(self.yes_dollars, Unset):
            pass
        elif (
            self.yes_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["yes_dollars"] = None
        else:
            field_dict["yes_dollars"] = fixed_point_texts(
                self.yes_dollars, "yes_dollars", 2, counts=False
            )
        if isinstance(self.no_dollars, Unset):
            pass
        elif (
            self.no_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["no_dollars"] = None
        else:
            field_dict["no_dollars"] = fixed_point_texts(
                self.no_dollars, "no_dollars", 2, counts=False
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
            _v = _get("yes_dollars", UNSET)
            _f_yes_dollars: Any
            if _v is UNSET:
                _f_yes_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "OrderbookCountFp", "yes_dollars", "missing"
                )
            elif _v is None:
                _f_yes_dollars = None
                _deviations = record_deviation(
                    _deviations, "OrderbookCountFp", "yes_dollars", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("yes_dollars", "array", _v)
                _f_yes_dollars = fixed_point_pairs(_v, "yes_dollars")

            _v = _get("no_dollars", UNSET)
            _f_no_dollars: Any
            if _v is UNSET:
                _f_no_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "OrderbookCountFp", "no_dollars", "missing"
                )
            elif _v is None:
                _f_no_dollars = None
                _deviations = record_deviation(
                    _deviations, "OrderbookCountFp", "no_dollars", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("no_dollars", "array", _v)
                _f_no_dollars = fixed_point_pairs(_v, "no_dollars")

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        orderbook_count_fp = _new(cls)
        orderbook_count_fp.yes_dollars = _f_yes_dollars
        orderbook_count_fp.no_dollars = _f_no_dollars
        if len(src_dict) + _absent > 2:
            _known: set[str] = {"yes_dollars", "no_dollars"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            orderbook_count_fp.additional_properties = _extra_found
        else:
            orderbook_count_fp.additional_properties = {}
        orderbook_count_fp._deviations = _deviations
        return orderbook_count_fp

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("yes_dollars", "yes_dollars", list[tuple[str, str]], True, None),
            ("no_dollars", "no_dollars", list[tuple[str, str]], True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        orderbook_count_fp = _new(cls)
        orderbook_count_fp.yes_dollars = fixed_point_wire_pairs(
            w.yes_dollars, "yes_dollars"
        )
        orderbook_count_fp.no_dollars = fixed_point_wire_pairs(
            w.no_dollars, "no_dollars"
        )
        orderbook_count_fp.additional_properties = w._extras()
        orderbook_count_fp._deviations = None
        return orderbook_count_fp

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
