from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.create_order_request_action import (
    CREATE_ORDER_REQUEST_ACTION_VALUES,
    CreateOrderRequestAction,
    check_create_order_request_action,
)
from ..models.create_order_request_side import (
    CREATE_ORDER_REQUEST_SIDE_VALUES,
    CreateOrderRequestSide,
    check_create_order_request_side,
)
from ..models.create_order_request_time_in_force import (
    CREATE_ORDER_REQUEST_TIME_IN_FORCE_VALUES,
    CreateOrderRequestTimeInForce,
    check_create_order_request_time_in_force,
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
    to_count_or_none_or_unset,
    to_dollars_or_unset,
)

T = TypeVar("T", bound="CreateOrderRequest")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class CreateOrderRequest:
    """Attributes:
    ticker (str):
    side (CreateOrderRequestSide):
    action (CreateOrderRequestAction):
    client_order_id (str | Unset):
    count (int | Unset): Order quantity in contracts (whole contracts only). Provide count or count_fp; if both
        provided they must match.
    count_fp (None | Decimal | Unset): String representation of the order quantity in contracts. Provide count or
        count_fp; if both provided they must match.
    yes_price (int | Unset):
    no_price (int | Unset):
    yes_price_dollars (Decimal | Unset): Fixed-point US dollar string. Most request fields accept 2-4 decimal places
        (e.g., \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    no_price_dollars (Decimal | Unset): Fixed-point US dollar string. Most request fields accept 2-4 decimal places
        (e.g., \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    expiration_ts (int | Unset): Optional Unix timestamp in seconds for when the order expires. To place
        an expiring order, set `time_in_force` to `good_till_canceled` and
        provide this `expiration_ts`. `GTT` is an internal execution type and is
        not a valid API value for `time_in_force`. The `immediate_or_cancel`
        time-in-force value cannot be combined with `expiration_ts`.
    time_in_force (CreateOrderRequestTimeInForce | Unset): Specifies how long the order remains active. Use
        `good_till_canceled`
        with `expiration_ts` for an order that should rest until a specific
        expiration time; without `expiration_ts`, `good_till_canceled` is a
        true good-till-canceled order. `GTT` is not a valid API value.
    buy_max_cost (int | Unset): Maximum cost in cents. When specified, the order will automatically have Fill-or-
        Kill (FoK) behavior.
    post_only (bool | Unset):
    reduce_only (bool | Unset):
    sell_position_floor (int | Unset): Deprecated: Use reduce_only instead. Only accepts value of 0.
    self_trade_prevention_type (SelfTradePreventionType | Unset): The self-trade prevention type for orders.
        `taker_at_cross` cancels the taker order when it would trade against another order from the same user; execution
        stops and any partial fills already matched are executed. `maker` cancels the resting maker order and continues
        matching.
    order_group_id (str | Unset): The order group this order is part of
    cancel_order_on_pause (bool | Unset): If this flag is set to true, the order will be canceled if the order is
        open and trading on the exchange is paused for any reason.
    subaccount (int | Unset): The subaccount number to use for this order. 0 is the primary subaccount. Default: 0.
    exchange_index (int | Unset): Identifier for an exchange shard. Default: 0.
    """

    ticker: str

    side: CreateOrderRequestSide

    action: CreateOrderRequestAction

    client_order_id: str | Unset = UNSET

    count: int | Unset = UNSET

    count_fp: None | Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_count_or_none_or_unset
    )

    yes_price: int | Unset = UNSET

    no_price: int | Unset = UNSET

    yes_price_dollars: Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_dollars_or_unset
    )

    no_price_dollars: Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_dollars_or_unset
    )

    expiration_ts: int | Unset = UNSET

    time_in_force: CreateOrderRequestTimeInForce | Unset = UNSET

    buy_max_cost: int | Unset = UNSET

    post_only: bool | Unset = UNSET

    reduce_only: bool | Unset = UNSET

    sell_position_floor: int | Unset = UNSET

    self_trade_prevention_type: SelfTradePreventionType | Unset = UNSET

    order_group_id: str | Unset = UNSET

    cancel_order_on_pause: bool | Unset = UNSET

    subaccount: int | Unset = 0

    exchange_index: int | Unset = 0

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
            _side: str = check_create_order_request_side(self.side, "side")
            field_dict["side"] = _side
        if isinstance(self.action, Unset):
            pass
        elif self.action is None:  # a null the spec does not allow, kept as received
            field_dict["action"] = None
        else:
            _action: str = check_create_order_request_action(self.action, "action")
            field_dict["action"] = _action
        if isinstance(self.client_order_id, Unset):
            pass
        elif (
            self.client_order_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["client_order_id"] = None
        else:
            field_dict["client_order_id"] = self.client_order_id
        if isinstance(self.count, Unset):
            pass
        elif self.count is None:  # a null the spec does not allow, kept as received
            field_dict["count"] = None
        else:
            field_dict["count"] = self.count
        if isinstance(self.count_fp, Unset):
            pass
        else:
            field_dict["count_fp"] = (
                None
                if self.count_fp is None
                else fixed_point_text(self.count_fp, "count_fp", counts=True)
            )
        if isinstance(self.yes_price, Unset):
            pass
        elif self.yes_price is None:  # a null the spec does not allow, kept as received
            field_dict["yes_price"] = None
        else:
            field_dict["yes_price"] = self.yes_price
        if isinstance(self.no_price, Unset):
            pass
        elif self.no_price is None:  # a null the spec does not allow, kept as received
            field_dict["no_price"] = None
        else:
            field_dict["no_price"] = self.no_price
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
        if isinstance(self.expiration_ts, Unset):
            pass
        elif (
            self.expiration_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["expiration_ts"] = None
        else:
            field_dict["expiration_ts"] = self.expiration_ts
        if isinstance(self.time_in_force, Unset):
            pass
        elif (
            self.time_in_force is None
        ):  # a null the spec does not allow, kept as received
            field_dict["time_in_force"] = None
        else:
            _time_in_force: str | Unset = UNSET
            if not isinstance(self.time_in_force, Unset):
                _time_in_force = check_create_order_request_time_in_force(
                    self.time_in_force, "time_in_force"
                )

            field_dict["time_in_force"] = _time_in_force
        if isinstance(self.buy_max_cost, Unset):
            pass
        elif (
            self.buy_max_cost is None
        ):  # a null the spec does not allow, kept as received
            field_dict["buy_max_cost"] = None
        else:
            field_dict["buy_max_cost"] = self.buy_max_cost
        if isinstance(self.post_only, Unset):
            pass
        elif self.post_only is None:  # a null the spec does not allow, kept as received
            field_dict["post_only"] = None
        else:
            field_dict["post_only"] = self.post_only
        if isinstance(self.reduce_only, Unset):
            pass
        elif (
            self.reduce_only is None
        ):  # a null the spec does not allow, kept as received
            field_dict["reduce_only"] = None
        else:
            field_dict["reduce_only"] = self.reduce_only
        if isinstance(self.sell_position_floor, Unset):
            pass
        elif (
            self.sell_position_floor is None
        ):  # a null the spec does not allow, kept as received
            field_dict["sell_position_floor"] = None
        else:
            field_dict["sell_position_floor"] = self.sell_position_floor
        if isinstance(self.self_trade_prevention_type, Unset):
            pass
        elif (
            self.self_trade_prevention_type is None
        ):  # a null the spec does not allow, kept as received
            field_dict["self_trade_prevention_type"] = None
        else:
            _self_trade_prevention_type: str | Unset = UNSET
            if not isinstance(self.self_trade_prevention_type, Unset):
                _self_trade_prevention_type = check_self_trade_prevention_type(
                    self.self_trade_prevention_type, "self_trade_prevention_type"
                )

            field_dict["self_trade_prevention_type"] = _self_trade_prevention_type
        if isinstance(self.order_group_id, Unset):
            pass
        elif (
            self.order_group_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["order_group_id"] = None
        else:
            field_dict["order_group_id"] = self.order_group_id
        if isinstance(self.cancel_order_on_pause, Unset):
            pass
        elif (
            self.cancel_order_on_pause is None
        ):  # a null the spec does not allow, kept as received
            field_dict["cancel_order_on_pause"] = None
        else:
            field_dict["cancel_order_on_pause"] = self.cancel_order_on_pause
        if isinstance(self.subaccount, Unset):
            pass
        elif (
            self.subaccount is None
        ):  # a null the spec does not allow, kept as received
            field_dict["subaccount"] = None
        else:
            field_dict["subaccount"] = self.subaccount
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
                    _deviations, "CreateOrderRequest", "ticker", "missing"
                )
            elif _v is None:
                _f_ticker = None
                _deviations = record_deviation(
                    _deviations, "CreateOrderRequest", "ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("ticker", "str", _v)
                _f_ticker = _v

            _v = _get("side", UNSET)
            _f_side: Any
            if type(_v) is str and _v in CREATE_ORDER_REQUEST_SIDE_VALUES:
                _f_side = _v

            elif _v is UNSET:
                _f_side = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "CreateOrderRequest", "side", "missing"
                )
            elif _v is None:
                _f_side = None
                _deviations = record_deviation(
                    _deviations, "CreateOrderRequest", "side", "null"
                )
            else:
                _f_side = check_create_order_request_side(_v, "side", received=True)

            _v = _get("action", UNSET)
            _f_action: Any
            if type(_v) is str and _v in CREATE_ORDER_REQUEST_ACTION_VALUES:
                _f_action = _v

            elif _v is UNSET:
                _f_action = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "CreateOrderRequest", "action", "missing"
                )
            elif _v is None:
                _f_action = None
                _deviations = record_deviation(
                    _deviations, "CreateOrderRequest", "action", "null"
                )
            else:
                _f_action = check_create_order_request_action(
                    _v, "action", received=True
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
                    _deviations, "CreateOrderRequest", "client_order_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("client_order_id", "str", _v)
                _f_client_order_id = _v

            _v = _get("count", UNSET)
            _f_count: Any
            if type(_v) is int:
                _f_count = _v

            elif _v is UNSET:
                _f_count = UNSET
                _absent += 1
            elif _v is None:
                _f_count = None
                _deviations = record_deviation(
                    _deviations, "CreateOrderRequest", "count", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("count", "int", _v)
                _f_count = _v

            _v = _get("count_fp", UNSET)
            _f_count_fp: Any
            if type(_v) is str:
                try:
                    _f_count_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_count_fp = parse_fixed_point(_v, "count_fp")

            elif _v is UNSET:
                _f_count_fp = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_count_fp = None
                else:
                    _f_count_fp = parse_fixed_point(_v, "count_fp")

            _v = _get("yes_price", UNSET)
            _f_yes_price: Any
            if type(_v) is int:
                _f_yes_price = _v

            elif _v is UNSET:
                _f_yes_price = UNSET
                _absent += 1
            elif _v is None:
                _f_yes_price = None
                _deviations = record_deviation(
                    _deviations, "CreateOrderRequest", "yes_price", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("yes_price", "int", _v)
                _f_yes_price = _v

            _v = _get("no_price", UNSET)
            _f_no_price: Any
            if type(_v) is int:
                _f_no_price = _v

            elif _v is UNSET:
                _f_no_price = UNSET
                _absent += 1
            elif _v is None:
                _f_no_price = None
                _deviations = record_deviation(
                    _deviations, "CreateOrderRequest", "no_price", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("no_price", "int", _v)
                _f_no_price = _v

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
            elif _v is None:
                _f_yes_price_dollars = None
                _deviations = record_deviation(
                    _deviations, "CreateOrderRequest", "yes_price_dollars", "null"
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
            elif _v is None:
                _f_no_price_dollars = None
                _deviations = record_deviation(
                    _deviations, "CreateOrderRequest", "no_price_dollars", "null"
                )
            else:
                _f_no_price_dollars = parse_fixed_point(_v, "no_price_dollars")

            _v = _get("expiration_ts", UNSET)
            _f_expiration_ts: Any
            if type(_v) is int:
                _f_expiration_ts = _v

            elif _v is UNSET:
                _f_expiration_ts = UNSET
                _absent += 1
            elif _v is None:
                _f_expiration_ts = None
                _deviations = record_deviation(
                    _deviations, "CreateOrderRequest", "expiration_ts", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("expiration_ts", "int", _v)
                _f_expiration_ts = _v

            _v = _get("time_in_force", UNSET)
            _f_time_in_force: Any
            if type(_v) is str and _v in CREATE_ORDER_REQUEST_TIME_IN_FORCE_VALUES:
                _f_time_in_force = _v

            elif _v is UNSET:
                _f_time_in_force = UNSET
                _absent += 1
            elif _v is None:
                _f_time_in_force = None
                _deviations = record_deviation(
                    _deviations, "CreateOrderRequest", "time_in_force", "null"
                )
            else:
                _f_time_in_force = check_create_order_request_time_in_force(
                    _v, "time_in_force", received=True
                )

            _v = _get("buy_max_cost", UNSET)
            _f_buy_max_cost: Any
            if type(_v) is int:
                _f_buy_max_cost = _v

            elif _v is UNSET:
                _f_buy_max_cost = UNSET
                _absent += 1
            elif _v is None:
                _f_buy_max_cost = None
                _deviations = record_deviation(
                    _deviations, "CreateOrderRequest", "buy_max_cost", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("buy_max_cost", "int", _v)
                _f_buy_max_cost = _v

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
                    _deviations, "CreateOrderRequest", "post_only", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("post_only", "bool", _v)
                _f_post_only = _v

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
                    _deviations, "CreateOrderRequest", "reduce_only", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("reduce_only", "bool", _v)
                _f_reduce_only = _v

            _v = _get("sell_position_floor", UNSET)
            _f_sell_position_floor: Any
            if type(_v) is int:
                _f_sell_position_floor = _v

            elif _v is UNSET:
                _f_sell_position_floor = UNSET
                _absent += 1
            elif _v is None:
                _f_sell_position_floor = None
                _deviations = record_deviation(
                    _deviations, "CreateOrderRequest", "sell_position_floor", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("sell_position_floor", "int", _v)
                _f_sell_position_floor = _v

            _v = _get("self_trade_prevention_type", UNSET)
            _f_self_trade_prevention_type: Any
            if type(_v) is str and _v in SELF_TRADE_PREVENTION_TYPE_VALUES:
                _f_self_trade_prevention_type = _v

            elif _v is UNSET:
                _f_self_trade_prevention_type = UNSET
                _absent += 1
            elif _v is None:
                _f_self_trade_prevention_type = None
                _deviations = record_deviation(
                    _deviations,
                    "CreateOrderRequest",
                    "self_trade_prevention_type",
                    "null",
                )
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
            elif _v is None:
                _f_order_group_id = None
                _deviations = record_deviation(
                    _deviations, "CreateOrderRequest", "order_group_id", "null"
                )
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
                    _deviations, "CreateOrderRequest", "cancel_order_on_pause", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("cancel_order_on_pause", "bool", _v)
                _f_cancel_order_on_pause = _v

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
                    _deviations, "CreateOrderRequest", "subaccount", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("subaccount", "int", _v)
                _f_subaccount = _v

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
                    _deviations, "CreateOrderRequest", "exchange_index", "null"
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
        create_order_request = _new(cls)
        create_order_request.ticker = _f_ticker
        create_order_request.side = _f_side
        create_order_request.action = _f_action
        create_order_request.client_order_id = _f_client_order_id
        create_order_request.count = _f_count
        create_order_request.count_fp = _f_count_fp
        create_order_request.yes_price = _f_yes_price
        create_order_request.no_price = _f_no_price
        create_order_request.yes_price_dollars = _f_yes_price_dollars
        create_order_request.no_price_dollars = _f_no_price_dollars
        create_order_request.expiration_ts = _f_expiration_ts
        create_order_request.time_in_force = _f_time_in_force
        create_order_request.buy_max_cost = _f_buy_max_cost
        create_order_request.post_only = _f_post_only
        create_order_request.reduce_only = _f_reduce_only
        create_order_request.sell_position_floor = _f_sell_position_floor
        create_order_request.self_trade_prevention_type = _f_self_trade_prevention_type
        create_order_request.order_group_id = _f_order_group_id
        create_order_request.cancel_order_on_pause = _f_cancel_order_on_pause
        create_order_request.subaccount = _f_subaccount
        create_order_request.exchange_index = _f_exchange_index
        if len(src_dict) + _absent > 21:
            _known: set[str] = {
                "ticker",
                "side",
                "action",
                "client_order_id",
                "count",
                "count_fp",
                "yes_price",
                "no_price",
                "yes_price_dollars",
                "no_price_dollars",
                "expiration_ts",
                "time_in_force",
                "buy_max_cost",
                "post_only",
                "reduce_only",
                "sell_position_floor",
                "self_trade_prevention_type",
                "order_group_id",
                "cancel_order_on_pause",
                "subaccount",
                "exchange_index",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            create_order_request.additional_properties = _extra_found
        else:
            create_order_request.additional_properties = {}
        create_order_request._deviations = _deviations
        return create_order_request

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("ticker", "ticker", str, True, None),
            ("side", "side", str, True, None),
            ("action", "action", str, True, None),
            ("client_order_id", "client_order_id", str, False, None),
            ("count", "count", int, False, None),
            ("count_fp", "count_fp", str | None, False, None),
            ("yes_price", "yes_price", int, False, None),
            ("no_price", "no_price", int, False, None),
            ("yes_price_dollars", "yes_price_dollars", str, False, None),
            ("no_price_dollars", "no_price_dollars", str, False, None),
            ("expiration_ts", "expiration_ts", int, False, None),
            ("time_in_force", "time_in_force", str, False, None),
            ("buy_max_cost", "buy_max_cost", int, False, None),
            ("post_only", "post_only", bool, False, None),
            ("reduce_only", "reduce_only", bool, False, None),
            ("sell_position_floor", "sell_position_floor", int, False, None),
            (
                "self_trade_prevention_type",
                "self_trade_prevention_type",
                str,
                False,
                None,
            ),
            ("order_group_id", "order_group_id", str, False, None),
            ("cancel_order_on_pause", "cancel_order_on_pause", bool, False, None),
            ("subaccount", "subaccount", int, False, None),
            ("exchange_index", "exchange_index", int, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        create_order_request = _new(cls)
        create_order_request.ticker = w.ticker
        create_order_request.side = (
            w.side
            if w.side in CREATE_ORDER_REQUEST_SIDE_VALUES
            else check_create_order_request_side(w.side, "side", received=True)
        )
        create_order_request.action = (
            w.action
            if w.action in CREATE_ORDER_REQUEST_ACTION_VALUES
            else check_create_order_request_action(w.action, "action", received=True)
        )
        create_order_request.client_order_id = w.client_order_id
        create_order_request.count = w.count
        if w.count_fp is UNSET or w.count_fp is None:
            create_order_request.count_fp = w.count_fp
        else:
            try:
                create_order_request.count_fp = FIXED_POINT[w.count_fp]
            except KeyError:
                create_order_request.count_fp = parse_fixed_point(
                    w.count_fp, "count_fp"
                )
        create_order_request.yes_price = w.yes_price
        create_order_request.no_price = w.no_price
        if w.yes_price_dollars is UNSET:
            create_order_request.yes_price_dollars = w.yes_price_dollars
        else:
            try:
                create_order_request.yes_price_dollars = FIXED_POINT[
                    w.yes_price_dollars
                ]
            except KeyError:
                create_order_request.yes_price_dollars = parse_fixed_point(
                    w.yes_price_dollars, "yes_price_dollars"
                )
        if w.no_price_dollars is UNSET:
            create_order_request.no_price_dollars = w.no_price_dollars
        else:
            try:
                create_order_request.no_price_dollars = FIXED_POINT[w.no_price_dollars]
            except KeyError:
                create_order_request.no_price_dollars = parse_fixed_point(
                    w.no_price_dollars, "no_price_dollars"
                )
        create_order_request.expiration_ts = w.expiration_ts
        if w.time_in_force is UNSET:
            create_order_request.time_in_force = w.time_in_force
        else:
            create_order_request.time_in_force = (
                w.time_in_force
                if w.time_in_force in CREATE_ORDER_REQUEST_TIME_IN_FORCE_VALUES
                else check_create_order_request_time_in_force(
                    w.time_in_force, "time_in_force", received=True
                )
            )
        create_order_request.buy_max_cost = w.buy_max_cost
        create_order_request.post_only = w.post_only
        create_order_request.reduce_only = w.reduce_only
        create_order_request.sell_position_floor = w.sell_position_floor
        if w.self_trade_prevention_type is UNSET:
            create_order_request.self_trade_prevention_type = (
                w.self_trade_prevention_type
            )
        else:
            create_order_request.self_trade_prevention_type = (
                w.self_trade_prevention_type
                if w.self_trade_prevention_type in SELF_TRADE_PREVENTION_TYPE_VALUES
                else check_self_trade_prevention_type(
                    w.self_trade_prevention_type,
                    "self_trade_prevention_type",
                    received=True,
                )
            )
        create_order_request.order_group_id = w.order_group_id
        create_order_request.cancel_order_on_pause = w.cancel_order_on_pause
        create_order_request.subaccount = w.subaccount
        create_order_request.exchange_index = w.exchange_index
        create_order_request.additional_properties = w._extras()
        create_order_request._deviations = None
        return create_order_request

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
