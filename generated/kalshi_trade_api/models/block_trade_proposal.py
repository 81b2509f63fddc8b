from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..models.block_trade_proposal_maker_side import (
    BlockTradeProposalMakerSide,
    check_block_trade_proposal_maker_side,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="BlockTradeProposal")


@_attrs_define(repr=False)
class BlockTradeProposal:
    """Attributes:
    id (str): Unique identifier for the block trade proposal
    proposer_user_id (str): User ID of the proposal creator
    buyer_user_id (str): User ID of the buyer. Empty when the authenticated user is not the buyer.
    seller_user_id (str): User ID of the seller. Empty when the authenticated user is not the seller.
    market_ticker (str): The ticker of the market for this block trade
    price_centi_cents (int): Price in centi-cents
    centicount (int): Number of contracts in centicounts
    maker_side (BlockTradeProposalMakerSide): The maker side of the trade
    expiration_ts (datetime.datetime): Expiration time of the proposal
    status (str): Current status of the proposal
    created_ts (datetime.datetime): Timestamp when the proposal was created
    updated_ts (datetime.datetime): Timestamp when the proposal was last updated
    buyer_accepted (bool): Whether the buyer has accepted the proposal
    seller_accepted (bool): Whether the seller has accepted the proposal
    buyer_subtrader_id (str | Unset): Subtrader ID of the buyer. Empty when the authenticated user is not the buyer.
    seller_subtrader_id (str | Unset): Subtrader ID of the seller. Empty when the authenticated user is not the
        seller.
    buyer_accepted_ts (datetime.datetime | Unset): Timestamp when the buyer accepted
    seller_accepted_ts (datetime.datetime | Unset): Timestamp when the seller accepted
    executed_ts (datetime.datetime | Unset): Timestamp when the proposal was executed
    buyer_order_id (str | Unset): Order ID for the buyer after the proposal is executed
    seller_order_id (str | Unset): Order ID for the seller after the proposal is executed
    """

    id: str
    proposer_user_id: str
    buyer_user_id: str
    seller_user_id: str
    market_ticker: str
    price_centi_cents: int
    centicount: int
    maker_side: BlockTradeProposalMakerSide
    expiration_ts: datetime.datetime
    status: str
    created_ts: datetime.datetime
    updated_ts: datetime.datetime
    buyer_accepted: bool
    seller_accepted: bool
    buyer_subtrader_id: str | Unset = UNSET
    seller_subtrader_id: str | Unset = UNSET
    buyer_accepted_ts: datetime.datetime | Unset = UNSET
    seller_accepted_ts: datetime.datetime | Unset = UNSET
    executed_ts: datetime.datetime | Unset = UNSET
    buyer_order_id: str | Unset = UNSET
    seller_order_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        id = self.id
        field_dict["id"] = id
        proposer_user_id = self.proposer_user_id
        field_dict["proposer_user_id"] = proposer_user_id
        buyer_user_id = self.buyer_user_id
        field_dict["buyer_user_id"] = buyer_user_id
        seller_user_id = self.seller_user_id
        field_dict["seller_user_id"] = seller_user_id
        market_ticker = self.market_ticker
        field_dict["market_ticker"] = market_ticker
        price_centi_cents = self.price_centi_cents
        field_dict["price_centi_cents"] = price_centi_cents
        centicount = self.centicount
        field_dict["centicount"] = centicount
        maker_side: str = check_block_trade_proposal_maker_side(
            self.maker_side, "maker_side"
        )
        field_dict["maker_side"] = maker_side
        expiration_ts = self.expiration_ts.isoformat()
        field_dict["expiration_ts"] = expiration_ts
        status = self.status
        field_dict["status"] = status
        created_ts = self.created_ts.isoformat()
        field_dict["created_ts"] = created_ts
        updated_ts = self.updated_ts.isoformat()
        field_dict["updated_ts"] = updated_ts
        buyer_accepted = self.buyer_accepted
        field_dict["buyer_accepted"] = buyer_accepted
        seller_accepted = self.seller_accepted
        field_dict["seller_accepted"] = seller_accepted
        buyer_subtrader_id = self.buyer_subtrader_id
        if buyer_subtrader_id is not UNSET:
            field_dict["buyer_subtrader_id"] = buyer_subtrader_id
        seller_subtrader_id = self.seller_subtrader_id
        if seller_subtrader_id is not UNSET:
            field_dict["seller_subtrader_id"] = seller_subtrader_id
        buyer_accepted_ts: str | Unset = UNSET
        if not isinstance(self.buyer_accepted_ts, Unset):
            buyer_accepted_ts = self.buyer_accepted_ts.isoformat()
        if buyer_accepted_ts is not UNSET:
            field_dict["buyer_accepted_ts"] = buyer_accepted_ts
        seller_accepted_ts: str | Unset = UNSET
        if not isinstance(self.seller_accepted_ts, Unset):
            seller_accepted_ts = self.seller_accepted_ts.isoformat()
        if seller_accepted_ts is not UNSET:
            field_dict["seller_accepted_ts"] = seller_accepted_ts
        executed_ts: str | Unset = UNSET
        if not isinstance(self.executed_ts, Unset):
            executed_ts = self.executed_ts.isoformat()
        if executed_ts is not UNSET:
            field_dict["executed_ts"] = executed_ts
        buyer_order_id = self.buyer_order_id
        if buyer_order_id is not UNSET:
            field_dict["buyer_order_id"] = buyer_order_id
        seller_order_id = self.seller_order_id
        if seller_order_id is not UNSET:
            field_dict["seller_order_id"] = seller_order_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        proposer_user_id = d.pop("proposer_user_id")
        buyer_user_id = d.pop("buyer_user_id")
        seller_user_id = d.pop("seller_user_id")
        market_ticker = d.pop("market_ticker")
        price_centi_cents = d.pop("price_centi_cents")
        centicount = d.pop("centicount")
        maker_side = check_block_trade_proposal_maker_side(
            d.pop("maker_side"), "maker_side", received=True
        )

        expiration_ts = isoparse(d.pop("expiration_ts"))

        status = d.pop("status")
        created_ts = isoparse(d.pop("created_ts"))

        updated_ts = isoparse(d.pop("updated_ts"))

        buyer_accepted = d.pop("buyer_accepted")
        seller_accepted = d.pop("seller_accepted")
        buyer_subtrader_id = d.pop("buyer_subtrader_id", UNSET)
        seller_subtrader_id = d.pop("seller_subtrader_id", UNSET)
        _buyer_accepted_ts = d.pop("buyer_accepted_ts", UNSET)
        buyer_accepted_ts: datetime.datetime | Unset
        if isinstance(_buyer_accepted_ts, Unset):
            buyer_accepted_ts = UNSET
        else:
            buyer_accepted_ts = isoparse(_buyer_accepted_ts)

        _seller_accepted_ts = d.pop("seller_accepted_ts", UNSET)
        seller_accepted_ts: datetime.datetime | Unset
        if isinstance(_seller_accepted_ts, Unset):
            seller_accepted_ts = UNSET
        else:
            seller_accepted_ts = isoparse(_seller_accepted_ts)

        _executed_ts = d.pop("executed_ts", UNSET)
        executed_ts: datetime.datetime | Unset
        if isinstance(_executed_ts, Unset):
            executed_ts = UNSET
        else:
            executed_ts = isoparse(_executed_ts)

        buyer_order_id = d.pop("buyer_order_id", UNSET)
        seller_order_id = d.pop("seller_order_id", UNSET)
        block_trade_proposal = cls(
            id=id,
            proposer_user_id=proposer_user_id,
            buyer_user_id=buyer_user_id,
            seller_user_id=seller_user_id,
            market_ticker=market_ticker,
            price_centi_cents=price_centi_cents,
            centicount=centicount,
            maker_side=maker_side,
            expiration_ts=expiration_ts,
            status=status,
            created_ts=created_ts,
            updated_ts=updated_ts,
            buyer_accepted=buyer_accepted,
            seller_accepted=seller_accepted,
            buyer_subtrader_id=buyer_subtrader_id,
            seller_subtrader_id=seller_subtrader_id,
            buyer_accepted_ts=buyer_accepted_ts,
            seller_accepted_ts=seller_accepted_ts,
            executed_ts=executed_ts,
            buyer_order_id=buyer_order_id,
            seller_order_id=seller_order_id,
        )
        block_trade_proposal.additional_properties = d
        return block_trade_proposal

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
