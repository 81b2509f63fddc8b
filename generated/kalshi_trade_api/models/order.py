from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.book_side import BOOK_SIDE_VALUES, BookSide, check_book_side
from ..models.order_action import ORDER_ACTION_VALUES, OrderAction, check_order_action
from ..models.order_outcome_side import (
    ORDER_OUTCOME_SIDE_VALUES,
    OrderOutcomeSide,
    check_order_outcome_side,
)
from ..models.order_side import ORDER_SIDE_VALUES, OrderSide, check_order_side
from ..models.order_status import ORDER_STATUS_VALUES, OrderStatus, check_order_status
from ..models.order_type import ORDER_TYPE_VALUES, OrderType, check_order_type
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
    fromisoformat,
    learn_extras,
    model_repr,
    parse_datetime,
    parse_fixed_point,
    record_deviation,
    to_count,
    to_dollars,
)

T = TypeVar("T", bound="Order")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class Order:
    """Attributes:
    order_id (str):
    user_id (str): Unique identifier for users
    client_order_id (str):
    ticker (str):
    outcome_side (OrderOutcomeSide): The outcome side this order is positioned for. buy-yes and sell-no produce
        'yes'; buy-no and sell-yes produce 'no'.

        `outcome_side` describes directional exposure only; it does not change the order's price. An order at price `p`
        with `outcome_side=no` is matched by an order at the same price `p` with `outcome_side=yes` — both parties trade
        at the same price, just on opposite directions.

        `outcome_side` and `book_side` will become the canonical way to determine order direction. The legacy `action`,
        `side`, and `is_yes` fields will be deprecated in a future release — please migrate to these new fields.
    book_side (BookSide): Side of the book for an order or trade. For event markets, this refers to the YES leg
        only: `bid` means buy YES, `ask` means sell YES. (Selling YES is economically equivalent to buying NO at `1 -
        price`, but this endpoint quotes everything from the YES side.)
    type_ (OrderType):
    status (OrderStatus): The status of an order
    yes_price_dollars (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    no_price_dollars (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    fill_count_fp (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\" in
        field names). Requests accept 0-2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2
        decimals. Fractional contract values (e.g., \"2.50\") are supported; the minimum granularity is 0.01 contracts.
        Example: 10.00.
    remaining_count_fp (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\"
        in field names). Requests accept 0-2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2
        decimals. Fractional contract values (e.g., \"2.50\") are supported; the minimum granularity is 0.01 contracts.
        Example: 10.00.
    initial_count_fp (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\" in
        field names). Requests accept 0-2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2
        decimals. Fractional contract values (e.g., \"2.50\") are supported; the minimum granularity is 0.01 contracts.
        Example: 10.00.
    taker_fill_cost_dollars (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places
        (e.g., \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    maker_fill_cost_dollars (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places
        (e.g., \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    taker_fees_dollars (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    maker_fees_dollars (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    side (OrderSide | Unset): Deprecated. Use `outcome_side` (or `book_side`) instead. See [Order
        direction](/getting_started/order_direction). This field will not be removed before May 14, 2026.
    action (OrderAction | Unset): Deprecated. Use `outcome_side` (or `book_side`) instead. See [Order
        direction](/getting_started/order_direction). This field will not be removed before May 14, 2026.
    expiration_time (datetime.datetime | None | Unset):
    created_time (datetime.datetime | None | Unset):
    last_update_time (datetime.datetime | None | Unset): The last update to an order (modify, cancel, fill)
    self_trade_prevention_type (None | SelfTradePreventionType | Unset):
    order_group_id (None | str | Unset): The order group this order is part of
    cancel_order_on_pause (bool | Unset): If this flag is set to true, the order will be canceled if the order is
        open and trading on the exchange is paused for any reason.
    subaccount_number (int | None | Unset): Subaccount number (0 for primary, 1-63 for subaccounts).
    exchange_index (int | Unset): Identifier for an exchange shard.
    """

    order_id: str

    user_id: str

    client_order_id: str

    ticker: str

    outcome_side: OrderOutcomeSide

    book_side: BookSide

    type_: OrderType

    status: OrderStatus

    yes_price_dollars: Decimal = _attrs_field(converter=to_dollars)

    no_price_dollars: Decimal = _attrs_field(converter=to_dollars)

    fill_count_fp: Decimal = _attrs_field(converter=to_count)

    remaining_count_fp: Decimal = _attrs_field(converter=to_count)

    initial_count_fp: Decimal = _attrs_field(converter=to_count)

    taker_fill_cost_dollars: Decimal = _attrs_field(converter=to_dollars)

    maker_fill_cost_dollars: Decimal = _attrs_field(converter=to_dollars)

    taker_fees_dollars: Decimal = _attrs_field(converter=to_dollars)

    maker_fees_dollars: Decimal = _attrs_field(converter=to_dollars)

    side: OrderSide | Unset = UNSET

    action: OrderAction | Unset = UNSET

    expiration_time: datetime.datetime | None | Unset = UNSET

    created_time: datetime.datetime | None | Unset = UNSET

    last_update_time: datetime.datetime | None | Unset = UNSET

    self_trade_prevention_type: None | SelfTradePreventionType | Unset = UNSET

    order_group_id: None | str | Unset = UNSET

    cancel_order_on_pause: bool | Unset = UNSET

    subaccount_number: int | None | Unset = UNSET

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
        if isinstance(self.order_id, Unset):
            pass
        elif self.order_id is None:  # a null the spec does not allow, kept as received
            field_dict["order_id"] = None
        else:
            field_dict["order_id"] = self.order_id
        if isinstance(self.user_id, Unset):
            pass
        elif self.user_id is None:  # a null the spec does not allow, kept as received
            field_dict["user_id"] = None
        else:
            field_dict["user_id"] = self.user_id
        if isinstance(self.client_order_id, Unset):
            pass
        elif (
            self.client_order_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["client_order_id"] = None
        else:
            field_dict["client_order_id"] = self.client_order_id
        if isinstance(self.ticker, Unset):
            pass
        elif self.ticker is None:  # a null the spec does not allow, kept as received
            field_dict["ticker"] = None
        else:
            field_dict["ticker"] = self.ticker
        if isinstance(self.outcome_side, Unset):
            pass
        elif (
            self.outcome_side is None
        ):  # a null the spec does not allow, kept as received
            field_dict["outcome_side"] = None
        else:
            _outcome_side: str = check_order_outcome_side(
                self.outcome_side, "outcome_side"
            )
            field_dict["outcome_side"] = _outcome_side
        if isinstance(self.book_side, Unset):
            pass
        elif self.book_side is None:  # a null the spec does not allow, kept as received
            field_dict["book_side"] = None
        else:
            _book_side: str = check_book_side(self.book_side, "book_side")
            field_dict["book_side"] = _book_side
        if isinstance(self.type_, Unset):
            pass
        elif self.type_ is None:  # a null the spec does not allow, kept as received
            field_dict["type"] = None
        else:
            _type_: str = check_order_type(self.type_, "type")
            field_dict["type"] = _type_
        if isinstance(self.status, Unset):
            pass
        elif self.status is None:  # a null the spec does not allow, kept as received
            field_dict["status"] = None
        else:
            _status: str = check_order_status(self.status, "status")
            field_dict["status"] = _status
        if isinstance(self.yes_price_dollars, Unset):
            pass
        elif (
            self.yes_price_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["yes_price_dollars"] = None
        else:
            field_dict["yes_price_dollars"] = fixed_point_text(
                self.yes_price_dollars, "yes_price_dollars", counts=False
            )
        if isinstance(self.no_price_dollars, Unset):
            pass
        elif (
            self.no_price_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["no_price_dollars"] = None
        else:
            field_dict["no_price_dollars"] = fixed_point_text(
                self.no_price_dollars, "no_price_dollars", counts=False
            )
        if isinstance(self.fill_count_fp, Unset):
            pass
        elif (
            self.fill_count_fp is None
        ):  # a null the spec does not allow, kept as received
            field_dict["fill_count_fp"] = None
        else:
            field_dict["fill_count_fp"] = fixed_point_text(
                self.fill_count_fp, "fill_count_fp", counts=True
            )
        if isinstance(self.remaining_count_fp, Unset):
            pass
        elif (
            self.remaining_count_fp is None
        ):  # a null the spec does not allow, kept as received
            field_dict["remaining_count_fp"] = None
        else:
            field_dict["remaining_count_fp"] = fixed_point_text(
                self.remaining_count_fp, "remaining_count_fp", counts=True
            )
        if isinstance(self.initial_count_fp, Unset):
            pass
        elif (
            self.initial_count_fp is None
        ):  # a null the spec does not allow, kept as received
            field_dict["initial_count_fp"] = None
        else:
            field_dict["initial_count_fp"] = fixed_point_text(
                self.initial_count_fp, "initial_count_fp", counts=True
            )
        if isinstance(self.taker_fill_cost_dollars, Unset):
            pass
        elif (
            self.taker_fill_cost_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["taker_fill_cost_dollars"] = None
        else:
            field_dict["taker_fill_cost_dollars"] = fixed_point_text(
                self.taker_fill_cost_dollars, "taker_fill_cost_dollars", counts=False
            )
        if isinstance(self.maker_fill_cost_dollars, Unset):
            pass
        elif (
            self.maker_fill_cost_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["maker_fill_cost_dollars"] = None
        else:
            field_dict["maker_fill_cost_dollars"] = fixed_point_text(
                self.maker_fill_cost_dollars, "maker_fill_cost_dollars", counts=False
            )
        if isinstance(self.taker_fees_dollars, Unset):
            pass
        elif (
            self.taker_fees_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["taker_fees_dollars"] = None
        else:
            field_dict["taker_fees_dollars"] = fixed_point_text(
                self.taker_fees_dollars, "taker_fees_dollars", counts=False
            )
        if isinstance(self.maker_fees_dollars, Unset):
            pass
        elif (
            self.maker_fees_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["maker_fees_dollars"] = None
        else:
            field_dict["maker_fees_dollars"] = fixed_point_text(
                self.maker_fees_dollars, "maker_fees_dollars", counts=False
            )
        if isinstance(self.side, Unset):
            pass
        elif self.side is None:  # a null the spec does not allow, kept as received
            field_dict["side"] = None
        else:
            _side: str | Unset = UNSET
            if not isinstance(self.side, Unset):
                _side = check_order_side(self.side, "side")

            field_dict["side"] = _side
        if isinstance(self.action, Unset):
            pass
        elif self.action is None:  # a null the spec does not allow, kept as received
            field_dict["action"] = None
        else:
            _action: str | Unset = UNSET
            if not isinstance(self.action, Unset):
                _action = check_order_action(self.action, "action")

            field_dict["action"] = _action
        if isinstance(self.expiration_time, Unset):
            pass
        else:
            _expiration_time: None | str | Unset
            if isinstance(self.expiration_time, Unset):
                _expiration_time = UNSET
            elif isinstance(self.expiration_time, datetime.datetime):
                _expiration_time = self.expiration_time.isoformat()
            else:
                _expiration_time = self.expiration_time
            field_dict["expiration_time"] = _expiration_time
        if isinstance(self.created_time, Unset):
            pass
        else:
            _created_time: None | str | Unset
            if isinstance(self.created_time, Unset):
                _created_time = UNSET
            elif isinstance(self.created_time, datetime.datetime):
                _created_time = self.created_time.isoformat()
            else:
                _created_time = self.created_time
            field_dict["created_time"] = _created_time
        if isinstance(self.last_update_time, Unset):
            pass
        else:
            _last_update_time: None | str | Unset
            if isinstance(self.last_update_time, Unset):
                _last_update_time = UNSET
            elif isinstance(self.last_update_time, datetime.datetime):
                _last_update_time = self.last_update_time.isoformat()
            else:
                _last_update_time = self.last_update_time
            field_dict["last_update_time"] = _last_update_time
        if isinstance(self.self_trade_prevention_type, Unset):
            pass
        else:
            _self_trade_prevention_type: None | str | Unset
            if isinstance(self.self_trade_prevention_type, Unset):
                _self_trade_prevention_type = UNSET
            elif isinstance(self.self_trade_prevention_type, str):
                _self_trade_prevention_type = check_self_trade_prevention_type(
                    self.self_trade_prevention_type, "self_trade_prevention_type_type_1"
                )
            else:
                _self_trade_prevention_type = self.self_trade_prevention_type
            field_dict["self_trade_prevention_type"] = _self_trade_prevention_type
        if isinstance(self.order_group_id, Unset):
            pass
        else:
            _order_group_id: None | str | Unset
            if isinstance(self.order_group_id, Unset):
                _order_group_id = UNSET
            else:
                _order_group_id = self.order_group_id
            field_dict["order_group_id"] = _order_group_id
        if isinstance(self.cancel_order_on_pause, Unset):
            pass
        elif (
            self.cancel_order_on_pause is None
        ):  # a null the spec does not allow, kept as received
            field_dict["cancel_order_on_pause"] = None
        else:
            field_dict["cancel_order_on_pause"] = self.cancel_order_on_pause
        if isinstance(self.subaccount_number, Unset):
            pass
        else:
            _subaccount_number: int | None | Unset
            if isinstance(self.subaccount_number, Unset):
                _subaccount_number = UNSET
            else:
                _subaccount_number = self.subaccount_number
            field_dict["subaccount_number"] = _subaccount_number
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
            _v = _get("order_id", UNSET)
            _f_order_id: Any
            if type(_v) is str:
                _f_order_id = _v

            elif _v is UNSET:
                _f_order_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Order", "order_id", "missing"
                )
            elif _v is None:
                _f_order_id = None
                _deviations = record_deviation(_deviations, "Order", "order_id", "null")
            else:
                if type(_v) is not str:
                    raise BadValue("order_id", "str", _v)
                _f_order_id = _v

            _v = _get("user_id", UNSET)
            _f_user_id: Any
            if type(_v) is str:
                _f_user_id = _v

            elif _v is UNSET:
                _f_user_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Order", "user_id", "missing"
                )
            elif _v is None:
                _f_user_id = None
                _deviations = record_deviation(_deviations, "Order", "user_id", "null")
            else:
                if type(_v) is not str:
                    raise BadValue("user_id", "str", _v)
                _f_user_id = _v

            _v = _get("client_order_id", UNSET)
            _f_client_order_id: Any
            if type(_v) is str:
                _f_client_order_id = _v

            elif _v is UNSET:
                _f_client_order_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Order", "client_order_id", "missing"
                )
            elif _v is None:
                _f_client_order_id = None
                _deviations = record_deviation(
                    _deviations, "Order", "client_order_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("client_order_id", "str", _v)
                _f_client_order_id = _v

            _v = _get("ticker", UNSET)
            _f_ticker: Any
            if type(_v) is str:
                _f_ticker = _v

            elif _v is UNSET:
                _f_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Order", "ticker", "missing"
                )
            elif _v is None:
                _f_ticker = None
                _deviations = record_deviation(_deviations, "Order", "ticker", "null")
            else:
                if type(_v) is not str:
                    raise BadValue("ticker", "str", _v)
                _f_ticker = _v

            _v = _get("outcome_side", UNSET)
            _f_outcome_side: Any
            if type(_v) is str and _v in ORDER_OUTCOME_SIDE_VALUES:
                _f_outcome_side = _v

            elif _v is UNSET:
                _f_outcome_side = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Order", "outcome_side", "missing"
                )
            elif _v is None:
                _f_outcome_side = None
                _deviations = record_deviation(
                    _deviations, "Order", "outcome_side", "null"
                )
            else:
                _f_outcome_side = check_order_outcome_side(
                    _v, "outcome_side", received=True
                )

            _v = _get("book_side", UNSET)
            _f_book_side: Any
            if type(_v) is str and _v in BOOK_SIDE_VALUES:
                _f_book_side = _v

            elif _v is UNSET:
                _f_book_side = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Order", "book_side", "missing"
                )
            elif _v is None:
                _f_book_side = None
                _deviations = record_deviation(
                    _deviations, "Order", "book_side", "null"
                )
            else:
                _f_book_side = check_book_side(_v, "book_side", received=True)

            _v = _get("type", UNSET)
            _f_type_: Any
            if type(_v) is str and _v in ORDER_TYPE_VALUES:
                _f_type_ = _v

            elif _v is UNSET:
                _f_type_ = UNSET
                _absent += 1
                _deviations = record_deviation(_deviations, "Order", "type", "missing")
            elif _v is None:
                _f_type_ = None
                _deviations = record_deviation(_deviations, "Order", "type", "null")
            else:
                _f_type_ = check_order_type(_v, "type", received=True)

            _v = _get("status", UNSET)
            _f_status: Any
            if type(_v) is str and _v in ORDER_STATUS_VALUES:
                _f_status = _v

            elif _v is UNSET:
                _f_status = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Order", "status", "missing"
                )
            elif _v is None:
                _f_status = None
                _deviations = record_deviation(_deviations, "Order", "status", "null")
            else:
                _f_status = check_order_status(_v, "status", received=True)

            _v = _get("yes_price_dollars", UNSET)
            _f_yes_price_dollars: Any
            if type(_v) is str:
                try:
                    _f_yes_price_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_yes_price_dollars = parse_fixed_point(_v, "yes_price_dollars")

            elif _v is UNSET:
                _f_yes_price_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Order", "yes_price_dollars", "missing"
                )
            elif _v is None:
                _f_yes_price_dollars = None
                _deviations = record_deviation(
                    _deviations, "Order", "yes_price_dollars", "null"
                )
            else:
                _f_yes_price_dollars = parse_fixed_point(_v, "yes_price_dollars")

            _v = _get("no_price_dollars", UNSET)
            _f_no_price_dollars: Any
            if type(_v) is str:
                try:
                    _f_no_price_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_no_price_dollars = parse_fixed_point(_v, "no_price_dollars")

            elif _v is UNSET:
                _f_no_price_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Order", "no_price_dollars", "missing"
                )
            elif _v is None:
                _f_no_price_dollars = None
                _deviations = record_deviation(
                    _deviations, "Order", "no_price_dollars", "null"
                )
            else:
                _f_no_price_dollars = parse_fixed_point(_v, "no_price_dollars")

            _v = _get("fill_count_fp", UNSET)
            _f_fill_count_fp: Any
            if type(_v) is str:
                try:
                    _f_fill_count_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_fill_count_fp = parse_fixed_point(_v, "fill_count_fp")

            elif _v is UNSET:
                _f_fill_count_fp = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Order", "fill_count_fp", "missing"
                )
            elif _v is None:
                _f_fill_count_fp = None
                _deviations = record_deviation(
                    _deviations, "Order", "fill_count_fp", "null"
                )
            else:
                _f_fill_count_fp = parse_fixed_point(_v, "fill_count_fp")

            _v = _get("remaining_count_fp", UNSET)
            _f_remaining_count_fp: Any
            if type(_v) is str:
                try:
                    _f_remaining_count_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_remaining_count_fp = parse_fixed_point(_v, "remaining_count_fp")

            elif _v is UNSET:
                _f_remaining_count_fp = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Order", "remaining_count_fp", "missing"
                )
            elif _v is None:
                _f_remaining_count_fp = None
                _deviations = record_deviation(
                    _deviations, "Order", "remaining_count_fp", "null"
                )
            else:
                _f_remaining_count_fp = parse_fixed_point(_v, "remaining_count_fp")

            _v = _get("initial_count_fp", UNSET)
            _f_initial_count_fp: Any
            if type(_v) is str:
                try:
                    _f_initial_count_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_initial_count_fp = parse_fixed_point(_v, "initial_count_fp")

            elif _v is UNSET:
                _f_initial_count_fp = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Order", "initial_count_fp", "missing"
                )
            elif _v is None:
                _f_initial_count_fp = None
                _deviations = record_deviation(
                    _deviations, "Order", "initial_count_fp", "null"
                )
            else:
                _f_initial_count_fp = parse_fixed_point(_v, "initial_count_fp")

            _v = _get("taker_fill_cost_dollars", UNSET)
            _f_taker_fill_cost_dollars: Any
            if type(_v) is str:
                try:
                    _f_taker_fill_cost_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_taker_fill_cost_dollars = parse_fixed_point(
                        _v, "taker_fill_cost_dollars"
                    )

            elif _v is UNSET:
                _f_taker_fill_cost_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Order", "taker_fill_cost_dollars", "missing"
                )
            elif _v is None:
                _f_taker_fill_cost_dollars = None
                _deviations = record_deviation(
                    _deviations, "Order", "taker_fill_cost_dollars", "null"
                )
            else:
                _f_taker_fill_cost_dollars = parse_fixed_point(
                    _v, "taker_fill_cost_dollars"
                )

            _v = _get("maker_fill_cost_dollars", UNSET)
            _f_maker_fill_cost_dollars: Any
            if type(_v) is str:
                try:
                    _f_maker_fill_cost_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_maker_fill_cost_dollars = parse_fixed_point(
                        _v, "maker_fill_cost_dollars"
                    )

            elif _v is UNSET:
                _f_maker_fill_cost_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Order", "maker_fill_cost_dollars", "missing"
                )
            elif _v is None:
                _f_maker_fill_cost_dollars = None
                _deviations = record_deviation(
                    _deviations, "Order", "maker_fill_cost_dollars", "null"
                )
            else:
                _f_maker_fill_cost_dollars = parse_fixed_point(
                    _v, "maker_fill_cost_dollars"
                )

            _v = _get("taker_fees_dollars", UNSET)
            _f_taker_fees_dollars: Any
            if type(_v) is str:
                try:
                    _f_taker_fees_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_taker_fees_dollars = parse_fixed_point(_v, "taker_fees_dollars")

            elif _v is UNSET:
                _f_taker_fees_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Order", "taker_fees_dollars", "missing"
                )
            elif _v is None:
                _f_taker_fees_dollars = None
                _deviations = record_deviation(
                    _deviations, "Order", "taker_fees_dollars", "null"
                )
            else:
                _f_taker_fees_dollars = parse_fixed_point(_v, "taker_fees_dollars")

            _v = _get("maker_fees_dollars", UNSET)
            _f_maker_fees_dollars: Any
            if type(_v) is str:
                try:
                    _f_maker_fees_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_maker_fees_dollars = parse_fixed_point(_v, "maker_fees_dollars")

            elif _v is UNSET:
                _f_maker_fees_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Order", "maker_fees_dollars", "missing"
                )
            elif _v is None:
                _f_maker_fees_dollars = None
                _deviations = record_deviation(
                    _deviations, "Order", "maker_fees_dollars", "null"
                )
            else:
                _f_maker_fees_dollars = parse_fixed_point(_v, "maker_fees_dollars")

            _v = _get("side", UNSET)
            _f_side: Any
            if type(_v) is str and _v in ORDER_SIDE_VALUES:
                _f_side = _v

            elif _v is UNSET:
                _f_side = UNSET
                _absent += 1
            elif _v is None:
                _f_side = None
                _deviations = record_deviation(_deviations, "Order", "side", "null")
            else:
                _f_side = check_order_side(_v, "side", received=True)

            _v = _get("action", UNSET)
            _f_action: Any
            if type(_v) is str and _v in ORDER_ACTION_VALUES:
                _f_action = _v

            elif _v is UNSET:
                _f_action = UNSET
                _absent += 1
            elif _v is None:
                _f_action = None
                _deviations = record_deviation(_deviations, "Order", "action", "null")
            else:
                _f_action = check_order_action(_v, "action", received=True)

            _v = _get("expiration_time", UNSET)
            _f_expiration_time: Any
            if type(_v) is str:
                try:
                    _f_expiration_time = fromisoformat(_v)
                except ValueError:
                    _f_expiration_time = parse_datetime(_v, "expiration_time")

            elif _v is UNSET:
                _f_expiration_time = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_expiration_time = None
                else:
                    _f_expiration_time = parse_datetime(_v, "expiration_time")

            _v = _get("created_time", UNSET)
            _f_created_time: Any
            if type(_v) is str:
                try:
                    _f_created_time = fromisoformat(_v)
                except ValueError:
                    _f_created_time = parse_datetime(_v, "created_time")

            elif _v is UNSET:
                _f_created_time = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_created_time = None
                else:
                    _f_created_time = parse_datetime(_v, "created_time")

            _v = _get("last_update_time", UNSET)
            _f_last_update_time: Any
            if type(_v) is str:
                try:
                    _f_last_update_time = fromisoformat(_v)
                except ValueError:
                    _f_last_update_time = parse_datetime(_v, "last_update_time")

            elif _v is UNSET:
                _f_last_update_time = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_last_update_time = None
                else:
                    _f_last_update_time = parse_datetime(_v, "last_update_time")

            _v = _get("self_trade_prevention_type", UNSET)
            _f_self_trade_prevention_type: Any
            if type(_v) is str and _v in SELF_TRADE_PREVENTION_TYPE_VALUES:
                _f_self_trade_prevention_type = _v

            elif _v is UNSET:
                _f_self_trade_prevention_type = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_self_trade_prevention_type = None
                else:
                    _f_self_trade_prevention_type = check_self_trade_prevention_type(
                        _v, "self_trade_prevention_type", received=True
                    )

            _v = _get("order_group_id", UNSET)
            _f_order_group_id: Any
            if type(_v) is str:
                _f_order_group_id = _v

            elif _v is UNSET:
                _f_order_group_id = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_order_group_id = None
                else:
                    if type(_v) is not str:
                        raise BadValue("order_group_id", "str", _v)
                    _f_order_group_id = _v

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
                    _deviations, "Order", "cancel_order_on_pause", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("cancel_order_on_pause", "bool", _v)
                _f_cancel_order_on_pause = _v

            _v = _get("subaccount_number", UNSET)
            _f_subaccount_number: Any
            if type(_v) is int:
                _f_subaccount_number = _v

            elif _v is UNSET:
                _f_subaccount_number = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_subaccount_number = None
                else:
                    if type(_v) is not int:
                        raise BadValue("subaccount_number", "int", _v)
                    _f_subaccount_number = _v

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
                    _deviations, "Order", "exchange_index", "null"
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
        order = _new(cls)
        order.order_id = _f_order_id
        order.user_id = _f_user_id
        order.client_order_id = _f_client_order_id
        order.ticker = _f_ticker
        order.outcome_side = _f_outcome_side
        order.book_side = _f_book_side
        order.type_ = _f_type_
        order.status = _f_status
        order.yes_price_dollars = _f_yes_price_dollars
        order.no_price_dollars = _f_no_price_dollars
        order.fill_count_fp = _f_fill_count_fp
        order.remaining_count_fp = _f_remaining_count_fp
        order.initial_count_fp = _f_initial_count_fp
        order.taker_fill_cost_dollars = _f_taker_fill_cost_dollars
        order.maker_fill_cost_dollars = _f_maker_fill_cost_dollars
        order.taker_fees_dollars = _f_taker_fees_dollars
        order.maker_fees_dollars = _f_maker_fees_dollars
        order.side = _f_side
        order.action = _f_action
        order.expiration_time = _f_expiration_time
        order.created_time = _f_created_time
        order.last_update_time = _f_last_update_time
        order.self_trade_prevention_type = _f_self_trade_prevention_type
        order.order_group_id = _f_order_group_id
        order.cancel_order_on_pause = _f_cancel_order_on_pause
        order.subaccount_number = _f_subaccount_number
        order.exchange_index = _f_exchange_index
        if len(src_dict) + _absent > 27:
            _known: set[str] = {
                "order_id",
                "user_id",
                "client_order_id",
                "ticker",
                "outcome_side",
                "book_side",
                "type",
                "status",
                "yes_price_dollars",
                "no_price_dollars",
                "fill_count_fp",
                "remaining_count_fp",
                "initial_count_fp",
                "taker_fill_cost_dollars",
                "maker_fill_cost_dollars",
                "taker_fees_dollars",
                "maker_fees_dollars",
                "side",
                "action",
                "expiration_time",
                "created_time",
                "last_update_time",
                "self_trade_prevention_type",
                "order_group_id",
                "cancel_order_on_pause",
                "subaccount_number",
                "exchange_index",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            order.additional_properties = _extra_found
        else:
            order.additional_properties = {}
        order._deviations = _deviations
        return order

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("order_id", "order_id", str, True, None),
            ("user_id", "user_id", str, True, None),
            ("client_order_id", "client_order_id", str, True, None),
            ("ticker", "ticker", str, True, None),
            ("outcome_side", "outcome_side", str, True, None),
            ("book_side", "book_side", str, True, None),
            ("type_", "type", str, True, None),
            ("status", "status", str, True, None),
            ("yes_price_dollars", "yes_price_dollars", str, True, None),
            ("no_price_dollars", "no_price_dollars", str, True, None),
            ("fill_count_fp", "fill_count_fp", str, True, None),
            ("remaining_count_fp", "remaining_count_fp", str, True, None),
            ("initial_count_fp", "initial_count_fp", str, True, None),
            ("taker_fill_cost_dollars", "taker_fill_cost_dollars", str, True, None),
            ("maker_fill_cost_dollars", "maker_fill_cost_dollars", str, True, None),
            ("taker_fees_dollars", "taker_fees_dollars", str, True, None),
            ("maker_fees_dollars", "maker_fees_dollars", str, True, None),
            ("side", "side", str, False, None),
            ("action", "action", str, False, None),
            ("expiration_time", "expiration_time", str | None, False, None),
            ("created_time", "created_time", str | None, False, None),
            ("last_update_time", "last_update_time", str | None, False, None),
            (
                "self_trade_prevention_type",
                "self_trade_prevention_type",
                str | None,
                False,
                None,
            ),
            ("order_group_id", "order_group_id", str | None, False, None),
            ("cancel_order_on_pause", "cancel_order_on_pause", bool, False, None),
            ("subaccount_number", "subaccount_number", int | None, False, None),
            ("exchange_index", "exchange_index", int, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        order = _new(cls)
        order.order_id = w.order_id
        order.user_id = w.user_id
        order.client_order_id = w.client_order_id
        order.ticker = w.ticker
        order.outcome_side = (
            w.outcome_side
            if w.outcome_side in ORDER_OUTCOME_SIDE_VALUES
            else check_order_outcome_side(w.outcome_side, "outcome_side", received=True)
        )
        order.book_side = (
            w.book_side
            if w.book_side in BOOK_SIDE_VALUES
            else check_book_side(w.book_side, "book_side", received=True)
        )
        order.type_ = (
            w.type_
            if w.type_ in ORDER_TYPE_VALUES
            else check_order_type(w.type_, "type", received=True)
        )
        order.status = (
            w.status
            if w.status in ORDER_STATUS_VALUES
            else check_order_status(w.status, "status", received=True)
        )
        try:
            order.yes_price_dollars = FIXED_POINT[w.yes_price_dollars]
        except KeyError:
            order.yes_price_dollars = parse_fixed_point(
                w.yes_price_dollars, "yes_price_dollars"
            )
        try:
            order.no_price_dollars = FIXED_POINT[w.no_price_dollars]
        except KeyError:
            order.no_price_dollars = parse_fixed_point(
                w.no_price_dollars, "no_price_dollars"
            )
        try:
            order.fill_count_fp = FIXED_POINT[w.fill_count_fp]
        except KeyError:
            order.fill_count_fp = parse_fixed_point(w.fill_count_fp, "fill_count_fp")
        try:
            order.remaining_count_fp = FIXED_POINT[w.remaining_count_fp]
        except KeyError:
            order.remaining_count_fp = parse_fixed_point(
                w.remaining_count_fp, "remaining_count_fp"
            )
        try:
            order.initial_count_fp = FIXED_POINT[w.initial_count_fp]
        except KeyError:
            order.initial_count_fp = parse_fixed_point(
                w.initial_count_fp, "initial_count_fp"
            )
        try:
            order.taker_fill_cost_dollars = FIXED_POINT[w.taker_fill_cost_dollars]
        except KeyError:
            order.taker_fill_cost_dollars = parse_fixed_point(
                w.taker_fill_cost_dollars, "taker_fill_cost_dollars"
            )
        try:
            order.maker_fill_cost_dollars = FIXED_POINT[w.maker_fill_cost_dollars]
        except KeyError:
            order.maker_fill_cost_dollars = parse_fixed_point(
                w.maker_fill_cost_dollars, "maker_fill_cost_dollars"
            )
        try:
            order.taker_fees_dollars = FIXED_POINT[w.taker_fees_dollars]
        except KeyError:
            order.taker_fees_dollars = parse_fixed_point(
                w.taker_fees_dollars, "taker_fees_dollars"
            )
        try:
            order.maker_fees_dollars = FIXED_POINT[w.maker_fees_dollars]
        except KeyError:
            order.maker_fees_dollars = parse_fixed_point(
                w.maker_fees_dollars, "maker_fees_dollars"
            )
        if w.side is UNSET:
            order.side = w.side
        else:
            order.side = (
                w.side
                if w.side in ORDER_SIDE_VALUES
                else check_order_side(w.side, "side", received=True)
            )
        if w.action is UNSET:
            order.action = w.action
        else:
            order.action = (
                w.action
                if w.action in ORDER_ACTION_VALUES
                else check_order_action(w.action, "action", received=True)
            )
        if w.expiration_time is UNSET or w.expiration_time is None:
            order.expiration_time = w.expiration_time
        else:
            order.expiration_time = fromisoformat(w.expiration_time)
        if w.created_time is UNSET or w.created_time is None:
            order.created_time = w.created_time
        else:
            order.created_time = fromisoformat(w.created_time)
        if w.last_update_time is UNSET or w.last_update_time is None:
            order.last_update_time = w.last_update_time
        else:
            order.last_update_time = fromisoformat(w.last_update_time)
        if (
            w.self_trade_prevention_type is UNSET
            or w.self_trade_prevention_type is None
        ):
            order.self_trade_prevention_type = w.self_trade_prevention_type
        else:
            order.self_trade_prevention_type = (
                w.self_trade_prevention_type
                if w.self_trade_prevention_type in SELF_TRADE_PREVENTION_TYPE_VALUES
                else check_self_trade_prevention_type(
                    w.self_trade_prevention_type,
                    "self_trade_prevention_type",
                    received=True,
                )
            )
        order.order_group_id = w.order_group_id
        order.cancel_order_on_pause = w.cancel_order_on_pause
        order.subaccount_number = w.subaccount_number
        order.exchange_index = w.exchange_index
        order.additional_properties = w._extras()
        order._deviations = None
        return order

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
