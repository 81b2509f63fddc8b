from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

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
    to_count_or_unset,
    to_dollars,
    to_dollars_or_unset,
)

T = TypeVar("T", bound="QuoteCreatedPayloadMsg")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class QuoteCreatedPayloadMsg:
    """Attributes:
    quote_id (str): Unique identifier for the quote
    rfq_id (str): Identifier of the RFQ this quote is for
    quote_creator_id (str): Public communications ID of the quote creator (anonymized)
    market_ticker (str): Market ticker for the quote
    yes_bid_dollars (Decimal): Yes side bid price in dollars
    no_bid_dollars (Decimal): No side bid price in dollars
    created_ts (datetime.datetime): Timestamp when the quote was created
    event_ticker (str | Unset): Event ticker (optional)
    yes_contracts_offered_fp (Decimal | Unset): Fixed-point yes contracts offered (2 decimals) (optional)
    no_contracts_offered_fp (Decimal | Unset): Fixed-point no contracts offered (2 decimals) (optional)
    rfq_target_cost_dollars (Decimal | Unset): Target cost from the RFQ in dollars (optional)
    """

    quote_id: str

    rfq_id: str

    quote_creator_id: str

    market_ticker: str

    yes_bid_dollars: Decimal = _attrs_field(converter=to_dollars)

    no_bid_dollars: Decimal = _attrs_field(converter=to_dollars)

    created_ts: datetime.datetime

    event_ticker: str | Unset = UNSET

    yes_contracts_offered_fp: Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_count_or_unset
    )

    no_contracts_offered_fp: Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_count_or_unset
    )

    rfq_target_cost_dollars: Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_dollars_or_unset
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
        if isinstance(self.quote_id, Unset):
            pass
        elif self.quote_id is None:  # a null the spec does not allow, kept as received
            field_dict["quote_id"] = None
        else:
            field_dict["quote_id"] = self.quote_id
        if isinstance(self.rfq_id, Unset):
            pass
        elif self.rfq_id is None:  # a null the spec does not allow, kept as received
            field_dict["rfq_id"] = None
        else:
            field_dict["rfq_id"] = self.rfq_id
        if isinstance(self.quote_creator_id, Unset):
            pass
        elif (
            self.quote_creator_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["quote_creator_id"] = None
        else:
            field_dict["quote_creator_id"] = self.quote_creator_id
        if isinstance(self.market_ticker, Unset):
            pass
        elif (
            self.market_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["market_ticker"] = None
        else:
            field_dict["market_ticker"] = self.market_ticker
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
        if isinstance(self.event_ticker, Unset):
            pass
        elif (
            self.event_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["event_ticker"] = None
        else:
            field_dict["event_ticker"] = self.event_ticker
        if isinstance(self.yes_contracts_offered_fp, Unset):
            pass
        elif (
            self.yes_contracts_offered_fp is None
        ):  # a null the spec does not allow, kept as received
            field_dict["yes_contracts_offered_fp"] = None
        else:
            field_dict["yes_contracts_offered_fp"] = fixed_point_text(
                self.yes_contracts_offered_fp, "yes_contracts_offered_fp", counts=True
            )
        if isinstance(self.no_contracts_offered_fp, Unset):
            pass
        elif (
            self.no_contracts_offered_fp is None
        ):  # a null the spec does not allow, kept as received
            field_dict["no_contracts_offered_fp"] = None
        else:
            field_dict["no_contracts_offered_fp"] = fixed_point_text(
                self.no_contracts_offered_fp, "no_contracts_offered_fp", counts=True
            )
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
            _v = _get("quote_id", UNSET)
            _f_quote_id: Any
            if type(_v) is str:
                _f_quote_id = _v

            elif _v is UNSET:
                _f_quote_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "QuoteCreatedPayloadMsg", "quote_id", "missing"
                )
            elif _v is None:
                _f_quote_id = None
                _deviations = record_deviation(
                    _deviations, "QuoteCreatedPayloadMsg", "quote_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("quote_id", "str", _v)
                _f_quote_id = _v

            _v = _get("rfq_id", UNSET)
            _f_rfq_id: Any
            if type(_v) is str:
                _f_rfq_id = _v

            elif _v is UNSET:
                _f_rfq_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "QuoteCreatedPayloadMsg", "rfq_id", "missing"
                )
            elif _v is None:
                _f_rfq_id = None
                _deviations = record_deviation(
                    _deviations, "QuoteCreatedPayloadMsg", "rfq_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("rfq_id", "str", _v)
                _f_rfq_id = _v

            _v = _get("quote_creator_id", UNSET)
            _f_quote_creator_id: Any
            if type(_v) is str:
                _f_quote_creator_id = _v

            elif _v is UNSET:
                _f_quote_creator_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "QuoteCreatedPayloadMsg", "quote_creator_id", "missing"
                )
            elif _v is None:
                _f_quote_creator_id = None
                _deviations = record_deviation(
                    _deviations, "QuoteCreatedPayloadMsg", "quote_creator_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("quote_creator_id", "str", _v)
                _f_quote_creator_id = _v

            _v = _get("market_ticker", UNSET)
            _f_market_ticker: Any
            if type(_v) is str:
                _f_market_ticker = _v

            elif _v is UNSET:
                _f_market_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "QuoteCreatedPayloadMsg", "market_ticker", "missing"
                )
            elif _v is None:
                _f_market_ticker = None
                _deviations = record_deviation(
                    _deviations, "QuoteCreatedPayloadMsg", "market_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("market_ticker", "str", _v)
                _f_market_ticker = _v

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
                    _deviations, "QuoteCreatedPayloadMsg", "yes_bid_dollars", "missing"
                )
            elif _v is None:
                _f_yes_bid_dollars = None
                _deviations = record_deviation(
                    _deviations, "QuoteCreatedPayloadMsg", "yes_bid_dollars", "null"
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
                    _deviations, "QuoteCreatedPayloadMsg", "no_bid_dollars", "missing"
                )
            elif _v is None:
                _f_no_bid_dollars = None
                _deviations = record_deviation(
                    _deviations, "QuoteCreatedPayloadMsg", "no_bid_dollars", "null"
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
                    _deviations, "QuoteCreatedPayloadMsg", "created_ts", "missing"
                )
            elif _v is None:
                _f_created_ts = None
                _deviations = record_deviation(
                    _deviations, "QuoteCreatedPayloadMsg", "created_ts", "null"
                )
            else:
                _f_created_ts = parse_datetime(_v, "created_ts")

            _v = _get("event_ticker", UNSET)
            _f_event_ticker: Any
            if type(_v) is str:
                _f_event_ticker = _v

            elif _v is UNSET:
                _f_event_ticker = UNSET
                _absent += 1
            elif _v is None:
                _f_event_ticker = None
                _deviations = record_deviation(
                    _deviations, "QuoteCreatedPayloadMsg", "event_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("event_ticker", "str", _v)
                _f_event_ticker = _v

            _v = _get("yes_contracts_offered_fp", UNSET)
            _f_yes_contracts_offered_fp: Any
            if type(_v) is str:
                try:
                    _f_yes_contracts_offered_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_yes_contracts_offered_fp = parse_fixed_point(
                        _v, "yes_contracts_offered_fp"
                    )

            elif _v is UNSET:
                _f_yes_contracts_offered_fp = UNSET
                _absent += 1
            elif _v is None:
                _f_yes_contracts_offered_fp = None
                _deviations = record_deviation(
                    _deviations,
                    "QuoteCreatedPayloadMsg",
                    "yes_contracts_offered_fp",
                    "null",
                )
            else:
                _f_yes_contracts_offered_fp = parse_fixed_point(
                    _v, "yes_contracts_offered_fp"
                )

            _v = _get("no_contracts_offered_fp", UNSET)
            _f_no_contracts_offered_fp: Any
            if type(_v) is str:
                try:
                    _f_no_contracts_offered_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_no_contracts_offered_fp = parse_fixed_point(
                        _v, "no_contracts_offered_fp"
                    )

            elif _v is UNSET:
                _f_no_contracts_offered_fp = UNSET
                _absent += 1
            elif _v is None:
                _f_no_contracts_offered_fp = None
                _deviations = record_deviation(
                    _deviations,
                    "QuoteCreatedPayloadMsg",
                    "no_contracts_offered_fp",
                    "null",
                )
            else:
                _f_no_contracts_offered_fp = parse_fixed_point(
                    _v, "no_contracts_offered_fp"
                )

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
                    _deviations,
                    "QuoteCreatedPayloadMsg",
                    "rfq_target_cost_dollars",
                    "null",
                )
            else:
                _f_rfq_target_cost_dollars = parse_fixed_point(
                    _v, "rfq_target_cost_dollars"
                )

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        quote_created_payload_msg = _new(cls)
        quote_created_payload_msg.quote_id = _f_quote_id
        quote_created_payload_msg.rfq_id = _f_rfq_id
        quote_created_payload_msg.quote_creator_id = _f_quote_creator_id
        quote_created_payload_msg.market_ticker = _f_market_ticker
        quote_created_payload_msg.yes_bid_dollars = _f_yes_bid_dollars
        quote_created_payload_msg.no_bid_dollars = _f_no_bid_dollars
        quote_created_payload_msg.created_ts = _f_created_ts
        quote_created_payload_msg.event_ticker = _f_event_ticker
        quote_created_payload_msg.yes_contracts_offered_fp = _f_yes_contracts_offered_fp
        quote_created_payload_msg.no_contracts_offered_fp = _f_no_contracts_offered_fp
        quote_created_payload_msg.rfq_target_cost_dollars = _f_rfq_target_cost_dollars
        if len(src_dict) + _absent > 11:
            _known: set[str] = {
                "quote_id",
                "rfq_id",
                "quote_creator_id",
                "market_ticker",
                "yes_bid_dollars",
                "no_bid_dollars",
                "created_ts",
                "event_ticker",
                "yes_contracts_offered_fp",
                "no_contracts_offered_fp",
                "rfq_target_cost_dollars",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            quote_created_payload_msg.additional_properties = _extra_found
        else:
            quote_created_payload_msg.additional_properties = {}
        quote_created_payload_msg._deviations = _deviations
        return quote_created_payload_msg

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("quote_id", "quote_id", str, True, None),
            ("rfq_id", "rfq_id", str, True, None),
            ("quote_creator_id", "quote_creator_id", str, True, None),
            ("market_ticker", "market_ticker", str, True, None),
            ("yes_bid_dollars", "yes_bid_dollars", str, True, None),
            ("no_bid_dollars", "no_bid_dollars", str, True, None),
            ("created_ts", "created_ts", str, True, None),
            ("event_ticker", "event_ticker", str, False, None),
            ("yes_contracts_offered_fp", "yes_contracts_offered_fp", str, False, None),
            ("no_contracts_offered_fp", "no_contracts_offered_fp", str, False, None),
            ("rfq_target_cost_dollars", "rfq_target_cost_dollars", str, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        quote_created_payload_msg = _new(cls)
        quote_created_payload_msg.quote_id = w.quote_id
        quote_created_payload_msg.rfq_id = w.rfq_id
        quote_created_payload_msg.quote_creator_id = w.quote_creator_id
        quote_created_payload_msg.market_ticker = w.market_ticker
        try:
            quote_created_payload_msg.yes_bid_dollars = FIXED_POINT[w.yes_bid_dollars]
        except KeyError:
            quote_created_payload_msg.yes_bid_dollars = parse_fixed_point(
                w.yes_bid_dollars, "yes_bid_dollars"
            )
        try:
            quote_created_payload_msg.no_bid_dollars = FIXED_POINT[w.no_bid_dollars]
        except KeyError:
            quote_created_payload_msg.no_bid_dollars = parse_fixed_point(
                w.no_bid_dollars, "no_bid_dollars"
            )
        quote_created_payload_msg.created_ts = fromisoformat(w.created_ts)
        quote_created_payload_msg.event_ticker = w.event_ticker
        if w.yes_contracts_offered_fp is UNSET:
            quote_created_payload_msg.yes_contracts_offered_fp = (
                w.yes_contracts_offered_fp
            )
        else:
            try:
                quote_created_payload_msg.yes_contracts_offered_fp = FIXED_POINT[
                    w.yes_contracts_offered_fp
                ]
            except KeyError:
                quote_created_payload_msg.yes_contracts_offered_fp = parse_fixed_point(
                    w.yes_contracts_offered_fp, "yes_contracts_offered_fp"
                )
        if w.no_contracts_offered_fp is UNSET:
            quote_created_payload_msg.no_contracts_offered_fp = (
                w.no_contracts_offered_fp
            )
        else:
            try:
                quote_created_payload_msg.no_contracts_offered_fp = FIXED_POINT[
                    w.no_contracts_offered_fp
                ]
            except KeyError:
                quote_created_payload_msg.no_contracts_offered_fp = parse_fixed_point(
                    w.no_contracts_offered_fp, "no_contracts_offered_fp"
                )
        if w.rfq_target_cost_dollars is UNSET:
            quote_created_payload_msg.rfq_target_cost_dollars = (
                w.rfq_target_cost_dollars
            )
        else:
            try:
                quote_created_payload_msg.rfq_target_cost_dollars = FIXED_POINT[
                    w.rfq_target_cost_dollars
                ]
            except KeyError:
                quote_created_payload_msg.rfq_target_cost_dollars = parse_fixed_point(
                    w.rfq_target_cost_dollars, "rfq_target_cost_dollars"
                )
        quote_created_payload_msg.additional_properties = w._extras()
        quote_created_payload_msg._deviations = None
        return quote_created_payload_msg

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
