from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quote_accepted_payload_msg_accepted_side import (
    QuoteAcceptedPayloadMsgAcceptedSide,
    check_quote_accepted_payload_msg_accepted_side,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="QuoteAcceptedPayloadMsg")


@_attrs_define(repr=False)
class QuoteAcceptedPayloadMsg:
    """Attributes:
    quote_id (str): Unique identifier for the quote
    rfq_id (str): Identifier of the RFQ this quote is for
    quote_creator_id (str): Public communications ID of the quote creator (anonymized)
    market_ticker (str): Market ticker for the quote
    yes_bid_dollars (str): Yes side bid price in dollars
    no_bid_dollars (str): No side bid price in dollars
    event_ticker (str | Unset): Event ticker (optional)
    accepted_side (QuoteAcceptedPayloadMsgAcceptedSide | Unset): Which side was accepted (yes/no) (optional)
    contracts_accepted_fp (str | Unset): Fixed-point contracts accepted (2 decimals) (optional)
    yes_contracts_offered_fp (str | Unset): Fixed-point yes contracts offered (2 decimals) (optional)
    no_contracts_offered_fp (str | Unset): Fixed-point no contracts offered (2 decimals) (optional)
    rfq_target_cost_dollars (str | Unset): Target cost from the RFQ in dollars (optional)
    """

    quote_id: str
    rfq_id: str
    quote_creator_id: str
    market_ticker: str
    yes_bid_dollars: str
    no_bid_dollars: str
    event_ticker: str | Unset = UNSET
    accepted_side: QuoteAcceptedPayloadMsgAcceptedSide | Unset = UNSET
    contracts_accepted_fp: str | Unset = UNSET
    yes_contracts_offered_fp: str | Unset = UNSET
    no_contracts_offered_fp: str | Unset = UNSET
    rfq_target_cost_dollars: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        quote_id = self.quote_id
        field_dict["quote_id"] = quote_id
        rfq_id = self.rfq_id
        field_dict["rfq_id"] = rfq_id
        quote_creator_id = self.quote_creator_id
        field_dict["quote_creator_id"] = quote_creator_id
        market_ticker = self.market_ticker
        field_dict["market_ticker"] = market_ticker
        yes_bid_dollars = self.yes_bid_dollars
        field_dict["yes_bid_dollars"] = yes_bid_dollars
        no_bid_dollars = self.no_bid_dollars
        field_dict["no_bid_dollars"] = no_bid_dollars
        event_ticker = self.event_ticker
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        accepted_side: str | Unset = UNSET
        if not isinstance(self.accepted_side, Unset):
            accepted_side = check_quote_accepted_payload_msg_accepted_side(
                self.accepted_side, "accepted_side"
            )

        if accepted_side is not UNSET:
            field_dict["accepted_side"] = accepted_side
        contracts_accepted_fp = self.contracts_accepted_fp
        if contracts_accepted_fp is not UNSET:
            field_dict["contracts_accepted_fp"] = contracts_accepted_fp
        yes_contracts_offered_fp = self.yes_contracts_offered_fp
        if yes_contracts_offered_fp is not UNSET:
            field_dict["yes_contracts_offered_fp"] = yes_contracts_offered_fp
        no_contracts_offered_fp = self.no_contracts_offered_fp
        if no_contracts_offered_fp is not UNSET:
            field_dict["no_contracts_offered_fp"] = no_contracts_offered_fp
        rfq_target_cost_dollars = self.rfq_target_cost_dollars
        if rfq_target_cost_dollars is not UNSET:
            field_dict["rfq_target_cost_dollars"] = rfq_target_cost_dollars
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quote_id = d.pop("quote_id")
        rfq_id = d.pop("rfq_id")
        quote_creator_id = d.pop("quote_creator_id")
        market_ticker = d.pop("market_ticker")
        yes_bid_dollars = d.pop("yes_bid_dollars")
        no_bid_dollars = d.pop("no_bid_dollars")
        event_ticker = d.pop("event_ticker", UNSET)
        _accepted_side = d.pop("accepted_side", UNSET)
        accepted_side: QuoteAcceptedPayloadMsgAcceptedSide | Unset
        if isinstance(_accepted_side, Unset):
            accepted_side = UNSET
        else:
            accepted_side = check_quote_accepted_payload_msg_accepted_side(
                _accepted_side, "accepted_side", received=True
            )

        contracts_accepted_fp = d.pop("contracts_accepted_fp", UNSET)
        yes_contracts_offered_fp = d.pop("yes_contracts_offered_fp", UNSET)
        no_contracts_offered_fp = d.pop("no_contracts_offered_fp", UNSET)
        rfq_target_cost_dollars = d.pop("rfq_target_cost_dollars", UNSET)
        quote_accepted_payload_msg = cls(
            quote_id=quote_id,
            rfq_id=rfq_id,
            quote_creator_id=quote_creator_id,
            market_ticker=market_ticker,
            yes_bid_dollars=yes_bid_dollars,
            no_bid_dollars=no_bid_dollars,
            event_ticker=event_ticker,
            accepted_side=accepted_side,
            contracts_accepted_fp=contracts_accepted_fp,
            yes_contracts_offered_fp=yes_contracts_offered_fp,
            no_contracts_offered_fp=no_contracts_offered_fp,
            rfq_target_cost_dollars=rfq_target_cost_dollars,
        )
        quote_accepted_payload_msg.additional_properties = d
        return quote_accepted_payload_msg

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
