from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="MarketPositionPayloadMsg")


@_attrs_define(repr=False)
class MarketPositionPayloadMsg:
    """Attributes:
    user_id (str): User ID for the position
    market_ticker (str): Unique market identifier
    position_fp (str): Fixed-point net position (2 decimals)
    position_cost (int): Current cost basis of the position in centi-cents (1/10,000th of a dollar)
    position_cost_dollars (str): Current cost basis of the position as a fixed-point dollar string
    realized_pnl (int): Realized profit/loss in centi-cents
    realized_pnl_dollars (str): Realized profit/loss as a fixed-point dollar string
    fees_paid (int): Total fees paid in centi-cents
    fees_paid_dollars (str): Total fees paid as a fixed-point dollar string
    position_fee_cost (int): Total position fee cost in centi-cents
    position_fee_cost_dollars (str): Total position fee cost as a fixed-point dollar string
    volume_fp (str): Fixed-point total volume traded (2 decimals)
    subaccount (int | Unset): Optional subaccount number for the position
    """

    user_id: str
    market_ticker: str
    position_fp: str
    position_cost: int
    position_cost_dollars: str
    realized_pnl: int
    realized_pnl_dollars: str
    fees_paid: int
    fees_paid_dollars: str
    position_fee_cost: int
    position_fee_cost_dollars: str
    volume_fp: str
    subaccount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        user_id = self.user_id
        field_dict["user_id"] = user_id
        market_ticker = self.market_ticker
        field_dict["market_ticker"] = market_ticker
        position_fp = self.position_fp
        field_dict["position_fp"] = position_fp
        position_cost = self.position_cost
        field_dict["position_cost"] = position_cost
        position_cost_dollars = self.position_cost_dollars
        field_dict["position_cost_dollars"] = position_cost_dollars
        realized_pnl = self.realized_pnl
        field_dict["realized_pnl"] = realized_pnl
        realized_pnl_dollars = self.realized_pnl_dollars
        field_dict["realized_pnl_dollars"] = realized_pnl_dollars
        fees_paid = self.fees_paid
        field_dict["fees_paid"] = fees_paid
        fees_paid_dollars = self.fees_paid_dollars
        field_dict["fees_paid_dollars"] = fees_paid_dollars
        position_fee_cost = self.position_fee_cost
        field_dict["position_fee_cost"] = position_fee_cost
        position_fee_cost_dollars = self.position_fee_cost_dollars
        field_dict["position_fee_cost_dollars"] = position_fee_cost_dollars
        volume_fp = self.volume_fp
        field_dict["volume_fp"] = volume_fp
        subaccount = self.subaccount
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")
        market_ticker = d.pop("market_ticker")
        position_fp = d.pop("position_fp")
        position_cost = d.pop("position_cost")
        position_cost_dollars = d.pop("position_cost_dollars")
        realized_pnl = d.pop("realized_pnl")
        realized_pnl_dollars = d.pop("realized_pnl_dollars")
        fees_paid = d.pop("fees_paid")
        fees_paid_dollars = d.pop("fees_paid_dollars")
        position_fee_cost = d.pop("position_fee_cost")
        position_fee_cost_dollars = d.pop("position_fee_cost_dollars")
        volume_fp = d.pop("volume_fp")
        subaccount = d.pop("subaccount", UNSET)
        market_position_payload_msg = cls(
            user_id=user_id,
            market_ticker=market_ticker,
            position_fp=position_fp,
            position_cost=position_cost,
            position_cost_dollars=position_cost_dollars,
            realized_pnl=realized_pnl,
            realized_pnl_dollars=realized_pnl_dollars,
            fees_paid=fees_paid,
            fees_paid_dollars=fees_paid_dollars,
            position_fee_cost=position_fee_cost,
            position_fee_cost_dollars=position_fee_cost_dollars,
            volume_fp=volume_fp,
            subaccount=subaccount,
        )
        market_position_payload_msg.additional_properties = d
        return market_position_payload_msg

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
