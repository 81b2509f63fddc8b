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
    learn_extras,
    model_repr,
    record_deviation,
    wire_struct,
)

if TYPE_CHECKING:
    from ..models.order import Order


T = TypeVar("T", bound="AmendOrderResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class AmendOrderResponse:
    """Attributes:
    old_order (Order):
    order (Order):
    """

    old_order: Order

    order: Order

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
        if isinstance(self.old_order, Unset):
            pass
        elif self.old_order is None:  # a null the spec does not allow, kept as received
            field_dict["old_order"] = None
        else:
            _old_order = self.old_order.to_dict()
            field_dict["old_order"] = _old_order
        if isinstance(self.order, Unset):
            pass
        elif self.order is None:  # a null the spec does not allow, kept as received
            field_dict["order"] = None
        else:
            _order = self.order.to_dict()
            field_dict["order"] = _order
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
            _v = _get("old_order", UNSET)
            _f_old_order: Any
            if _v is UNSET:
                _f_old_order = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "AmendOrderResponse", "old_order", "missing"
                )
            elif _v is None:
                _f_old_order = None
                _deviations = record_deviation(
                    _deviations, "AmendOrderResponse", "old_order", "null"
                )
            else:
                try:
                    _f_old_order = Order.from_dict(_v)
                except BadValue as _bad:
                    raise _bad.within("old_order") from None

            _v = _get("order", UNSET)
            _f_order: Any
            if _v is UNSET:
                _f_order = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "AmendOrderResponse", "order", "missing"
                )
            elif _v is None:
                _f_order = None
                _deviations = record_deviation(
                    _deviations, "AmendOrderResponse", "order", "null"
                )
            else:
                try:
                    _f_order = Order.from_dict(_v)
                except BadValue as _bad:
                    raise _bad.within("order") from None

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        amend_order_response = _new(cls)
        amend_order_response.old_order = _f_old_order
        amend_order_response.order = _f_order
        if len(src_dict) + _absent > 2:
            _known: set[str] = {"old_order", "order"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            amend_order_response.additional_properties = _extra_found
        else:
            amend_order_response.additional_properties = {}
        amend_order_response._deviations = _deviations
        return amend_order_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("old_order", "old_order", wire_struct(Order), True, None),
            ("order", "order", wire_struct(Order), True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        amend_order_response = _new(cls)
        amend_order_response.old_order = Order._from_wire(w.old_order)
        amend_order_response.order = Order._from_wire(w.order)
        amend_order_response.additional_properties = w._extras()
        amend_order_response._deviations = None
        return amend_order_response

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
    global _lazy_bound, Order
    from ..models.order import Order

    _lazy_bound = True
