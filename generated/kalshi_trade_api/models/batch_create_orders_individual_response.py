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
    wire_struct,
)

if TYPE_CHECKING:
    from ..models.error_response import ErrorResponse
    from ..models.order import Order


T = TypeVar("T", bound="BatchCreateOrdersIndividualResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class BatchCreateOrdersIndividualResponse:
    """Attributes:
    client_order_id (None | str | Unset):
    order (None | Order | Unset):
    error (ErrorResponse | None | Unset):
    """

    client_order_id: None | str | Unset = UNSET

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
        if isinstance(self.client_order_id, Unset):
            pass
        else:
            _client_order_id: None | str | Unset
            if isinstance(self.client_order_id, Unset):
                _client_order_id = UNSET
            else:
                _client_order_id = self.client_order_id
            field_dict["client_order_id"] = _client_order_id
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
        batch_create_orders_individual_response = _new(cls)
        batch_create_orders_individual_response.client_order_id = _f_client_order_id
        batch_create_orders_individual_response.order = _f_order
        batch_create_orders_individual_response.error = _f_error
        if len(src_dict) + _absent > 3:
            _known: set[str] = {"client_order_id", "order", "error"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            batch_create_orders_individual_response.additional_properties = _extra_found
        else:
            batch_create_orders_individual_response.additional_properties = {}
        batch_create_orders_individual_response._deviations = _deviations
        return batch_create_orders_individual_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("client_order_id", "client_order_id", str | None, False, None),
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
        batch_create_orders_individual_response = _new(cls)
        batch_create_orders_individual_response.client_order_id = w.client_order_id
        if w.order is UNSET or w.order is None:
            batch_create_orders_individual_response.order = w.order
        else:
            batch_create_orders_individual_response.order = Order._from_wire(w.order)
        if w.error is UNSET or w.error is None:
            batch_create_orders_individual_response.error = w.error
        else:
            batch_create_orders_individual_response.error = ErrorResponse._from_wire(
                w.error
            )
        batch_create_orders_individual_response.additional_properties = w._extras()
        batch_create_orders_individual_response._deviations = None
        return batch_create_orders_individual_response

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
