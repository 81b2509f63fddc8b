from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..models.outcome_side import OutcomeSide, check_outcome_side
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="FcmFill")


@_attrs_define(repr=False)
class FcmFill:
    """Attributes:
    fill_id (str): Fill ID.
    exchange_index (int): Identifier for an exchange shard.
    ticker (str): Market ticker.
    taker_outcome_side (OutcomeSide): Outcome side.
    count_fp (str): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp" in field
        names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2 decimals.
        Fractional contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts. Example:
        10.00.
    yes_price_dollars (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    created_time (datetime.datetime | Unset): Fill execution time.
    maker_order_id (str | Unset): Maker order ID when owned by the FCM.
    maker_subtrader_id (str | Unset): Maker subtrader ID when owned by the FCM.
    maker_fee_cost (str | Unset): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    taker_order_id (str | Unset): Taker order ID when owned by the FCM.
    taker_subtrader_id (str | Unset): Taker subtrader ID when owned by the FCM.
    taker_fee_cost (str | Unset): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    """

    fill_id: str
    exchange_index: int
    ticker: str
    taker_outcome_side: OutcomeSide
    count_fp: str
    yes_price_dollars: str
    created_time: datetime.datetime | Unset = UNSET
    maker_order_id: str | Unset = UNSET
    maker_subtrader_id: str | Unset = UNSET
    maker_fee_cost: str | Unset = UNSET
    taker_order_id: str | Unset = UNSET
    taker_subtrader_id: str | Unset = UNSET
    taker_fee_cost: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        fill_id = self.fill_id
        field_dict["fill_id"] = fill_id
        exchange_index = self.exchange_index
        field_dict["exchange_index"] = exchange_index
        ticker = self.ticker
        field_dict["ticker"] = ticker
        taker_outcome_side: str = check_outcome_side(
            self.taker_outcome_side, "taker_outcome_side"
        )
        field_dict["taker_outcome_side"] = taker_outcome_side
        count_fp = self.count_fp
        field_dict["count_fp"] = count_fp
        yes_price_dollars = self.yes_price_dollars
        field_dict["yes_price_dollars"] = yes_price_dollars
        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        maker_order_id = self.maker_order_id
        if maker_order_id is not UNSET:
            field_dict["maker_order_id"] = maker_order_id
        maker_subtrader_id = self.maker_subtrader_id
        if maker_subtrader_id is not UNSET:
            field_dict["maker_subtrader_id"] = maker_subtrader_id
        maker_fee_cost = self.maker_fee_cost
        if maker_fee_cost is not UNSET:
            field_dict["maker_fee_cost"] = maker_fee_cost
        taker_order_id = self.taker_order_id
        if taker_order_id is not UNSET:
            field_dict["taker_order_id"] = taker_order_id
        taker_subtrader_id = self.taker_subtrader_id
        if taker_subtrader_id is not UNSET:
            field_dict["taker_subtrader_id"] = taker_subtrader_id
        taker_fee_cost = self.taker_fee_cost
        if taker_fee_cost is not UNSET:
            field_dict["taker_fee_cost"] = taker_fee_cost
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fill_id = d.pop("fill_id")
        exchange_index = d.pop("exchange_index")
        ticker = d.pop("ticker")
        taker_outcome_side = check_outcome_side(
            d.pop("taker_outcome_side"), "taker_outcome_side", received=True
        )

        count_fp = d.pop("count_fp")
        yes_price_dollars = d.pop("yes_price_dollars")
        _created_time = d.pop("created_time", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = isoparse(_created_time)

        maker_order_id = d.pop("maker_order_id", UNSET)
        maker_subtrader_id = d.pop("maker_subtrader_id", UNSET)
        maker_fee_cost = d.pop("maker_fee_cost", UNSET)
        taker_order_id = d.pop("taker_order_id", UNSET)
        taker_subtrader_id = d.pop("taker_subtrader_id", UNSET)
        taker_fee_cost = d.pop("taker_fee_cost", UNSET)
        fcm_fill = cls(
            fill_id=fill_id,
            exchange_index=exchange_index,
            ticker=ticker,
            taker_outcome_side=taker_outcome_side,
            count_fp=count_fp,
            yes_price_dollars=yes_price_dollars,
            created_time=created_time,
            maker_order_id=maker_order_id,
            maker_subtrader_id=maker_subtrader_id,
            maker_fee_cost=maker_fee_cost,
            taker_order_id=taker_order_id,
            taker_subtrader_id=taker_subtrader_id,
            taker_fee_cost=taker_fee_cost,
        )
        fcm_fill.additional_properties = d
        return fcm_fill

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
