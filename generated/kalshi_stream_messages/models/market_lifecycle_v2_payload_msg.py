from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.market_lifecycle_v2_payload_msg_event_type import (
    MarketLifecycleV2PayloadMsgEventType,
    check_market_lifecycle_v2_payload_msg_event_type,
)
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.market_lifecycle_v2_payload_msg_additional_metadata import (
        MarketLifecycleV2PayloadMsgAdditionalMetadata,
    )


T = TypeVar("T", bound="MarketLifecycleV2PayloadMsg")


@_attrs_define(repr=False)
class MarketLifecycleV2PayloadMsg:
    """Attributes:
    event_type (MarketLifecycleV2PayloadMsgEventType): Field to annotate which of the event type this event is for:
        - `created` - Market created
        - `activated` - Market activated
        - `deactivated` - Market deactivated
        - `close_date_updated` - Market close date updated
        - `determined` - Market determined
        - `settled` - Market settled
    market_ticker (str): Unique market identifier
    open_ts (int | Unset): Optional - This key will ONLY exist when the market is created. Unix timestamp for when
        the market opened (in seconds)
    close_ts (int | Unset): Optional - This key will ONLY exist when the market is created OR when the close date is
        updated. Unix timestamp for when the market is scheduled to close (in seconds). Will be updated in case of early
        determination markets
    result (str | Unset): Optional - This key will ONLY exist when the market is determined. Result of the market
    determination_ts (int | Unset): Optional - This key will ONLY exist when the market is determined. Unix
        timestamp for when the market is determined (in seconds)
    settlement_value (str | Unset): Optional - This key will ONLY exist when the market is determined. Settlement
        value of the market in fixed-point dollars (e.g. "0.5000")
    settled_ts (int | Unset): Optional - This key will ONLY exist when the market is settled. Unix timestamp for
        when the market is settled (in seconds)
    is_deactivated (bool | Unset): Optional - This key will ONLY exist when the market is paused/unpaused. Boolean
        flag to indicate if trading is paused on an open market. This should only be interpreted for an open market
    additional_metadata (MarketLifecycleV2PayloadMsgAdditionalMetadata | Unset): Optional - This key will only be
        emitted when the market is created
    """

    event_type: MarketLifecycleV2PayloadMsgEventType
    market_ticker: str
    open_ts: int | Unset = UNSET
    close_ts: int | Unset = UNSET
    result: str | Unset = UNSET
    determination_ts: int | Unset = UNSET
    settlement_value: str | Unset = UNSET
    settled_ts: int | Unset = UNSET
    is_deactivated: bool | Unset = UNSET
    additional_metadata: MarketLifecycleV2PayloadMsgAdditionalMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        event_type: str = check_market_lifecycle_v2_payload_msg_event_type(
            self.event_type, "event_type"
        )
        field_dict["event_type"] = event_type
        market_ticker = self.market_ticker
        field_dict["market_ticker"] = market_ticker
        open_ts = self.open_ts
        if open_ts is not UNSET:
            field_dict["open_ts"] = open_ts
        close_ts = self.close_ts
        if close_ts is not UNSET:
            field_dict["close_ts"] = close_ts
        result = self.result
        if result is not UNSET:
            field_dict["result"] = result
        determination_ts = self.determination_ts
        if determination_ts is not UNSET:
            field_dict["determination_ts"] = determination_ts
        settlement_value = self.settlement_value
        if settlement_value is not UNSET:
            field_dict["settlement_value"] = settlement_value
        settled_ts = self.settled_ts
        if settled_ts is not UNSET:
            field_dict["settled_ts"] = settled_ts
        is_deactivated = self.is_deactivated
        if is_deactivated is not UNSET:
            field_dict["is_deactivated"] = is_deactivated
        additional_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_metadata, Unset):
            additional_metadata = self.additional_metadata.to_dict()
        if additional_metadata is not UNSET:
            field_dict["additional_metadata"] = additional_metadata
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.market_lifecycle_v2_payload_msg_additional_metadata import (
            MarketLifecycleV2PayloadMsgAdditionalMetadata,
        )

        d = dict(src_dict)
        event_type = check_market_lifecycle_v2_payload_msg_event_type(
            d.pop("event_type"), "event_type", received=True
        )

        market_ticker = d.pop("market_ticker")
        open_ts = d.pop("open_ts", UNSET)
        close_ts = d.pop("close_ts", UNSET)
        result = d.pop("result", UNSET)
        determination_ts = d.pop("determination_ts", UNSET)
        settlement_value = d.pop("settlement_value", UNSET)
        settled_ts = d.pop("settled_ts", UNSET)
        is_deactivated = d.pop("is_deactivated", UNSET)
        _additional_metadata = d.pop("additional_metadata", UNSET)
        additional_metadata: MarketLifecycleV2PayloadMsgAdditionalMetadata | Unset
        if isinstance(_additional_metadata, Unset):
            additional_metadata = UNSET
        else:
            additional_metadata = (
                MarketLifecycleV2PayloadMsgAdditionalMetadata.from_dict(
                    _additional_metadata
                )
            )

        market_lifecycle_v2_payload_msg = cls(
            event_type=event_type,
            market_ticker=market_ticker,
            open_ts=open_ts,
            close_ts=close_ts,
            result=result,
            determination_ts=determination_ts,
            settlement_value=settlement_value,
            settled_ts=settled_ts,
            is_deactivated=is_deactivated,
            additional_metadata=additional_metadata,
        )
        market_lifecycle_v2_payload_msg.additional_properties = d
        return market_lifecycle_v2_payload_msg

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
