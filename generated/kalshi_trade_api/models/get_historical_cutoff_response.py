from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="GetHistoricalCutoffResponse")


@_attrs_define(repr=False)
class GetHistoricalCutoffResponse:
    """Attributes:
    market_settled_ts (datetime.datetime): Cutoff based on **market settlement time**. Markets and their
        candlesticks that settled before this timestamp must be accessed via `GET /historical/markets` and `GET
        /historical/markets/{ticker}/candlesticks`.
    trades_created_ts (datetime.datetime): Cutoff based on **trade fill time**. Fills that occurred before this
        timestamp must be accessed via `GET /historical/fills`.
    orders_updated_ts (datetime.datetime): Cutoff based on **order cancellation or execution time**. Orders canceled
        or fully executed before this timestamp must be accessed via `GET /historical/orders`. Resting (active) orders
        are always available in `GET /portfolio/orders`.
    market_positions_last_updated_ts (datetime.datetime | Unset): Cutoff based on **position last-update time**.
        Settled positions archived from the live data set before this timestamp are served through the historical
        section of position reads.
    """

    market_settled_ts: datetime.datetime
    trades_created_ts: datetime.datetime
    orders_updated_ts: datetime.datetime
    market_positions_last_updated_ts: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        market_settled_ts = self.market_settled_ts.isoformat()
        field_dict["market_settled_ts"] = market_settled_ts
        trades_created_ts = self.trades_created_ts.isoformat()
        field_dict["trades_created_ts"] = trades_created_ts
        orders_updated_ts = self.orders_updated_ts.isoformat()
        field_dict["orders_updated_ts"] = orders_updated_ts
        market_positions_last_updated_ts: str | Unset = UNSET
        if not isinstance(self.market_positions_last_updated_ts, Unset):
            market_positions_last_updated_ts = (
                self.market_positions_last_updated_ts.isoformat()
            )
        if market_positions_last_updated_ts is not UNSET:
            field_dict["market_positions_last_updated_ts"] = (
                market_positions_last_updated_ts
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        market_settled_ts = isoparse(d.pop("market_settled_ts"))

        trades_created_ts = isoparse(d.pop("trades_created_ts"))

        orders_updated_ts = isoparse(d.pop("orders_updated_ts"))

        _market_positions_last_updated_ts = d.pop(
            "market_positions_last_updated_ts", UNSET
        )
        market_positions_last_updated_ts: datetime.datetime | Unset
        if isinstance(_market_positions_last_updated_ts, Unset):
            market_positions_last_updated_ts = UNSET
        else:
            market_positions_last_updated_ts = isoparse(
                _market_positions_last_updated_ts
            )

        get_historical_cutoff_response = cls(
            market_settled_ts=market_settled_ts,
            trades_created_ts=trades_created_ts,
            orders_updated_ts=orders_updated_ts,
            market_positions_last_updated_ts=market_positions_last_updated_ts,
        )
        get_historical_cutoff_response.additional_properties = d
        return get_historical_cutoff_response

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
