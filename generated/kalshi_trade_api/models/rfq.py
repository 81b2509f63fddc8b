from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..models.rfq_status import RFQStatus, check_rfq_status
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.mve_selected_leg import MveSelectedLeg


T = TypeVar("T", bound="RFQ")


@_attrs_define(repr=False)
class RFQ:
    """Attributes:
    id (str): UUID of the RFQ. Preserve the exact returned string.
    creator_id (str): Public communications ID of the RFQ creator (anonymized). Set to "0" for other users when
        obscure_creator_id is enabled.
    market_ticker (str): The ticker of the market this RFQ is for
    contracts_fp (str): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp" in field
        names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2 decimals.
        Fractional contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts. Example:
        10.00.
    status (RFQStatus): Current status of the RFQ (open, closed)
    created_ts (datetime.datetime): Timestamp when the RFQ was created
    target_cost_dollars (str | Unset): Fixed-point US dollar string. Most request fields accept 2-4 decimal places
        (e.g., "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    target_cost_excludes_fees (bool | Unset): True when the target cost is principal-only and quote sizes are
        computed without reserving taker fees (fees are charged on top).
    mve_collection_ticker (str | Unset): Ticker of the MVE collection this market belongs to
    mve_selected_legs (list[MveSelectedLeg] | Unset): Selected legs for the MVE collection
    rest_remainder (bool | Unset): Whether to rest the remainder of the RFQ after execution
    cancellation_reason (str | Unset): Reason for RFQ cancellation if cancelled
    creator_user_id (str | Unset): User ID of the RFQ creator (private field)
    creator_subaccount (int | Unset): Subaccount number of the RFQ creator (visible when the caller is the RFQ
        creator)
    cancelled_ts (datetime.datetime | Unset): Timestamp when the RFQ was cancelled
    updated_ts (datetime.datetime | Unset): Timestamp when the RFQ was last updated
    """

    id: str
    creator_id: str
    market_ticker: str
    contracts_fp: str
    status: RFQStatus
    created_ts: datetime.datetime
    target_cost_dollars: str | Unset = UNSET
    target_cost_excludes_fees: bool | Unset = UNSET
    mve_collection_ticker: str | Unset = UNSET
    mve_selected_legs: list[MveSelectedLeg] | Unset = UNSET
    rest_remainder: bool | Unset = UNSET
    cancellation_reason: str | Unset = UNSET
    creator_user_id: str | Unset = UNSET
    creator_subaccount: int | Unset = UNSET
    cancelled_ts: datetime.datetime | Unset = UNSET
    updated_ts: datetime.datetime | Unset = UNSET
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
        contracts_fp = self.contracts_fp
        field_dict["contracts_fp"] = contracts_fp
        status: str = check_rfq_status(self.status, "status")
        field_dict["status"] = status
        created_ts = self.created_ts.isoformat()
        field_dict["created_ts"] = created_ts
        target_cost_dollars = self.target_cost_dollars
        if target_cost_dollars is not UNSET:
            field_dict["target_cost_dollars"] = target_cost_dollars
        target_cost_excludes_fees = self.target_cost_excludes_fees
        if target_cost_excludes_fees is not UNSET:
            field_dict["target_cost_excludes_fees"] = target_cost_excludes_fees
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
        rest_remainder = self.rest_remainder
        if rest_remainder is not UNSET:
            field_dict["rest_remainder"] = rest_remainder
        cancellation_reason = self.cancellation_reason
        if cancellation_reason is not UNSET:
            field_dict["cancellation_reason"] = cancellation_reason
        creator_user_id = self.creator_user_id
        if creator_user_id is not UNSET:
            field_dict["creator_user_id"] = creator_user_id
        creator_subaccount = self.creator_subaccount
        if creator_subaccount is not UNSET:
            field_dict["creator_subaccount"] = creator_subaccount
        cancelled_ts: str | Unset = UNSET
        if not isinstance(self.cancelled_ts, Unset):
            cancelled_ts = self.cancelled_ts.isoformat()
        if cancelled_ts is not UNSET:
            field_dict["cancelled_ts"] = cancelled_ts
        updated_ts: str | Unset = UNSET
        if not isinstance(self.updated_ts, Unset):
            updated_ts = self.updated_ts.isoformat()
        if updated_ts is not UNSET:
            field_dict["updated_ts"] = updated_ts
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mve_selected_leg import MveSelectedLeg

        d = dict(src_dict)
        id = d.pop("id")
        creator_id = d.pop("creator_id")
        market_ticker = d.pop("market_ticker")
        contracts_fp = d.pop("contracts_fp")
        status = check_rfq_status(d.pop("status"), "status", received=True)

        created_ts = isoparse(d.pop("created_ts"))

        target_cost_dollars = d.pop("target_cost_dollars", UNSET)
        target_cost_excludes_fees = d.pop("target_cost_excludes_fees", UNSET)
        mve_collection_ticker = d.pop("mve_collection_ticker", UNSET)
        _mve_selected_legs = d.pop("mve_selected_legs", UNSET)
        mve_selected_legs: list[MveSelectedLeg] | Unset = UNSET
        if _mve_selected_legs is not UNSET:
            mve_selected_legs = []
            for mve_selected_legs_item_data in _mve_selected_legs:
                mve_selected_legs_item = MveSelectedLeg.from_dict(
                    mve_selected_legs_item_data
                )

                mve_selected_legs.append(mve_selected_legs_item)

        rest_remainder = d.pop("rest_remainder", UNSET)
        cancellation_reason = d.pop("cancellation_reason", UNSET)
        creator_user_id = d.pop("creator_user_id", UNSET)
        creator_subaccount = d.pop("creator_subaccount", UNSET)
        _cancelled_ts = d.pop("cancelled_ts", UNSET)
        cancelled_ts: datetime.datetime | Unset
        if isinstance(_cancelled_ts, Unset):
            cancelled_ts = UNSET
        else:
            cancelled_ts = isoparse(_cancelled_ts)

        _updated_ts = d.pop("updated_ts", UNSET)
        updated_ts: datetime.datetime | Unset
        if isinstance(_updated_ts, Unset):
            updated_ts = UNSET
        else:
            updated_ts = isoparse(_updated_ts)

        rfq = cls(
            id=id,
            creator_id=creator_id,
            market_ticker=market_ticker,
            contracts_fp=contracts_fp,
            status=status,
            created_ts=created_ts,
            target_cost_dollars=target_cost_dollars,
            target_cost_excludes_fees=target_cost_excludes_fees,
            mve_collection_ticker=mve_collection_ticker,
            mve_selected_legs=mve_selected_legs,
            rest_remainder=rest_remainder,
            cancellation_reason=cancellation_reason,
            creator_user_id=creator_user_id,
            creator_subaccount=creator_subaccount,
            cancelled_ts=cancelled_ts,
            updated_ts=updated_ts,
        )
        rfq.additional_properties = d
        return rfq

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
