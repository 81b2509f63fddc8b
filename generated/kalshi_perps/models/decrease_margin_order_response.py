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
    to_count,
)

T = TypeVar("T", bound="DecreaseMarginOrderResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class DecreaseMarginOrderResponse:
    """Attributes:
    order_id (str):
    remaining_count (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\" in
        field names). Requests accept 0–2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2
        decimals. Fractional contract values (e.g., \"2.50\") are supported on markets with fractional trading enabled;
        the minimum granularity is 0.01 contracts. Integer contract count fields are legacy and will be deprecated; when
        both integer and fp fields are provided, they must match. Example: 10.00.
    client_order_id (str | Unset):
    """

    order_id: str

    remaining_count: Decimal = _attrs_field(converter=to_count)

    client_order_id: str | Unset = UNSET

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
        if isinstance(self.order_id, Unset):
            pass
        elif self.order_id is None:  # a null the spec does not allow, kept as received
            field_dict["order_id"] = None
        else:
            field_dict["order_id"] = self.order_id
        if isinstance(self.remaining_count, Unset):
            pass
        elif (
            self.remaining_count is None
        ):  # a null the spec does not allow, kept as received
            field_dict["remaining_count"] = None
        else:
            field_dict["remaining_count"] = fixed_point_text(
                self.remaining_count, "remaining_count", counts=True
            )
        if isinstance(self.client_order_id, Unset):
            pass
        elif (
            self.client_order_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["client_order_id"] = None
        else:
            field_dict["client_order_id"] = self.client_order_id
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
            _v = _get("order_id", UNSET)
            _f_order_id: Any
            if type(_v) is str:
                _f_order_id = _v

            elif _v is UNSET:
                _f_order_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "DecreaseMarginOrderResponse", "order_id", "missing"
                )
            elif _v is None:
                _f_order_id = None
                _deviations = record_deviation(
                    _deviations, "DecreaseMarginOrderResponse", "order_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("order_id", "str", _v)
                _f_order_id = _v

            _v = _get("remaining_count", UNSET)
            _f_remaining_count: Any
            if type(_v) is str:
                try:
                    _f_remaining_count = FIXED_POINT[_v]
                except KeyError:
                    _f_remaining_count = parse_fixed_point(_v, "remaining_count")

            elif _v is UNSET:
                _f_remaining_count = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "DecreaseMarginOrderResponse",
                    "remaining_count",
                    "missing",
                )
            elif _v is None:
                _f_remaining_count = None
                _deviations = record_deviation(
                    _deviations,
                    "DecreaseMarginOrderResponse",
                    "remaining_count",
                    "null",
                )
            else:
                _f_remaining_count = parse_fixed_point(_v, "remaining_count")

            _v = _get("client_order_id", UNSET)
            _f_client_order_id: Any
            if type(_v) is str:
                _f_client_order_id = _v

            elif _v is UNSET:
                _f_client_order_id = UNSET
                _absent += 1
            elif _v is None:
                _f_client_order_id = None
                _deviations = record_deviation(
                    _deviations,
                    "DecreaseMarginOrderResponse",
                    "client_order_id",
                    "null",
                )
            else:
                if type(_v) is not str:
                    raise BadValue("client_order_id", "str", _v)
                _f_client_order_id = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        decrease_margin_order_response = _new(cls)
        decrease_margin_order_response.order_id = _f_order_id
        decrease_margin_order_response.remaining_count = _f_remaining_count
        decrease_margin_order_response.client_order_id = _f_client_order_id
        if len(src_dict) + _absent > 3:
            _known: set[str] = {"order_id", "remaining_count", "client_order_id"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            decrease_margin_order_response.additional_properties = _extra_found
        else:
            decrease_margin_order_response.additional_properties = {}
        decrease_margin_order_response._deviations = _deviations
        return decrease_margin_order_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("order_id", "order_id", str, True, None),
            ("remaining_count", "remaining_count", str, True, None),
            ("client_order_id", "client_order_id", str, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        decrease_margin_order_response = _new(cls)
        decrease_margin_order_response.order_id = w.order_id
        try:
            decrease_margin_order_response.remaining_count = FIXED_POINT[
                w.remaining_count
            ]
        except KeyError:
            decrease_margin_order_response.remaining_count = parse_fixed_point(
                w.remaining_count, "remaining_count"
            )
        decrease_margin_order_response.client_order_id = w.client_order_id
        decrease_margin_order_response.additional_properties = w._extras()
        decrease_margin_order_response._deviations = None
        return decrease_margin_order_response

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
