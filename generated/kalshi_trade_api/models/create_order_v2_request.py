from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.book_side import BOOK_SIDE_VALUES, BookSide, check_book_side
from ..models.create_order_v2_request_time_in_force import (
    CREATE_ORDER_V2_REQUEST_TIME_IN_FORCE_VALUES,
    CreateOrderV2RequestTimeInForce,
    check_create_order_v2_request_time_in_force,
)
from ..models.self_trade_prevention_type import (
    SELF_TRADE_PREVENTION_TYPE_VALUES,
    SelfTradePreventionType,
    check_self_trade_prevention_type,
)
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

T = TypeVar("T", bound="CreateOrderV2Request")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class CreateOrderV2Request:
    """Example:
        {'ticker': 'HIGHNY-24JAN01-T60', 'client_order_id': '8c35ecb3-328f-4f52-8c7c-0f4b9862f8d1', 'side': 'bid',
            'count': '10.00', 'price': '0.5600', 'time_in_force': 'good_till_canceled', 'self_trade_prevention_type':
            'taker_at_cross', 'post_only': False, 'cancel_order_on_pause': False, 'reduce_only': False, 'subaccount': 0,
            'exchange_index': 0}

    Attributes:
        ticker (str):
        side (BookSide): Side of the book for an order or trade. For event markets, this refers to the YES leg only:
            `bid` means buy YES, `ask` means sell YES. (Selling YES is economically equivalent to buying NO at `1 - price`,
            but this endpoint quotes everything from the YES side.)
        count (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\" in field
            names). Requests accept 0-2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2 decimals.
            Fractional contract values (e.g., \"2.50\") are supported; the minimum granularity is 0.01 contracts. Example:
            10.00.
        price (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g., \"0.56\",
            \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by that market's
            price level structure. Example: 0.5600.
        time_in_force (CreateOrderV2RequestTimeInForce): Specifies how long the order remains active. Use
            `good_till_canceled`
            with `expiration_time` for an order that should rest until a specific
            expiration time; without `expiration_time`, `good_till_canceled` is a
            true good-till-canceled order. `GTT` is not a valid API value.
        self_trade_prevention_type (SelfTradePreventionType): The self-trade prevention type for orders.
            `taker_at_cross` cancels the taker order when it would trade against another order from the same user; execution
            stops and any partial fills already matched are executed. `maker` cancels the resting maker order and continues
            matching.
        client_order_id (str | Unset):
        expiration_time (int | Unset): Optional Unix timestamp in seconds for when the order expires. To place
            an expiring order, set `time_in_force` to `good_till_canceled` and
            provide this `expiration_time`. `GTT` is an internal execution type and
            is not a valid API value for `time_in_force`. The
            `immediate_or_cancel` time-in-force value cannot be combined with
            `expiration_time`.
        post_only (bool | Unset):
        cancel_order_on_pause (bool | Unset): If this flag is set to true, the order will be canceled if the order is
            open and trading on the exchange is paused for any reason.
        reduce_only (bool | Unset): Specifies whether the order place count should be capped by the member's current
            position. Orders with reduce_only set to true will be rejected unless time_in_force is immediate_or_cancel.
        subaccount (int | Unset): The subaccount number to use for this order. 0 is the primary subaccount. Subaccount-
            restricted API keys must omit this field or pass their locked subaccount.
        order_group_id (str | Unset): The order group this order is part of
        exchange_index (int | Unset): Identifier for an exchange shard.
    """

    ticker: str

    side: BookSide

    count: Decimal = _attrs_field(converter=to_count)

    price: Decimal = _attrs_field(converter=to_dollars)

    time_in_force: CreateOrderV2RequestTimeInForce

    self_trade_prevention_type: SelfTradePreventionType

    client_order_id: str | Unset = UNSET

    expiration_time: int | Unset = UNSET

    post_only: bool | Unset = UNSET

    cancel_order_on_pause: bool | Unset = UNSET

    reduce_only: bool | Unset = UNSET

    subaccount: int | Unset = UNSET

    order_group_id: str | Unset = UNSET

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
        if isinstance(self.count, Unset):
            pass
        elif self.count is None:  # a null the spec does not allow, kept as received
            field_dict["count"] = None
        else:
            field_dict["count"] = fixed_point_text(self.count, "count", counts=True)
        if isinstance(self.price, Unset):
            pass
        elif self.price is None:  # a null the spec does not allow, kept as received
            field_dict["price"] = None
        else:
            field_dict["price"] = fixed_point_text(self.price, "price", counts=False)
        if isinstance(self.time_in_force, Unset):
            pass
        elif (
            self.time_in_force is None
        ):  # a null the spec does not allow, kept as received
            field_dict["time_in_force"] = None
        else:
            _time_in_force: str = check_create_order_v2_request_time_in_force(
                self.time_in_force, "time_in_force"
            )
            field_dict["time_in_force"] = _time_in_force
        if isinstance(self.self_trade_prevention_type, Unset):
            pass
        elif (
            self.self_trade_prevention_type is None
        ):  # a null the spec does not allow, kept as received
            field_dict["self_trade_prevention_type"] = None
        else:
            _self_trade_prevention_type: str = check_self_trade_prevention_type(
                self.self_trade_prevention_type, "self_trade_prevention_type"
            )
            field_dict["self_trade_prevention_type"] = _self_trade_prevention_type
        if isinstance(self.client_order_id, Unset):
            pass
        elif (
            self.client_order_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["client_order_id"] = None
        else:
            field_dict["client_order_id"] = self.client_order_id
        if isinstance(self.expiration_time, Unset):
            pass
        elif (
            self.expiration_time is None
        ):  # a null the spec does not allow, kept as received
            field_dict["expiration_time"] = None
        else:
            field_dict["expiration_time"] = self.expiration_time
        if isinstance(self.post_only, Unset):
            pass
        elif self.post_only is None:  # a null the spec does not allow, kept as received
            field_dict["post_only"] = None
        else:
            field_dict["post_only"] = self.post_only
        if isinstance(self.cancel_order_on_pause, Unset):
            pass
        elif (
            self.cancel_order_on_pause is None
        ):  # a null the spec does not allow, kept as received
            field_dict["cancel_order_on_pause"] = None
        else:
            field_dict["cancel_order_on_pause"] = self.cancel_order_on_pause
        if isinstance(self.reduce_only, Unset):
            pass
        elif (
            self.reduce_only is None
        ):  # a null the spec does not allow, kept as received
            field_dict["reduce_only"] = None
        else:
            field_dict["reduce_only"] = self.reduce_only
        if isinstance(self.subaccount, Unset):
            pass
        elif (
            self.subaccount is None
        ):  # a null the spec does not allow, kept as received
            field_dict["subaccount"] = None
        else:
            field_dict["subaccount"] = self.subaccount
        if isinstance(self.order_group_id, Unset):
            pass
        elif (
            self.order_group_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["order_group_id"] = None
        else:
            field_dict["order_group_id"] = self.order_group_id
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
                    _deviations, "CreateOrderV2Request", "ticker", "missing"
                )
            elif _v is None:
                _f_ticker = None
                _deviations = record_deviation(
                    _deviations, "CreateOrderV2Request", "ticker", "null"
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
                    _deviations, "CreateOrderV2Request", "side", "missing"
                )
            elif _v is None:
                _f_side = None
                _deviations = record_deviation(
                    _deviations, "CreateOrderV2Request", "side", "null"
                )
            else:
                _f_side = check_book_side(_v, "side", received=True)

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
                    _deviations, "CreateOrderV2Request", "count", "missing"
                )
            elif _v is None:
                _f_count = None
                _deviations = record_deviation(
                    _deviations, "CreateOrderV2Request", "count", "null"
                )
            else:
                _f_count = parse_fixed_point(_v, "count")

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
                    _deviations, "CreateOrderV2Request", "price", "missing"
                )
            elif _v is None:
                _f_price = None
                _deviations = record_deviation(
                    _deviations, "CreateOrderV2Request", "price", "null"
                )
            else:
                _f_price = parse_fixed_point(_v, "price")

            _v = _get("time_in_force", UNSET)
            _f_time_in_force: Any
            if type(_v) is str and _v in CREATE_ORDER_V2_REQUEST_TIME_IN_FORCE_VALUES:
                _f_time_in_force = _v

            elif _v is UNSET:
                _f_time_in_force = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "CreateOrderV2Request", "time_in_force", "missing"
                )
            elif _v is None:
                _f_time_in_force = None
                _deviations = record_deviation(
                    _deviations, "CreateOrderV2Request", "time_in_force", "null"
                )
            else:
                _f_time_in_force = check_create_order_v2_request_time_in_force(
                    _v, "time_in_force", received=True
                )

            _v = _get("self_trade_prevention_type", UNSET)
            _f_self_trade_prevention_type: Any
            if type(_v) is str and _v in SELF_TRADE_PREVENTION_TYPE_VALUES:
                _f_self_trade_prevention_type = _v

            elif _v is UNSET:
                _f_self_trade_prevention_type = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "CreateOrderV2Request",
                    "self_trade_prevention_type",
                    "missing",
                )
            elif _v is None:
                _f_self_trade_prevention_type = None
                _deviations = record_deviation(
                    _deviations,
                    "CreateOrderV2Request",
                    "self_trade_prevention_type",
                    "null",
                )
            else:
                _f_self_trade_prevention_type = check_self_trade_prevention_type(
                    _v, "self_trade_prevention_type", received=True
                )

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
                    _deviations, "CreateOrderV2Request", "client_order_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("client_order_id", "str", _v)
                _f_client_order_id = _v

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
                    _deviations, "CreateOrderV2Request", "expiration_time", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("expiration_time", "int", _v)
                _f_expiration_time = _v

            _v = _get("post_only", UNSET)
            _f_post_only: Any
            if type(_v) is bool:
                _f_post_only = _v

            elif _v is UNSET:
                _f_post_only = UNSET
                _absent += 1
            elif _v is None:
                _f_post_only = None
                _deviations = record_deviation(
                    _deviations, "CreateOrderV2Request", "post_only", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("post_only", "bool", _v)
                _f_post_only = _v

            _v = _get("cancel_order_on_pause", UNSET)
            _f_cancel_order_on_pause: Any
            if type(_v) is bool:
                _f_cancel_order_on_pause = _v

            elif _v is UNSET:
                _f_cancel_order_on_pause = UNSET
                _absent += 1
            elif _v is None:
                _f_cancel_order_on_pause = None
                _deviations = record_deviation(
                    _deviations, "CreateOrderV2Request", "cancel_order_on_pause", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("cancel_order_on_pause", "bool", _v)
                _f_cancel_order_on_pause = _v

            _v = _get("reduce_only", UNSET)
            _f_reduce_only: Any
            if type(_v) is bool:
                _f_reduce_only = _v

            elif _v is UNSET:
                _f_reduce_only = UNSET
                _absent += 1
            elif _v is None:
                _f_reduce_only = None
                _deviations = record_deviation(
                    _deviations, "CreateOrderV2Request", "reduce_only", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("reduce_only", "bool", _v)
                _f_reduce_only = _v

            _v = _get("subaccount", UNSET)
            _f_subaccount: Any
            if type(_v) is int:
                _f_subaccount = _v

            elif _v is UNSET:
                _f_subaccount = UNSET
                _absent += 1
            elif _v is None:
                _f_subaccount = None
                _deviations = record_deviation(
                    _deviations, "CreateOrderV2Request", "subaccount", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("subaccount", "int", _v)
                _f_subaccount = _v

            _v = _get("order_group_id", UNSET)
            _f_order_group_id: Any
            if type(_v) is str:
                _f_order_group_id = _v

            elif _v is UNSET:
                _f_order_group_id = UNSET
                _absent += 1
            elif _v is None:
                _f_order_group_id = None
                _deviations = record_deviation(
                    _deviations, "CreateOrderV2Request", "order_group_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("order_group_id", "str", _v)
                _f_order_group_id = _v

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
                    _deviations, "CreateOrderV2Request", "exchange_index", "null"
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
        create_order_v2_request = _new(cls)
        create_order_v2_request.ticker = _f_ticker
        create_order_v2_request.side = _f_side
        create_order_v2_request.count = _f_count
        create_order_v2_request.price = _f_price
        create_order_v2_request.time_in_force = _f_time_in_force
        create_order_v2_request.self_trade_prevention_type = (
            _f_self_trade_prevention_type
        )
        create_order_v2_request.client_order_id = _f_client_order_id
        create_order_v2_request.expiration_time = _f_expiration_time
        create_order_v2_request.post_only = _f_post_only
        create_order_v2_request.cancel_order_on_pause = _f_cancel_order_on_pause
        create_order_v2_request.reduce_only = _f_reduce_only
        create_order_v2_request.subaccount = _f_subaccount
        create_order_v2_request.order_group_id = _f_order_group_id
        create_order_v2_request.exchange_index = _f_exchange_index
        if len(src_dict) + _absent > 14:
            _known: set[str] = {
                "ticker",
                "side",
                "count",
                "price",
                "time_in_force",
                "self_trade_prevention_type",
                "client_order_id",
                "expiration_time",
                "post_only",
                "cancel_order_on_pause",
                "reduce_only",
                "subaccount",
                "order_group_id",
                "exchange_index",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            create_order_v2_request.additional_properties = _extra_found
        else:
            create_order_v2_request.additional_properties = {}
        create_order_v2_request._deviations = _deviations
        return create_order_v2_request

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("ticker", "ticker", str, True, None),
            ("side", "side", str, True, None),
            ("count", "count", str, True, None),
            ("price", "price", str, True, None),
            ("time_in_force", "time_in_force", str, True, None),
            (
                "self_trade_prevention_type",
                "self_trade_prevention_type",
                str,
                True,
                None,
            ),
            ("client_order_id", "client_order_id", str, False, None),
            ("expiration_time", "expiration_time", int, False, None),
            ("post_only", "post_only", bool, False, None),
            ("cancel_order_on_pause", "cancel_order_on_pause", bool, False, None),
            ("reduce_only", "reduce_only", bool, False, None),
            ("subaccount", "subaccount", int, False, None),
            ("order_group_id", "order_group_id", str, False, None),
            ("exchange_index", "exchange_index", int, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        create_order_v2_request = _new(cls)
        create_order_v2_request.ticker = w.ticker
        create_order_v2_request.side = (
            w.side
            if w.side in BOOK_SIDE_VALUES
            else check_book_side(w.side, "side", received=True)
        )
        try:
            create_order_v2_request.count = FIXED_POINT[w.count]
        except KeyError:
            create_order_v2_request.count = parse_fixed_point(w.count, "count")
        try:
            create_order_v2_request.price = FIXED_POINT[w.price]
        except KeyError:
            create_order_v2_request.price = parse_fixed_point(w.price, "price")
        create_order_v2_request.time_in_force = (
            w.time_in_force
            if w.time_in_force in CREATE_ORDER_V2_REQUEST_TIME_IN_FORCE_VALUES
            else check_create_order_v2_request_time_in_force(
                w.time_in_force, "time_in_force", received=True
            )
        )
        create_order_v2_request.self_trade_prevention_type = (
            w.self_trade_prevention_type
            if w.self_trade_prevention_type in SELF_TRADE_PREVENTION_TYPE_VALUES
            else check_self_trade_prevention_type(
                w.self_trade_prevention_type,
                "self_trade_prevention_type",
                received=True,
            )
        )
        create_order_v2_request.client_order_id = w.client_order_id
        create_order_v2_request.expiration_time = w.expiration_time
        create_order_v2_request.post_only = w.post_only
        create_order_v2_request.cancel_order_on_pause = w.cancel_order_on_pause
        create_order_v2_request.reduce_only = w.reduce_only
        create_order_v2_request.subaccount = w.subaccount
        create_order_v2_request.order_group_id = w.order_group_id
        create_order_v2_request.exchange_index = w.exchange_index
        create_order_v2_request.additional_properties = w._extras()
        create_order_v2_request._deviations = None
        return create_order_v2_request

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
