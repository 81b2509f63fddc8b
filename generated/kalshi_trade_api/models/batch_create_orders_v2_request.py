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
    from ..models.create_order_v2_request import CreateOrderV2Request


T = TypeVar("T", bound="BatchCreateOrdersV2Request")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class BatchCreateOrdersV2Request:
    """Example:
        {'orders': [{'ticker': 'HIGHNY-24JAN01-T60', 'client_order_id': '8c35ecb3-328f-4f52-8c7c-0f4b9862f8d1', 'side':
            'bid', 'count': '10.00', 'price': '0.5600', 'time_in_force': 'good_till_canceled', 'self_trade_prevention_type':
            'taker_at_cross', 'exchange_index': 0}, {'ticker': 'HIGHNY-24JAN01-T60', 'client_order_id':
            '2a0e3fc9-b593-4aa3-96e5-82f7f7566c2a', 'side': 'ask', 'count': '5.00', 'price': '0.5800', 'time_in_force':
            'immediate_or_cancel', 'self_trade_prevention_type': 'maker', 'exchange_index': 0}]}

    Attributes:
        orders (list[CreateOrderV2Request]):
    """

    orders: list[CreateOrderV2Request]

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
                    _deviations, "BatchCreateOrdersV2Request", "orders", "missing"
                )
            elif _v is None:
                _f_orders = None
                _deviations = record_deviation(
                    _deviations, "BatchCreateOrdersV2Request", "orders", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("orders", "array", _v)
                try:
                    _f_orders = list(map(CreateOrderV2Request.from_dict, _v))
                except BadValue as _bad:
                    raise _bad.within_list("orders", _v) from None

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        batch_create_orders_v2_request = _new(cls)
        batch_create_orders_v2_request.orders = _f_orders
        if len(src_dict) + _absent > 1:
            _known: set[str] = {"orders"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            batch_create_orders_v2_request.additional_properties = _extra_found
        else:
            batch_create_orders_v2_request.additional_properties = {}
        batch_create_orders_v2_request._deviations = _deviations
        return batch_create_orders_v2_request

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            (
                "orders",
                "orders",
                list_of(wire_struct(CreateOrderV2Request)),
                True,
                CreateOrderV2Request,
            ),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        batch_create_orders_v2_request = _new(cls)
        batch_create_orders_v2_request.orders = items_from_wire(
            CreateOrderV2Request, w.orders
        )
        batch_create_orders_v2_request.additional_properties = w._extras()
        batch_create_orders_v2_request._deviations = None
        return batch_create_orders_v2_request

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
    global _lazy_bound, CreateOrderV2Request
    from ..models.create_order_v2_request import CreateOrderV2Request

    _lazy_bound = True
