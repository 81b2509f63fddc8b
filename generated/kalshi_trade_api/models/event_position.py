from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="EventPosition")


@_attrs_define(repr=False)
class EventPosition:
    """Attributes:
    event_ticker (str): Unique identifier for events
    total_cost_dollars (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    total_cost_shares_fp (str): Fixed-point contract count string (2 decimals, e.g., "10.00"; referred to as "fp" in
        field names). Requests accept 0-2 decimal places (e.g., "10", "10.0", "10.00"); responses always emit 2
        decimals. Fractional contract values (e.g., "2.50") are supported; the minimum granularity is 0.01 contracts.
        Example: 10.00.
    event_exposure_dollars (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    realized_pnl_dollars (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    fees_paid_dollars (str): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    """

    event_ticker: str
    total_cost_dollars: str
    total_cost_shares_fp: str
    event_exposure_dollars: str
    realized_pnl_dollars: str
    fees_paid_dollars: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        event_ticker = self.event_ticker
        field_dict["event_ticker"] = event_ticker
        total_cost_dollars = self.total_cost_dollars
        field_dict["total_cost_dollars"] = total_cost_dollars
        total_cost_shares_fp = self.total_cost_shares_fp
        field_dict["total_cost_shares_fp"] = total_cost_shares_fp
        event_exposure_dollars = self.event_exposure_dollars
        field_dict["event_exposure_dollars"] = event_exposure_dollars
        realized_pnl_dollars = self.realized_pnl_dollars
        field_dict["realized_pnl_dollars"] = realized_pnl_dollars
        fees_paid_dollars = self.fees_paid_dollars
        field_dict["fees_paid_dollars"] = fees_paid_dollars
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_ticker = d.pop("event_ticker")
        total_cost_dollars = d.pop("total_cost_dollars")
        total_cost_shares_fp = d.pop("total_cost_shares_fp")
        event_exposure_dollars = d.pop("event_exposure_dollars")
        realized_pnl_dollars = d.pop("realized_pnl_dollars")
        fees_paid_dollars = d.pop("fees_paid_dollars")
        event_position = cls(
            event_ticker=event_ticker,
            total_cost_dollars=total_cost_dollars,
            total_cost_shares_fp=total_cost_shares_fp,
            event_exposure_dollars=event_exposure_dollars,
            realized_pnl_dollars=realized_pnl_dollars,
            fees_paid_dollars=fees_paid_dollars,
        )
        event_position.additional_properties = d
        return event_position

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
