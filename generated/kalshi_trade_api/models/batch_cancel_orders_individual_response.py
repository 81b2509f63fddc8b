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
    to_count,
    wire_struct,
)

if TYPE_CHECKING:
    from ..models.error_response import ErrorResponse
    from ..models.order import Order


T = TypeVar("T", bound="BatchCancelOrdersIndividualResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class BatchCancelOrdersIndividualResponse:
    """Attributes:
    order_id (str): The order ID to identify which order had an error during batch cancellation
    reduced_by_fp (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\" in
        field names). Requests accept 0-2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2
        decimals. Fractional contract values (e.g., \"2.50\") are supported; the minimum granularity is 0.01 contracts.
        Example: 10.00.
    order (None | Order | Unset):
    error (ErrorResponse | None | Unset):
    """

    order_id: str

    reduced_by_fp: Decimal = _attrs_field(converter=to_count)

    order: None | Order | Unset = UNSET

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
        if isinstance(self.reduced_by_fp, Unset):
            pass
        elif (
            self.reduced_by_fp is None
        ):  # a null the spec does not allow, kept as received
            field_dict["reduced_by_fp"] = None
        else:
            field_dict["reduced_by_fp"] = fixed_point_text(
                self.reduced_by_fp, "reduced_by_fp", counts=True
            )
        if isinstance(self.order, Unset):
            pass
        else:
            _order: dict[str, Any] | None | Unset
            if isinstance(self.order, Unset):
                _order = UNSET
            elif isinstance(self.order, Order):
                _order = self.order.to_dict()
            else:
                _order = self.order
            field_dict["order"] = _order
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
                _deviations = record_deviation(
                    _deviations,
                    "BatchCancelOrdersIndividualResponse",
                    "order_id",
                    "missing",
                )
            elif _v is None:
                _f_order_id = None
                _deviations = record_deviation(
                    _deviations,
                    "BatchCancelOrdersIndividualResponse",
                    "order_id",
                    "null",
                )
            else:
                if type(_v) is not str:
                    raise BadValue("order_id", "str", _v)
                _f_order_id = _v

            _v = _get("reduced_by_fp", UNSET)
            _f_reduced_by_fp: Any
            if type(_v) is str:
                try:
                    _f_reduced_by_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_reduced_by_fp = parse_fixed_point(_v, "reduced_by_fp")

            elif _v is UNSET:
                _f_reduced_by_fp = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "BatchCancelOrdersIndividualResponse",
                    "reduced_by_fp",
                    "missing",
                )
            elif _v is None:
                _f_reduced_by_fp = None
                _deviations = record_deviation(
                    _deviations,
                    "BatchCancelOrdersIndividualResponse",
                    "reduced_by_fp",
                    "null",
                )
            else:
                _f_reduced_by_fp = parse_fixed_point(_v, "reduced_by_fp")

            _v = _get("order", UNSET)
            _f_order: Any
            if _v is UNSET:
                _f_order = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_order = None
                else:
                    try:
                        _f_order = Order.from_dict(_v)
                    except BadValue as _bad:
                        raise _bad.within("order") from None

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
        batch_cancel_orders_individual_response = _new(cls)
        batch_cancel_orders_individual_response.order_id = _f_order_id
        batch_cancel_orders_individual_response.reduced_by_fp = _f_reduced_by_fp
        batch_cancel_orders_individual_response.order = _f_order
        batch_cancel_orders_individual_response.error = _f_error
        if len(src_dict) + _absent > 4:
            _known: set[str] = {"order_id", "reduced_by_fp", "order", "error"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            batch_cancel_orders_individual_response.additional_properties = _extra_found
        else:
            batch_cancel_orders_individual_response.additional_properties = {}
        batch_cancel_orders_individual_response._deviations = _deviations
        return batch_cancel_orders_individual_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("order_id", "order_id", str, True, None),
            ("reduced_by_fp", "reduced_by_fp", str, True, None),
            ("order", "order", wire_struct(Order) | None, False, None),
            ("error", "error", wire_struct(ErrorResponse) | None, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        batch_cancel_orders_individual_response = _new(cls)
        batch_cancel_orders_individual_response.order_id = w.order_id
        try:
            batch_cancel_orders_individual_response.reduced_by_fp = FIXED_POINT[
                w.reduced_by_fp
            ]
        except KeyError:
            batch_cancel_orders_individual_response.reduced_by_fp = parse_fixed_point(
                w.reduced_by_fp, "reduced_by_fp"
            )
        if w.order is UNSET or w.order is None:
            batch_cancel_orders_individual_response.order = w.order
        else:
            batch_cancel_orders_individual_response.order = Order._from_wire(w.order)
        if w.error is UNSET or w.error is None:
            batch_cancel_orders_individual_response.error = w.error
        else:
            batch_cancel_orders_individual_response.error = ErrorResponse._from_wire(
                w.error
            )
        batch_cancel_orders_individual_response.additional_properties = w._extras()
        batch_cancel_orders_individual_response._deviations = None
        return batch_cancel_orders_individual_response

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
    global _lazy_bound, ErrorResponse, Order
    from ..models.error_response import ErrorResponse
    from ..models.order import Order

    _lazy_bound = True
