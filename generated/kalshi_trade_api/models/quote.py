from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..models.quote_accepted_side import QuoteAcceptedSide, check_quote_accepted_side
from ..models.quote_status import QuoteStatus, check_quote_status
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Quote")


@_attrs_define(repr=False)
class Quote:
    """Attributes:
    id (str): UUID of the quote. Preserve the exact returned string.
    rfq_id (str): UUID of the RFQ this quote is responding to.
    creator_id (str): Public communications ID of the quote creator
    rfq_creator_id (str): Public communications ID of the RFQ creator (anonymized). Set to "0" for other users when
        obscure_creator_id is enabled.
    market_ticker (str): The ticker of the market this quote is for
    contracts_fp (str): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp" in field
        names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2 decimals.
        Fractional contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts. Example:
        10.00.
    yes_bid_dollars (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    no_bid_dollars (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g., "0.56",
        "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that market's
        price level structure. Example: 0.5600.
    created_ts (datetime.datetime): Timestamp when the quote was created
    updated_ts (datetime.datetime): Timestamp when the quote was last updated
    status (QuoteStatus): Current status of the quote
    accepted_side (QuoteAcceptedSide | Unset): The side that was accepted (yes or no)
    accepted_ts (datetime.datetime | Unset): Timestamp when the quote was accepted
    confirmed_ts (datetime.datetime | Unset): Timestamp when the quote was confirmed
    executed_ts (datetime.datetime | Unset): Timestamp when the quote was executed
    cancelled_ts (datetime.datetime | Unset): Timestamp when the quote was cancelled
    rest_remainder (bool | Unset): Whether to rest the remainder of the quote after execution
    post_only (bool | Unset): Whether the quote creator's order is post-only (visible when the caller is the quote
        creator)
    cancellation_reason (str | Unset): Reason for quote cancellation if cancelled
    creator_user_id (str | Unset): User ID of the quote creator (private field)
    rfq_creator_user_id (str | Unset): User ID of the RFQ creator (private field)
    rfq_target_cost_dollars (str | Unset): Fixed-point US dollar string. Most request fields accept 2-4 decimal
        places (e.g., "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are
        constrained by that market's price level structure. Example: 0.5600.
    target_cost_excludes_fees (bool | Unset): True when the RFQ's target cost is principal-only and the contracts-
        offered sizes were computed without reserving taker fees (fees are charged on top of the target cost).
    rfq_creator_order_id (str | Unset): Order ID for the RFQ creator (private field)
    creator_order_id (str | Unset): Order ID for the quote creator (private field)
    creator_subaccount (int | Unset): Subaccount number of the quote creator (visible when the caller is the quote
        creator)
    rfq_creator_subaccount (int | Unset): Subaccount number of the RFQ creator (visible when the caller is the RFQ
        creator)
    yes_contracts_fp (str | Unset): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as
        "fp" in field names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2
        decimals. Fractional contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts.
        Example: 10.00.
    no_contracts_fp (str | Unset): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp"
        in field names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2
        decimals. Fractional contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts.
        Example: 10.00.
    """

    id: str
    rfq_id: str
    creator_id: str
    rfq_creator_id: str
    market_ticker: str
    contracts_fp: str
    yes_bid_dollars: str
    no_bid_dollars: str
    created_ts: datetime.datetime
    updated_ts: datetime.datetime
    status: QuoteStatus
    accepted_side: QuoteAcceptedSide | Unset = UNSET
    accepted_ts: datetime.datetime | Unset = UNSET
    confirmed_ts: datetime.datetime | Unset = UNSET
    executed_ts: datetime.datetime | Unset = UNSET
    cancelled_ts: datetime.datetime | Unset = UNSET
    rest_remainder: bool | Unset = UNSET
    post_only: bool | Unset = UNSET
    cancellation_reason: str | Unset = UNSET
    creator_user_id: str | Unset = UNSET
    rfq_creator_user_id: str | Unset = UNSET
    rfq_target_cost_dollars: str | Unset = UNSET
    target_cost_excludes_fees: bool | Unset = UNSET
    rfq_creator_order_id: str | Unset = UNSET
    creator_order_id: str | Unset = UNSET
    creator_subaccount: int | Unset = UNSET
    rfq_creator_subaccount: int | Unset = UNSET
    yes_contracts_fp: str | Unset = UNSET
    no_contracts_fp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        id = self.id
        field_dict["id"] = id
        rfq_id = self.rfq_id
        field_dict["rfq_id"] = rfq_id
        creator_id = self.creator_id
        field_dict["creator_id"] = creator_id
        rfq_creator_id = self.rfq_creator_id
        field_dict["rfq_creator_id"] = rfq_creator_id
        market_ticker = self.market_ticker
        field_dict["market_ticker"] = market_ticker
        contracts_fp = self.contracts_fp
        field_dict["contracts_fp"] = contracts_fp
        yes_bid_dollars = self.yes_bid_dollars
        field_dict["yes_bid_dollars"] = yes_bid_dollars
        no_bid_dollars = self.no_bid_dollars
        field_dict["no_bid_dollars"] = no_bid_dollars
        created_ts = self.created_ts.isoformat()
        field_dict["created_ts"] = created_ts
        updated_ts = self.updated_ts.isoformat()
        field_dict["updated_ts"] = updated_ts
        status: str = check_quote_status(self.status, "status")
        field_dict["status"] = status
        accepted_side: str | Unset = UNSET
        if not isinstance(self.accepted_side, Unset):
            accepted_side = check_quote_accepted_side(
                self.accepted_side, "accepted_side"
            )

        if accepted_side is not UNSET:
            field_dict["accepted_side"] = accepted_side
        accepted_ts: str | Unset = UNSET
        if not isinstance(self.accepted_ts, Unset):
            accepted_ts = self.accepted_ts.isoformat()
        if accepted_ts is not UNSET:
            field_dict["accepted_ts"] = accepted_ts
        confirmed_ts: str | Unset = UNSET
        if not isinstance(self.confirmed_ts, Unset):
            confirmed_ts = self.confirmed_ts.isoformat()
        if confirmed_ts is not UNSET:
            field_dict["confirmed_ts"] = confirmed_ts
        executed_ts: str | Unset = UNSET
        if not isinstance(self.executed_ts, Unset):
            executed_ts = self.executed_ts.isoformat()
        if executed_ts is not UNSET:
            field_dict["executed_ts"] = executed_ts
        cancelled_ts: str | Unset = UNSET
        if not isinstance(self.cancelled_ts, Unset):
            cancelled_ts = self.cancelled_ts.isoformat()
        if cancelled_ts is not UNSET:
            field_dict["cancelled_ts"] = cancelled_ts
        rest_remainder = self.rest_remainder
        if rest_remainder is not UNSET:
            field_dict["rest_remainder"] = rest_remainder
        post_only = self.post_only
        if post_only is not UNSET:
            field_dict["post_only"] = post_only
        cancellation_reason = self.cancellation_reason
        if cancellation_reason is not UNSET:
            field_dict["cancellation_reason"] = cancellation_reason
        creator_user_id = self.creator_user_id
        if creator_user_id is not UNSET:
            field_dict["creator_user_id"] = creator_user_id
        rfq_creator_user_id = self.rfq_creator_user_id
        if rfq_creator_user_id is not UNSET:
            field_dict["rfq_creator_user_id"] = rfq_creator_user_id
        rfq_target_cost_dollars = self.rfq_target_cost_dollars
        if rfq_target_cost_dollars is not UNSET:
            field_dict["rfq_target_cost_dollars"] = rfq_target_cost_dollars
        target_cost_excludes_fees = self.target_cost_excludes_fees
        if target_cost_excludes_fees is not UNSET:
            field_dict["target_cost_excludes_fees"] = target_cost_excludes_fees
        rfq_creator_order_id = self.rfq_creator_order_id
        if rfq_creator_order_id is not UNSET:
            field_dict["rfq_creator_order_id"] = rfq_creator_order_id
        creator_order_id = self.creator_order_id
        if creator_order_id is not UNSET:
            field_dict["creator_order_id"] = creator_order_id
        creator_subaccount = self.creator_subaccount
        if creator_subaccount is not UNSET:
            field_dict["creator_subaccount"] = creator_subaccount
        rfq_creator_subaccount = self.rfq_creator_subaccount
        if rfq_creator_subaccount is not UNSET:
            field_dict["rfq_creator_subaccount"] = rfq_creator_subaccount
        yes_contracts_fp = self.yes_contracts_fp
        if yes_contracts_fp is not UNSET:
            field_dict["yes_contracts_fp"] = yes_contracts_fp
        no_contracts_fp = self.no_contracts_fp
        if no_contracts_fp is not UNSET:
            field_dict["no_contracts_fp"] = no_contracts_fp
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        rfq_id = d.pop("rfq_id")
        creator_id = d.pop("creator_id")
        rfq_creator_id = d.pop("rfq_creator_id")
        market_ticker = d.pop("market_ticker")
        contracts_fp = d.pop("contracts_fp")
        yes_bid_dollars = d.pop("yes_bid_dollars")
        no_bid_dollars = d.pop("no_bid_dollars")
        created_ts = isoparse(d.pop("created_ts"))

        updated_ts = isoparse(d.pop("updated_ts"))

        status = check_quote_status(d.pop("status"), "status", received=True)

        _accepted_side = d.pop("accepted_side", UNSET)
        accepted_side: QuoteAcceptedSide | Unset
        if isinstance(_accepted_side, Unset):
            accepted_side = UNSET
        else:
            accepted_side = check_quote_accepted_side(
                _accepted_side, "accepted_side", received=True
            )

        _accepted_ts = d.pop("accepted_ts", UNSET)
        accepted_ts: datetime.datetime | Unset
        if isinstance(_accepted_ts, Unset):
            accepted_ts = UNSET
        else:
            accepted_ts = isoparse(_accepted_ts)

        _confirmed_ts = d.pop("confirmed_ts", UNSET)
        confirmed_ts: datetime.datetime | Unset
        if isinstance(_confirmed_ts, Unset):
            confirmed_ts = UNSET
        else:
            confirmed_ts = isoparse(_confirmed_ts)

        _executed_ts = d.pop("executed_ts", UNSET)
        executed_ts: datetime.datetime | Unset
        if isinstance(_executed_ts, Unset):
            executed_ts = UNSET
        else:
            executed_ts = isoparse(_executed_ts)

        _cancelled_ts = d.pop("cancelled_ts", UNSET)
        cancelled_ts: datetime.datetime | Unset
        if isinstance(_cancelled_ts, Unset):
            cancelled_ts = UNSET
        else:
            cancelled_ts = isoparse(_cancelled_ts)

        rest_remainder = d.pop("rest_remainder", UNSET)
        post_only = d.pop("post_only", UNSET)
        cancellation_reason = d.pop("cancellation_reason", UNSET)
        creator_user_id = d.pop("creator_user_id", UNSET)
        rfq_creator_user_id = d.pop("rfq_creator_user_id", UNSET)
        rfq_target_cost_dollars = d.pop("rfq_target_cost_dollars", UNSET)
        target_cost_excludes_fees = d.pop("target_cost_excludes_fees", UNSET)
        rfq_creator_order_id = d.pop("rfq_creator_order_id", UNSET)
        creator_order_id = d.pop("creator_order_id", UNSET)
        creator_subaccount = d.pop("creator_subaccount", UNSET)
        rfq_creator_subaccount = d.pop("rfq_creator_subaccount", UNSET)
        yes_contracts_fp = d.pop("yes_contracts_fp", UNSET)
        no_contracts_fp = d.pop("no_contracts_fp", UNSET)
        quote = cls(
            id=id,
            rfq_id=rfq_id,
            creator_id=creator_id,
            rfq_creator_id=rfq_creator_id,
            market_ticker=market_ticker,
            contracts_fp=contracts_fp,
            yes_bid_dollars=yes_bid_dollars,
            no_bid_dollars=no_bid_dollars,
            created_ts=created_ts,
            updated_ts=updated_ts,
            status=status,
            accepted_side=accepted_side,
            accepted_ts=accepted_ts,
            confirmed_ts=confirmed_ts,
            executed_ts=executed_ts,
            cancelled_ts=cancelled_ts,
            rest_remainder=rest_remainder,
            post_only=post_only,
            cancellation_reason=cancellation_reason,
            creator_user_id=creator_user_id,
            rfq_creator_user_id=rfq_creator_user_id,
            rfq_target_cost_dollars=rfq_target_cost_dollars,
            target_cost_excludes_fees=target_cost_excludes_fees,
            rfq_creator_order_id=rfq_creator_order_id,
            creator_order_id=creator_order_id,
            creator_subaccount=creator_subaccount,
            rfq_creator_subaccount=rfq_creator_subaccount,
            yes_contracts_fp=yes_contracts_fp,
            no_contracts_fp=no_contracts_fp,
        )
        quote.additional_properties = d
        return quote

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
