from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    BadValue,
    Unset,
    _new,
    model_repr,
    record_deviation,
)

T = TypeVar("T", bound="AmendMarginOrderResponse")


@_attrs_define(repr=False)
class AmendMarginOrderResponse:
    """Attributes:
    order_id (str):
    client_order_id (str | Unset):
    remaining_count (None | str | Unset): Number of contracts remaining after the amend. Only present when the amend
        caused a fill or changed the resting size.
    fill_count (None | str | Unset): Number of contracts filled as a result of the amend crossing the book. Only
        present when fills occurred or remaining size changed.
    average_fill_price (None | str | Unset): Volume-weighted average fill price for fills resulting from the amend.
        Only present when fills occurred.
    average_fee_paid (None | str | Unset): Volume-weighted average fee paid per contract for fills resulting from
        the amend. Only present when fills occurred.
    """

    order_id: str
    client_order_id: str | Unset = UNSET
    remaining_count: None | str | Unset = UNSET
    fill_count: None | str | Unset = UNSET
    average_fill_price: None | str | Unset = UNSET
    average_fee_paid: None | str | Unset = UNSET
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
            _remaining_count: None | str | Unset
            if isinstance(self.remaining_count, Unset):
                _remaining_count = UNSET
            else:
                _remaining_count = self.remaining_count
            field_dict["remaining_count"] = _remaining_count
        if isinstance(self.fill_count, Unset):
            pass
        else:
            _fill_count: None | str | Unset
            if isinstance(self.fill_count, Unset):
                _fill_count = UNSET
            else:
                _fill_count = self.fill_count
            field_dict["fill_count"] = _fill_count
        if isinstance(self.average_fill_price, Unset):
            pass
        else:
            _average_fill_price: None | str | Unset
            if isinstance(self.average_fill_price, Unset):
                _average_fill_price = UNSET
            else:
                _average_fill_price = self.average_fill_price
            field_dict["average_fill_price"] = _average_fill_price
        if isinstance(self.average_fee_paid, Unset):
            pass
        else:
            _average_fee_paid: None | str | Unset
            if isinstance(self.average_fee_paid, Unset):
                _average_fee_paid = UNSET
            else:
                _average_fee_paid = self.average_fee_paid
            field_dict["average_fee_paid"] = _average_fee_paid
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
                    _deviations, "AmendMarginOrderResponse", "order_id", "missing"
                )
            elif _v is None:
                _f_order_id = None
                _deviations = record_deviation(
                    _deviations, "AmendMarginOrderResponse", "order_id", "null"
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
            elif _v is None:
                _f_client_order_id = None
                _deviations = record_deviation(
                    _deviations, "AmendMarginOrderResponse", "client_order_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("client_order_id", "str", _v)
                _f_client_order_id = _v

            _v = _get("remaining_count", UNSET)
            _f_remaining_count: Any
            if type(_v) is str:
                _f_remaining_count = _v

            elif _v is UNSET:
                _f_remaining_count = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_remaining_count = None
                else:
                    if type(_v) is not str:
                        raise BadValue("remaining_count", "str", _v)
                    _f_remaining_count = _v

            _v = _get("fill_count", UNSET)
            _f_fill_count: Any
            if type(_v) is str:
                _f_fill_count = _v

            elif _v is UNSET:
                _f_fill_count = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_fill_count = None
                else:
                    if type(_v) is not str:
                        raise BadValue("fill_count", "str", _v)
                    _f_fill_count = _v

            _v = _get("average_fill_price", UNSET)
            _f_average_fill_price: Any
            if type(_v) is str:
                _f_average_fill_price = _v

            elif _v is UNSET:
                _f_average_fill_price = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_average_fill_price = None
                else:
                    if type(_v) is not str:
                        raise BadValue("average_fill_price", "str", _v)
                    _f_average_fill_price = _v

            _v = _get("average_fee_paid", UNSET)
            _f_average_fee_paid: Any
            if type(_v) is str:
                _f_average_fee_paid = _v

            elif _v is UNSET:
                _f_average_fee_paid = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_average_fee_paid = None
                else:
                    if type(_v) is not str:
                        raise BadValue("average_fee_paid", "str", _v)
                    _f_average_fee_paid = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        amend_margin_order_response = _new(cls)
        amend_margin_order_response.order_id = _f_order_id
        amend_margin_order_response.client_order_id = _f_client_order_id
        amend_margin_order_response.remaining_count = _f_remaining_count
        amend_margin_order_response.fill_count = _f_fill_count
        amend_margin_order_response.average_fill_price = _f_average_fill_price
        amend_margin_order_response.average_fee_paid = _f_average_fee_paid
        if len(src_dict) + _absent > 6:
            _known: set[str] = {
                "order_id",
                "client_order_id",
                "remaining_count",
                "fill_count",
                "average_fill_price",
                "average_fee_paid",
            }
            amend_margin_order_response.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _known
            }
        else:
            amend_margin_order_response.additional_properties = {}
        amend_margin_order_response._deviations = _deviations
        return amend_margin_order_response

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
