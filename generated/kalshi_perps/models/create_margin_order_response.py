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

T = TypeVar("T", bound="CreateMarginOrderResponse")


@_attrs_define(repr=False)
class CreateMarginOrderResponse:
    """Attributes:
    order_id (str):
    fill_count (str): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\" in field
        names). Requests accept 0–2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2 decimals.
        Fractional contract values (e.g., \"2.50\") are supported on markets with fractional trading enabled; the minimum
        granularity is 0.01 contracts. Integer contract count fields are legacy and will be deprecated; when both
        integer and fp fields are provided, they must match. Example: 10.00.
    remaining_count (str): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\" in
        field names). Requests accept 0–2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2
        decimals. Fractional contract values (e.g., \"2.50\") are supported on markets with fractional trading enabled;
        the minimum granularity is 0.01 contracts. Integer contract count fields are legacy and will be deprecated; when
        both integer and fp fields are provided, they must match. Example: 10.00.
    client_order_id (str | Unset):
    average_fill_price (str | Unset): US dollar amount as a fixed-point decimal string with up to 6 decimal places
        of precision. This is the maximum supported precision; valid quote intervals for a given market are constrained
        by that market's price level structure. Example: 0.5600.
    average_fee_paid (str | Unset): US dollar amount as a fixed-point decimal string with up to 6 decimal places of
        precision. This is the maximum supported precision; valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    """

    order_id: str
    fill_count: str
    remaining_count: str
    client_order_id: str | Unset = UNSET
    average_fill_price: str | Unset = UNSET
    average_fee_paid: str | Unset = UNSET
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
            field_dict["fill_count"] = self.fill_count
        if isinstance(self.remaining_count, Unset):
            pass
        elif (
            self.remaining_count is None
        ):  # a null the spec does not allow, kept as received
            field_dict["remaining_count"] = None
        else:
            field_dict["remaining_count"] = self.remaining_count
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
            field_dict["average_fill_price"] = self.average_fill_price
        if isinstance(self.average_fee_paid, Unset):
            pass
        elif (
            self.average_fee_paid is None
        ):  # a null the spec does not allow, kept as received
            field_dict["average_fee_paid"] = None
        else:
            field_dict["average_fee_paid"] = self.average_fee_paid
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
                    _deviations, "CreateMarginOrderResponse", "order_id", "missing"
                )
            elif _v is None:
                _f_order_id = None
                _deviations = record_deviation(
                    _deviations, "CreateMarginOrderResponse", "order_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("order_id", "str", _v)
                _f_order_id = _v

            _v = _get("fill_count", UNSET)
            _f_fill_count: Any
            if type(_v) is str:
                _f_fill_count = _v

            elif _v is UNSET:
                _f_fill_count = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "CreateMarginOrderResponse", "fill_count", "missing"
                )
            elif _v is None:
                _f_fill_count = None
                _deviations = record_deviation(
                    _deviations, "CreateMarginOrderResponse", "fill_count", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("fill_count", "str", _v)
                _f_fill_count = _v

            _v = _get("remaining_count", UNSET)
            _f_remaining_count: Any
            if type(_v) is str:
                _f_remaining_count = _v

            elif _v is UNSET:
                _f_remaining_count = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "CreateMarginOrderResponse",
                    "remaining_count",
                    "missing",
                )
            elif _v is None:
                _f_remaining_count = None
                _deviations = record_deviation(
                    _deviations, "CreateMarginOrderResponse", "remaining_count", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("remaining_count", "str", _v)
                _f_remaining_count = _v

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
                    _deviations, "CreateMarginOrderResponse", "client_order_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("client_order_id", "str", _v)
                _f_client_order_id = _v

            _v = _get("average_fill_price", UNSET)
            _f_average_fill_price: Any
            if type(_v) is str:
                _f_average_fill_price = _v

            elif _v is UNSET:
                _f_average_fill_price = UNSET
                _absent += 1
            elif _v is None:
                _f_average_fill_price = None
                _deviations = record_deviation(
                    _deviations,
                    "CreateMarginOrderResponse",
                    "average_fill_price",
                    "null",
                )
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
            elif _v is None:
                _f_average_fee_paid = None
                _deviations = record_deviation(
                    _deviations, "CreateMarginOrderResponse", "average_fee_paid", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("average_fee_paid", "str", _v)
                _f_average_fee_paid = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        create_margin_order_response = _new(cls)
        create_margin_order_response.order_id = _f_order_id
        create_margin_order_response.fill_count = _f_fill_count
        create_margin_order_response.remaining_count = _f_remaining_count
        create_margin_order_response.client_order_id = _f_client_order_id
        create_margin_order_response.average_fill_price = _f_average_fill_price
        create_margin_order_response.average_fee_paid = _f_average_fee_paid
        if len(src_dict) + _absent > 6:
            _known: set[str] = {
                "order_id",
                "fill_count",
                "remaining_count",
                "client_order_id",
                "average_fill_price",
                "average_fee_paid",
            }
            create_margin_order_response.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _known
            }
        else:
            create_margin_order_response.additional_properties = {}
        create_margin_order_response._deviations = _deviations
        return create_margin_order_response

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
