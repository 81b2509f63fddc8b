from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.quote_accepted_side import (
    QUOTE_ACCEPTED_SIDE_VALUES,
    QuoteAcceptedSide,
    check_quote_accepted_side,
)
from ..models.quote_status import QUOTE_STATUS_VALUES, QuoteStatus, check_quote_status
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
    record_deviation,
    to_count,
    to_count_or_unset,
    to_dollars,
    to_dollars_or_unset,
)

T = TypeVar("T", bound="Quote")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class Quote:
    """Attributes:
    id (str): UUID of the quote. Preserve the exact returned string.
    rfq_id (str): UUID of the RFQ this quote is responding to.
    creator_id (str): Public communications ID of the quote creator
    rfq_creator_id (str): Public communications ID of the RFQ creator (anonymized). Set to \"0\" for other users when
        obscure_creator_id is enabled.
    market_ticker (str): The ticker of the market this quote is for
    contracts_fp (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\" in
        field names). Requests accept 0-2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2
        decimals. Fractional contract values (e.g., \"2.50\") are supported; the minimum granularity is 0.01 contracts.
        Example: 10.00.
    yes_bid_dollars (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    no_bid_dollars (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
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
    rfq_target_cost_dollars (Decimal | Unset): Fixed-point US dollar string. Most request fields accept 2-4 decimal
        places (e.g., \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are
        constrained by that market's price level structure. Example: 0.5600.
    target_cost_excludes_fees (bool | Unset): True when the RFQ's target cost is principal-only and the contracts-
        offered sizes were computed without reserving taker fees (fees are charged on top of the target cost).
    rfq_creator_order_id (str | Unset): Order ID for the RFQ creator (private field)
    creator_order_id (str | Unset): Order ID for the quote creator (private field)
    creator_subaccount (int | Unset): Subaccount number of the quote creator (visible when the caller is the quote
        creator)
    rfq_creator_subaccount (int | Unset): Subaccount number of the RFQ creator (visible when the caller is the RFQ
        creator)
    yes_contracts_fp (Decimal | Unset): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as
        \"fp\" in field names). Requests accept 0-2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2
        decimals. Fractional contract values (e.g., \"2.50\") are supported; the minimum granularity is 0.01 contracts.
        Example: 10.00.
    no_contracts_fp (Decimal | Unset): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as
        \"fp\" in field names). Requests accept 0-2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2
        decimals. Fractional contract values (e.g., \"2.50\") are supported; the minimum granularity is 0.01 contracts.
        Example: 10.00.
    """

    id: str

    rfq_id: str

    creator_id: str

    rfq_creator_id: str

    market_ticker: str

    contracts_fp: Decimal = _attrs_field(converter=to_count)

    yes_bid_dollars: Decimal = _attrs_field(converter=to_dollars)

    no_bid_dollars: Decimal = _attrs_field(converter=to_dollars)

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

    rfq_target_cost_dollars: Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_dollars_or_unset
    )

    target_cost_excludes_fees: bool | Unset = UNSET

    rfq_creator_order_id: str | Unset = UNSET

    creator_order_id: str | Unset = UNSET

    creator_subaccount: int | Unset = UNSET

    rfq_creator_subaccount: int | Unset = UNSET

    yes_contracts_fp: Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_count_or_unset
    )

    no_contracts_fp: Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_count_or_unset
    )

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
        if isinstance(self.rfq_id, Unset):
            pass
        elif self.rfq_id is None:  # a null the spec does not allow, kept as received
            field_dict["rfq_id"] = None
        else:
            field_dict["rfq_id"] = self.rfq_id
        if isinstance(self.creator_id, Unset):
            pass
        elif (
            self.creator_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["creator_id"] = None
        else:
            field_dict["creator_id"] = self.creator_id
        if isinstance(self.rfq_creator_id, Unset):
            pass
        elif (
            self.rfq_creator_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["rfq_creator_id"] = None
        else:
            field_dict["rfq_creator_id"] = self.rfq_creator_id
        if isinstance(self.market_ticker, Unset):
            pass
        elif (
            self.market_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["market_ticker"] = None
        else:
            field_dict["market_ticker"] = self.market_ticker
        if isinstance(self.contracts_fp, Unset):
            pass
        elif (
            self.contracts_fp is None
        ):  # a null the spec does not allow, kept as received
            field_dict["contracts_fp"] = None
        else:
            field_dict["contracts_fp"] = fixed_point_text(
                self.contracts_fp, "contracts_fp", counts=True
            )
        if isinstance(self.yes_bid_dollars, Unset):
            pass
        elif (
            self.yes_bid_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["yes_bid_dollars"] = None
        else:
            field_dict["yes_bid_dollars"] = fixed_point_text(
                self.yes_bid_dollars, "yes_bid_dollars", counts=False
            )
        if isinstance(self.no_bid_dollars, Unset):
            pass
        elif (
            self.no_bid_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["no_bid_dollars"] = None
        else:
            field_dict["no_bid_dollars"] = fixed_point_text(
                self.no_bid_dollars, "no_bid_dollars", counts=False
            )
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
        if isinstance(self.status, Unset):
            pass
        elif self.status is None:  # a null the spec does not allow, kept as received
            field_dict["status"] = None
        else:
            _status: str = check_quote_status(self.status, "status")
            field_dict["status"] = _status
        if isinstance(self.accepted_side, Unset):
            pass
        elif (
            self.accepted_side is None
        ):  # a null the spec does not allow, kept as received
            field_dict["accepted_side"] = None
        else:
            _accepted_side: str | Unset = UNSET
            if not isinstance(self.accepted_side, Unset):
                _accepted_side = check_quote_accepted_side(
                    self.accepted_side, "accepted_side"
                )

            field_dict["accepted_side"] = _accepted_side
        if isinstance(self.accepted_ts, Unset):
            pass
        elif (
            self.accepted_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["accepted_ts"] = None
        else:
            _accepted_ts: str | Unset = UNSET
            if not isinstance(self.accepted_ts, Unset):
                _accepted_ts = self.accepted_ts.isoformat()
            field_dict["accepted_ts"] = _accepted_ts
        if isinstance(self.confirmed_ts, Unset):
            pass
        elif (
            self.confirmed_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["confirmed_ts"] = None
        else:
            _confirmed_ts: str | Unset = UNSET
            if not isinstance(self.confirmed_ts, Unset):
                _confirmed_ts = self.confirmed_ts.isoformat()
            field_dict["confirmed_ts"] = _confirmed_ts
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
        if isinstance(self.cancelled_ts, Unset):
            pass
        elif (
            self.cancelled_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["cancelled_ts"] = None
        else:
            _cancelled_ts: str | Unset = UNSET
            if not isinstance(self.cancelled_ts, Unset):
                _cancelled_ts = self.cancelled_ts.isoformat()
            field_dict["cancelled_ts"] = _cancelled_ts
        if isinstance(self.rest_remainder, Unset):
            pass
        elif (
            self.rest_remainder is None
        ):  # a null the spec does not allow, kept as received
            field_dict["rest_remainder"] = None
        else:
            field_dict["rest_remainder"] = self.rest_remainder
        if isinstance(self.post_only, Unset):
            pass
        elif self.post_only is None:  # a null the spec does not allow, kept as received
            field_dict["post_only"] = None
        else:
            field_dict["post_only"] = self.post_only
        if isinstance(self.cancellation_reason, Unset):
            pass
        elif (
            self.cancellation_reason is None
        ):  # a null the spec does not allow, kept as received
            field_dict["cancellation_reason"] = None
        else:
            field_dict["cancellation_reason"] = self.cancellation_reason
        if isinstance(self.creator_user_id, Unset):
            pass
        elif (
            self.creator_user_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["creator_user_id"] = None
        else:
            field_dict["creator_user_id"] = self.creator_user_id
        if isinstance(self.rfq_creator_user_id, Unset):
            pass
        elif (
            self.rfq_creator_user_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["rfq_creator_user_id"] = None
        else:
            field_dict["rfq_creator_user_id"] = self.rfq_creator_user_id
        if isinstance(self.rfq_target_cost_dollars, Unset):
            pass
        elif (
            self.rfq_target_cost_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["rfq_target_cost_dollars"] = None
        else:
            field_dict["rfq_target_cost_dollars"] = fixed_point_text(
                self.rfq_target_cost_dollars, "rfq_target_cost_dollars", counts=False
            )
        if isinstance(self.target_cost_excludes_fees, Unset):
            pass
        elif (
            self.target_cost_excludes_fees is None
        ):  # a null the spec does not allow, kept as received
            field_dict["target_cost_excludes_fees"] = None
        else:
            field_dict["target_cost_excludes_fees"] = self.target_cost_excludes_fees
        if isinstance(self.rfq_creator_order_id, Unset):
            pass
        elif (
            self.rfq_creator_order_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["rfq_creator_order_id"] = None
        else:
            field_dict["rfq_creator_order_id"] = self.rfq_creator_order_id
        if isinstance(self.creator_order_id, Unset):
            pass
        elif (
            self.creator_order_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["creator_order_id"] = None
        else:
            field_dict["creator_order_id"] = self.creator_order_id
        if isinstance(self.creator_subaccount, Unset):
            pass
        elif (
            self.creator_subaccount is None
        ):  # a null the spec does not allow, kept as received
            field_dict["creator_subaccount"] = None
        else:
            field_dict["creator_subaccount"] = self.creator_subaccount
        if isinstance(self.rfq_creator_subaccount, Unset):
            pass
        elif (
            self.rfq_creator_subaccount is None
        ):  # a null the spec does not allow, kept as received
            field_dict["rfq_creator_subaccount"] = None
        else:
            field_dict["rfq_creator_subaccount"] = self.rfq_creator_subaccount
        if isinstance(self.yes_contracts_fp, Unset):
            pass
        elif (
            self.yes_contracts_fp is None
        ):  # a null the spec does not allow, kept as received
            field_dict["yes_contracts_fp"] = None
        else:
            field_dict["yes_contracts_fp"] = fixed_point_text(
                self.yes_contracts_fp, "yes_contracts_fp", counts=True
            )
        if isinstance(self.no_contracts_fp, Unset):
            pass
        elif (
            self.no_contracts_fp is None
        ):  # a null the spec does not allow, kept as received
            field_dict["no_contracts_fp"] = None
        else:
            field_dict["no_contracts_fp"] = fixed_point_text(
                self.no_contracts_fp, "no_contracts_fp", counts=True
            )
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
                _deviations = record_deviation(_deviations, "Quote", "id", "missing")
            elif _v is None:
                _f_id = None
                _deviations = record_deviation(_deviations, "Quote", "id", "null")
            else:
                if type(_v) is not str:
                    raise BadValue("id", "str", _v)
                _f_id = _v

            _v = _get("rfq_id", UNSET)
            _f_rfq_id: Any
            if type(_v) is str:
                _f_rfq_id = _v

            elif _v is UNSET:
                _f_rfq_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Quote", "rfq_id", "missing"
                )
            elif _v is None:
                _f_rfq_id = None
                _deviations = record_deviation(_deviations, "Quote", "rfq_id", "null")
            else:
                if type(_v) is not str:
                    raise BadValue("rfq_id", "str", _v)
                _f_rfq_id = _v

            _v = _get("creator_id", UNSET)
            _f_creator_id: Any
            if type(_v) is str:
                _f_creator_id = _v

            elif _v is UNSET:
                _f_creator_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Quote", "creator_id", "missing"
                )
            elif _v is None:
                _f_creator_id = None
                _deviations = record_deviation(
                    _deviations, "Quote", "creator_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("creator_id", "str", _v)
                _f_creator_id = _v

            _v = _get("rfq_creator_id", UNSET)
            _f_rfq_creator_id: Any
            if type(_v) is str:
                _f_rfq_creator_id = _v

            elif _v is UNSET:
                _f_rfq_creator_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Quote", "rfq_creator_id", "missing"
                )
            elif _v is None:
                _f_rfq_creator_id = None
                _deviations = record_deviation(
                    _deviations, "Quote", "rfq_creator_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("rfq_creator_id", "str", _v)
                _f_rfq_creator_id = _v

            _v = _get("market_ticker", UNSET)
            _f_market_ticker: Any
            if type(_v) is str:
                _f_market_ticker = _v

            elif _v is UNSET:
                _f_market_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Quote", "market_ticker", "missing"
                )
            elif _v is None:
                _f_market_ticker = None
                _deviations = record_deviation(
                    _deviations, "Quote", "market_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("market_ticker", "str", _v)
                _f_market_ticker = _v

            _v = _get("contracts_fp", UNSET)
            _f_contracts_fp: Any
            if type(_v) is str:
                try:
                    _f_contracts_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_contracts_fp = parse_fixed_point(_v, "contracts_fp")

            elif _v is UNSET:
                _f_contracts_fp = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Quote", "contracts_fp", "missing"
                )
            elif _v is None:
                _f_contracts_fp = None
                _deviations = record_deviation(
                    _deviations, "Quote", "contracts_fp", "null"
                )
            else:
                _f_contracts_fp = parse_fixed_point(_v, "contracts_fp")

            _v = _get("yes_bid_dollars", UNSET)
            _f_yes_bid_dollars: Any
            if type(_v) is str:
                try:
                    _f_yes_bid_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_yes_bid_dollars = parse_fixed_point(_v, "yes_bid_dollars")

            elif _v is UNSET:
                _f_yes_bid_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Quote", "yes_bid_dollars", "missing"
                )
            elif _v is None:
                _f_yes_bid_dollars = None
                _deviations = record_deviation(
                    _deviations, "Quote", "yes_bid_dollars", "null"
                )
            else:
                _f_yes_bid_dollars = parse_fixed_point(_v, "yes_bid_dollars")

            _v = _get("no_bid_dollars", UNSET)
            _f_no_bid_dollars: Any
            if type(_v) is str:
                try:
                    _f_no_bid_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_no_bid_dollars = parse_fixed_point(_v, "no_bid_dollars")

            elif _v is UNSET:
                _f_no_bid_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Quote", "no_bid_dollars", "missing"
                )
            elif _v is None:
                _f_no_bid_dollars = None
                _deviations = record_deviation(
                    _deviations, "Quote", "no_bid_dollars", "null"
                )
            else:
                _f_no_bid_dollars = parse_fixed_point(_v, "no_bid_dollars")

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
                    _deviations, "Quote", "created_ts", "missing"
                )
            elif _v is None:
                _f_created_ts = None
                _deviations = record_deviation(
                    _deviations, "Quote", "created_ts", "null"
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
                    _deviations, "Quote", "updated_ts", "missing"
                )
            elif _v is None:
                _f_updated_ts = None
                _deviations = record_deviation(
                    _deviations, "Quote", "updated_ts", "null"
                )
            else:
                _f_updated_ts = parse_datetime(_v, "updated_ts")

            _v = _get("status", UNSET)
            _f_status: Any
            if type(_v) is str and _v in QUOTE_STATUS_VALUES:
                _f_status = _v

            elif _v is UNSET:
                _f_status = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "Quote", "status", "missing"
                )
            elif _v is None:
                _f_status = None
                _deviations = record_deviation(_deviations, "Quote", "status", "null")
            else:
                _f_status = check_quote_status(_v, "status", received=True)

            _v = _get("accepted_side", UNSET)
            _f_accepted_side: Any
            if type(_v) is str and _v in QUOTE_ACCEPTED_SIDE_VALUES:
                _f_accepted_side = _v

            elif _v is UNSET:
                _f_accepted_side = UNSET
                _absent += 1
            elif _v is None:
                _f_accepted_side = None
                _deviations = record_deviation(
                    _deviations, "Quote", "accepted_side", "null"
                )
            else:
                _f_accepted_side = check_quote_accepted_side(
                    _v, "accepted_side", received=True
                )

            _v = _get("accepted_ts", UNSET)
            _f_accepted_ts: Any
            if type(_v) is str:
                try:
                    _f_accepted_ts = fromisoformat(_v)
                except ValueError:
                    _f_accepted_ts = parse_datetime(_v, "accepted_ts")

            elif _v is UNSET:
                _f_accepted_ts = UNSET
                _absent += 1
            elif _v is None:
                _f_accepted_ts = None
                _deviations = record_deviation(
                    _deviations, "Quote", "accepted_ts", "null"
                )
            else:
                _f_accepted_ts = parse_datetime(_v, "accepted_ts")

            _v = _get("confirmed_ts", UNSET)
            _f_confirmed_ts: Any
            if type(_v) is str:
                try:
                    _f_confirmed_ts = fromisoformat(_v)
                except ValueError:
                    _f_confirmed_ts = parse_datetime(_v, "confirmed_ts")

            elif _v is UNSET:
                _f_confirmed_ts = UNSET
                _absent += 1
            elif _v is None:
                _f_confirmed_ts = None
                _deviations = record_deviation(
                    _deviations, "Quote", "confirmed_ts", "null"
                )
            else:
                _f_confirmed_ts = parse_datetime(_v, "confirmed_ts")

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
                    _deviations, "Quote", "executed_ts", "null"
                )
            else:
                _f_executed_ts = parse_datetime(_v, "executed_ts")

            _v = _get("cancelled_ts", UNSET)
            _f_cancelled_ts: Any
            if type(_v) is str:
                try:
                    _f_cancelled_ts = fromisoformat(_v)
                except ValueError:
                    _f_cancelled_ts = parse_datetime(_v, "cancelled_ts")

            elif _v is UNSET:
                _f_cancelled_ts = UNSET
                _absent += 1
            elif _v is None:
                _f_cancelled_ts = None
                _deviations = record_deviation(
                    _deviations, "Quote", "cancelled_ts", "null"
                )
            else:
                _f_cancelled_ts = parse_datetime(_v, "cancelled_ts")

            _v = _get("rest_remainder", UNSET)
            _f_rest_remainder: Any
            if type(_v) is bool:
                _f_rest_remainder = _v

            elif _v is UNSET:
                _f_rest_remainder = UNSET
                _absent += 1
            elif _v is None:
                _f_rest_remainder = None
                _deviations = record_deviation(
                    _deviations, "Quote", "rest_remainder", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("rest_remainder", "bool", _v)
                _f_rest_remainder = _v

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
                    _deviations, "Quote", "post_only", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("post_only", "bool", _v)
                _f_post_only = _v

            _v = _get("cancellation_reason", UNSET)
            _f_cancellation_reason: Any
            if type(_v) is str:
                _f_cancellation_reason = _v

            elif _v is UNSET:
                _f_cancellation_reason = UNSET
                _absent += 1
            elif _v is None:
                _f_cancellation_reason = None
                _deviations = record_deviation(
                    _deviations, "Quote", "cancellation_reason", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("cancellation_reason", "str", _v)
                _f_cancellation_reason = _v

            _v = _get("creator_user_id", UNSET)
            _f_creator_user_id: Any
            if type(_v) is str:
                _f_creator_user_id = _v

            elif _v is UNSET:
                _f_creator_user_id = UNSET
                _absent += 1
            elif _v is None:
                _f_creator_user_id = None
                _deviations = record_deviation(
                    _deviations, "Quote", "creator_user_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("creator_user_id", "str", _v)
                _f_creator_user_id = _v

            _v = _get("rfq_creator_user_id", UNSET)
            _f_rfq_creator_user_id: Any
            if type(_v) is str:
                _f_rfq_creator_user_id = _v

            elif _v is UNSET:
                _f_rfq_creator_user_id = UNSET
                _absent += 1
            elif _v is None:
                _f_rfq_creator_user_id = None
                _deviations = record_deviation(
                    _deviations, "Quote", "rfq_creator_user_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("rfq_creator_user_id", "str", _v)
                _f_rfq_creator_user_id = _v

            _v = _get("rfq_target_cost_dollars", UNSET)
            _f_rfq_target_cost_dollars: Any
            if type(_v) is str:
                try:
                    _f_rfq_target_cost_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_rfq_target_cost_dollars = parse_fixed_point(
                        _v, "rfq_target_cost_dollars"
                    )

            elif _v is UNSET:
                _f_rfq_target_cost_dollars = UNSET
                _absent += 1
            elif _v is None:
                _f_rfq_target_cost_dollars = None
                _deviations = record_deviation(
                    _deviations, "Quote", "rfq_target_cost_dollars", "null"
                )
            else:
                _f_rfq_target_cost_dollars = parse_fixed_point(
                    _v, "rfq_target_cost_dollars"
                )

            _v = _get("target_cost_excludes_fees", UNSET)
            _f_target_cost_excludes_fees: Any
            if type(_v) is bool:
                _f_target_cost_excludes_fees = _v

            elif _v is UNSET:
                _f_target_cost_excludes_fees = UNSET
                _absent += 1
            elif _v is None:
                _f_target_cost_excludes_fees = None
                _deviations = record_deviation(
                    _deviations, "Quote", "target_cost_excludes_fees", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("target_cost_excludes_fees", "bool", _v)
                _f_target_cost_excludes_fees = _v

            _v = _get("rfq_creator_order_id", UNSET)
            _f_rfq_creator_order_id: Any
            if type(_v) is str:
                _f_rfq_creator_order_id = _v

            elif _v is UNSET:
                _f_rfq_creator_order_id = UNSET
                _absent += 1
            elif _v is None:
                _f_rfq_creator_order_id = None
                _deviations = record_deviation(
                    _deviations, "Quote", "rfq_creator_order_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("rfq_creator_order_id", "str", _v)
                _f_rfq_creator_order_id = _v

            _v = _get("creator_order_id", UNSET)
            _f_creator_order_id: Any
            if type(_v) is str:
                _f_creator_order_id = _v

            elif _v is UNSET:
                _f_creator_order_id = UNSET
                _absent += 1
            elif _v is None:
                _f_creator_order_id = None
                _deviations = record_deviation(
                    _deviations, "Quote", "creator_order_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("creator_order_id", "str", _v)
                _f_creator_order_id = _v

            _v = _get("creator_subaccount", UNSET)
            _f_creator_subaccount: Any
            if type(_v) is int:
                _f_creator_subaccount = _v

            elif _v is UNSET:
                _f_creator_subaccount = UNSET
                _absent += 1
            elif _v is None:
                _f_creator_subaccount = None
                _deviations = record_deviation(
                    _deviations, "Quote", "creator_subaccount", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("creator_subaccount", "int", _v)
                _f_creator_subaccount = _v

            _v = _get("rfq_creator_subaccount", UNSET)
            _f_rfq_creator_subaccount: Any
            if type(_v) is int:
                _f_rfq_creator_subaccount = _v

            elif _v is UNSET:
                _f_rfq_creator_subaccount = UNSET
                _absent += 1
            elif _v is None:
                _f_rfq_creator_subaccount = None
                _deviations = record_deviation(
                    _deviations, "Quote", "rfq_creator_subaccount", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("rfq_creator_subaccount", "int", _v)
                _f_rfq_creator_subaccount = _v

            _v = _get("yes_contracts_fp", UNSET)
            _f_yes_contracts_fp: Any
            if type(_v) is str:
                try:
                    _f_yes_contracts_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_yes_contracts_fp = parse_fixed_point(_v, "yes_contracts_fp")

            elif _v is UNSET:
                _f_yes_contracts_fp = UNSET
                _absent += 1
            elif _v is None:
                _f_yes_contracts_fp = None
                _deviations = record_deviation(
                    _deviations, "Quote", "yes_contracts_fp", "null"
                )
            else:
                _f_yes_contracts_fp = parse_fixed_point(_v, "yes_contracts_fp")

            _v = _get("no_contracts_fp", UNSET)
            _f_no_contracts_fp: Any
            if type(_v) is str:
                try:
                    _f_no_contracts_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_no_contracts_fp = parse_fixed_point(_v, "no_contracts_fp")

            elif _v is UNSET:
                _f_no_contracts_fp = UNSET
                _absent += 1
            elif _v is None:
                _f_no_contracts_fp = None
                _deviations = record_deviation(
                    _deviations, "Quote", "no_contracts_fp", "null"
                )
            else:
                _f_no_contracts_fp = parse_fixed_point(_v, "no_contracts_fp")

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        quote = _new(cls)
        quote.id = _f_id
        quote.rfq_id = _f_rfq_id
        quote.creator_id = _f_creator_id
        quote.rfq_creator_id = _f_rfq_creator_id
        quote.market_ticker = _f_market_ticker
        quote.contracts_fp = _f_contracts_fp
        quote.yes_bid_dollars = _f_yes_bid_dollars
        quote.no_bid_dollars = _f_no_bid_dollars
        quote.created_ts = _f_created_ts
        quote.updated_ts = _f_updated_ts
        quote.status = _f_status
        quote.accepted_side = _f_accepted_side
        quote.accepted_ts = _f_accepted_ts
        quote.confirmed_ts = _f_confirmed_ts
        quote.executed_ts = _f_executed_ts
        quote.cancelled_ts = _f_cancelled_ts
        quote.rest_remainder = _f_rest_remainder
        quote.post_only = _f_post_only
        quote.cancellation_reason = _f_cancellation_reason
        quote.creator_user_id = _f_creator_user_id
        quote.rfq_creator_user_id = _f_rfq_creator_user_id
        quote.rfq_target_cost_dollars = _f_rfq_target_cost_dollars
        quote.target_cost_excludes_fees = _f_target_cost_excludes_fees
        quote.rfq_creator_order_id = _f_rfq_creator_order_id
        quote.creator_order_id = _f_creator_order_id
        quote.creator_subaccount = _f_creator_subaccount
        quote.rfq_creator_subaccount = _f_rfq_creator_subaccount
        quote.yes_contracts_fp = _f_yes_contracts_fp
        quote.no_contracts_fp = _f_no_contracts_fp
        if len(src_dict) + _absent > 29:
            _known: set[str] = {
                "id",
                "rfq_id",
                "creator_id",
                "rfq_creator_id",
                "market_ticker",
                "contracts_fp",
                "yes_bid_dollars",
                "no_bid_dollars",
                "created_ts",
                "updated_ts",
                "status",
                "accepted_side",
                "accepted_ts",
                "confirmed_ts",
                "executed_ts",
                "cancelled_ts",
                "rest_remainder",
                "post_only",
                "cancellation_reason",
                "creator_user_id",
                "rfq_creator_user_id",
                "rfq_target_cost_dollars",
                "target_cost_excludes_fees",
                "rfq_creator_order_id",
                "creator_order_id",
                "creator_subaccount",
                "rfq_creator_subaccount",
                "yes_contracts_fp",
                "no_contracts_fp",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            quote.additional_properties = _extra_found
        else:
            quote.additional_properties = {}
        quote._deviations = _deviations
        return quote

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("id", "id", str, True, None),
            ("rfq_id", "rfq_id", str, True, None),
            ("creator_id", "creator_id", str, True, None),
            ("rfq_creator_id", "rfq_creator_id", str, True, None),
            ("market_ticker", "market_ticker", str, True, None),
            ("contracts_fp", "contracts_fp", str, True, None),
            ("yes_bid_dollars", "yes_bid_dollars", str, True, None),
            ("no_bid_dollars", "no_bid_dollars", str, True, None),
            ("created_ts", "created_ts", str, True, None),
            ("updated_ts", "updated_ts", str, True, None),
            ("status", "status", str, True, None),
            ("accepted_side", "accepted_side", str, False, None),
            ("accepted_ts", "accepted_ts", str, False, None),
            ("confirmed_ts", "confirmed_ts", str, False, None),
            ("executed_ts", "executed_ts", str, False, None),
            ("cancelled_ts", "cancelled_ts", str, False, None),
            ("rest_remainder", "rest_remainder", bool, False, None),
            ("post_only", "post_only", bool, False, None),
            ("cancellation_reason", "cancellation_reason", str, False, None),
            ("creator_user_id", "creator_user_id", str, False, None),
            ("rfq_creator_user_id", "rfq_creator_user_id", str, False, None),
            ("rfq_target_cost_dollars", "rfq_target_cost_dollars", str, False, None),
            (
                "target_cost_excludes_fees",
                "target_cost_excludes_fees",
                bool,
                False,
                None,
            ),
            ("rfq_creator_order_id", "rfq_creator_order_id", str, False, None),
            ("creator_order_id", "creator_order_id", str, False, None),
            ("creator_subaccount", "creator_subaccount", int, False, None),
            ("rfq_creator_subaccount", "rfq_creator_subaccount", int, False, None),
            ("yes_contracts_fp", "yes_contracts_fp", str, False, None),
            ("no_contracts_fp", "no_contracts_fp", str, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        quote = _new(cls)
        quote.id = w.id
        quote.rfq_id = w.rfq_id
        quote.creator_id = w.creator_id
        quote.rfq_creator_id = w.rfq_creator_id
        quote.market_ticker = w.market_ticker
        try:
            quote.contracts_fp = FIXED_POINT[w.contracts_fp]
        except KeyError:
            quote.contracts_fp = parse_fixed_point(w.contracts_fp, "contracts_fp")
        try:
            quote.yes_bid_dollars = FIXED_POINT[w.yes_bid_dollars]
        except KeyError:
            quote.yes_bid_dollars = parse_fixed_point(
                w.yes_bid_dollars, "yes_bid_dollars"
            )
        try:
            quote.no_bid_dollars = FIXED_POINT[w.no_bid_dollars]
        except KeyError:
            quote.no_bid_dollars = parse_fixed_point(w.no_bid_dollars, "no_bid_dollars")
        quote.created_ts = fromisoformat(w.created_ts)
        quote.updated_ts = fromisoformat(w.updated_ts)
        quote.status = (
            w.status
            if w.status in QUOTE_STATUS_VALUES
            else check_quote_status(w.status, "status", received=True)
        )
        if w.accepted_side is UNSET:
            quote.accepted_side = w.accepted_side
        else:
            quote.accepted_side = (
                w.accepted_side
                if w.accepted_side in QUOTE_ACCEPTED_SIDE_VALUES
                else check_quote_accepted_side(
                    w.accepted_side, "accepted_side", received=True
                )
            )
        if w.accepted_ts is UNSET:
            quote.accepted_ts = w.accepted_ts
        else:
            quote.accepted_ts = fromisoformat(w.accepted_ts)
        if w.confirmed_ts is UNSET:
            quote.confirmed_ts = w.confirmed_ts
        else:
            quote.confirmed_ts = fromisoformat(w.confirmed_ts)
        if w.executed_ts is UNSET:
            quote.executed_ts = w.executed_ts
        else:
            quote.executed_ts = fromisoformat(w.executed_ts)
        if w.cancelled_ts is UNSET:
            quote.cancelled_ts = w.cancelled_ts
        else:
            quote.cancelled_ts = fromisoformat(w.cancelled_ts)
        quote.rest_remainder = w.rest_remainder
        quote.post_only = w.post_only
        quote.cancellation_reason = w.cancellation_reason
        quote.creator_user_id = w.creator_user_id
        quote.rfq_creator_user_id = w.rfq_creator_user_id
        if w.rfq_target_cost_dollars is UNSET:
            quote.rfq_target_cost_dollars = w.rfq_target_cost_dollars
        else:
            try:
                quote.rfq_target_cost_dollars = FIXED_POINT[w.rfq_target_cost_dollars]
            except KeyError:
                quote.rfq_target_cost_dollars = parse_fixed_point(
                    w.rfq_target_cost_dollars, "rfq_target_cost_dollars"
                )
        quote.target_cost_excludes_fees = w.target_cost_excludes_fees
        quote.rfq_creator_order_id = w.rfq_creator_order_id
        quote.creator_order_id = w.creator_order_id
        quote.creator_subaccount = w.creator_subaccount
        quote.rfq_creator_subaccount = w.rfq_creator_subaccount
        if w.yes_contracts_fp is UNSET:
            quote.yes_contracts_fp = w.yes_contracts_fp
        else:
            try:
                quote.yes_contracts_fp = FIXED_POINT[w.yes_contracts_fp]
            except KeyError:
                quote.yes_contracts_fp = parse_fixed_point(
                    w.yes_contracts_fp, "yes_contracts_fp"
                )
        if w.no_contracts_fp is UNSET:
            quote.no_contracts_fp = w.no_contracts_fp
        else:
            try:
                quote.no_contracts_fp = FIXED_POINT[w.no_contracts_fp]
            except KeyError:
                quote.no_contracts_fp = parse_fixed_point(
                    w.no_contracts_fp, "no_contracts_fp"
                )
        quote.additional_properties = w._extras()
        quote._deviations = None
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
