from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

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

T = TypeVar("T", bound="QuoteExecutedPayloadMsg")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class QuoteExecutedPayloadMsg:
    """Attributes:
    quote_id (str): Unique identifier for the quote that was executed
    rfq_id (str): Identifier of the RFQ this quote was for
    quote_creator_id (str): Anonymized identifier for the quote creator
    rfq_creator_id (str): Anonymized identifier for the RFQ creator
    order_id (str): Your order ID resulting from the quote execution. Use this to match with fill messages
    client_order_id (str): Your client order ID for the executed order. Use this to correlate with fill messages
    market_ticker (str): Market ticker for the executed quote
    executed_ts (datetime.datetime): Timestamp when the quote was executed and orders were placed
    """

    quote_id: str

    rfq_id: str

    quote_creator_id: str

    rfq_creator_id: str

    order_id: str

    client_order_id: str

    market_ticker: str

    executed_ts: datetime.datetime

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
        if isinstance(self.rfq_creator_id, Unset):
            pass
        elif (
            self.rfq_creator_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["rfq_creator_id"] = None
        else:
            field_dict["rfq_creator_id"] = self.rfq_creator_id
        if isinstance(self.order_id, Unset):
            pass
        elif self.order_id is None:  # a null the spec does not allow, kept as received
            field_dict["order_id"] = None
        else:
            field_dict["order_id"] = self.order_id
        if isinstance(self.client_order_id, Unset):
            pass
        elif (
            self.client_order_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["client_order_id"] = None
        else:
            field_dict["client_order_id"] = self.client_order_id
        if isinstance(self.market_ticker, Unset):
            pass
        elif (
            self.market_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["market_ticker"] = None
        else:
            field_dict["market_ticker"] = self.market_ticker
        if isinstance(self.executed_ts, Unset):
            pass
        elif (
            self.executed_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["executed_ts"] = None
        else:
            _executed_ts = self.executed_ts.isoformat()
            field_dict["executed_ts"] = _executed_ts
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
                    _deviations, "QuoteExecutedPayloadMsg", "quote_id", "missing"
                )
            elif _v is None:
                _f_quote_id = None
                _deviations = record_deviation(
                    _deviations, "QuoteExecutedPayloadMsg", "quote_id", "null"
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
                    _deviations, "QuoteExecutedPayloadMsg", "rfq_id", "missing"
                )
            elif _v is None:
                _f_rfq_id = None
                _deviations = record_deviation(
                    _deviations, "QuoteExecutedPayloadMsg", "rfq_id", "null"
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
                    _deviations,
                    "QuoteExecutedPayloadMsg",
                    "quote_creator_id",
                    "missing",
                )
            elif _v is None:
                _f_quote_creator_id = None
                _deviations = record_deviation(
                    _deviations, "QuoteExecutedPayloadMsg", "quote_creator_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("quote_creator_id", "str", _v)
                _f_quote_creator_id = _v

            _v = _get("rfq_creator_id", UNSET)
            _f_rfq_creator_id: Any
            if type(_v) is str:
                _f_rfq_creator_id = _v

            elif _v is UNSET:
                _f_rfq_creator_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "QuoteExecutedPayloadMsg", "rfq_creator_id", "missing"
                )
            elif _v is None:
                _f_rfq_creator_id = None
                _deviations = record_deviation(
                    _deviations, "QuoteExecutedPayloadMsg", "rfq_creator_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("rfq_creator_id", "str", _v)
                _f_rfq_creator_id = _v

            _v = _get("order_id", UNSET)
            _f_order_id: Any
            if type(_v) is str:
                _f_order_id = _v

            elif _v is UNSET:
                _f_order_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "QuoteExecutedPayloadMsg", "order_id", "missing"
                )
            elif _v is None:
                _f_order_id = None
                _deviations = record_deviation(
                    _deviations, "QuoteExecutedPayloadMsg", "order_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("order_id", "str", _v)
                _f_order_id = _v

            _v = _get("client_order_id", UNSET)
            _f_client_order_id: Any
            if type(_v) is str:
                _f_client_order_id = _v

            elif _v is UNSET:
                _f_client_order_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "QuoteExecutedPayloadMsg", "client_order_id", "missing"
                )
            elif _v is None:
                _f_client_order_id = None
                _deviations = record_deviation(
                    _deviations, "QuoteExecutedPayloadMsg", "client_order_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("client_order_id", "str", _v)
                _f_client_order_id = _v

            _v = _get("market_ticker", UNSET)
            _f_market_ticker: Any
            if type(_v) is str:
                _f_market_ticker = _v

            elif _v is UNSET:
                _f_market_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "QuoteExecutedPayloadMsg", "market_ticker", "missing"
                )
            elif _v is None:
                _f_market_ticker = None
                _deviations = record_deviation(
                    _deviations, "QuoteExecutedPayloadMsg", "market_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("market_ticker", "str", _v)
                _f_market_ticker = _v

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
                _deviations = record_deviation(
                    _deviations, "QuoteExecutedPayloadMsg", "executed_ts", "missing"
                )
            elif _v is None:
                _f_executed_ts = None
                _deviations = record_deviation(
                    _deviations, "QuoteExecutedPayloadMsg", "executed_ts", "null"
                )
            else:
                _f_executed_ts = parse_datetime(_v, "executed_ts")

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        quote_executed_payload_msg = _new(cls)
        quote_executed_payload_msg.quote_id = _f_quote_id
        quote_executed_payload_msg.rfq_id = _f_rfq_id
        quote_executed_payload_msg.quote_creator_id = _f_quote_creator_id
        quote_executed_payload_msg.rfq_creator_id = _f_rfq_creator_id
        quote_executed_payload_msg.order_id = _f_order_id
        quote_executed_payload_msg.client_order_id = _f_client_order_id
        quote_executed_payload_msg.market_ticker = _f_market_ticker
        quote_executed_payload_msg.executed_ts = _f_executed_ts
        if len(src_dict) + _absent > 8:
            _known: set[str] = {
                "quote_id",
                "rfq_id",
                "quote_creator_id",
                "rfq_creator_id",
                "order_id",
                "client_order_id",
                "market_ticker",
                "executed_ts",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            quote_executed_payload_msg.additional_properties = _extra_found
        else:
            quote_executed_payload_msg.additional_properties = {}
        quote_executed_payload_msg._deviations = _deviations
        return quote_executed_payload_msg

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("quote_id", "quote_id", str, True, None),
            ("rfq_id", "rfq_id", str, True, None),
            ("quote_creator_id", "quote_creator_id", str, True, None),
            ("rfq_creator_id", "rfq_creator_id", str, True, None),
            ("order_id", "order_id", str, True, None),
            ("client_order_id", "client_order_id", str, True, None),
            ("market_ticker", "market_ticker", str, True, None),
            ("executed_ts", "executed_ts", str, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        quote_executed_payload_msg = _new(cls)
        quote_executed_payload_msg.quote_id = w.quote_id
        quote_executed_payload_msg.rfq_id = w.rfq_id
        quote_executed_payload_msg.quote_creator_id = w.quote_creator_id
        quote_executed_payload_msg.rfq_creator_id = w.rfq_creator_id
        quote_executed_payload_msg.order_id = w.order_id
        quote_executed_payload_msg.client_order_id = w.client_order_id
        quote_executed_payload_msg.market_ticker = w.market_ticker
        quote_executed_payload_msg.executed_ts = fromisoformat(w.executed_ts)
        quote_executed_payload_msg.additional_properties = w._extras()
        quote_executed_payload_msg._deviations = None
        return quote_executed_payload_msg

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
