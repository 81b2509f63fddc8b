from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_subscription_command_payload_params_action import (
    UpdateSubscriptionCommandPayloadParamsAction,
    check_update_subscription_command_payload_params_action,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="UpdateSubscriptionCommandPayloadParams")


@_attrs_define(repr=False)
class UpdateSubscriptionCommandPayloadParams:
    """Attributes:
    action (UpdateSubscriptionCommandPayloadParamsAction):
    sid (int | Unset): Server-generated subscription identifier (sid) used to identify the channel
    sids (list[int] | Unset): Array containing exactly one subscription ID (alternative to sid). Either sid or sids
        must be provided, not both.
    market_ticker (str | Unset): Add/remove a single market. Type: string
    market_tickers (list[str] | Unset): Add/remove multiple markets. Type: array of strings
    market_id (UUID | Unset): Add/remove a single market by UUID (ticker only)
    market_ids (list[UUID] | Unset): Add/remove multiple markets by UUID (ticker only)
    send_initial_snapshot (bool | Unset): If true, receive an initial snapshot for newly added market tickers on the
        ticker channel Default: False.
    """

    action: UpdateSubscriptionCommandPayloadParamsAction
    sid: int | Unset = UNSET
    sids: list[int] | Unset = UNSET
    market_ticker: str | Unset = UNSET
    market_tickers: list[str] | Unset = UNSET
    market_id: UUID | Unset = UNSET
    market_ids: list[UUID] | Unset = UNSET
    send_initial_snapshot: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        action: str = check_update_subscription_command_payload_params_action(
            self.action, "action"
        )
        field_dict["action"] = action
        sid = self.sid
        if sid is not UNSET:
            field_dict["sid"] = sid
        sids: list[int] | Unset = UNSET
        if not isinstance(self.sids, Unset):
            sids = self.sids

        if sids is not UNSET:
            field_dict["sids"] = sids
        market_ticker = self.market_ticker
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        market_tickers: list[str] | Unset = UNSET
        if not isinstance(self.market_tickers, Unset):
            market_tickers = self.market_tickers

        if market_tickers is not UNSET:
            field_dict["market_tickers"] = market_tickers
        market_id: str | Unset = UNSET
        if not isinstance(self.market_id, Unset):
            market_id = str(self.market_id)
        if market_id is not UNSET:
            field_dict["market_id"] = market_id
        market_ids: list[str] | Unset = UNSET
        if not isinstance(self.market_ids, Unset):
            market_ids = []
            for market_ids_item_data in self.market_ids:
                market_ids_item = str(market_ids_item_data)
                market_ids.append(market_ids_item)

        if market_ids is not UNSET:
            field_dict["market_ids"] = market_ids
        send_initial_snapshot = self.send_initial_snapshot
        if send_initial_snapshot is not UNSET:
            field_dict["send_initial_snapshot"] = send_initial_snapshot
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = check_update_subscription_command_payload_params_action(
            d.pop("action"), "action", received=True
        )

        sid = d.pop("sid", UNSET)
        sids = cast(list[int], d.pop("sids", UNSET))

        market_ticker = d.pop("market_ticker", UNSET)
        market_tickers = cast(list[str], d.pop("market_tickers", UNSET))

        _market_id = d.pop("market_id", UNSET)
        market_id: UUID | Unset
        if isinstance(_market_id, Unset):
            market_id = UNSET
        else:
            market_id = UUID(_market_id)

        _market_ids = d.pop("market_ids", UNSET)
        market_ids: list[UUID] | Unset = UNSET
        if _market_ids is not UNSET:
            market_ids = []
            for market_ids_item_data in _market_ids:
                market_ids_item = UUID(market_ids_item_data)

                market_ids.append(market_ids_item)

        send_initial_snapshot = d.pop("send_initial_snapshot", UNSET)
        update_subscription_command_payload_params = cls(
            action=action,
            sid=sid,
            sids=sids,
            market_ticker=market_ticker,
            market_tickers=market_tickers,
            market_id=market_id,
            market_ids=market_ids,
            send_initial_snapshot=send_initial_snapshot,
        )
        update_subscription_command_payload_params.additional_properties = d
        return update_subscription_command_payload_params

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
