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
    to_count_or_none_or_unset,
    to_dollars_or_none_or_unset,
)

T = TypeVar("T", bound="AmendOrderV2Response")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class AmendOrderV2Response:
    """Example:
        {'order_id': '3b23c1c7-f4ef-4f0d-8b9a-9e53c61f1a0d', 'client_order_id': '2a0e3fc9-b593-4aa3-96e5-82f7f7566c2a',
            'remaining_count': '8.00', 'fill_count': '0.00', 'ts_ms': 1715793690123}

    Attributes:
        order_id (str):
        ts_ms (int): Matching engine timestamp at which the amend was processed, as Unix epoch milliseconds.
        client_order_id (str | Unset):
        remaining_count (None | Decimal | Unset): Number of resting contracts remaining after the amend. This is the
            actual post-amend resting quantity, not the request's total/max fillable count. Only present when the amend
            caused a fill or changed the resting size.
        fill_count (None | Decimal | Unset): Number of contracts filled as a result of the amend crossing the book. Only
            present when fills occurred or remaining size changed.
        average_fill_price (None | Decimal | Unset): Volume-weighted average fill price for fills resulting from the
            amend. Only present when fills occurred.
        average_fee_paid (None | Decimal | Unset): Volume-weighted average fee paid per contract for fills resulting
            from the amend. Only present when fills occurred.
    """

    order_id: str

    ts_ms: int

    client_order_id: str | Unset = UNSET

    remaining_count: None | Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_count_or_none_or_unset
    )

    fill_count: None | Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_count_or_none_or_unset
    )

    average_fill_price: None | Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_dollars_or_none_or_unset
    )

    average_fee_paid: None | Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_dollars_or_none_or_unset
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
        if isinstance(self.remaining_count, Unset):
            pass
        else:
            field_dict["remaining_count"] = (
                None
                if self.remaining_count is None
                else fixed_point_text(
                    self.remaining_count, "remaining_count", counts=True
                )
            )
        if isinstance(self.fill_count, Unset):
            pass
        else:
            field_dict["fill_count"] = (
                None
                if self.fill_count is None
                else fixed_point_text(self.fill_count, "fill_count", counts=True)
            )
        if isinstance(self.average_fill_price, Unset):
            pass
        else:
            field_dict["average_fill_price"] = (
                None
                if self.average_fill_price is None
                else fixed_point_text(
                    self.average_fill_price, "average_fill_price", counts=False
                )
            )
        if isinstance(self.average_fee_paid, Unset):
            pass
        else:
            field_dict["average_fee_paid"] = (
                None
                if self.average_fee_paid is None
                else fixed_point_text(
                    self.average_fee_paid, "average_fee_paid", counts=False
                )
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
                    _deviations, "AmendOrderV2Response", "order_id", "missing"
                )
            elif _v is None:
                _f_order_id = None
                _deviations = record_deviation(
                    _deviations, "AmendOrderV2Response", "order_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("order_id", "str", _v)
                _f_order_id = _v

            _v = _get("ts_ms", UNSET)
            _f_ts_ms: Any
            if type(_v) is int:
                _f_ts_ms = _v

            elif _v is UNSET:
                _f_ts_ms = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "AmendOrderV2Response", "ts_ms", "missing"
                )
            elif _v is None:
                _f_ts_ms = None
                _deviations = record_deviation(
                    _deviations, "AmendOrderV2Response", "ts_ms", "null"
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
                    _deviations, "AmendOrderV2Response", "client_order_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("client_order_id", "str", _v)
                _f_client_order_id = _v

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
            else:
                if _v is None:
                    _f_remaining_count = None
                else:
                    _f_remaining_count = parse_fixed_point(_v, "remaining_count")

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
            else:
                if _v is None:
                    _f_fill_count = None
                else:
                    _f_fill_count = parse_fixed_point(_v, "fill_count")

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
            else:
                if _v is None:
                    _f_average_fill_price = None
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
            else:
                if _v is None:
                    _f_average_fee_paid = None
                else:
                    _f_average_fee_paid = parse_fixed_point(_v, "average_fee_paid")

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        amend_order_v2_response = _new(cls)
        amend_order_v2_response.order_id = _f_order_id
        amend_order_v2_response.ts_ms = _f_ts_ms
        amend_order_v2_response.client_order_id = _f_client_order_id
        amend_order_v2_response.remaining_count = _f_remaining_count
        amend_order_v2_response.fill_count = _f_fill_count
        amend_order_v2_response.average_fill_price = _f_average_fill_price
        amend_order_v2_response.average_fee_paid = _f_average_fee_paid
        if len(src_dict) + _absent > 7:
            _known: set[str] = {
                "order_id",
                "ts_ms",
                "client_order_id",
                "remaining_count",
                "fill_count",
                "average_fill_price",
                "average_fee_paid",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            amend_order_v2_response.additional_properties = _extra_found
        else:
            amend_order_v2_response.additional_properties = {}
        amend_order_v2_response._deviations = _deviations
        return amend_order_v2_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("order_id", "order_id", str, True, None),
            ("ts_ms", "ts_ms", int, True, None),
            ("client_order_id", "client_order_id", str, False, None),
            ("remaining_count", "remaining_count", str | None, False, None),
            ("fill_count", "fill_count", str | None, False, None),
            ("average_fill_price", "average_fill_price", str | None, False, None),
            ("average_fee_paid", "average_fee_paid", str | None, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        amend_order_v2_response = _new(cls)
        amend_order_v2_response.order_id = w.order_id
        amend_order_v2_response.ts_ms = w.ts_ms
        amend_order_v2_response.client_order_id = w.client_order_id
        if w.remaining_count is UNSET or w.remaining_count is None:
            amend_order_v2_response.remaining_count = w.remaining_count
        else:
            try:
                amend_order_v2_response.remaining_count = FIXED_POINT[w.remaining_count]
            except KeyError:
                amend_order_v2_response.remaining_count = parse_fixed_point(
                    w.remaining_count, "remaining_count"
                )
        if w.fill_count is UNSET or w.fill_count is None:
            amend_order_v2_response.fill_count = w.fill_count
        else:
            try:
                amend_order_v2_response.fill_count = FIXED_POINT[w.fill_count]
            except KeyError:
                amend_order_v2_response.fill_count = parse_fixed_point(
                    w.fill_count, "fill_count"
                )
        if w.average_fill_price is UNSET or w.average_fill_price is None:
            amend_order_v2_response.average_fill_price = w.average_fill_price
        else:
            try:
                amend_order_v2_response.average_fill_price = FIXED_POINT[
                    w.average_fill_price
                ]
            except KeyError:
                amend_order_v2_response.average_fill_price = parse_fixed_point(
                    w.average_fill_price, "average_fill_price"
                )
        if w.average_fee_paid is UNSET or w.average_fee_paid is None:
            amend_order_v2_response.average_fee_paid = w.average_fee_paid
        else:
            try:
                amend_order_v2_response.average_fee_paid = FIXED_POINT[
                    w.average_fee_paid
                ]
            except KeyError:
                amend_order_v2_response.average_fee_paid = parse_fixed_point(
                    w.average_fee_paid, "average_fee_paid"
                )
        amend_order_v2_response.additional_properties = w._extras()
        amend_order_v2_response._deviations = None
        return amend_order_v2_response

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
