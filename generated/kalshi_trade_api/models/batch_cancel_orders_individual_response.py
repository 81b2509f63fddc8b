from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.error_response import ErrorResponse
    from ..models.order import Order


T = TypeVar("T", bound="BatchCancelOrdersIndividualResponse")


@_attrs_define(repr=False)
class BatchCancelOrdersIndividualResponse:
    """Attributes:
    order_id (str): The order ID to identify which order had an error during batch cancellation
    reduced_by_fp (str): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp" in field
        names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2 decimals.
        Fractional contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts. Example:
        10.00.
    order (None | Order | Unset):
    error (ErrorResponse | None | Unset):
    """

    order_id: str
    reduced_by_fp: str
    order: None | Order | Unset = UNSET
    error: ErrorResponse | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_response import ErrorResponse
        from ..models.order import Order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        order_id = self.order_id
        field_dict["order_id"] = order_id
        reduced_by_fp = self.reduced_by_fp
        field_dict["reduced_by_fp"] = reduced_by_fp
        order: dict[str, Any] | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        elif isinstance(self.order, Order):
            order = self.order.to_dict()
        else:
            order = self.order
        if order is not UNSET:
            field_dict["order"] = order
        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ErrorResponse):
            error = self.error.to_dict()
        else:
            error = self.error
        if error is not UNSET:
            field_dict["error"] = error
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_response import ErrorResponse
        from ..models.order import Order

        d = dict(src_dict)
        order_id = d.pop("order_id")
        reduced_by_fp = d.pop("reduced_by_fp")

        def _parse_order(data: object) -> None | Order | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                order_type_1 = Order.from_dict(data)

                return order_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Order | Unset, data)

        order = _parse_order(d.pop("order", UNSET))

        def _parse_error(data: object) -> ErrorResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_1 = ErrorResponse.from_dict(data)

                return error_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorResponse | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        batch_cancel_orders_individual_response = cls(
            order_id=order_id,
            reduced_by_fp=reduced_by_fp,
            order=order,
            error=error,
        )
        batch_cancel_orders_individual_response.additional_properties = d
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
