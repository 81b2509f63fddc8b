from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import model_repr

T = TypeVar("T", bound="QuoteExecutedPayloadMsg")


@_attrs_define(repr=False)
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
        rfq_creator_id = self.rfq_creator_id
        field_dict["rfq_creator_id"] = rfq_creator_id
        order_id = self.order_id
        field_dict["order_id"] = order_id
        client_order_id = self.client_order_id
        field_dict["client_order_id"] = client_order_id
        market_ticker = self.market_ticker
        field_dict["market_ticker"] = market_ticker
        executed_ts = self.executed_ts.isoformat()
        field_dict["executed_ts"] = executed_ts
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quote_id = d.pop("quote_id")
        rfq_id = d.pop("rfq_id")
        quote_creator_id = d.pop("quote_creator_id")
        rfq_creator_id = d.pop("rfq_creator_id")
        order_id = d.pop("order_id")
        client_order_id = d.pop("client_order_id")
        market_ticker = d.pop("market_ticker")
        executed_ts = isoparse(d.pop("executed_ts"))

        quote_executed_payload_msg = cls(
            quote_id=quote_id,
            rfq_id=rfq_id,
            quote_creator_id=quote_creator_id,
            rfq_creator_id=rfq_creator_id,
            order_id=order_id,
            client_order_id=client_order_id,
            market_ticker=market_ticker,
            executed_ts=executed_ts,
        )
        quote_executed_payload_msg.additional_properties = d
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
