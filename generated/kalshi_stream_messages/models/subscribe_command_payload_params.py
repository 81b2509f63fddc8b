from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscribe_command_payload_params_channels_item import (
    SubscribeCommandPayloadParamsChannelsItem,
    check_subscribe_command_payload_params_channels_item,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="SubscribeCommandPayloadParams")


@_attrs_define(repr=False)
class SubscribeCommandPayloadParams:
    """Attributes:
    channels (list[SubscribeCommandPayloadParamsChannelsItem]): List of channels to subscribe to
    market_ticker (str | Unset): Subscribe to a single market. Type: string. Example: "KXBTCD-25AUG0517-T114999.99"
        (mutually exclusive with market_tickers)
    market_tickers (list[str] | Unset): Subscribe to multiple markets. Type: array of strings. Example:
        ["KXBTCD-25AUG0517-T114999.99", "KXETHD-25AUG0517-T3749.99"] (mutually exclusive with market_ticker)
    market_id (UUID | Unset): Subscribe to a single market by UUID (ticker only; mutually exclusive with market_ids
        and market_ticker(s))
    market_ids (list[UUID] | Unset): Subscribe to multiple markets by UUID (ticker only; mutually exclusive with
        market_id and market_ticker(s))
    send_initial_snapshot (bool | Unset): If true, receive an initial snapshot for requested market tickers on the
        ticker channel Default: False.
    skip_ticker_ack (bool | Unset): If true, OK responses omit the market_tickers/market_ids lists for this
        subscription Default: False.
    shard_factor (int | Unset): Number of shards for communications channel fanout (optional)
    shard_key (int | Unset): Shard key for communications channel fanout (requires shard_factor)
    """

    channels: list[SubscribeCommandPayloadParamsChannelsItem]
    market_ticker: str | Unset = UNSET
    market_tickers: list[str] | Unset = UNSET
    market_id: UUID | Unset = UNSET
    market_ids: list[UUID] | Unset = UNSET
    send_initial_snapshot: bool | Unset = False
    skip_ticker_ack: bool | Unset = False
    shard_factor: int | Unset = UNSET
    shard_key: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        channels = []
        for channels_item_data in self.channels:
            channels_item: str = check_subscribe_command_payload_params_channels_item(
                channels_item_data, "channels_item"
            )
            channels.append(channels_item)

        field_dict["channels"] = channels
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
        skip_ticker_ack = self.skip_ticker_ack
        if skip_ticker_ack is not UNSET:
            field_dict["skip_ticker_ack"] = skip_ticker_ack
        shard_factor = self.shard_factor
        if shard_factor is not UNSET:
            field_dict["shard_factor"] = shard_factor
        shard_key = self.shard_key
        if shard_key is not UNSET:
            field_dict["shard_key"] = shard_key
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channels = []
        _channels = d.pop("channels")
        for channels_item_data in _channels:
            channels_item = check_subscribe_command_payload_params_channels_item(
                channels_item_data, "channels_item", received=True
            )

            channels.append(channels_item)

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
        skip_ticker_ack = d.pop("skip_ticker_ack", UNSET)
        shard_factor = d.pop("shard_factor", UNSET)
        shard_key = d.pop("shard_key", UNSET)
        subscribe_command_payload_params = cls(
            channels=channels,
            market_ticker=market_ticker,
            market_tickers=market_tickers,
            market_id=market_id,
            market_ids=market_ids,
            send_initial_snapshot=send_initial_snapshot,
            skip_ticker_ack=skip_ticker_ack,
            shard_factor=shard_factor,
            shard_key=shard_key,
        )
        subscribe_command_payload_params.additional_properties = d
        return subscribe_command_payload_params

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
