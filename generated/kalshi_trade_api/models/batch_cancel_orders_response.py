from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..types import (
    UNSET,
    BadValue,
    Unset,
    _new,
    items_from_wire,
    learn_extras,
    list_of,
    model_repr,
    record_deviation,
    wire_struct,
)

if TYPE_CHECKING:
    from ..models.batch_cancel_orders_individual_response import (
        BatchCancelOrdersIndividualResponse,
    )


T = TypeVar("T", bound="BatchCancelOrdersResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class BatchCancelOrdersResponse:
    """Attributes:
    orders (list[BatchCancelOrdersIndividualResponse]):
    """

    orders: list[BatchCancelOrdersIndividualResponse]

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
        if isinstance(self.orders, Unset):
            pass
        elif self.orders is None:  # a null the spec does not allow, kept as received
            field_dict["orders"] = None
        else:
            _orders = []
            for orders_item_data in self.orders:
                orders_item = orders_item_data.to_dict()
                _orders.append(orders_item)

            field_dict["orders"] = _orders
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
            _v = _get("orders", UNSET)
            _f_orders: Any
            if _v is UNSET:
                _f_orders = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "BatchCancelOrdersResponse", "orders", "missing"
                )
            elif _v is None:
                _f_orders = None
                _deviations = record_deviation(
                    _deviations, "BatchCancelOrdersResponse", "orders", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("orders", "array", _v)
                try:
                    _f_orders = list(
                        map(BatchCancelOrdersIndividualResponse.from_dict, _v)
                    )
                except BadValue as _bad:
                    raise _bad.within_list("orders", _v) from None

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        batch_cancel_orders_response = _new(cls)
        batch_cancel_orders_response.orders = _f_orders
        if len(src_dict) + _absent > 1:
            _known: set[str] = {"orders"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            batch_cancel_orders_response.additional_properties = _extra_found
        else:
            batch_cancel_orders_response.additional_properties = {}
        batch_cancel_orders_response._deviations = _deviations
        return batch_cancel_orders_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            (
                "orders",
                "orders",
                list_of(wire_struct(BatchCancelOrdersIndividualResponse)),
                True,
                BatchCancelOrdersIndividualResponse,
            ),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        batch_cancel_orders_response = _new(cls)
        batch_cancel_orders_response.orders = items_from_wire(
            BatchCancelOrdersIndividualResponse, w.orders
        )
        batch_cancel_orders_response.additional_properties = w._extras()
        batch_cancel_orders_response._deviations = None
        return batch_cancel_orders_response

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
    global _lazy_bound, BatchCancelOrdersIndividualResponse
    from ..models.batch_cancel_orders_individual_response import (
        BatchCancelOrdersIndividualResponse,
    )

    _lazy_bound = True
