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

T = TypeVar("T", bound="AmendOrderV2Request")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class AmendOrderV2Request:
    """Example:
        {'ticker': 'HIGHNY-24JAN01-T60', 'side': 'bid', 'price': '0.5700', 'count': '8.00', 'client_order_id':
            '8c35ecb3-328f-4f52-8c7c-0f4b9862f8d1', 'updated_client_order_id': '2a0e3fc9-b593-4aa3-96e5-82f7f7566c2a',
            'exchange_index': 0}

    Attributes:
        ticker (str): Market ticker
        side (BookSide): Side of the book for an order or trade. For event markets, this refers to the YES leg only:
            `bid` means buy YES, `ask` means sell YES. (Selling YES is economically equivalent to buying NO at `1 - price`,
            but this endpoint quotes everything from the YES side.)
        price (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g., \"0.56\",
            \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by that market's
            price level structure. Example: 0.5600.
        count (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\" in field
            names). Requests accept 0-2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2 decimals.
            Fractional contract values (e.g., \"2.50\") are supported; the minimum granularity is 0.01 contracts. Example:
            10.00.
        client_order_id (str | Unset): The original client-specified order ID to be amended
        updated_client_order_id (str | Unset): The new client-specified order ID after amendment
        expiration_time (int | Unset): New Unix expiration timestamp in seconds. Omit to preserve the current expiry, or
            use 0 to remove it (good-till-canceled). A nonzero expiry must be in the future. Send the current price and
            total quantity for an expiry-only amendment; this preserves queue position.
        exchange_index (int | Unset): Identifier for an exchange shard.
    """

    ticker: str

    side: BookSide

    price: Decimal = _attrs_field(converter=to_dollars)

    count: Decimal = _attrs_field(converter=to_count)

    client_order_id: str | Unset = UNSET

    updated_client_order_id: str | Unset = UNSET

    expiration_time: int | Unset = UNSET

    exchange_index: int | Unset = UNSET

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
        if isinstance(self.expiration_time, Unset):
            pass
        elif (
            self.expiration_time is None
        ):  # a null the spec does not allow, kept as received
            field_dict["expiration_time"] = None
        else:
            field_dict["expiration_time"] = self.expiration_time
        if isinstance(self.exchange_index, Unset):
            pass
        elif (
            self.exchange_index is None
        ):  # a null the spec does not allow, kept as received
            field_dict["exchange_index"] = None
        else:
            field_dict["exchange_index"] = self.exchange_index
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
                    _deviations, "AmendOrderV2Request", "ticker", "missing"
                )
            elif _v is None:
                _f_ticker = None
                _deviations = record_deviation(
                    _deviations, "AmendOrderV2Request", "ticker", "null"
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
                    _deviations, "AmendOrderV2Request", "side", "missing"
                )
            elif _v is None:
                _f_side = None
                _deviations = record_deviation(
                    _deviations, "AmendOrderV2Request", "side", "null"
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
                    _deviations, "AmendOrderV2Request", "price", "missing"
                )
            elif _v is None:
                _f_price = None
                _deviations = record_deviation(
                    _deviations, "AmendOrderV2Request", "price", "null"
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
                    _deviations, "AmendOrderV2Request", "count", "missing"
                )
            elif _v is None:
                _f_count = None
                _deviations = record_deviation(
                    _deviations, "AmendOrderV2Request", "count", "null"
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
                    _deviations, "AmendOrderV2Request", "client_order_id", "null"
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
                    "AmendOrderV2Request",
                    "updated_client_order_id",
                    "null",
                )
            else:
                if type(_v) is not str:
                    raise BadValue("updated_client_order_id", "str", _v)
                _f_updated_client_order_id = _v

            _v = _get("expiration_time", UNSET)
            _f_expiration_time: Any
            if type(_v) is int:
                _f_expiration_time = _v

            elif _v is UNSET:
                _f_expiration_time = UNSET
                _absent += 1
            elif _v is None:
                _f_expiration_time = None
                _deviations = record_deviation(
                    _deviations, "AmendOrderV2Request", "expiration_time", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("expiration_time", "int", _v)
                _f_expiration_time = _v

            _v = _get("exchange_index", UNSET)
            _f_exchange_index: Any
            if type(_v) is int:
                _f_exchange_index = _v

            elif _v is UNSET:
                _f_exchange_index = UNSET
                _absent += 1
            elif _v is None:
                _f_exchange_index = None
                _deviations = record_deviation(
                    _deviations, "AmendOrderV2Request", "exchange_index", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("exchange_index", "int", _v)
                _f_exchange_index = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        amend_order_v2_request = _new(cls)
        amend_order_v2_request.ticker = _f_ticker
        amend_order_v2_request.side = _f_side
        amend_order_v2_request.price = _f_price
        amend_order_v2_request.count = _f_count
        amend_order_v2_request.client_order_id = _f_client_order_id
        amend_order_v2_request.updated_client_order_id = _f_updated_client_order_id
        amend_order_v2_request.expiration_time = _f_expiration_time
        amend_order_v2_request.exchange_index = _f_exchange_index
        if len(src_dict) + _absent > 8:
            _known: set[str] = {
                "ticker",
                "side",
                "price",
                "count",
                "client_order_id",
                "updated_client_order_id",
                "expiration_time",
                "exchange_index",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            amend_order_v2_request.additional_properties = _extra_found
        else:
            amend_order_v2_request.additional_properties = {}
        amend_order_v2_request._deviations = _deviations
        return amend_order_v2_request

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
            ("expiration_time", "expiration_time", int, False, None),
            ("exchange_index", "exchange_index", int, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        amend_order_v2_request = _new(cls)
        amend_order_v2_request.ticker = w.ticker
        amend_order_v2_request.side = (
            w.side
            if w.side in BOOK_SIDE_VALUES
            else check_book_side(w.side, "side", received=True)
        )
        try:
            amend_order_v2_request.price = FIXED_POINT[w.price]
        except KeyError:
            amend_order_v2_request.price = parse_fixed_point(w.price, "price")
        try:
            amend_order_v2_request.count = FIXED_POINT[w.count]
        except KeyError:
            amend_order_v2_request.count = parse_fixed_point(w.count, "count")
        amend_order_v2_request.client_order_id = w.client_order_id
        amend_order_v2_request.updated_client_order_id = w.updated_client_order_id
        amend_order_v2_request.expiration_time = w.expiration_time
        amend_order_v2_request.exchange_index = w.exchange_index
        amend_order_v2_request.additional_properties = w._extras()
        amend_order_v2_request._deviations = None
        return amend_order_v2_request

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
