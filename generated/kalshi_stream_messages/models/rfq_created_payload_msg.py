from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.rfq_created_payload_msg_mve_selected_legs_item import (
        RfqCreatedPayloadMsgMveSelectedLegsItem,
    )


T = TypeVar("T", bound="RfqCreatedPayloadMsg")


@_attrs_define(repr=False)
class RfqCreatedPayloadMsg:
    """Attributes:
    id (str): Unique identifier for the RFQ
    creator_id (str): Public communications ID of the RFQ creator (anonymized). Currently empty for rfq_created
        events.
    market_ticker (str): Market ticker for the RFQ
    created_ts (datetime.datetime): Timestamp when the RFQ was created
    event_ticker (str | Unset): Event ticker (optional)
    contracts_fp (str | Unset): Fixed-point contracts requested (2 decimals) (optional)
    target_cost_dollars (str | Unset): Target cost in dollars (optional)
    mve_collection_ticker (str | Unset): Multivariate event collection ticker (optional)
    mve_selected_legs (list[RfqCreatedPayloadMsgMveSelectedLegsItem] | Unset): Selected legs for multivariate events
        (optional)
    """

    id: str
    creator_id: str
    market_ticker: str
    created_ts: datetime.datetime
    event_ticker: str | Unset = UNSET
    contracts_fp: str | Unset = UNSET
    target_cost_dollars: str | Unset = UNSET
    mve_collection_ticker: str | Unset = UNSET
    mve_selected_legs: list[RfqCreatedPayloadMsgMveSelectedLegsItem] | Unset = UNSET
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
        created_ts = self.created_ts.isoformat()
        field_dict["created_ts"] = created_ts
        event_ticker = self.event_ticker
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        contracts_fp = self.contracts_fp
        if contracts_fp is not UNSET:
            field_dict["contracts_fp"] = contracts_fp
        target_cost_dollars = self.target_cost_dollars
        if target_cost_dollars is not UNSET:
            field_dict["target_cost_dollars"] = target_cost_dollars
        mve_collection_ticker = self.mve_collection_ticker
        if mve_collection_ticker is not UNSET:
            field_dict["mve_collection_ticker"] = mve_collection_ticker
        mve_selected_legs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mve_selected_legs, Unset):
            mve_selected_legs = []
            for mve_selected_legs_item_data in self.mve_selected_legs:
                mve_selected_legs_item = mve_selected_legs_item_data.to_dict()
                mve_selected_legs.append(mve_selected_legs_item)

        if mve_selected_legs is not UNSET:
            field_dict["mve_selected_legs"] = mve_selected_legs
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rfq_created_payload_msg_mve_selected_legs_item import (
            RfqCreatedPayloadMsgMveSelectedLegsItem,
        )

        d = dict(src_dict)
        id = d.pop("id")
        creator_id = d.pop("creator_id")
        market_ticker = d.pop("market_ticker")
        created_ts = isoparse(d.pop("created_ts"))

        event_ticker = d.pop("event_ticker", UNSET)
        contracts_fp = d.pop("contracts_fp", UNSET)
        target_cost_dollars = d.pop("target_cost_dollars", UNSET)
        mve_collection_ticker = d.pop("mve_collection_ticker", UNSET)
        _mve_selected_legs = d.pop("mve_selected_legs", UNSET)
        mve_selected_legs: list[RfqCreatedPayloadMsgMveSelectedLegsItem] | Unset = UNSET
        if _mve_selected_legs is not UNSET:
            mve_selected_legs = []
            for mve_selected_legs_item_data in _mve_selected_legs:
                mve_selected_legs_item = (
                    RfqCreatedPayloadMsgMveSelectedLegsItem.from_dict(
                        mve_selected_legs_item_data
                    )
                )

                mve_selected_legs.append(mve_selected_legs_item)

        rfq_created_payload_msg = cls(
            id=id,
            creator_id=creator_id,
            market_ticker=market_ticker,
            created_ts=created_ts,
            event_ticker=event_ticker,
            contracts_fp=contracts_fp,
            target_cost_dollars=target_cost_dollars,
            mve_collection_ticker=mve_collection_ticker,
            mve_selected_legs=mve_selected_legs,
        )
        rfq_created_payload_msg.additional_properties = d
        return rfq_created_payload_msg

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
