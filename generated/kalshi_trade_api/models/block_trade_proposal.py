from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.block_trade_proposal_maker_side import (
    BLOCK_TRADE_PROPOSAL_MAKER_SIDE_VALUES,
    BlockTradeProposalMakerSide,
    check_block_trade_proposal_maker_side,
)
from ..types import (
    UNSET,
    BadValue,
    Unset,
    _new,
    fromisoformat,
    learn_extras,
    model_repr,
    parse_datetime,
    record_deviation,
)

T = TypeVar("T", bound="BlockTradeProposal")


@_attrs_define(repr=False, on_setattr=_NO_OP)
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
    # {json field: "missing" | "null"} when the response deviated from the spec (see types.deviations).
    _deviations: dict[str, str] | None = _attrs_field(
        init=False, default=None, eq=False
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if isinstance(self.id, Unset):
            pass
        elif self.id is None:  # a null the spec does not allow, kept as received
            field_dict["id"] = None
        else:
            field_dict["id"] = self.id
        if isinstance(self.proposer_user_id, Unset):
            pass
        elif (
            self.proposer_user_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["proposer_user_id"] = None
        else:
            field_dict["proposer_user_id"] = self.proposer_user_id
        if isinstance(self.buyer_user_id, Unset):
            pass
        elif (
            self.buyer_user_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["buyer_user_id"] = None
        else:
            field_dict["buyer_user_id"] = self.buyer_user_id
        if isinstance(self.seller_user_id, Unset):
            pass
        elif (
            self.seller_user_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["seller_user_id"] = None
        else:
            field_dict["seller_user_id"] = self.seller_user_id
        if isinstance(self.market_ticker, Unset):
            pass
        elif (
            self.market_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["market_ticker"] = None
        else:
            field_dict["market_ticker"] = self.market_ticker
        if isinstance(self.price_centi_cents, Unset):
            pass
        elif (
            self.price_centi_cents is None
        ):  # a null the spec does not allow, kept as received
            field_dict["price_centi_cents"] = None
        else:
            field_dict["price_centi_cents"] = self.price_centi_cents
        if isinstance(self.centicount, Unset):
            pass
        elif (
            self.centicount is None
        ):  # a null the spec does not allow, kept as received
            field_dict["centicount"] = None
        else:
            field_dict["centicount"] = self.centicount
        if isinstance(self.maker_side, Unset):
            pass
        elif (
            self.maker_side is None
        ):  # a null the spec does not allow, kept as received
            field_dict["maker_side"] = None
        else:
            _maker_side: str = check_block_trade_proposal_maker_side(
                self.maker_side, "maker_side"
            )
            field_dict["maker_side"] = _maker_side
        if isinstance(self.expiration_ts, Unset):
            pass
        elif (
            self.expiration_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["expiration_ts"] = None
        else:
            _expiration_ts = self.expiration_ts.isoformat()
            field_dict["expiration_ts"] = _expiration_ts
        if isinstance(self.status, Unset):
            pass
        elif self.status is None:  # a null the spec does not allow, kept as received
            field_dict["status"] = None
        else:
            field_dict["status"] = self.status
        if isinstance(self.created_ts, Unset):
            pass
        elif (
            self.created_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["created_ts"] = None
        else:
            _created_ts = self.created_ts.isoformat()
            field_dict["created_ts"] = _created_ts
        if isinstance(self.updated_ts, Unset):
            pass
        elif (
            self.updated_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["updated_ts"] = None
        else:
            _updated_ts = self.updated_ts.isoformat()
            field_dict["updated_ts"] = _updated_ts
        if isinstance(self.buyer_accepted, Unset):
            pass
        elif (
            self.buyer_accepted is None
        ):  # a null the spec does not allow, kept as received
            field_dict["buyer_accepted"] = None
        else:
            field_dict["buyer_accepted"] = self.buyer_accepted
        if isinstance(self.seller_accepted, Unset):
            pass
        elif (
            self.seller_accepted is None
        ):  # a null the spec does not allow, kept as received
            field_dict["seller_accepted"] = None
        else:
            field_dict["seller_accepted"] = self.seller_accepted
        if isinstance(self.buyer_subtrader_id, Unset):
            pass
        elif (
            self.buyer_subtrader_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["buyer_subtrader_id"] = None
        else:
            field_dict["buyer_subtrader_id"] = self.buyer_subtrader_id
        if isinstance(self.seller_subtrader_id, Unset):
            pass
        elif (
            self.seller_subtrader_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["seller_subtrader_id"] = None
        else:
            field_dict["seller_subtrader_id"] = self.seller_subtrader_id
        if isinstance(self.buyer_accepted_ts, Unset):
            pass
        elif (
            self.buyer_accepted_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["buyer_accepted_ts"] = None
        else:
            _buyer_accepted_ts: str | Unset = UNSET
            if not isinstance(self.buyer_accepted_ts, Unset):
                _buyer_accepted_ts = self.buyer_accepted_ts.isoformat()
            field_dict["buyer_accepted_ts"] = _buyer_accepted_ts
        if isinstance(self.seller_accepted_ts, Unset):
            pass
        elif (
            self.seller_accepted_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["seller_accepted_ts"] = None
        else:
            _seller_accepted_ts: str | Unset = UNSET
            if not isinstance(self.seller_accepted_ts, Unset):
                _seller_accepted_ts = self.seller_accepted_ts.isoformat()
            field_dict["seller_accepted_ts"] = _seller_accepted_ts
        if isinstance(self.executed_ts, Unset):
            pass
        elif (
            self.executed_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["executed_ts"] = None
        else:
            _executed_ts: str | Unset = UNSET
            if not isinstance(self.executed_ts, Unset):
                _executed_ts = self.executed_ts.isoformat()
            field_dict["executed_ts"] = _executed_ts
        if isinstance(self.buyer_order_id, Unset):
            pass
        elif (
            self.buyer_order_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["buyer_order_id"] = None
        else:
            field_dict["buyer_order_id"] = self.buyer_order_id
        if isinstance(self.seller_order_id, Unset):
            pass
        elif (
            self.seller_order_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["seller_order_id"] = None
        else:
            field_dict["seller_order_id"] = self.seller_order_id
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
            _v = _get("id", UNSET)
            _f_id: Any
            if type(_v) is str:
                _f_id = _v

            elif _v is UNSET:
                _f_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "BlockTradeProposal", "id", "missing"
                )
            elif _v is None:
                _f_id = None
                _deviations = record_deviation(
                    _deviations, "BlockTradeProposal", "id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("id", "str", _v)
                _f_id = _v

            _v = _get("proposer_user_id", UNSET)
            _f_proposer_user_id: Any
            if type(_v) is str:
                _f_proposer_user_id = _v

            elif _v is UNSET:
                _f_proposer_user_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "BlockTradeProposal", "proposer_user_id", "missing"
                )
            elif _v is None:
                _f_proposer_user_id = None
                _deviations = record_deviation(
                    _deviations, "BlockTradeProposal", "proposer_user_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("proposer_user_id", "str", _v)
                _f_proposer_user_id = _v

            _v = _get("buyer_user_id", UNSET)
            _f_buyer_user_id: Any
            if type(_v) is str:
                _f_buyer_user_id = _v

            elif _v is UNSET:
                _f_buyer_user_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "BlockTradeProposal", "buyer_user_id", "missing"
                )
            elif _v is None:
                _f_buyer_user_id = None
                _deviations = record_deviation(
                    _deviations, "BlockTradeProposal", "buyer_user_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("buyer_user_id", "str", _v)
                _f_buyer_user_id = _v

            _v = _get("seller_user_id", UNSET)
            _f_seller_user_id: Any
            if type(_v) is str:
                _f_seller_user_id = _v

            elif _v is UNSET:
                _f_seller_user_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "BlockTradeProposal", "seller_user_id", "missing"
                )
            elif _v is None:
                _f_seller_user_id = None
                _deviations = record_deviation(
                    _deviations, "BlockTradeProposal", "seller_user_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("seller_user_id", "str", _v)
                _f_seller_user_id = _v

            _v = _get("market_ticker", UNSET)
            _f_market_ticker: Any
            if type(_v) is str:
                _f_market_ticker = _v

            elif _v is UNSET:
                _f_market_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "BlockTradeProposal", "market_ticker", "missing"
                )
            elif _v is None:
                _f_market_ticker = None
                _deviations = record_deviation(
                    _deviations, "BlockTradeProposal", "market_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("market_ticker", "str", _v)
                _f_market_ticker = _v

            _v = _get("price_centi_cents", UNSET)
            _f_price_centi_cents: Any
            if type(_v) is int:
                _f_price_centi_cents = _v

            elif _v is UNSET:
                _f_price_centi_cents = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "BlockTradeProposal", "price_centi_cents", "missing"
                )
            elif _v is None:
                _f_price_centi_cents = None
                _deviations = record_deviation(
                    _deviations, "BlockTradeProposal", "price_centi_cents", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("price_centi_cents", "int", _v)
                _f_price_centi_cents = _v

            _v = _get("centicount", UNSET)
            _f_centicount: Any
            if type(_v) is int:
                _f_centicount = _v

            elif _v is UNSET:
                _f_centicount = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "BlockTradeProposal", "centicount", "missing"
                )
            elif _v is None:
                _f_centicount = None
                _deviations = record_deviation(
                    _deviations, "BlockTradeProposal", "centicount", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("centicount", "int", _v)
                _f_centicount = _v

            _v = _get("maker_side", UNSET)
            _f_maker_side: Any
            if type(_v) is str and _v in BLOCK_TRADE_PROPOSAL_MAKER_SIDE_VALUES:
                _f_maker_side = _v

            elif _v is UNSET:
                _f_maker_side = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "BlockTradeProposal", "maker_side", "missing"
                )
            elif _v is None:
                _f_maker_side = None
                _deviations = record_deviation(
                    _deviations, "BlockTradeProposal", "maker_side", "null"
                )
            else:
                _f_maker_side = check_block_trade_proposal_maker_side(
                    _v, "maker_side", received=True
                )

            _v = _get("expiration_ts", UNSET)
            _f_expiration_ts: Any
            if type(_v) is str:
                try:
                    _f_expiration_ts = fromisoformat(_v)
                except ValueError:
                    _f_expiration_ts = parse_datetime(_v, "expiration_ts")

            elif _v is UNSET:
                _f_expiration_ts = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "BlockTradeProposal", "expiration_ts", "missing"
                )
            elif _v is None:
                _f_expiration_ts = None
                _deviations = record_deviation(
                    _deviations, "BlockTradeProposal", "expiration_ts", "null"
                )
            else:
                _f_expiration_ts = parse_datetime(_v, "expiration_ts")

            _v = _get("status", UNSET)
            _f_status: Any
            if type(_v) is str:
                _f_status = _v

            elif _v is UNSET:
                _f_status = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "BlockTradeProposal", "status", "missing"
                )
            elif _v is None:
                _f_status = None
                _deviations = record_deviation(
                    _deviations, "BlockTradeProposal", "status", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("status", "str", _v)
                _f_status = _v

            _v = _get("created_ts", UNSET)
            _f_created_ts: Any
            if type(_v) is str:
                try:
                    _f_created_ts = fromisoformat(_v)
                except ValueError:
                    _f_created_ts = parse_datetime(_v, "created_ts")

            elif _v is UNSET:
                _f_created_ts = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "BlockTradeProposal", "created_ts", "missing"
                )
            elif _v is None:
                _f_created_ts = None
                _deviations = record_deviation(
                    _deviations, "BlockTradeProposal", "created_ts", "null"
                )
            else:
                _f_created_ts = parse_datetime(_v, "created_ts")

            _v = _get("updated_ts", UNSET)
            _f_updated_ts: Any
            if type(_v) is str:
                try:
                    _f_updated_ts = fromisoformat(_v)
                except ValueError:
                    _f_updated_ts = parse_datetime(_v, "updated_ts")

            elif _v is UNSET:
                _f_updated_ts = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "BlockTradeProposal", "updated_ts", "missing"
                )
            elif _v is None:
                _f_updated_ts = None
                _deviations = record_deviation(
                    _deviations, "BlockTradeProposal", "updated_ts", "null"
                )
            else:
                _f_updated_ts = parse_datetime(_v, "updated_ts")

            _v = _get("buyer_accepted", UNSET)
            _f_buyer_accepted: Any
            if type(_v) is bool:
                _f_buyer_accepted = _v

            elif _v is UNSET:
                _f_buyer_accepted = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "BlockTradeProposal", "buyer_accepted", "missing"
                )
            elif _v is None:
                _f_buyer_accepted = None
                _deviations = record_deviation(
                    _deviations, "BlockTradeProposal", "buyer_accepted", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("buyer_accepted", "bool", _v)
                _f_buyer_accepted = _v

            _v = _get("seller_accepted", UNSET)
            _f_seller_accepted: Any
            if type(_v) is bool:
                _f_seller_accepted = _v

            elif _v is UNSET:
                _f_seller_accepted = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "BlockTradeProposal", "seller_accepted", "missing"
                )
            elif _v is None:
                _f_seller_accepted = None
                _deviations = record_deviation(
                    _deviations, "BlockTradeProposal", "seller_accepted", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("seller_accepted", "bool", _v)
                _f_seller_accepted = _v

            _v = _get("buyer_subtrader_id", UNSET)
            _f_buyer_subtrader_id: Any
            if type(_v) is str:
                _f_buyer_subtrader_id = _v

            elif _v is UNSET:
                _f_buyer_subtrader_id = UNSET
                _absent += 1
            elif _v is None:
                _f_buyer_subtrader_id = None
                _deviations = record_deviation(
                    _deviations, "BlockTradeProposal", "buyer_subtrader_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("buyer_subtrader_id", "str", _v)
                _f_buyer_subtrader_id = _v

            _v = _get("seller_subtrader_id", UNSET)
            _f_seller_subtrader_id: Any
            if type(_v) is str:
                _f_seller_subtrader_id = _v

            elif _v is UNSET:
                _f_seller_subtrader_id = UNSET
                _absent += 1
            elif _v is None:
                _f_seller_subtrader_id = None
                _deviations = record_deviation(
                    _deviations, "BlockTradeProposal", "seller_subtrader_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("seller_subtrader_id", "str", _v)
                _f_seller_subtrader_id = _v

            _v = _get("buyer_accepted_ts", UNSET)
            _f_buyer_accepted_ts: Any
            if type(_v) is str:
                try:
                    _f_buyer_accepted_ts = fromisoformat(_v)
                except ValueError:
                    _f_buyer_accepted_ts = parse_datetime(_v, "buyer_accepted_ts")

            elif _v is UNSET:
                _f_buyer_accepted_ts = UNSET
                _absent += 1
            elif _v is None:
                _f_buyer_accepted_ts = None
                _deviations = record_deviation(
                    _deviations, "BlockTradeProposal", "buyer_accepted_ts", "null"
                )
            else:
                _f_buyer_accepted_ts = parse_datetime(_v, "buyer_accepted_ts")

            _v = _get("seller_accepted_ts", UNSET)
            _f_seller_accepted_ts: Any
            if type(_v) is str:
                try:
                    _f_seller_accepted_ts = fromisoformat(_v)
                except ValueError:
                    _f_seller_accepted_ts = parse_datetime(_v, "seller_accepted_ts")

            elif _v is UNSET:
                _f_seller_accepted_ts = UNSET
                _absent += 1
            elif _v is None:
                _f_seller_accepted_ts = None
                _deviations = record_deviation(
                    _deviations, "BlockTradeProposal", "seller_accepted_ts", "null"
                )
            else:
                _f_seller_accepted_ts = parse_datetime(_v, "seller_accepted_ts")

            _v = _get("executed_ts", UNSET)
            _f_executed_ts: Any
            if type(_v) is str:
                try:
                    _f_executed_ts = fromisoformat(_v)
                except ValueError:
                    _f_executed_ts = parse_datetime(_v, "executed_ts")

            elif _v is UNSET:
                _f_executed_ts = UNSET
                _absent += 1
            elif _v is None:
                _f_executed_ts = None
                _deviations = record_deviation(
                    _deviations, "BlockTradeProposal", "executed_ts", "null"
                )
            else:
                _f_executed_ts = parse_datetime(_v, "executed_ts")

            _v = _get("buyer_order_id", UNSET)
            _f_buyer_order_id: Any
            if type(_v) is str:
                _f_buyer_order_id = _v

            elif _v is UNSET:
                _f_buyer_order_id = UNSET
                _absent += 1
            elif _v is None:
                _f_buyer_order_id = None
                _deviations = record_deviation(
                    _deviations, "BlockTradeProposal", "buyer_order_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("buyer_order_id", "str", _v)
                _f_buyer_order_id = _v

            _v = _get("seller_order_id", UNSET)
            _f_seller_order_id: Any
            if type(_v) is str:
                _f_seller_order_id = _v

            elif _v is UNSET:
                _f_seller_order_id = UNSET
                _absent += 1
            elif _v is None:
                _f_seller_order_id = None
                _deviations = record_deviation(
                    _deviations, "BlockTradeProposal", "seller_order_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("seller_order_id", "str", _v)
                _f_seller_order_id = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        block_trade_proposal = _new(cls)
        block_trade_proposal.id = _f_id
        block_trade_proposal.proposer_user_id = _f_proposer_user_id
        block_trade_proposal.buyer_user_id = _f_buyer_user_id
        block_trade_proposal.seller_user_id = _f_seller_user_id
        block_trade_proposal.market_ticker = _f_market_ticker
        block_trade_proposal.price_centi_cents = _f_price_centi_cents
        block_trade_proposal.centicount = _f_centicount
        block_trade_proposal.maker_side = _f_maker_side
        block_trade_proposal.expiration_ts = _f_expiration_ts
        block_trade_proposal.status = _f_status
        block_trade_proposal.created_ts = _f_created_ts
        block_trade_proposal.updated_ts = _f_updated_ts
        block_trade_proposal.buyer_accepted = _f_buyer_accepted
        block_trade_proposal.seller_accepted = _f_seller_accepted
        block_trade_proposal.buyer_subtrader_id = _f_buyer_subtrader_id
        block_trade_proposal.seller_subtrader_id = _f_seller_subtrader_id
        block_trade_proposal.buyer_accepted_ts = _f_buyer_accepted_ts
        block_trade_proposal.seller_accepted_ts = _f_seller_accepted_ts
        block_trade_proposal.executed_ts = _f_executed_ts
        block_trade_proposal.buyer_order_id = _f_buyer_order_id
        block_trade_proposal.seller_order_id = _f_seller_order_id
        if len(src_dict) + _absent > 21:
            _known: set[str] = {
                "id",
                "proposer_user_id",
                "buyer_user_id",
                "seller_user_id",
                "market_ticker",
                "price_centi_cents",
                "centicount",
                "maker_side",
                "expiration_ts",
                "status",
                "created_ts",
                "updated_ts",
                "buyer_accepted",
                "seller_accepted",
                "buyer_subtrader_id",
                "seller_subtrader_id",
                "buyer_accepted_ts",
                "seller_accepted_ts",
                "executed_ts",
                "buyer_order_id",
                "seller_order_id",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            block_trade_proposal.additional_properties = _extra_found
        else:
            block_trade_proposal.additional_properties = {}
        block_trade_proposal._deviations = _deviations
        return block_trade_proposal

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("id", "id", str, True, None),
            ("proposer_user_id", "proposer_user_id", str, True, None),
            ("buyer_user_id", "buyer_user_id", str, True, None),
            ("seller_user_id", "seller_user_id", str, True, None),
            ("market_ticker", "market_ticker", str, True, None),
            ("price_centi_cents", "price_centi_cents", int, True, None),
            ("centicount", "centicount", int, True, None),
            ("maker_side", "maker_side", str, True, None),
            ("expiration_ts", "expiration_ts", str, True, None),
            ("status", "status", str, True, None),
            ("created_ts", "created_ts", str, True, None),
            ("updated_ts", "updated_ts", str, True, None),
            ("buyer_accepted", "buyer_accepted", bool, True, None),
            ("seller_accepted", "seller_accepted", bool, True, None),
            ("buyer_subtrader_id", "buyer_subtrader_id", str, False, None),
            ("seller_subtrader_id", "seller_subtrader_id", str, False, None),
            ("buyer_accepted_ts", "buyer_accepted_ts", str, False, None),
            ("seller_accepted_ts", "seller_accepted_ts", str, False, None),
            ("executed_ts", "executed_ts", str, False, None),
            ("buyer_order_id", "buyer_order_id", str, False, None),
            ("seller_order_id", "seller_order_id", str, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        block_trade_proposal = _new(cls)
        block_trade_proposal.id = w.id
        block_trade_proposal.proposer_user_id = w.proposer_user_id
        block_trade_proposal.buyer_user_id = w.buyer_user_id
        block_trade_proposal.seller_user_id = w.seller_user_id
        block_trade_proposal.market_ticker = w.market_ticker
        block_trade_proposal.price_centi_cents = w.price_centi_cents
        block_trade_proposal.centicount = w.centicount
        block_trade_proposal.maker_side = (
            w.maker_side
            if w.maker_side in BLOCK_TRADE_PROPOSAL_MAKER_SIDE_VALUES
            else check_block_trade_proposal_maker_side(
                w.maker_side, "maker_side", received=True
            )
        )
        block_trade_proposal.expiration_ts = fromisoformat(w.expiration_ts)
        block_trade_proposal.status = w.status
        block_trade_proposal.created_ts = fromisoformat(w.created_ts)
        block_trade_proposal.updated_ts = fromisoformat(w.updated_ts)
        block_trade_proposal.buyer_accepted = w.buyer_accepted
        block_trade_proposal.seller_accepted = w.seller_accepted
        block_trade_proposal.buyer_subtrader_id = w.buyer_subtrader_id
        block_trade_proposal.seller_subtrader_id = w.seller_subtrader_id
        if w.buyer_accepted_ts is UNSET:
            block_trade_proposal.buyer_accepted_ts = w.buyer_accepted_ts
        else:
            block_trade_proposal.buyer_accepted_ts = fromisoformat(w.buyer_accepted_ts)
        if w.seller_accepted_ts is UNSET:
            block_trade_proposal.seller_accepted_ts = w.seller_accepted_ts
        else:
            block_trade_proposal.seller_accepted_ts = fromisoformat(
                w.seller_accepted_ts
            )
        if w.executed_ts is UNSET:
            block_trade_proposal.executed_ts = w.executed_ts
        else:
            block_trade_proposal.executed_ts = fromisoformat(w.executed_ts)
        block_trade_proposal.buyer_order_id = w.buyer_order_id
        block_trade_proposal.seller_order_id = w.seller_order_id
        block_trade_proposal.additional_properties = w._extras()
        block_trade_proposal._deviations = None
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
