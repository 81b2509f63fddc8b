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

T = TypeVar("T", bound="GetOrderQueuePositionResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class GetOrderQueuePositionResponse:
    """Attributes:
    queue_position_fp (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\"
        in field names). Requests accept 0-2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2
        decimals. Fractional contract values (e.g., \"2.50\") are supported; the minimum granularity is 0.01 contracts.
        Example: 10.00.
    """

    queue_position_fp: Decimal = _attrs_field(converter=to_count)

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
        if isinstance(self.queue_position_fp, Unset):
            pass
        elif (
            self.queue_position_fp is None
        ):  # a null the spec does not allow, kept as received
            field_dict["queue_position_fp"] = None
        else:
            field_dict["queue_position_fp"] = fixed_point_text(
                self.queue_position_fp, "queue_position_fp", counts=True
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
            _v = _get("queue_position_fp", UNSET)
            _f_queue_position_fp: Any
            if type(_v) is str:
                try:
                    _f_queue_position_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_queue_position_fp = parse_fixed_point(_v, "queue_position_fp")

            elif _v is UNSET:
                _f_queue_position_fp = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "GetOrderQueuePositionResponse",
                    "queue_position_fp",
                    "missing",
                )
            elif _v is None:
                _f_queue_position_fp = None
                _deviations = record_deviation(
                    _deviations,
                    "GetOrderQueuePositionResponse",
                    "queue_position_fp",
                    "null",
                )
            else:
                _f_queue_position_fp = parse_fixed_point(_v, "queue_position_fp")

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        get_order_queue_position_response = _new(cls)
        get_order_queue_position_response.queue_position_fp = _f_queue_position_fp
        if len(src_dict) + _absent > 1:
            _known: set[str] = {"queue_position_fp"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            get_order_queue_position_response.additional_properties = _extra_found
        else:
            get_order_queue_position_response.additional_properties = {}
        get_order_queue_position_response._deviations = _deviations
        return get_order_queue_position_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("queue_position_fp", "queue_position_fp", str, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        get_order_queue_position_response = _new(cls)
        try:
            get_order_queue_position_response.queue_position_fp = FIXED_POINT[
                w.queue_position_fp
            ]
        except KeyError:
            get_order_queue_position_response.queue_position_fp = parse_fixed_point(
                w.queue_position_fp, "queue_position_fp"
            )
        get_order_queue_position_response.additional_properties = w._extras()
        get_order_queue_position_response._deviations = None
        return get_order_queue_position_response

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
