from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..models.book_side import BookSide, check_book_side
from ..models.order_action import OrderAction, check_order_action
from ..models.order_outcome_side import OrderOutcomeSide, check_order_outcome_side
from ..models.order_side import OrderSide, check_order_side
from ..models.order_status import OrderStatus, check_order_status
from ..models.order_type import OrderType, check_order_type
from ..models.self_trade_prevention_type import (
    SelfTradePreventionType,
    check_self_trade_prevention_type,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Order")


@_attrs_define(repr=False)
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
    yes_price_dollars (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    no_price_dollars (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    fill_count_fp (str): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp" in field
        names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2 decimals.
        Fractional contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts. Example:
        10.00.
    remaining_count_fp (str): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp" in
        field names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2
        decimals. Fractional contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts.
        Example: 10.00.
    initial_count_fp (str): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp" in
        field names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2
        decimals. Fractional contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts.
        Example: 10.00.
    taker_fill_cost_dollars (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places
        (e.g., "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    maker_fill_cost_dollars (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places
        (e.g., "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    taker_fees_dollars (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    maker_fees_dollars (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
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
    yes_price_dollars: str
    no_price_dollars: str
    fill_count_fp: str
    remaining_count_fp: str
    initial_count_fp: str
    taker_fill_cost_dollars: str
    maker_fill_cost_dollars: str
    taker_fees_dollars: str
    maker_fees_dollars: str
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

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        order_id = self.order_id
        field_dict["order_id"] = order_id
        user_id = self.user_id
        field_dict["user_id"] = user_id
        client_order_id = self.client_order_id
        field_dict["client_order_id"] = client_order_id
        ticker = self.ticker
        field_dict["ticker"] = ticker
        outcome_side: str = check_order_outcome_side(self.outcome_side, "outcome_side")
        field_dict["outcome_side"] = outcome_side
        book_side: str = check_book_side(self.book_side, "book_side")
        field_dict["book_side"] = book_side
        type_: str = check_order_type(self.type_, "type")
        field_dict["type"] = type_
        status: str = check_order_status(self.status, "status")
        field_dict["status"] = status
        yes_price_dollars = self.yes_price_dollars
        field_dict["yes_price_dollars"] = yes_price_dollars
        no_price_dollars = self.no_price_dollars
        field_dict["no_price_dollars"] = no_price_dollars
        fill_count_fp = self.fill_count_fp
        field_dict["fill_count_fp"] = fill_count_fp
        remaining_count_fp = self.remaining_count_fp
        field_dict["remaining_count_fp"] = remaining_count_fp
        initial_count_fp = self.initial_count_fp
        field_dict["initial_count_fp"] = initial_count_fp
        taker_fill_cost_dollars = self.taker_fill_cost_dollars
        field_dict["taker_fill_cost_dollars"] = taker_fill_cost_dollars
        maker_fill_cost_dollars = self.maker_fill_cost_dollars
        field_dict["maker_fill_cost_dollars"] = maker_fill_cost_dollars
        taker_fees_dollars = self.taker_fees_dollars
        field_dict["taker_fees_dollars"] = taker_fees_dollars
        maker_fees_dollars = self.maker_fees_dollars
        field_dict["maker_fees_dollars"] = maker_fees_dollars
        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = check_order_side(self.side, "side")

        if side is not UNSET:
            field_dict["side"] = side
        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = check_order_action(self.action, "action")

        if action is not UNSET:
            field_dict["action"] = action
        expiration_time: None | str | Unset
        if isinstance(self.expiration_time, Unset):
            expiration_time = UNSET
        elif isinstance(self.expiration_time, datetime.datetime):
            expiration_time = self.expiration_time.isoformat()
        else:
            expiration_time = self.expiration_time
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time
        created_time: None | str | Unset
        if isinstance(self.created_time, Unset):
            created_time = UNSET
        elif isinstance(self.created_time, datetime.datetime):
            created_time = self.created_time.isoformat()
        else:
            created_time = self.created_time
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        last_update_time: None | str | Unset
        if isinstance(self.last_update_time, Unset):
            last_update_time = UNSET
        elif isinstance(self.last_update_time, datetime.datetime):
            last_update_time = self.last_update_time.isoformat()
        else:
            last_update_time = self.last_update_time
        if last_update_time is not UNSET:
            field_dict["last_update_time"] = last_update_time
        self_trade_prevention_type: None | str | Unset
        if isinstance(self.self_trade_prevention_type, Unset):
            self_trade_prevention_type = UNSET
        elif isinstance(self.self_trade_prevention_type, str):
            self_trade_prevention_type = check_self_trade_prevention_type(
                self.self_trade_prevention_type, "self_trade_prevention_type_type_1"
            )
        else:
            self_trade_prevention_type = self.self_trade_prevention_type
        if self_trade_prevention_type is not UNSET:
            field_dict["self_trade_prevention_type"] = self_trade_prevention_type
        order_group_id: None | str | Unset
        if isinstance(self.order_group_id, Unset):
            order_group_id = UNSET
        else:
            order_group_id = self.order_group_id
        if order_group_id is not UNSET:
            field_dict["order_group_id"] = order_group_id
        cancel_order_on_pause = self.cancel_order_on_pause
        if cancel_order_on_pause is not UNSET:
            field_dict["cancel_order_on_pause"] = cancel_order_on_pause
        subaccount_number: int | None | Unset
        if isinstance(self.subaccount_number, Unset):
            subaccount_number = UNSET
        else:
            subaccount_number = self.subaccount_number
        if subaccount_number is not UNSET:
            field_dict["subaccount_number"] = subaccount_number
        exchange_index = self.exchange_index
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("order_id")
        user_id = d.pop("user_id")
        client_order_id = d.pop("client_order_id")
        ticker = d.pop("ticker")
        outcome_side = check_order_outcome_side(
            d.pop("outcome_side"), "outcome_side", received=True
        )

        book_side = check_book_side(d.pop("book_side"), "book_side", received=True)

        type_ = check_order_type(d.pop("type"), "type", received=True)

        status = check_order_status(d.pop("status"), "status", received=True)

        yes_price_dollars = d.pop("yes_price_dollars")
        no_price_dollars = d.pop("no_price_dollars")
        fill_count_fp = d.pop("fill_count_fp")
        remaining_count_fp = d.pop("remaining_count_fp")
        initial_count_fp = d.pop("initial_count_fp")
        taker_fill_cost_dollars = d.pop("taker_fill_cost_dollars")
        maker_fill_cost_dollars = d.pop("maker_fill_cost_dollars")
        taker_fees_dollars = d.pop("taker_fees_dollars")
        maker_fees_dollars = d.pop("maker_fees_dollars")
        _side = d.pop("side", UNSET)
        side: OrderSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = check_order_side(_side, "side", received=True)

        _action = d.pop("action", UNSET)
        action: OrderAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = check_order_action(_action, "action", received=True)

        def _parse_expiration_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiration_time_type_0 = isoparse(data)

                return expiration_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expiration_time = _parse_expiration_time(d.pop("expiration_time", UNSET))

        def _parse_created_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_time_type_0 = isoparse(data)

                return created_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_time = _parse_created_time(d.pop("created_time", UNSET))

        def _parse_last_update_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_update_time_type_0 = isoparse(data)

                return last_update_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_update_time = _parse_last_update_time(d.pop("last_update_time", UNSET))

        def _parse_self_trade_prevention_type(
            data: object,
        ) -> None | SelfTradePreventionType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                self_trade_prevention_type_type_1 = check_self_trade_prevention_type(
                    data, "self_trade_prevention_type_type_1", received=True
                )

                return self_trade_prevention_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SelfTradePreventionType | Unset, data)

        self_trade_prevention_type = _parse_self_trade_prevention_type(
            d.pop("self_trade_prevention_type", UNSET)
        )

        def _parse_order_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_group_id = _parse_order_group_id(d.pop("order_group_id", UNSET))

        cancel_order_on_pause = d.pop("cancel_order_on_pause", UNSET)

        def _parse_subaccount_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        subaccount_number = _parse_subaccount_number(d.pop("subaccount_number", UNSET))

        exchange_index = d.pop("exchange_index", UNSET)
        order = cls(
            order_id=order_id,
            user_id=user_id,
            client_order_id=client_order_id,
            ticker=ticker,
            outcome_side=outcome_side,
            book_side=book_side,
            type_=type_,
            status=status,
            yes_price_dollars=yes_price_dollars,
            no_price_dollars=no_price_dollars,
            fill_count_fp=fill_count_fp,
            remaining_count_fp=remaining_count_fp,
            initial_count_fp=initial_count_fp,
            taker_fill_cost_dollars=taker_fill_cost_dollars,
            maker_fill_cost_dollars=maker_fill_cost_dollars,
            taker_fees_dollars=taker_fees_dollars,
            maker_fees_dollars=maker_fees_dollars,
            side=side,
            action=action,
            expiration_time=expiration_time,
            created_time=created_time,
            last_update_time=last_update_time,
            self_trade_prevention_type=self_trade_prevention_type,
            order_group_id=order_group_id,
            cancel_order_on_pause=cancel_order_on_pause,
            subaccount_number=subaccount_number,
            exchange_index=exchange_index,
        )
        order.additional_properties = d
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
