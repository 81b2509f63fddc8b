from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ErrorResponsePayloadMsg")


@_attrs_define(repr=False)
class ErrorResponsePayloadMsg:
    """Attributes:
    code (int): Error code identifying the type of error:
        - 1: Unable to process message - General processing error
        - 2: Params required - Missing params object in command
        - 3: Channels required - Missing channels array in subscribe
        - 4: Subscription IDs required - Missing sids in unsubscribe
        - 5: Unknown command - Invalid command name
        - 6: Already subscribed - Duplicate subscription attempt
        - 7: Unknown subscription ID - Subscription ID not found
        - 8: Unknown channel name - Invalid channel in subscribe
        - 9: Authentication required - Channel requires authenticated connection
        - 10: Channel error - Channel-specific error
        - 11: Invalid parameter - Malformed parameter value
        - 12: Exactly one subscription ID is required - For update_subscription
        - 13: Unsupported action - Invalid action for update_subscription
        - 14: Market Ticker required - Missing market specification (market_ticker or market_id)
        - 15: Action required - Missing action in update_subscription
        - 16: Market not found - Invalid market_ticker or market_id
        - 17: Internal error - Server-side processing error
        - 18: Command timeout - Server timed out while processing command
        - 19: shard_factor must be > 0 - Invalid shard_factor
        - 20: shard_factor is required when shard_key is set - Missing shard_factor when shard_key is set
        - 21: shard_key must be >= 0 and < shard_factor - Invalid shard_key
        - 22: shard_factor must be <= 100 - shard_factor too large
    msg (str): Human-readable error message
    market_id (str | Unset): Market UUID if error is market-specific (optional)
    market_ticker (str | Unset): Market ticker if error is market-specific (optional)
    """

    code: int
    msg: str
    market_id: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        code = self.code
        field_dict["code"] = code
        msg = self.msg
        field_dict["msg"] = msg
        market_id = self.market_id
        if market_id is not UNSET:
            field_dict["market_id"] = market_id
        market_ticker = self.market_ticker
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")
        msg = d.pop("msg")
        market_id = d.pop("market_id", UNSET)
        market_ticker = d.pop("market_ticker", UNSET)
        error_response_payload_msg = cls(
            code=code,
            msg=msg,
            market_id=market_id,
            market_ticker=market_ticker,
        )
        error_response_payload_msg.additional_properties = d
        return error_response_payload_msg

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
