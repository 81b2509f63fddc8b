from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.market_side import MARKET_SIDE_VALUES, MarketSide, check_market_side
from ..models.user_order_payload_msg_self_trade_prevention_type import (
    USER_ORDER_PAYLOAD_MSG_SELF_TRADE_PREVENTION_TYPE_VALUES,
    UserOrderPayloadMsgSelfTradePreventionType,
    check_user_order_payload_msg_self_trade_prevention_type,
)
from ..models.user_order_payload_msg_status import (
    USER_ORDER_PAYLOAD_MSG_STATUS_VALUES,
    UserOrderPayloadMsgStatus,
    check_user_order_payload_msg_status,
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
    parse_uuid,
    record_deviation,
    to_count,
    to_dollars,
)

T = TypeVar("T", bound="UserOrderPayloadMsg")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class UserOrderPayloadMsg:
    """Attributes:
    order_id (UUID): Unique order identifier
    user_id (UUID): User identifier
    ticker (str): Unique market identifier
    status (UserOrderPayloadMsgStatus): Current order status
    side (MarketSide): Market side
    is_yes (bool): Whether the order is on the yes side. Equivalent to side == \"yes\"
    yes_price_dollars (Decimal): Yes price in fixed-point dollars (4 decimals)
    fill_count_fp (Decimal): Number of contracts filled in fixed-point (2 decimals)
    remaining_count_fp (Decimal): Number of contracts remaining in fixed-point (2 decimals)
    initial_count_fp (Decimal): Initial number of contracts in fixed-point (2 decimals)
    taker_fill_cost_dollars (Decimal): Taker fill cost in fixed-point dollars (4 decimals)
    maker_fill_cost_dollars (Decimal): Maker fill cost in fixed-point dollars (4 decimals)
    taker_fees_dollars (Decimal): Taker fees in fixed-point dollars (4 decimals).
    maker_fees_dollars (Decimal): Maker fees in fixed-point dollars (4 decimals).
    client_order_id (str): Client-provided order identifier
    created_time (datetime.datetime): Order creation time in RFC 3339 format
    order_group_id (str | Unset): Order group identifier, if applicable
    self_trade_prevention_type (UserOrderPayloadMsgSelfTradePreventionType | Unset): Self-trade prevention type
    last_update_time (datetime.datetime | Unset): Last update time in RFC 3339 format
    expiration_time (datetime.datetime | Unset): Order expiration time in RFC 3339 format
    subaccount_number (int | Unset): Subaccount number (0 for primary, 1-32 for subaccounts)
    """

    order_id: UUID

    user_id: UUID

    ticker: str

    status: UserOrderPayloadMsgStatus

    side: MarketSide

    is_yes: bool

    yes_price_dollars: Decimal = _attrs_field(converter=to_dollars)

    fill_count_fp: Decimal = _attrs_field(converter=to_count)

    remaining_count_fp: Decimal = _attrs_field(converter=to_count)

    initial_count_fp: Decimal = _attrs_field(converter=to_count)

    taker_fill_cost_dollars: Decimal = _attrs_field(converter=to_dollars)

    maker_fill_cost_dollars: Decimal = _attrs_field(converter=to_dollars)

    taker_fees_dollars: Decimal = _attrs_field(converter=to_dollars)

    maker_fees_dollars: Decimal = _attrs_field(converter=to_dollars)

    client_order_id: str

    created_time: datetime.datetime

    order_group_id: str | Unset = UNSET

    self_trade_prevention_type: UserOrderPayloadMsgSelfTradePreventionType | Unset = (
        UNSET
    )

    last_update_time: datetime.datetime | Unset = UNSET

    expiration_time: datetime.datetime | Unset = UNSET

    subaccount_number: int | Unset = UNSET

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
            _order_id = str(self.order_id)
            field_dict["order_id"] = _order_id
        if isinstance(self.user_id, Unset):
            pass
        elif self.user_id is None:  # a null the spec does not allow, kept as received
            field_dict["user_id"] = None
        else:
            _user_id = str(self.user_id)
            field_dict["user_id"] = _user_id
        if isinstance(self.ticker, Unset):
            pass
        elif self.ticker is None:  # a null the spec does not allow, kept as received
            field_dict["ticker"] = None
        else:
            field_dict["ticker"] = self.ticker
        if isinstance(self.status, Unset):
            pass
        elif self.status is None:  # a null the spec does not allow, kept as received
            field_dict["status"] = None
        else:
            _status: str = check_user_order_payload_msg_status(self.status, "status")
            field_dict["status"] = _status
        if isinstance(self.side, Unset):
            pass
        elif self.side is None:  # a null the spec does not allow, kept as received
            field_dict["side"] = None
        else:
            _side: str = check_market_side(self.side, "side")
            field_dict["side"] = _side
        if isinstance(self.is_yes, Unset):
            pass
        elif self.is_yes is None:  # a null the spec does not allow, kept as received
            field_dict["is_yes"] = None
        else:
            field_dict["is_yes"] = self.is_yes
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
        if isinstance(self.client_order_id, Unset):
            pass
        elif (
            self.client_order_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["client_order_id"] = None
        else:
            field_dict["client_order_id"] = self.client_order_id
        if isinstance(self.created_time, Unset):
            pass
        elif (
            self.created_time is None
        ):  # a null the spec does not allow, kept as received
            field_dict["created_time"] = None
        else:
            _created_time = self.created_time.isoformat()
            field_dict["created_time"] = _created_time
        if isinstance(self.order_group_id, Unset):
            pass
        elif (
            self.order_group_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["order_group_id"] = None
        else:
            field_dict["order_group_id"] = self.order_group_id
        if isinstance(self.self_trade_prevention_type, Unset):
            pass
        elif (
            self.self_trade_prevention_type is None
        ):  # a null the spec does not allow, kept as received
            field_dict["self_trade_prevention_type"] = None
        else:
            _self_trade_prevention_type: str | Unset = UNSET
            if not isinstance(self.self_trade_prevention_type, Unset):
                _self_trade_prevention_type = (
                    check_user_order_payload_msg_self_trade_prevention_type(
                        self.self_trade_prevention_type, "self_trade_prevention_type"
                    )
                )

            field_dict["self_trade_prevention_type"] = _self_trade_prevention_type
        if isinstance(self.last_update_time, Unset):
            pass
        elif (
            self.last_update_time is None
        ):  # a null the spec does not allow, kept as received
            field_dict["last_update_time"] = None
        else:
            _last_update_time: str | Unset = UNSET
            if not isinstance(self.last_update_time, Unset):
                _last_update_time = self.last_update_time.isoformat()
            field_dict["last_update_time"] = _last_update_time
        if isinstance(self.expiration_time, Unset):
            pass
        elif (
            self.expiration_time is None
        ):  # a null the spec does not allow, kept as received
            field_dict["expiration_time"] = None
        else:
            _expiration_time: str | Unset = UNSET
            if not isinstance(self.expiration_time, Unset):
                _expiration_time = self.expiration_time.isoformat()
            field_dict["expiration_time"] = _expiration_time
        if isinstance(self.subaccount_number, Unset):
            pass
        elif (
            self.subaccount_number is None
        ):  # a null the spec does not allow, kept as received
            field_dict["subaccount_number"] = None
        else:
            field_dict["subaccount_number"] = self.subaccount_number
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
            if _v is UNSET:
                _f_order_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "UserOrderPayloadMsg", "order_id", "missing"
                )
            elif _v is None:
                _f_order_id = None
                _deviations = record_deviation(
                    _deviations, "UserOrderPayloadMsg", "order_id", "null"
                )
            else:
                _f_order_id = parse_uuid(_v, "order_id")

            _v = _get("user_id", UNSET)
            _f_user_id: Any
            if _v is UNSET:
                _f_user_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "UserOrderPayloadMsg", "user_id", "missing"
                )
            elif _v is None:
                _f_user_id = None
                _deviations = record_deviation(
                    _deviations, "UserOrderPayloadMsg", "user_id", "null"
                )
            else:
                _f_user_id = parse_uuid(_v, "user_id")

            _v = _get("ticker", UNSET)
            _f_ticker: Any
            if type(_v) is str:
                _f_ticker = _v

            elif _v is UNSET:
                _f_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "UserOrderPayloadMsg", "ticker", "missing"
                )
            elif _v is None:
                _f_ticker = None
                _deviations = record_deviation(
                    _deviations, "UserOrderPayloadMsg", "ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("ticker", "str", _v)
                _f_ticker = _v

            _v = _get("status", UNSET)
            _f_status: Any
            if type(_v) is str and _v in USER_ORDER_PAYLOAD_MSG_STATUS_VALUES:
                _f_status = _v

            elif _v is UNSET:
                _f_status = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "UserOrderPayloadMsg", "status", "missing"
                )
            elif _v is None:
                _f_status = None
                _deviations = record_deviation(
                    _deviations, "UserOrderPayloadMsg", "status", "null"
                )
            else:
                _f_status = check_user_order_payload_msg_status(
                    _v, "status", received=True
                )

            _v = _get("side", UNSET)
            _f_side: Any
            if type(_v) is str and _v in MARKET_SIDE_VALUES:
                _f_side = _v

            elif _v is UNSET:
                _f_side = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "UserOrderPayloadMsg", "side", "missing"
                )
            elif _v is None:
                _f_side = None
                _deviations = record_deviation(
                    _deviations, "UserOrderPayloadMsg", "side", "null"
                )
            else:
                _f_side = check_market_side(_v, "side", received=True)

            _v = _get("is_yes", UNSET)
            _f_is_yes: Any
            if type(_v) is bool:
                _f_is_yes = _v

            elif _v is UNSET:
                _f_is_yes = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "UserOrderPayloadMsg", "is_yes", "missing"
                )
            elif _v is None:
                _f_is_yes = None
                _deviations = record_deviation(
                    _deviations, "UserOrderPayloadMsg", "is_yes", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("is_yes", "bool", _v)
                _f_is_yes = _v

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
                    _deviations, "UserOrderPayloadMsg", "yes_price_dollars", "missing"
                )
            elif _v is None:
                _f_yes_price_dollars = None
                _deviations = record_deviation(
                    _deviations, "UserOrderPayloadMsg", "yes_price_dollars", "null"
                )
            else:
                _f_yes_price_dollars = parse_fixed_point(_v, "yes_price_dollars")

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
                    _deviations, "UserOrderPayloadMsg", "fill_count_fp", "missing"
                )
            elif _v is None:
                _f_fill_count_fp = None
                _deviations = record_deviation(
                    _deviations, "UserOrderPayloadMsg", "fill_count_fp", "null"
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
                    _deviations, "UserOrderPayloadMsg", "remaining_count_fp", "missing"
                )
            elif _v is None:
                _f_remaining_count_fp = None
                _deviations = record_deviation(
                    _deviations, "UserOrderPayloadMsg", "remaining_count_fp", "null"
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
                    _deviations, "UserOrderPayloadMsg", "initial_count_fp", "missing"
                )
            elif _v is None:
                _f_initial_count_fp = None
                _deviations = record_deviation(
                    _deviations, "UserOrderPayloadMsg", "initial_count_fp", "null"
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
                    _deviations,
                    "UserOrderPayloadMsg",
                    "taker_fill_cost_dollars",
                    "missing",
                )
            elif _v is None:
                _f_taker_fill_cost_dollars = None
                _deviations = record_deviation(
                    _deviations,
                    "UserOrderPayloadMsg",
                    "taker_fill_cost_dollars",
                    "null",
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
                    _deviations,
                    "UserOrderPayloadMsg",
                    "maker_fill_cost_dollars",
                    "missing",
                )
            elif _v is None:
                _f_maker_fill_cost_dollars = None
                _deviations = record_deviation(
                    _deviations,
                    "UserOrderPayloadMsg",
                    "maker_fill_cost_dollars",
                    "null",
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
                    _deviations, "UserOrderPayloadMsg", "taker_fees_dollars", "missing"
                )
            elif _v is None:
                _f_taker_fees_dollars = None
                _deviations = record_deviation(
                    _deviations, "UserOrderPayloadMsg", "taker_fees_dollars", "null"
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
                    _deviations, "UserOrderPayloadMsg", "maker_fees_dollars", "missing"
                )
            elif _v is None:
                _f_maker_fees_dollars = None
                _deviations = record_deviation(
                    _deviations, "UserOrderPayloadMsg", "maker_fees_dollars", "null"
                )
            else:
                _f_maker_fees_dollars = parse_fixed_point(_v, "maker_fees_dollars")

            _v = _get("client_order_id", UNSET)
            _f_client_order_id: Any
            if type(_v) is str:
                _f_client_order_id = _v

            elif _v is UNSET:
                _f_client_order_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "UserOrderPayloadMsg", "client_order_id", "missing"
                )
            elif _v is None:
                _f_client_order_id = None
                _deviations = record_deviation(
                    _deviations, "UserOrderPayloadMsg", "client_order_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("client_order_id", "str", _v)
                _f_client_order_id = _v

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
                _deviations = record_deviation(
                    _deviations, "UserOrderPayloadMsg", "created_time", "missing"
                )
            elif _v is None:
                _f_created_time = None
                _deviations = record_deviation(
                    _deviations, "UserOrderPayloadMsg", "created_time", "null"
                )
            else:
                _f_created_time = parse_datetime(_v, "created_time")

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
                    _deviations, "UserOrderPayloadMsg", "order_group_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("order_group_id", "str", _v)
                _f_order_group_id = _v

            _v = _get("self_trade_prevention_type", UNSET)
            _f_self_trade_prevention_type: Any
            if (
                type(_v) is str
                and _v in USER_ORDER_PAYLOAD_MSG_SELF_TRADE_PREVENTION_TYPE_VALUES
            ):
                _f_self_trade_prevention_type = _v

            elif _v is UNSET:
                _f_self_trade_prevention_type = UNSET
                _absent += 1
            elif _v is None:
                _f_self_trade_prevention_type = None
                _deviations = record_deviation(
                    _deviations,
                    "UserOrderPayloadMsg",
                    "self_trade_prevention_type",
                    "null",
                )
            else:
                _f_self_trade_prevention_type = (
                    check_user_order_payload_msg_self_trade_prevention_type(
                        _v, "self_trade_prevention_type", received=True
                    )
                )

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
            elif _v is None:
                _f_last_update_time = None
                _deviations = record_deviation(
                    _deviations, "UserOrderPayloadMsg", "last_update_time", "null"
                )
            else:
                _f_last_update_time = parse_datetime(_v, "last_update_time")

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
            elif _v is None:
                _f_expiration_time = None
                _deviations = record_deviation(
                    _deviations, "UserOrderPayloadMsg", "expiration_time", "null"
                )
            else:
                _f_expiration_time = parse_datetime(_v, "expiration_time")

            _v = _get("subaccount_number", UNSET)
            _f_subaccount_number: Any
            if type(_v) is int:
                _f_subaccount_number = _v

            elif _v is UNSET:
                _f_subaccount_number = UNSET
                _absent += 1
            elif _v is None:
                _f_subaccount_number = None
                _deviations = record_deviation(
                    _deviations, "UserOrderPayloadMsg", "subaccount_number", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("subaccount_number", "int", _v)
                _f_subaccount_number = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        user_order_payload_msg = _new(cls)
        user_order_payload_msg.order_id = _f_order_id
        user_order_payload_msg.user_id = _f_user_id
        user_order_payload_msg.ticker = _f_ticker
        user_order_payload_msg.status = _f_status
        user_order_payload_msg.side = _f_side
        user_order_payload_msg.is_yes = _f_is_yes
        user_order_payload_msg.yes_price_dollars = _f_yes_price_dollars
        user_order_payload_msg.fill_count_fp = _f_fill_count_fp
        user_order_payload_msg.remaining_count_fp = _f_remaining_count_fp
        user_order_payload_msg.initial_count_fp = _f_initial_count_fp
        user_order_payload_msg.taker_fill_cost_dollars = _f_taker_fill_cost_dollars
        user_order_payload_msg.maker_fill_cost_dollars = _f_maker_fill_cost_dollars
        user_order_payload_msg.taker_fees_dollars = _f_taker_fees_dollars
        user_order_payload_msg.maker_fees_dollars = _f_maker_fees_dollars
        user_order_payload_msg.client_order_id = _f_client_order_id
        user_order_payload_msg.created_time = _f_created_time
        user_order_payload_msg.order_group_id = _f_order_group_id
        user_order_payload_msg.self_trade_prevention_type = (
            _f_self_trade_prevention_type
        )
        user_order_payload_msg.last_update_time = _f_last_update_time
        user_order_payload_msg.expiration_time = _f_expiration_time
        user_order_payload_msg.subaccount_number = _f_subaccount_number
        if len(src_dict) + _absent > 21:
            _known: set[str] = {
                "order_id",
                "user_id",
                "ticker",
                "status",
                "side",
                "is_yes",
                "yes_price_dollars",
                "fill_count_fp",
                "remaining_count_fp",
                "initial_count_fp",
                "taker_fill_cost_dollars",
                "maker_fill_cost_dollars",
                "taker_fees_dollars",
                "maker_fees_dollars",
                "client_order_id",
                "created_time",
                "order_group_id",
                "self_trade_prevention_type",
                "last_update_time",
                "expiration_time",
                "subaccount_number",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            user_order_payload_msg.additional_properties = _extra_found
        else:
            user_order_payload_msg.additional_properties = {}
        user_order_payload_msg._deviations = _deviations
        return user_order_payload_msg

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("order_id", "order_id", str, True, None),
            ("user_id", "user_id", str, True, None),
            ("ticker", "ticker", str, True, None),
            ("status", "status", str, True, None),
            ("side", "side", str, True, None),
            ("is_yes", "is_yes", bool, True, None),
            ("yes_price_dollars", "yes_price_dollars", str, True, None),
            ("fill_count_fp", "fill_count_fp", str, True, None),
            ("remaining_count_fp", "remaining_count_fp", str, True, None),
            ("initial_count_fp", "initial_count_fp", str, True, None),
            ("taker_fill_cost_dollars", "taker_fill_cost_dollars", str, True, None),
            ("maker_fill_cost_dollars", "maker_fill_cost_dollars", str, True, None),
            ("taker_fees_dollars", "taker_fees_dollars", str, True, None),
            ("maker_fees_dollars", "maker_fees_dollars", str, True, None),
            ("client_order_id", "client_order_id", str, True, None),
            ("created_time", "created_time", str, True, None),
            ("order_group_id", "order_group_id", str, False, None),
            (
                "self_trade_prevention_type",
                "self_trade_prevention_type",
                str,
                False,
                None,
            ),
            ("last_update_time", "last_update_time", str, False, None),
            ("expiration_time", "expiration_time", str, False, None),
            ("subaccount_number", "subaccount_number", int, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        user_order_payload_msg = _new(cls)
        user_order_payload_msg.order_id = parse_uuid(w.order_id, "order_id")
        user_order_payload_msg.user_id = parse_uuid(w.user_id, "user_id")
        user_order_payload_msg.ticker = w.ticker
        user_order_payload_msg.status = (
            w.status
            if w.status in USER_ORDER_PAYLOAD_MSG_STATUS_VALUES
            else check_user_order_payload_msg_status(w.status, "status", received=True)
        )
        user_order_payload_msg.side = (
            w.side
            if w.side in MARKET_SIDE_VALUES
            else check_market_side(w.side, "side", received=True)
        )
        user_order_payload_msg.is_yes = w.is_yes
        try:
            user_order_payload_msg.yes_price_dollars = FIXED_POINT[w.yes_price_dollars]
        except KeyError:
            user_order_payload_msg.yes_price_dollars = parse_fixed_point(
                w.yes_price_dollars, "yes_price_dollars"
            )
        try:
            user_order_payload_msg.fill_count_fp = FIXED_POINT[w.fill_count_fp]
        except KeyError:
            user_order_payload_msg.fill_count_fp = parse_fixed_point(
                w.fill_count_fp, "fill_count_fp"
            )
        try:
            user_order_payload_msg.remaining_count_fp = FIXED_POINT[
                w.remaining_count_fp
            ]
        except KeyError:
            user_order_payload_msg.remaining_count_fp = parse_fixed_point(
                w.remaining_count_fp, "remaining_count_fp"
            )
        try:
            user_order_payload_msg.initial_count_fp = FIXED_POINT[w.initial_count_fp]
        except KeyError:
            user_order_payload_msg.initial_count_fp = parse_fixed_point(
                w.initial_count_fp, "initial_count_fp"
            )
        try:
            user_order_payload_msg.taker_fill_cost_dollars = FIXED_POINT[
                w.taker_fill_cost_dollars
            ]
        except KeyError:
            user_order_payload_msg.taker_fill_cost_dollars = parse_fixed_point(
                w.taker_fill_cost_dollars, "taker_fill_cost_dollars"
            )
        try:
            user_order_payload_msg.maker_fill_cost_dollars = FIXED_POINT[
                w.maker_fill_cost_dollars
            ]
        except KeyError:
            user_order_payload_msg.maker_fill_cost_dollars = parse_fixed_point(
                w.maker_fill_cost_dollars, "maker_fill_cost_dollars"
            )
        try:
            user_order_payload_msg.taker_fees_dollars = FIXED_POINT[
                w.taker_fees_dollars
            ]
        except KeyError:
            user_order_payload_msg.taker_fees_dollars = parse_fixed_point(
                w.taker_fees_dollars, "taker_fees_dollars"
            )
        try:
            user_order_payload_msg.maker_fees_dollars = FIXED_POINT[
                w.maker_fees_dollars
            ]
        except KeyError:
            user_order_payload_msg.maker_fees_dollars = parse_fixed_point(
                w.maker_fees_dollars, "maker_fees_dollars"
            )
        user_order_payload_msg.client_order_id = w.client_order_id
        user_order_payload_msg.created_time = fromisoformat(w.created_time)
        user_order_payload_msg.order_group_id = w.order_group_id
        if w.self_trade_prevention_type is UNSET:
            user_order_payload_msg.self_trade_prevention_type = (
                w.self_trade_prevention_type
            )
        else:
            user_order_payload_msg.self_trade_prevention_type = (
                w.self_trade_prevention_type
                if w.self_trade_prevention_type
                in USER_ORDER_PAYLOAD_MSG_SELF_TRADE_PREVENTION_TYPE_VALUES
                else check_user_order_payload_msg_self_trade_prevention_type(
                    w.self_trade_prevention_type,
                    "self_trade_prevention_type",
                    received=True,
                )
            )
        if w.last_update_time is UNSET:
            user_order_payload_msg.last_update_time = w.last_update_time
        else:
            user_order_payload_msg.last_update_time = fromisoformat(w.last_update_time)
        if w.expiration_time is UNSET:
            user_order_payload_msg.expiration_time = w.expiration_time
        else:
            user_order_payload_msg.expiration_time = fromisoformat(w.expiration_time)
        user_order_payload_msg.subaccount_number = w.subaccount_number
        user_order_payload_msg.additional_properties = w._extras()
        user_order_payload_msg._deviations = None
        return user_order_payload_msg

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
