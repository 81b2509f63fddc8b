from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.market_side import MarketSide, check_market_side
from ..models.order_action import OrderAction, check_order_action
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="FillPayloadMsg")


@_attrs_define(repr=False)
class FillPayloadMsg:
    """Attributes:
    trade_id (UUID): Unique identifier for fills. This is what you use to differentiate fills
    order_id (UUID): Unique identifier for orders. This is what you use to differentiate fills for different orders
    market_ticker (str): Unique market identifier
    is_taker (bool): If you were a taker on this fill
    side (MarketSide): Market side
    yes_price_dollars (str): Price for the yes side of the fill in dollars
    count_fp (str): Fixed-point contracts filled (2 decimals)
    fee_cost (str): Exchange fee paid for this fill in fixed-point dollars
    action (OrderAction): Order action type
    ts (int): Unix timestamp for when the update happened (in seconds)
    post_position_fp (str): Fixed-point position after the fill (2 decimals)
    purchased_side (MarketSide): Market side
    client_order_id (str | Unset): Optional client-provided order ID
    subaccount (int | Unset): Optional subaccount number for the fill
    """

    trade_id: UUID
    order_id: UUID
    market_ticker: str
    is_taker: bool
    side: MarketSide
    yes_price_dollars: str
    count_fp: str
    fee_cost: str
    action: OrderAction
    ts: int
    post_position_fp: str
    purchased_side: MarketSide
    client_order_id: str | Unset = UNSET
    subaccount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        trade_id = str(self.trade_id)
        field_dict["trade_id"] = trade_id
        order_id = str(self.order_id)
        field_dict["order_id"] = order_id
        market_ticker = self.market_ticker
        field_dict["market_ticker"] = market_ticker
        is_taker = self.is_taker
        field_dict["is_taker"] = is_taker
        side: str = check_market_side(self.side, "side")
        field_dict["side"] = side
        yes_price_dollars = self.yes_price_dollars
        field_dict["yes_price_dollars"] = yes_price_dollars
        count_fp = self.count_fp
        field_dict["count_fp"] = count_fp
        fee_cost = self.fee_cost
        field_dict["fee_cost"] = fee_cost
        action: str = check_order_action(self.action, "action")
        field_dict["action"] = action
        ts = self.ts
        field_dict["ts"] = ts
        post_position_fp = self.post_position_fp
        field_dict["post_position_fp"] = post_position_fp
        purchased_side: str = check_market_side(self.purchased_side, "purchased_side")
        field_dict["purchased_side"] = purchased_side
        client_order_id = self.client_order_id
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        subaccount = self.subaccount
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        trade_id = UUID(d.pop("trade_id"))

        order_id = UUID(d.pop("order_id"))

        market_ticker = d.pop("market_ticker")
        is_taker = d.pop("is_taker")
        side = check_market_side(d.pop("side"), "side", received=True)

        yes_price_dollars = d.pop("yes_price_dollars")
        count_fp = d.pop("count_fp")
        fee_cost = d.pop("fee_cost")
        action = check_order_action(d.pop("action"), "action", received=True)

        ts = d.pop("ts")
        post_position_fp = d.pop("post_position_fp")
        purchased_side = check_market_side(
            d.pop("purchased_side"), "purchased_side", received=True
        )

        client_order_id = d.pop("client_order_id", UNSET)
        subaccount = d.pop("subaccount", UNSET)
        fill_payload_msg = cls(
            trade_id=trade_id,
            order_id=order_id,
            market_ticker=market_ticker,
            is_taker=is_taker,
            side=side,
            yes_price_dollars=yes_price_dollars,
            count_fp=count_fp,
            fee_cost=fee_cost,
            action=action,
            ts=ts,
            post_position_fp=post_position_fp,
            purchased_side=purchased_side,
            client_order_id=client_order_id,
            subaccount=subaccount,
        )
        fill_payload_msg.additional_properties = d
        return fill_payload_msg

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
