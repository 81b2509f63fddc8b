from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.market_lifecycle_v2_payload_msg_additional_metadata_custom_strike import (
        MarketLifecycleV2PayloadMsgAdditionalMetadataCustomStrike,
    )


T = TypeVar("T", bound="MarketLifecycleV2PayloadMsgAdditionalMetadata")


@_attrs_define(repr=False)
class MarketLifecycleV2PayloadMsgAdditionalMetadata:
    """Optional - This key will only be emitted when the market is created

    Attributes:
        name (str | Unset):
        title (str | Unset):
        yes_sub_title (str | Unset):
        no_sub_title (str | Unset):
        rules_primary (str | Unset):
        rules_secondary (str | Unset):
        can_close_early (bool | Unset):
        event_ticker (str | Unset):
        expected_expiration_ts (int | Unset):
        strike_type (str | Unset):
        floor_strike (float | Unset):
        cap_strike (float | Unset):
        custom_strike (MarketLifecycleV2PayloadMsgAdditionalMetadataCustomStrike | Unset):
    """

    name: str | Unset = UNSET
    title: str | Unset = UNSET
    yes_sub_title: str | Unset = UNSET
    no_sub_title: str | Unset = UNSET
    rules_primary: str | Unset = UNSET
    rules_secondary: str | Unset = UNSET
    can_close_early: bool | Unset = UNSET
    event_ticker: str | Unset = UNSET
    expected_expiration_ts: int | Unset = UNSET
    strike_type: str | Unset = UNSET
    floor_strike: float | Unset = UNSET
    cap_strike: float | Unset = UNSET
    custom_strike: MarketLifecycleV2PayloadMsgAdditionalMetadataCustomStrike | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        title = self.title
        if title is not UNSET:
            field_dict["title"] = title
        yes_sub_title = self.yes_sub_title
        if yes_sub_title is not UNSET:
            field_dict["yes_sub_title"] = yes_sub_title
        no_sub_title = self.no_sub_title
        if no_sub_title is not UNSET:
            field_dict["no_sub_title"] = no_sub_title
        rules_primary = self.rules_primary
        if rules_primary is not UNSET:
            field_dict["rules_primary"] = rules_primary
        rules_secondary = self.rules_secondary
        if rules_secondary is not UNSET:
            field_dict["rules_secondary"] = rules_secondary
        can_close_early = self.can_close_early
        if can_close_early is not UNSET:
            field_dict["can_close_early"] = can_close_early
        event_ticker = self.event_ticker
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        expected_expiration_ts = self.expected_expiration_ts
        if expected_expiration_ts is not UNSET:
            field_dict["expected_expiration_ts"] = expected_expiration_ts
        strike_type = self.strike_type
        if strike_type is not UNSET:
            field_dict["strike_type"] = strike_type
        floor_strike = self.floor_strike
        if floor_strike is not UNSET:
            field_dict["floor_strike"] = floor_strike
        cap_strike = self.cap_strike
        if cap_strike is not UNSET:
            field_dict["cap_strike"] = cap_strike
        custom_strike: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_strike, Unset):
            custom_strike = self.custom_strike.to_dict()
        if custom_strike is not UNSET:
            field_dict["custom_strike"] = custom_strike
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.market_lifecycle_v2_payload_msg_additional_metadata_custom_strike import (
            MarketLifecycleV2PayloadMsgAdditionalMetadataCustomStrike,
        )

        d = dict(src_dict)
        name = d.pop("name", UNSET)
        title = d.pop("title", UNSET)
        yes_sub_title = d.pop("yes_sub_title", UNSET)
        no_sub_title = d.pop("no_sub_title", UNSET)
        rules_primary = d.pop("rules_primary", UNSET)
        rules_secondary = d.pop("rules_secondary", UNSET)
        can_close_early = d.pop("can_close_early", UNSET)
        event_ticker = d.pop("event_ticker", UNSET)
        expected_expiration_ts = d.pop("expected_expiration_ts", UNSET)
        strike_type = d.pop("strike_type", UNSET)
        floor_strike = d.pop("floor_strike", UNSET)
        cap_strike = d.pop("cap_strike", UNSET)
        _custom_strike = d.pop("custom_strike", UNSET)
        custom_strike: MarketLifecycleV2PayloadMsgAdditionalMetadataCustomStrike | Unset
        if isinstance(_custom_strike, Unset):
            custom_strike = UNSET
        else:
            custom_strike = (
                MarketLifecycleV2PayloadMsgAdditionalMetadataCustomStrike.from_dict(
                    _custom_strike
                )
            )

        market_lifecycle_v2_payload_msg_additional_metadata = cls(
            name=name,
            title=title,
            yes_sub_title=yes_sub_title,
            no_sub_title=no_sub_title,
            rules_primary=rules_primary,
            rules_secondary=rules_secondary,
            can_close_early=can_close_early,
            event_ticker=event_ticker,
            expected_expiration_ts=expected_expiration_ts,
            strike_type=strike_type,
            floor_strike=floor_strike,
            cap_strike=cap_strike,
            custom_strike=custom_strike,
        )
        market_lifecycle_v2_payload_msg_additional_metadata.additional_properties = d
        return market_lifecycle_v2_payload_msg_additional_metadata

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
