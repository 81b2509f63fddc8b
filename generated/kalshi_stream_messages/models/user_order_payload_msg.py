from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..models.market_side import MarketSide, check_market_side
from ..models.user_order_payload_msg_self_trade_prevention_type import (
    UserOrderPayloadMsgSelfTradePreventionType,
    check_user_order_payload_msg_self_trade_prevention_type,
)
from ..models.user_order_payload_msg_status import (
    UserOrderPayloadMsgStatus,
    check_user_order_payload_msg_status,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="UserOrderPayloadMsg")


@_attrs_define(repr=False)
class UserOrderPayloadMsg:
    """Attributes:
    order_id (UUID): Unique order identifier
    user_id (UUID): User identifier
    ticker (str): Unique market identifier
    status (UserOrderPayloadMsgStatus): Current order status
    side (MarketSide): Market side
    is_yes (bool): Whether the order is on the yes side. Equivalent to side == "yes"
    yes_price_dollars (str): Yes price in fixed-point dollars (4 decimals)
    fill_count_fp (str): Number of contracts filled in fixed-point (2 decimals)
    remaining_count_fp (str): Number of contracts remaining in fixed-point (2 decimals)
    initial_count_fp (str): Initial number of contracts in fixed-point (2 decimals)
    taker_fill_cost_dollars (str): Taker fill cost in fixed-point dollars (4 decimals)
    maker_fill_cost_dollars (str): Maker fill cost in fixed-point dollars (4 decimals)
    taker_fees_dollars (str): Taker fees in fixed-point dollars (4 decimals).
    maker_fees_dollars (str): Maker fees in fixed-point dollars (4 decimals).
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
    yes_price_dollars: str
    fill_count_fp: str
    remaining_count_fp: str
    initial_count_fp: str
    taker_fill_cost_dollars: str
    maker_fill_cost_dollars: str
    taker_fees_dollars: str
    maker_fees_dollars: str
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

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        order_id = str(self.order_id)
        field_dict["order_id"] = order_id
        user_id = str(self.user_id)
        field_dict["user_id"] = user_id
        ticker = self.ticker
        field_dict["ticker"] = ticker
        status: str = check_user_order_payload_msg_status(self.status, "status")
        field_dict["status"] = status
        side: str = check_market_side(self.side, "side")
        field_dict["side"] = side
        is_yes = self.is_yes
        field_dict["is_yes"] = is_yes
        yes_price_dollars = self.yes_price_dollars
        field_dict["yes_price_dollars"] = yes_price_dollars
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
        client_order_id = self.client_order_id
        field_dict["client_order_id"] = client_order_id
        created_time = self.created_time.isoformat()
        field_dict["created_time"] = created_time
        order_group_id = self.order_group_id
        if order_group_id is not UNSET:
            field_dict["order_group_id"] = order_group_id
        self_trade_prevention_type: str | Unset = UNSET
        if not isinstance(self.self_trade_prevention_type, Unset):
            self_trade_prevention_type = (
                check_user_order_payload_msg_self_trade_prevention_type(
                    self.self_trade_prevention_type, "self_trade_prevention_type"
                )
            )

        if self_trade_prevention_type is not UNSET:
            field_dict["self_trade_prevention_type"] = self_trade_prevention_type
        last_update_time: str | Unset = UNSET
        if not isinstance(self.last_update_time, Unset):
            last_update_time = self.last_update_time.isoformat()
        if last_update_time is not UNSET:
            field_dict["last_update_time"] = last_update_time
        expiration_time: str | Unset = UNSET
        if not isinstance(self.expiration_time, Unset):
            expiration_time = self.expiration_time.isoformat()
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time
        subaccount_number = self.subaccount_number
        if subaccount_number is not UNSET:
            field_dict["subaccount_number"] = subaccount_number
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = UUID(d.pop("order_id"))

        user_id = UUID(d.pop("user_id"))

        ticker = d.pop("ticker")
        status = check_user_order_payload_msg_status(
            d.pop("status"), "status", received=True
        )

        side = check_market_side(d.pop("side"), "side", received=True)

        is_yes = d.pop("is_yes")
        yes_price_dollars = d.pop("yes_price_dollars")
        fill_count_fp = d.pop("fill_count_fp")
        remaining_count_fp = d.pop("remaining_count_fp")
        initial_count_fp = d.pop("initial_count_fp")
        taker_fill_cost_dollars = d.pop("taker_fill_cost_dollars")
        maker_fill_cost_dollars = d.pop("maker_fill_cost_dollars")
        taker_fees_dollars = d.pop("taker_fees_dollars")
        maker_fees_dollars = d.pop("maker_fees_dollars")
        client_order_id = d.pop("client_order_id")
        created_time = isoparse(d.pop("created_time"))

        order_group_id = d.pop("order_group_id", UNSET)
        _self_trade_prevention_type = d.pop("self_trade_prevention_type", UNSET)
        self_trade_prevention_type: UserOrderPayloadMsgSelfTradePreventionType | Unset
        if isinstance(_self_trade_prevention_type, Unset):
            self_trade_prevention_type = UNSET
        else:
            self_trade_prevention_type = (
                check_user_order_payload_msg_self_trade_prevention_type(
                    _self_trade_prevention_type,
                    "self_trade_prevention_type",
                    received=True,
                )
            )

        _last_update_time = d.pop("last_update_time", UNSET)
        last_update_time: datetime.datetime | Unset
        if isinstance(_last_update_time, Unset):
            last_update_time = UNSET
        else:
            last_update_time = isoparse(_last_update_time)

        _expiration_time = d.pop("expiration_time", UNSET)
        expiration_time: datetime.datetime | Unset
        if isinstance(_expiration_time, Unset):
            expiration_time = UNSET
        else:
            expiration_time = isoparse(_expiration_time)

        subaccount_number = d.pop("subaccount_number", UNSET)
        user_order_payload_msg = cls(
            order_id=order_id,
            user_id=user_id,
            ticker=ticker,
            status=status,
            side=side,
            is_yes=is_yes,
            yes_price_dollars=yes_price_dollars,
            fill_count_fp=fill_count_fp,
            remaining_count_fp=remaining_count_fp,
            initial_count_fp=initial_count_fp,
            taker_fill_cost_dollars=taker_fill_cost_dollars,
            maker_fill_cost_dollars=maker_fill_cost_dollars,
            taker_fees_dollars=taker_fees_dollars,
            maker_fees_dollars=maker_fees_dollars,
            client_order_id=client_order_id,
            created_time=created_time,
            order_group_id=order_group_id,
            self_trade_prevention_type=self_trade_prevention_type,
            last_update_time=last_update_time,
            expiration_time=expiration_time,
            subaccount_number=subaccount_number,
        )
        user_order_payload_msg.additional_properties = d
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
