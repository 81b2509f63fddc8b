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
    to_dollars_or_unset,
)

T = TypeVar("T", bound="CreateOrderV2Response")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class CreateOrderV2Response:
    """Example:
        {'order_id': '3b23c1c7-f4ef-4f0d-8b9a-9e53c61f1a0d', 'client_order_id': '8c35ecb3-328f-4f52-8c7c-0f4b9862f8d1',
            'fill_count': '0.00', 'remaining_count': '10.00', 'ts_ms': 1715793600123}

    Attributes:
        order_id (str):
        fill_count (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\" in field
            names). Requests accept 0-2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2 decimals.
            Fractional contract values (e.g., \"2.50\") are supported; the minimum granularity is 0.01 contracts. Example:
            10.00.
        remaining_count (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\" in
            field names). Requests accept 0-2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2
            decimals. Fractional contract values (e.g., \"2.50\") are supported; the minimum granularity is 0.01 contracts.
            Example: 10.00.
        ts_ms (int): Matching engine timestamp at which the order was processed, as Unix epoch milliseconds.
        client_order_id (str | Unset):
        average_fill_price (Decimal | Unset): Fixed-point US dollar string. Most request fields accept 2-4 decimal
            places (e.g., \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are
            constrained by that market's price level structure. Example: 0.5600.
        average_fee_paid (Decimal | Unset): Fixed-point US dollar string. Most request fields accept 2-4 decimal places
            (e.g., \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by
            that market's price level structure. Example: 0.5600.
    """

    order_id: str

    fill_count: Decimal = _attrs_field(converter=to_count)

    remaining_count: Decimal = _attrs_field(converter=to_count)

    ts_ms: int

    client_order_id: str | Unset = UNSET

    average_fill_price: Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_dollars_or_unset
    )

    average_fee_paid: Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_dollars_or_unset
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
        if isinstance(self.order_id, Unset):
            pass
        elif self.order_id is None:  # a null the spec does not allow, kept as received
            field_dict["order_id"] = None
        else:
            field_dict["order_id"] = self.order_id
        if isinstance(self.fill_count, Unset):
            pass
        elif (
            self.fill_count is None
        ):  # a null the spec does not allow, kept as received
            field_dict["fill_count"] = None
        else:
            field_dict["fill_count"] = fixed_point_text(
                self.fill_count, "fill_count", counts=True
            )
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
        if isinstance(self.average_fill_price, Unset):
            pass
        elif (
            self.average_fill_price is None
        ):  # a null the spec does not allow, kept as received
            field_dict["average_fill_price"] = None
        else:
            field_dict["average_fill_price"] = fixed_point_text(
                self.average_fill_price, "average_fill_price", counts=False
            )
        if isinstance(self.average_fee_paid, Unset):
            pass
        elif (
            self.average_fee_paid is None
        ):  # a null the spec does not allow, kept as received
            field_dict["average_fee_paid"] = None
        else:
            field_dict["average_fee_paid"] = fixed_point_text(
                self.average_fee_paid, "average_fee_paid", counts=False
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
            _v = _get("order_id", UNSET)
            _f_order_id: Any
            if type(_v) is str:
                _f_order_id = _v

            elif _v is UNSET:
                _f_order_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "CreateOrderV2Response", "order_id", "missing"
                )
            elif _v is None:
                _f_order_id = None
                _deviations = record_deviation(
                    _deviations, "CreateOrderV2Response", "order_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("order_id", "str", _v)
                _f_order_id = _v

            _v = _get("fill_count", UNSET)
            _f_fill_count: Any
            if type(_v) is str:
                try:
                    _f_fill_count = FIXED_POINT[_v]
                except KeyError:
                    _f_fill_count = parse_fixed_point(_v, "fill_count")

            elif _v is UNSET:
                _f_fill_count = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "CreateOrderV2Response", "fill_count", "missing"
                )
            elif _v is None:
                _f_fill_count = None
                _deviations = record_deviation(
                    _deviations, "CreateOrderV2Response", "fill_count", "null"
                )
            else:
                _f_fill_count = parse_fixed_point(_v, "fill_count")

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
                    _deviations, "CreateOrderV2Response", "remaining_count", "missing"
                )
            elif _v is None:
                _f_remaining_count = None
                _deviations = record_deviation(
                    _deviations, "CreateOrderV2Response", "remaining_count", "null"
                )
            else:
                _f_remaining_count = parse_fixed_point(_v, "remaining_count")

            _v = _get("ts_ms", UNSET)
            _f_ts_ms: Any
            if type(_v) is int:
                _f_ts_ms = _v

            elif _v is UNSET:
                _f_ts_ms = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "CreateOrderV2Response", "ts_ms", "missing"
                )
            elif _v is None:
                _f_ts_ms = None
                _deviations = record_deviation(
                    _deviations, "CreateOrderV2Response", "ts_ms", "null"
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
                    _deviations, "CreateOrderV2Response", "client_order_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("client_order_id", "str", _v)
                _f_client_order_id = _v

            _v = _get("average_fill_price", UNSET)
            _f_average_fill_price: Any
            if type(_v) is str:
                try:
                    _f_average_fill_price = FIXED_POINT[_v]
                except KeyError:
                    _f_average_fill_price = parse_fixed_point(_v, "average_fill_price")

            elif _v is UNSET:
                _f_average_fill_price = UNSET
                _absent += 1
            elif _v is None:
                _f_average_fill_price = None
                _deviations = record_deviation(
                    _deviations, "CreateOrderV2Response", "average_fill_price", "null"
                )
            else:
                _f_average_fill_price = parse_fixed_point(_v, "average_fill_price")

            _v = _get("average_fee_paid", UNSET)
            _f_average_fee_paid: Any
            if type(_v) is str:
                try:
                    _f_average_fee_paid = FIXED_POINT[_v]
                except KeyError:
                    _f_average_fee_paid = parse_fixed_point(_v, "average_fee_paid")

            elif _v is UNSET:
                _f_average_fee_paid = UNSET
                _absent += 1
            elif _v is None:
                _f_average_fee_paid = None
                _deviations = record_deviation(
                    _deviations, "CreateOrderV2Response", "average_fee_paid", "null"
                )
            else:
                _f_average_fee_paid = parse_fixed_point(_v, "average_fee_paid")

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        create_order_v2_response = _new(cls)
        create_order_v2_response.order_id = _f_order_id
        create_order_v2_response.fill_count = _f_fill_count
        create_order_v2_response.remaining_count = _f_remaining_count
        create_order_v2_response.ts_ms = _f_ts_ms
        create_order_v2_response.client_order_id = _f_client_order_id
        create_order_v2_response.average_fill_price = _f_average_fill_price
        create_order_v2_response.average_fee_paid = _f_average_fee_paid
        if len(src_dict) + _absent > 7:
            _known: set[str] = {
                "order_id",
                "fill_count",
                "remaining_count",
                "ts_ms",
                "client_order_id",
                "average_fill_price",
                "average_fee_paid",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            create_order_v2_response.additional_properties = _extra_found
        else:
            create_order_v2_response.additional_properties = {}
        create_order_v2_response._deviations = _deviations
        return create_order_v2_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("order_id", "order_id", str, True, None),
            ("fill_count", "fill_count", str, True, None),
            ("remaining_count", "remaining_count", str, True, None),
            ("ts_ms", "ts_ms", int, True, None),
            ("client_order_id", "client_order_id", str, False, None),
            ("average_fill_price", "average_fill_price", str, False, None),
            ("average_fee_paid", "average_fee_paid", str, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        create_order_v2_response = _new(cls)
        create_order_v2_response.order_id = w.order_id
        try:
            create_order_v2_response.fill_count = FIXED_POINT[w.fill_count]
        except KeyError:
            create_order_v2_response.fill_count = parse_fixed_point(
                w.fill_count, "fill_count"
            )
        try:
            create_order_v2_response.remaining_count = FIXED_POINT[w.remaining_count]
        except KeyError:
            create_order_v2_response.remaining_count = parse_fixed_point(
                w.remaining_count, "remaining_count"
            )
        create_order_v2_response.ts_ms = w.ts_ms
        create_order_v2_response.client_order_id = w.client_order_id
        if w.average_fill_price is UNSET:
            create_order_v2_response.average_fill_price = w.average_fill_price
        else:
            try:
                create_order_v2_response.average_fill_price = FIXED_POINT[
                    w.average_fill_price
                ]
            except KeyError:
                create_order_v2_response.average_fill_price = parse_fixed_point(
                    w.average_fill_price, "average_fill_price"
                )
        if w.average_fee_paid is UNSET:
            create_order_v2_response.average_fee_paid = w.average_fee_paid
        else:
            try:
                create_order_v2_response.average_fee_paid = FIXED_POINT[
                    w.average_fee_paid
                ]
            except KeyError:
                create_order_v2_response.average_fee_paid = parse_fixed_point(
                    w.average_fee_paid, "average_fee_paid"
                )
        create_order_v2_response.additional_properties = w._extras()
        create_order_v2_response._deviations = None
        return create_order_v2_response

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
