from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.book_side import BOOK_SIDE_VALUES, BookSide, check_book_side
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
    to_dollars,
)

T = TypeVar("T", bound="AmendMarginOrderRequest")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class AmendMarginOrderRequest:
    """Attributes:
    ticker (str): Market ticker
    side (BookSide): The side of an order or trade (bid or ask)
    price (Decimal): US dollar amount as a fixed-point decimal string with up to 6 decimal places of precision. This
        is the maximum supported precision; valid quote intervals for a given market are constrained by that market's
        price level structure. Example: 0.5600.
    count (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\" in field
        names). Requests accept 0–2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2 decimals.
        Fractional contract values (e.g., \"2.50\") are supported on markets with fractional trading enabled; the minimum
        granularity is 0.01 contracts. Integer contract count fields are legacy and will be deprecated; when both
        integer and fp fields are provided, they must match. Example: 10.00.
    client_order_id (str | Unset): The original client-specified order ID to be amended
    updated_client_order_id (str | Unset): The new client-specified order ID after amendment
    """

    ticker: str

    side: BookSide

    price: Decimal = _attrs_field(converter=to_dollars)

    count: Decimal = _attrs_field(converter=to_count)

    client_order_id: str | Unset = UNSET

    updated_client_order_id: str | Unset = UNSET

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
        if isinstance(self.ticker, Unset):
            pass
        elif self.ticker is None:  # a null the spec does not allow, kept as received
            field_dict["ticker"] = None
        else:
            field_dict["ticker"] = self.ticker
        if isinstance(self.side, Unset):
            pass
        elif self.side is None:  # a null the spec does not allow, kept as received
            field_dict["side"] = None
        else:
            _side: str = check_book_side(self.side, "side")
            field_dict["side"] = _side
        if isinstance(self.price, Unset):
            pass
        elif self.price is None:  # a null the spec does not allow, kept as received
            field_dict["price"] = None
        else:
            field_dict["price"] = fixed_point_text(self.price, "price", counts=False)
        if isinstance(self.count, Unset):
            pass
        elif self.count is None:  # a null the spec does not allow, kept as received
            field_dict["count"] = None
        else:
            field_dict["count"] = fixed_point_text(self.count, "count", counts=True)
        if isinstance(self.client_order_id, Unset):
            pass
        elif (
            self.client_order_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["client_order_id"] = None
        else:
            field_dict["client_order_id"] = self.client_order_id
        if isinstance(self.updated_client_order_id, Unset):
            pass
        elif (
            self.updated_client_order_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["updated_client_order_id"] = None
        else:
            field_dict["updated_client_order_id"] = self.updated_client_order_id
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
            _v = _get("ticker", UNSET)
            _f_ticker: Any
            if type(_v) is str:
                _f_ticker = _v

            elif _v is UNSET:
                _f_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "AmendMarginOrderRequest", "ticker", "missing"
                )
            elif _v is None:
                _f_ticker = None
                _deviations = record_deviation(
                    _deviations, "AmendMarginOrderRequest", "ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("ticker", "str", _v)
                _f_ticker = _v

            _v = _get("side", UNSET)
            _f_side: Any
            if type(_v) is str and _v in BOOK_SIDE_VALUES:
                _f_side = _v

            elif _v is UNSET:
                _f_side = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "AmendMarginOrderRequest", "side", "missing"
                )
            elif _v is None:
                _f_side = None
                _deviations = record_deviation(
                    _deviations, "AmendMarginOrderRequest", "side", "null"
                )
            else:
                _f_side = check_book_side(_v, "side", received=True)

            _v = _get("price", UNSET)
            _f_price: Any
            if type(_v) is str:
                try:
                    _f_price = FIXED_POINT[_v]
                except KeyError:
                    _f_price = parse_fixed_point(_v, "price")

            elif _v is UNSET:
                _f_price = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "AmendMarginOrderRequest", "price", "missing"
                )
            elif _v is None:
                _f_price = None
                _deviations = record_deviation(
                    _deviations, "AmendMarginOrderRequest", "price", "null"
                )
            else:
                _f_price = parse_fixed_point(_v, "price")

            _v = _get("count", UNSET)
            _f_count: Any
            if type(_v) is str:
                try:
                    _f_count = FIXED_POINT[_v]
                except KeyError:
                    _f_count = parse_fixed_point(_v, "count")

            elif _v is UNSET:
                _f_count = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "AmendMarginOrderRequest", "count", "missing"
                )
            elif _v is None:
                _f_count = None
                _deviations = record_deviation(
                    _deviations, "AmendMarginOrderRequest", "count", "null"
                )
            else:
                _f_count = parse_fixed_point(_v, "count")

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
                    _deviations, "AmendMarginOrderRequest", "client_order_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("client_order_id", "str", _v)
                _f_client_order_id = _v

            _v = _get("updated_client_order_id", UNSET)
            _f_updated_client_order_id: Any
            if type(_v) is str:
                _f_updated_client_order_id = _v

            elif _v is UNSET:
                _f_updated_client_order_id = UNSET
                _absent += 1
            elif _v is None:
                _f_updated_client_order_id = None
                _deviations = record_deviation(
                    _deviations,
                    "AmendMarginOrderRequest",
                    "updated_client_order_id",
                    "null",
                )
            else:
                if type(_v) is not str:
                    raise BadValue("updated_client_order_id", "str", _v)
                _f_updated_client_order_id = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        amend_margin_order_request = _new(cls)
        amend_margin_order_request.ticker = _f_ticker
        amend_margin_order_request.side = _f_side
        amend_margin_order_request.price = _f_price
        amend_margin_order_request.count = _f_count
        amend_margin_order_request.client_order_id = _f_client_order_id
        amend_margin_order_request.updated_client_order_id = _f_updated_client_order_id
        if len(src_dict) + _absent > 6:
            _known: set[str] = {
                "ticker",
                "side",
                "price",
                "count",
                "client_order_id",
                "updated_client_order_id",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            amend_margin_order_request.additional_properties = _extra_found
        else:
            amend_margin_order_request.additional_properties = {}
        amend_margin_order_request._deviations = _deviations
        return amend_margin_order_request

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("ticker", "ticker", str, True, None),
            ("side", "side", str, True, None),
            ("price", "price", str, True, None),
            ("count", "count", str, True, None),
            ("client_order_id", "client_order_id", str, False, None),
            ("updated_client_order_id", "updated_client_order_id", str, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        amend_margin_order_request = _new(cls)
        amend_margin_order_request.ticker = w.ticker
        amend_margin_order_request.side = (
            w.side
            if w.side in BOOK_SIDE_VALUES
            else check_book_side(w.side, "side", received=True)
        )
        try:
            amend_margin_order_request.price = FIXED_POINT[w.price]
        except KeyError:
            amend_margin_order_request.price = parse_fixed_point(w.price, "price")
        try:
            amend_margin_order_request.count = FIXED_POINT[w.count]
        except KeyError:
            amend_margin_order_request.count = parse_fixed_point(w.count, "count")
        amend_margin_order_request.client_order_id = w.client_order_id
        amend_margin_order_request.updated_client_order_id = w.updated_client_order_id
        amend_margin_order_request.additional_properties = w._extras()
        amend_margin_order_request._deviations = None
        return amend_margin_order_request

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
