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

T = TypeVar("T", bound="CancelOrderV2Response")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class CancelOrderV2Response:
    """Example:
        {'order_id': '3b23c1c7-f4ef-4f0d-8b9a-9e53c61f1a0d', 'client_order_id': '8c35ecb3-328f-4f52-8c7c-0f4b9862f8d1',
            'reduced_by': '10.00', 'ts_ms': 1715793660456}

    Attributes:
        order_id (str):
        reduced_by (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\" in field
            names). Requests accept 0-2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2 decimals.
            Fractional contract values (e.g., \"2.50\") are supported; the minimum granularity is 0.01 contracts. Example:
            10.00.
        ts_ms (int): Matching engine timestamp at which the cancellation was processed, as Unix epoch milliseconds.
        client_order_id (str | Unset):
    """

    order_id: str

    reduced_by: Decimal = _attrs_field(converter=to_count)

    ts_ms: int

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
        if isinstance(self.reduced_by, Unset):
            pass
        elif (
            self.reduced_by is None
        ):  # a null the spec does not allow, kept as received
            field_dict["reduced_by"] = None
        else:
            field_dict["reduced_by"] = fixed_point_text(
                self.reduced_by, "reduced_by", counts=True
            )
        if isinstance(self.ts_ms, Unset):
            pass
        elif self.ts_ms is None:  # a null the spec does not allow, kept as received
            field_dict["ts_ms"] = None
        else:
            field_dict["ts_ms"] = self.ts_ms
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
                    _deviations, "CancelOrderV2Response", "order_id", "missing"
                )
            elif _v is None:
                _f_order_id = None
                _deviations = record_deviation(
                    _deviations, "CancelOrderV2Response", "order_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("order_id", "str", _v)
                _f_order_id = _v

            _v = _get("reduced_by", UNSET)
            _f_reduced_by: Any
            if type(_v) is str:
                try:
                    _f_reduced_by = FIXED_POINT[_v]
                except KeyError:
                    _f_reduced_by = parse_fixed_point(_v, "reduced_by")

            elif _v is UNSET:
                _f_reduced_by = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "CancelOrderV2Response", "reduced_by", "missing"
                )
            elif _v is None:
                _f_reduced_by = None
                _deviations = record_deviation(
                    _deviations, "CancelOrderV2Response", "reduced_by", "null"
                )
            else:
                _f_reduced_by = parse_fixed_point(_v, "reduced_by")

            _v = _get("ts_ms", UNSET)
            _f_ts_ms: Any
            if type(_v) is int:
                _f_ts_ms = _v

            elif _v is UNSET:
                _f_ts_ms = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "CancelOrderV2Response", "ts_ms", "missing"
                )
            elif _v is None:
                _f_ts_ms = None
                _deviations = record_deviation(
                    _deviations, "CancelOrderV2Response", "ts_ms", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("ts_ms", "int", _v)
                _f_ts_ms = _v

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
                    _deviations, "CancelOrderV2Response", "client_order_id", "null"
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
        cancel_order_v2_response = _new(cls)
        cancel_order_v2_response.order_id = _f_order_id
        cancel_order_v2_response.reduced_by = _f_reduced_by
        cancel_order_v2_response.ts_ms = _f_ts_ms
        cancel_order_v2_response.client_order_id = _f_client_order_id
        if len(src_dict) + _absent > 4:
            _known: set[str] = {"order_id", "reduced_by", "ts_ms", "client_order_id"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            cancel_order_v2_response.additional_properties = _extra_found
        else:
            cancel_order_v2_response.additional_properties = {}
        cancel_order_v2_response._deviations = _deviations
        return cancel_order_v2_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("order_id", "order_id", str, True, None),
            ("reduced_by", "reduced_by", str, True, None),
            ("ts_ms", "ts_ms", int, True, None),
            ("client_order_id", "client_order_id", str, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        cancel_order_v2_response = _new(cls)
        cancel_order_v2_response.order_id = w.order_id
        try:
            cancel_order_v2_response.reduced_by = FIXED_POINT[w.reduced_by]
        except KeyError:
            cancel_order_v2_response.reduced_by = parse_fixed_point(
                w.reduced_by, "reduced_by"
            )
        cancel_order_v2_response.ts_ms = w.ts_ms
        cancel_order_v2_response.client_order_id = w.client_order_id
        cancel_order_v2_response.additional_properties = w._extras()
        cancel_order_v2_response._deviations = None
        return cancel_order_v2_response

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
