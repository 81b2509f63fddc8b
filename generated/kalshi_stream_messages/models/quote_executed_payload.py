from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.quote_executed_payload_msg import QuoteExecutedPayloadMsg


T = TypeVar("T", bound="QuoteExecutedPayload")


@_attrs_define(repr=False)
class QuoteExecutedPayload:
    """Attributes:
    type_ (Literal['quote_executed']):
    sid (int): Server-generated subscription identifier (sid) used to identify the channel
    msg (QuoteExecutedPayloadMsg):
    field_8 (Literal['Unknown channel name'] | Unset): Invalid channel in subscribe
    field_9 (Literal['Authentication required'] | Unset): Channel requires authenticated connection
    field_10 (Literal['Channel error'] | Unset): Channel-specific error
    field_11 (Literal['Invalid parameter'] | Unset): Malformed parameter value
    field_12 (Literal['Exactly one subscription ID is required'] | Unset): For update_subscription
    field_13 (Literal['Unsupported action'] | Unset): Invalid action for update_subscription
    field_14 (Literal['Market Ticker required'] | Unset): Missing market specification (market_ticker or market_id)
    field_15 (Literal['Action required'] | Unset): Missing action in update_subscription
    field_16 (Literal['Market not found'] | Unset): Invalid market_ticker or market_id
    field_17 (Literal['Internal error'] | Unset): Server-side processing error
    field_18 (Literal['Command timeout'] | Unset): Server timed out while processing command
    field_19 (Literal['shard_factor must be > 0'] | Unset): Invalid shard_factor
    field_20 (Literal['shard_factor is required when shard_key is set'] | Unset): Missing shard_factor when
        shard_key is set
    field_21 (Literal['shard_key must be >= 0 and < shard_factor'] | Unset): Invalid shard_key
    field_22 (Literal['shard_factor must be <= 100'] | Unset): shard_factor too large
    """

    type_: Literal["quote_executed"]
    sid: int
    msg: QuoteExecutedPayloadMsg
    field_8: Literal["Unknown channel name"] | Unset = UNSET
    field_9: Literal["Authentication required"] | Unset = UNSET
    field_10: Literal["Channel error"] | Unset = UNSET
    field_11: Literal["Invalid parameter"] | Unset = UNSET
    field_12: Literal["Exactly one subscription ID is required"] | Unset = UNSET
    field_13: Literal["Unsupported action"] | Unset = UNSET
    field_14: Literal["Market Ticker required"] | Unset = UNSET
    field_15: Literal["Action required"] | Unset = UNSET
    field_16: Literal["Market not found"] | Unset = UNSET
    field_17: Literal["Internal error"] | Unset = UNSET
    field_18: Literal["Command timeout"] | Unset = UNSET
    field_19: Literal["shard_factor must be > 0"] | Unset = UNSET
    field_20: Literal["shard_factor is required when shard_key is set"] | Unset = UNSET
    field_21: Literal["shard_key must be >= 0 and < shard_factor"] | Unset = UNSET
    field_22: Literal["shard_factor must be <= 100"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        type_ = self.type_
        field_dict["type"] = type_
        sid = self.sid
        field_dict["sid"] = sid
        msg = self.msg.to_dict()
        field_dict["msg"] = msg
        field_8 = self.field_8
        if field_8 is not UNSET:
            field_dict["8"] = field_8
        field_9 = self.field_9
        if field_9 is not UNSET:
            field_dict["9"] = field_9
        field_10 = self.field_10
        if field_10 is not UNSET:
            field_dict["10"] = field_10
        field_11 = self.field_11
        if field_11 is not UNSET:
            field_dict["11"] = field_11
        field_12 = self.field_12
        if field_12 is not UNSET:
            field_dict["12"] = field_12
        field_13 = self.field_13
        if field_13 is not UNSET:
            field_dict["13"] = field_13
        field_14 = self.field_14
        if field_14 is not UNSET:
            field_dict["14"] = field_14
        field_15 = self.field_15
        if field_15 is not UNSET:
            field_dict["15"] = field_15
        field_16 = self.field_16
        if field_16 is not UNSET:
            field_dict["16"] = field_16
        field_17 = self.field_17
        if field_17 is not UNSET:
            field_dict["17"] = field_17
        field_18 = self.field_18
        if field_18 is not UNSET:
            field_dict["18"] = field_18
        field_19 = self.field_19
        if field_19 is not UNSET:
            field_dict["19"] = field_19
        field_20 = self.field_20
        if field_20 is not UNSET:
            field_dict["20"] = field_20
        field_21 = self.field_21
        if field_21 is not UNSET:
            field_dict["21"] = field_21
        field_22 = self.field_22
        if field_22 is not UNSET:
            field_dict["22"] = field_22
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quote_executed_payload_msg import QuoteExecutedPayloadMsg

        d = dict(src_dict)
        type_ = cast(Literal["quote_executed"], d.pop("type"))
        if type_ != "quote_executed":
            raise ValueError(f"type must match const 'quote_executed', got '{type_}'")
        sid = d.pop("sid")
        msg = QuoteExecutedPayloadMsg.from_dict(d.pop("msg"))

        field_8 = cast(Literal["Unknown channel name"] | Unset, d.pop("8", UNSET))
        if field_8 != "Unknown channel name" and not isinstance(field_8, Unset):
            raise ValueError(
                f"8 must match const 'Unknown channel name', got '{field_8}'"
            )
        field_9 = cast(Literal["Authentication required"] | Unset, d.pop("9", UNSET))
        if field_9 != "Authentication required" and not isinstance(field_9, Unset):
            raise ValueError(
                f"9 must match const 'Authentication required', got '{field_9}'"
            )
        field_10 = cast(Literal["Channel error"] | Unset, d.pop("10", UNSET))
        if field_10 != "Channel error" and not isinstance(field_10, Unset):
            raise ValueError(f"10 must match const 'Channel error', got '{field_10}'")
        field_11 = cast(Literal["Invalid parameter"] | Unset, d.pop("11", UNSET))
        if field_11 != "Invalid parameter" and not isinstance(field_11, Unset):
            raise ValueError(
                f"11 must match const 'Invalid parameter', got '{field_11}'"
            )
        field_12 = cast(
            Literal["Exactly one subscription ID is required"] | Unset,
            d.pop("12", UNSET),
        )
        if field_12 != "Exactly one subscription ID is required" and not isinstance(
            field_12, Unset
        ):
            raise ValueError(
                f"12 must match const 'Exactly one subscription ID is required', got '{field_12}'"
            )
        field_13 = cast(Literal["Unsupported action"] | Unset, d.pop("13", UNSET))
        if field_13 != "Unsupported action" and not isinstance(field_13, Unset):
            raise ValueError(
                f"13 must match const 'Unsupported action', got '{field_13}'"
            )
        field_14 = cast(Literal["Market Ticker required"] | Unset, d.pop("14", UNSET))
        if field_14 != "Market Ticker required" and not isinstance(field_14, Unset):
            raise ValueError(
                f"14 must match const 'Market Ticker required', got '{field_14}'"
            )
        field_15 = cast(Literal["Action required"] | Unset, d.pop("15", UNSET))
        if field_15 != "Action required" and not isinstance(field_15, Unset):
            raise ValueError(f"15 must match const 'Action required', got '{field_15}'")
        field_16 = cast(Literal["Market not found"] | Unset, d.pop("16", UNSET))
        if field_16 != "Market not found" and not isinstance(field_16, Unset):
            raise ValueError(
                f"16 must match const 'Market not found', got '{field_16}'"
            )
        field_17 = cast(Literal["Internal error"] | Unset, d.pop("17", UNSET))
        if field_17 != "Internal error" and not isinstance(field_17, Unset):
            raise ValueError(f"17 must match const 'Internal error', got '{field_17}'")
        field_18 = cast(Literal["Command timeout"] | Unset, d.pop("18", UNSET))
        if field_18 != "Command timeout" and not isinstance(field_18, Unset):
            raise ValueError(f"18 must match const 'Command timeout', got '{field_18}'")
        field_19 = cast(Literal["shard_factor must be > 0"] | Unset, d.pop("19", UNSET))
        if field_19 != "shard_factor must be > 0" and not isinstance(field_19, Unset):
            raise ValueError(
                f"19 must match const 'shard_factor must be > 0', got '{field_19}'"
            )
        field_20 = cast(
            Literal["shard_factor is required when shard_key is set"] | Unset,
            d.pop("20", UNSET),
        )
        if (
            field_20 != "shard_factor is required when shard_key is set"
            and not isinstance(field_20, Unset)
        ):
            raise ValueError(
                f"20 must match const 'shard_factor is required when shard_key is set', got '{field_20}'"
            )
        field_21 = cast(
            Literal["shard_key must be >= 0 and < shard_factor"] | Unset,
            d.pop("21", UNSET),
        )
        if field_21 != "shard_key must be >= 0 and < shard_factor" and not isinstance(
            field_21, Unset
        ):
            raise ValueError(
                f"21 must match const 'shard_key must be >= 0 and < shard_factor', got '{field_21}'"
            )
        field_22 = cast(
            Literal["shard_factor must be <= 100"] | Unset, d.pop("22", UNSET)
        )
        if field_22 != "shard_factor must be <= 100" and not isinstance(
            field_22, Unset
        ):
            raise ValueError(
                f"22 must match const 'shard_factor must be <= 100', got '{field_22}'"
            )
        quote_executed_payload = cls(
            type_=type_,
            sid=sid,
            msg=msg,
            field_8=field_8,
            field_9=field_9,
            field_10=field_10,
            field_11=field_11,
            field_12=field_12,
            field_13=field_13,
            field_14=field_14,
            field_15=field_15,
            field_16=field_16,
            field_17=field_17,
            field_18=field_18,
            field_19=field_19,
            field_20=field_20,
            field_21=field_21,
            field_22=field_22,
        )
        quote_executed_payload.additional_properties = d
        return quote_executed_payload

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
