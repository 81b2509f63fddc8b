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
    record_deviation,
    to_dollars,
)

T = TypeVar("T", bound="TickerPrice")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class TickerPrice:
    """Attributes:
    price (Decimal): US dollar amount as a fixed-point decimal string with up to 6 decimal places of precision. This
        is the maximum supported precision; valid quote intervals for a given market are constrained by that market's
        price level structure. Example: 0.5600.
    ts_ms (int): Source timestamp in epoch milliseconds.
    """

    price: Decimal = _attrs_field(converter=to_dollars)

    ts_ms: int

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
        if isinstance(self.price, Unset):
            pass
        elif self.price is None:  # a null the spec does not allow, kept as received
            field_dict["price"] = None
        else:
            field_dict["price"] = fixed_point_text(self.price, "price", counts=False)
        if isinstance(self.ts_ms, Unset):
            pass
        elif self.ts_ms is None:  # a null the spec does not allow, kept as received
            field_dict["ts_ms"] = None
        else:
            field_dict["ts_ms"] = self.ts_ms
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
            _v = _get("price", UNSET)
            _f_price: Any
            if type(_v) is str:
                try:
                    _f_price = FIXED_POINT[_v]
                except KeyError:
                    _f_price = parse_fixed_point(_v, "price")

            elif _v is UNSET:
                _f_price = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "TickerPrice", "price", "missing"
                )
            elif _v is None:
                _f_price = None
                _deviations = record_deviation(
                    _deviations, "TickerPrice", "price", "null"
                )
            else:
                _f_price = parse_fixed_point(_v, "price")

            _v = _get("ts_ms", UNSET)
            _f_ts_ms: Any
            if type(_v) is int:
                _f_ts_ms = _v

            elif _v is UNSET:
                _f_ts_ms = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "TickerPrice", "ts_ms", "missing"
                )
            elif _v is None:
                _f_ts_ms = None
                _deviations = record_deviation(
                    _deviations, "TickerPrice", "ts_ms", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("ts_ms", "int", _v)
                _f_ts_ms = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        ticker_price = _new(cls)
        ticker_price.price = _f_price
        ticker_price.ts_ms = _f_ts_ms
        if len(src_dict) + _absent > 2:
            _known: set[str] = {"price", "ts_ms"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            ticker_price.additional_properties = _extra_found
        else:
            ticker_price.additional_properties = {}
        ticker_price._deviations = _deviations
        return ticker_price

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("price", "price", str, True, None),
            ("ts_ms", "ts_ms", int, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        ticker_price = _new(cls)
        try:
            ticker_price.price = FIXED_POINT[w.price]
        except KeyError:
            ticker_price.price = parse_fixed_point(w.price, "price")
        ticker_price.ts_ms = w.ts_ms
        ticker_price.additional_properties = w._extras()
        ticker_price._deviations = None
        return ticker_price

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
