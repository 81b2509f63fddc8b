from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..types import (
    UNSET,
    BadValue,
    Unset,
    _new,
    learn_extras,
    model_repr,
    record_deviation,
)

T = TypeVar("T", bound="ErrorResponsePayloadMsg")


@_attrs_define(repr=False, on_setattr=_NO_OP)
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
    # {json field: "missing" | "null"} when the response deviated from the spec (see types.deviations).
    _deviations: dict[str, str] | None = _attrs_field(
        init=False, default=None, eq=False
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if isinstance(self.code, Unset):
            pass
        elif self.code is None:  # a null the spec does not allow, kept as received
            field_dict["code"] = None
        else:
            field_dict["code"] = self.code
        if isinstance(self.msg, Unset):
            pass
        elif self.msg is None:  # a null the spec does not allow, kept as received
            field_dict["msg"] = None
        else:
            field_dict["msg"] = self.msg
        if isinstance(self.market_id, Unset):
            pass
        elif self.market_id is None:  # a null the spec does not allow, kept as received
            field_dict["market_id"] = None
        else:
            field_dict["market_id"] = self.market_id
        if isinstance(self.market_ticker, Unset):
            pass
        elif (
            self.market_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["market_ticker"] = None
        else:
            field_dict["market_ticker"] = self.market_ticker
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            raise BadValue(None, "object", src_dict)
        _get = src_dict.get
        _deviations: dict[str, str] | None = None
        _absent = 0
        try:
            pass
            _v = _get("code", UNSET)
            _f_code: Any
            if type(_v) is int:
                _f_code = _v

            elif _v is UNSET:
                _f_code = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "ErrorResponsePayloadMsg", "code", "missing"
                )
            elif _v is None:
                _f_code = None
                _deviations = record_deviation(
                    _deviations, "ErrorResponsePayloadMsg", "code", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("code", "int", _v)
                _f_code = _v

            _v = _get("msg", UNSET)
            _f_msg: Any
            if type(_v) is str:
                _f_msg = _v

            elif _v is UNSET:
                _f_msg = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "ErrorResponsePayloadMsg", "msg", "missing"
                )
            elif _v is None:
                _f_msg = None
                _deviations = record_deviation(
                    _deviations, "ErrorResponsePayloadMsg", "msg", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("msg", "str", _v)
                _f_msg = _v

            _v = _get("market_id", UNSET)
            _f_market_id: Any
            if type(_v) is str:
                _f_market_id = _v

            elif _v is UNSET:
                _f_market_id = UNSET
                _absent += 1
            elif _v is None:
                _f_market_id = None
                _deviations = record_deviation(
                    _deviations, "ErrorResponsePayloadMsg", "market_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("market_id", "str", _v)
                _f_market_id = _v

            _v = _get("market_ticker", UNSET)
            _f_market_ticker: Any
            if type(_v) is str:
                _f_market_ticker = _v

            elif _v is UNSET:
                _f_market_ticker = UNSET
                _absent += 1
            elif _v is None:
                _f_market_ticker = None
                _deviations = record_deviation(
                    _deviations, "ErrorResponsePayloadMsg", "market_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("market_ticker", "str", _v)
                _f_market_ticker = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        error_response_payload_msg = _new(cls)
        error_response_payload_msg.code = _f_code
        error_response_payload_msg.msg = _f_msg
        error_response_payload_msg.market_id = _f_market_id
        error_response_payload_msg.market_ticker = _f_market_ticker
        if len(src_dict) + _absent > 4:
            _known: set[str] = {"code", "msg", "market_id", "market_ticker"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            error_response_payload_msg.additional_properties = _extra_found
        else:
            error_response_payload_msg.additional_properties = {}
        error_response_payload_msg._deviations = _deviations
        return error_response_payload_msg

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("code", "code", int, True, None),
            ("msg", "msg", str, True, None),
            ("market_id", "market_id", str, False, None),
            ("market_ticker", "market_ticker", str, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        error_response_payload_msg = _new(cls)
        error_response_payload_msg.code = w.code
        error_response_payload_msg.msg = w.msg
        error_response_payload_msg.market_id = w.market_id
        error_response_payload_msg.market_ticker = w.market_ticker
        error_response_payload_msg.additional_properties = w._extras()
        error_response_payload_msg._deviations = None
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
