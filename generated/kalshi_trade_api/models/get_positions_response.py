from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.event_position import EventPosition
    from ..models.market_position import MarketPosition


T = TypeVar("T", bound="GetPositionsResponse")


@_attrs_define(repr=False)
class GetPositionsResponse:
    """Attributes:
    market_positions (list[MarketPosition]): List of market positions
    event_positions (list[EventPosition]): List of event positions
    cursor (str | Unset): The Cursor represents a pointer to the next page of records in the pagination. Use the
        value returned here in the cursor query parameter for this end-point to get the next page containing limit
        records. An empty value of this field indicates there is no next page.
    """

    market_positions: list[MarketPosition]
    event_positions: list[EventPosition]
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        market_positions = []
        for market_positions_item_data in self.market_positions:
            market_positions_item = market_positions_item_data.to_dict()
            market_positions.append(market_positions_item)

        field_dict["market_positions"] = market_positions
        event_positions = []
        for event_positions_item_data in self.event_positions:
            event_positions_item = event_positions_item_data.to_dict()
            event_positions.append(event_positions_item)

        field_dict["event_positions"] = event_positions
        cursor = self.cursor
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_position import EventPosition
        from ..models.market_position import MarketPosition

        d = dict(src_dict)
        market_positions = []
        _market_positions = d.pop("market_positions")
        for market_positions_item_data in _market_positions:
            market_positions_item = MarketPosition.from_dict(market_positions_item_data)

            market_positions.append(market_positions_item)

        event_positions = []
        _event_positions = d.pop("event_positions")
        for event_positions_item_data in _event_positions:
            event_positions_item = EventPosition.from_dict(event_positions_item_data)

            event_positions.append(event_positions_item)

        cursor = d.pop("cursor", UNSET)
        get_positions_response = cls(
            market_positions=market_positions,
            event_positions=event_positions,
            cursor=cursor,
        )
        get_positions_response.additional_properties = d
        return get_positions_response

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
