from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

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
    wire_struct,
)

if TYPE_CHECKING:
    from ..models.error_response import ErrorResponse


T = TypeVar("T", bound="BatchCreateOrdersV2ResponseOrdersItem")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class BatchCreateOrdersV2ResponseOrdersItem:
    """Attributes:
    order_id (str | Unset):
    client_order_id (None | str | Unset):
    fill_count (None | Decimal | Unset): Number of contracts filled immediately upon placement.
    remaining_count (None | Decimal | Unset): Number of contracts remaining after placement.
    average_fill_price (None | Decimal | Unset): Volume-weighted average fill price. Only present when fill_count >
        0.
    average_fee_paid (None | Decimal | Unset): Volume-weighted average fee paid per contract. Only present when
        fill_count > 0.
    ts_ms (int | None | Unset): Matching engine timestamp at which the order was processed, as Unix epoch
        milliseconds. Absent when the request errored.
    error (ErrorResponse | None | Unset):
    """

    order_id: str | Unset = UNSET

    client_order_id: None | str | Unset = UNSET

    fill_count: None | Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_count_or_none_or_unset
    )

    remaining_count: None | Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_count_or_none_or_unset
    )

    average_fill_price: None | Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_dollars_or_none_or_unset
    )

    average_fee_paid: None | Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_dollars_or_none_or_unset
    )

    ts_ms: int | None | Unset = UNSET

    error: ErrorResponse | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # {json field: "missing" | "null"} when the response deviated from the spec (see types.deviations).
    _deviations: dict[str, str] | None = _attrs_field(
        init=False, default=None, eq=False
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_bound:
            _bind_lazy()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if isinstance(self.order_id, Unset):
            pass
        elif self.order_id is None:  # a null the spec does not allow, kept as received
            field_dict["order_id"] = None
        else:
            field_dict["order_id"] = self.order_id
        if isinstance(self.client_order_id, Unset):
            pass
        else:
            _client_order_id: None | str | Unset
            if isinstance(self.client_order_id, Unset):
                _client_order_id = UNSET
            else:
                _client_order_id = self.client_order_id
            field_dict["client_order_id"] = _client_order_id
        if isinstance(self.fill_count, Unset):
            pass
        else:
            field_dict["fill_count"] = (
                None
                if self.fill_count is None
                else fixed_point_text(self.fill_count, "fill_count", counts=True)
            )
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
        if isinstance(self.ts_ms, Unset):
            pass
        else:
            _ts_ms: int | None | Unset
            if isinstance(self.ts_ms, Unset):
                _ts_ms = UNSET
            else:
                _ts_ms = self.ts_ms
            field_dict["ts_ms"] = _ts_ms
        if isinstance(self.error, Unset):
            pass
        else:
            _error: dict[str, Any] | None | Unset
            if isinstance(self.error, Unset):
                _error = UNSET
            elif isinstance(self.error, ErrorResponse):
                _error = self.error.to_dict()
            else:
                _error = self.error
            field_dict["error"] = _error
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_bound:
            _bind_lazy()
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
            elif _v is None:
                _f_order_id = None
                _deviations = record_deviation(
                    _deviations,
                    "BatchCreateOrdersV2ResponseOrdersItem",
                    "order_id",
                    "null",
                )
            else:
                if type(_v) is not str:
                    raise BadValue("order_id", "str", _v)
                _f_order_id = _v

            _v = _get("client_order_id", UNSET)
            _f_client_order_id: Any
            if type(_v) is str:
                _f_client_order_id = _v

            elif _v is UNSET:
                _f_client_order_id = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_client_order_id = None
                else:
                    if type(_v) is not str:
                        raise BadValue("client_order_id", "str", _v)
                    _f_client_order_id = _v

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

            _v = _get("ts_ms", UNSET)
            _f_ts_ms: Any
            if type(_v) is int:
                _f_ts_ms = _v

            elif _v is UNSET:
                _f_ts_ms = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_ts_ms = None
                else:
                    if type(_v) is not int:
                        raise BadValue("ts_ms", "int", _v)
                    _f_ts_ms = _v

            _v = _get("error", UNSET)
            _f_error: Any
            if _v is UNSET:
                _f_error = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_error = None
                else:
                    try:
                        _f_error = ErrorResponse.from_dict(_v)
                    except BadValue as _bad:
                        raise _bad.within("error") from None

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        batch_create_orders_v2_response_orders_item = _new(cls)
        batch_create_orders_v2_response_orders_item.order_id = _f_order_id
        batch_create_orders_v2_response_orders_item.client_order_id = _f_client_order_id
        batch_create_orders_v2_response_orders_item.fill_count = _f_fill_count
        batch_create_orders_v2_response_orders_item.remaining_count = _f_remaining_count
        batch_create_orders_v2_response_orders_item.average_fill_price = (
            _f_average_fill_price
        )
        batch_create_orders_v2_response_orders_item.average_fee_paid = (
            _f_average_fee_paid
        )
        batch_create_orders_v2_response_orders_item.ts_ms = _f_ts_ms
        batch_create_orders_v2_response_orders_item.error = _f_error
        if len(src_dict) + _absent > 8:
            _known: set[str] = {
                "order_id",
                "client_order_id",
                "fill_count",
                "remaining_count",
                "average_fill_price",
                "average_fee_paid",
                "ts_ms",
                "error",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            batch_create_orders_v2_response_orders_item.additional_properties = (
                _extra_found
            )
        else:
            batch_create_orders_v2_response_orders_item.additional_properties = {}
        batch_create_orders_v2_response_orders_item._deviations = _deviations
        return batch_create_orders_v2_response_orders_item

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("order_id", "order_id", str, False, None),
            ("client_order_id", "client_order_id", str | None, False, None),
            ("fill_count", "fill_count", str | None, False, None),
            ("remaining_count", "remaining_count", str | None, False, None),
            ("average_fill_price", "average_fill_price", str | None, False, None),
            ("average_fee_paid", "average_fee_paid", str | None, False, None),
            ("ts_ms", "ts_ms", int | None, False, None),
            ("error", "error", wire_struct(ErrorResponse) | None, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        batch_create_orders_v2_response_orders_item = _new(cls)
        batch_create_orders_v2_response_orders_item.order_id = w.order_id
        batch_create_orders_v2_response_orders_item.client_order_id = w.client_order_id
        if w.fill_count is UNSET or w.fill_count is None:
            batch_create_orders_v2_response_orders_item.fill_count = w.fill_count
        else:
            try:
                batch_create_orders_v2_response_orders_item.fill_count = FIXED_POINT[
                    w.fill_count
                ]
            except KeyError:
                batch_create_orders_v2_response_orders_item.fill_count = (
                    parse_fixed_point(w.fill_count, "fill_count")
                )
        if w.remaining_count is UNSET or w.remaining_count is None:
            batch_create_orders_v2_response_orders_item.remaining_count = (
                w.remaining_count
            )
        else:
            try:
                batch_create_orders_v2_response_orders_item.remaining_count = (
                    FIXED_POINT[w.remaining_count]
                )
            except KeyError:
                batch_create_orders_v2_response_orders_item.remaining_count = (
                    parse_fixed_point(w.remaining_count, "remaining_count")
                )
        if w.average_fill_price is UNSET or w.average_fill_price is None:
            batch_create_orders_v2_response_orders_item.average_fill_price = (
                w.average_fill_price
            )
        else:
            try:
                batch_create_orders_v2_response_orders_item.average_fill_price = (
                    FIXED_POINT[w.average_fill_price]
                )
            except KeyError:
                batch_create_orders_v2_response_orders_item.average_fill_price = (
                    parse_fixed_point(w.average_fill_price, "average_fill_price")
                )
        if w.average_fee_paid is UNSET or w.average_fee_paid is None:
            batch_create_orders_v2_response_orders_item.average_fee_paid = (
                w.average_fee_paid
            )
        else:
            try:
                batch_create_orders_v2_response_orders_item.average_fee_paid = (
                    FIXED_POINT[w.average_fee_paid]
                )
            except KeyError:
                batch_create_orders_v2_response_orders_item.average_fee_paid = (
                    parse_fixed_point(w.average_fee_paid, "average_fee_paid")
                )
        batch_create_orders_v2_response_orders_item.ts_ms = w.ts_ms
        if w.error is UNSET or w.error is None:
            batch_create_orders_v2_response_orders_item.error = w.error
        else:
            batch_create_orders_v2_response_orders_item.error = (
                ErrorResponse._from_wire(w.error)
            )
        batch_create_orders_v2_response_orders_item.additional_properties = w._extras()
        batch_create_orders_v2_response_orders_item._deviations = None
        return batch_create_orders_v2_response_orders_item

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


# Models that refer back to this one are imported on first use, once (not per call:
# an import statement costs ~0.7 us, a third of a small model's parse).
_lazy_bound = False


def _bind_lazy() -> None:
    global _lazy_bound, ErrorResponse
    from ..models.error_response import ErrorResponse

    _lazy_bound = True
