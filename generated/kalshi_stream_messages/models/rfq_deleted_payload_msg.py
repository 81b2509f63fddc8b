from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="RfqDeletedPayloadMsg")


@_attrs_define(repr=False)
class RfqDeletedPayloadMsg:
    """Attributes:
    id (str): Unique identifier for the RFQ
    creator_id (str): Public communications ID of the RFQ creator (anonymized)
    market_ticker (str): Market ticker for the RFQ
    deleted_ts (datetime.datetime): Timestamp when the RFQ was deleted
    event_ticker (str | Unset): Event ticker (optional)
    contracts_fp (str | Unset): Fixed-point contracts requested (2 decimals) (optional)
    target_cost_dollars (str | Unset): Target cost in dollars (optional)
    """

    id: str
    creator_id: str
    market_ticker: str
    deleted_ts: datetime.datetime
    event_ticker: str | Unset = UNSET
    contracts_fp: str | Unset = UNSET
    target_cost_dollars: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        id = self.id
        field_dict["id"] = id
        creator_id = self.creator_id
        field_dict["creator_id"] = creator_id
        market_ticker = self.market_ticker
        field_dict["market_ticker"] = market_ticker
        deleted_ts = self.deleted_ts.isoformat()
        field_dict["deleted_ts"] = deleted_ts
        event_ticker = self.event_ticker
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        contracts_fp = self.contracts_fp
        if contracts_fp is not UNSET:
            field_dict["contracts_fp"] = contracts_fp
        target_cost_dollars = self.target_cost_dollars
        if target_cost_dollars is not UNSET:
            field_dict["target_cost_dollars"] = target_cost_dollars
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        creator_id = d.pop("creator_id")
        market_ticker = d.pop("market_ticker")
        deleted_ts = isoparse(d.pop("deleted_ts"))

        event_ticker = d.pop("event_ticker", UNSET)
        contracts_fp = d.pop("contracts_fp", UNSET)
        target_cost_dollars = d.pop("target_cost_dollars", UNSET)
        rfq_deleted_payload_msg = cls(
            id=id,
            creator_id=creator_id,
            market_ticker=market_ticker,
            deleted_ts=deleted_ts,
            event_ticker=event_ticker,
            contracts_fp=contracts_fp,
            target_cost_dollars=target_cost_dollars,
        )
        rfq_deleted_payload_msg.additional_properties = d
        return rfq_deleted_payload_msg

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
