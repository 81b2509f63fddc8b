from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="RfqCreatedPayloadMsgMveSelectedLegsItem")


@_attrs_define(repr=False)
class RfqCreatedPayloadMsgMveSelectedLegsItem:
    """Attributes:
    event_ticker (str | Unset):
    market_ticker (str | Unset):
    side (str | Unset):
    yes_settlement_value_dollars (str | Unset): Yes settlement value in dollars for the selected leg (optional)
    """

    event_ticker: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    side: str | Unset = UNSET
    yes_settlement_value_dollars: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        event_ticker = self.event_ticker
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        market_ticker = self.market_ticker
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        side = self.side
        if side is not UNSET:
            field_dict["side"] = side
        yes_settlement_value_dollars = self.yes_settlement_value_dollars
        if yes_settlement_value_dollars is not UNSET:
            field_dict["yes_settlement_value_dollars"] = yes_settlement_value_dollars
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_ticker = d.pop("event_ticker", UNSET)
        market_ticker = d.pop("market_ticker", UNSET)
        side = d.pop("side", UNSET)
        yes_settlement_value_dollars = d.pop("yes_settlement_value_dollars", UNSET)
        rfq_created_payload_msg_mve_selected_legs_item = cls(
            event_ticker=event_ticker,
            market_ticker=market_ticker,
            side=side,
            yes_settlement_value_dollars=yes_settlement_value_dollars,
        )
        rfq_created_payload_msg_mve_selected_legs_item.additional_properties = d
        return rfq_created_payload_msg_mve_selected_legs_item

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
