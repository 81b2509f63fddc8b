from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

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
    wire_struct,
)

if TYPE_CHECKING:
    from ..models.quote_executed_payload_msg import QuoteExecutedPayloadMsg


T = TypeVar("T", bound="QuoteExecutedPayload")


@_attrs_define(repr=False, on_setattr=_NO_OP)
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
    # {json field: "missing" | "null"} when the response deviated from the spec (see types.deviations).
    _deviations: dict[str, str] | None = _attrs_field(
        init=False, default=None, eq=False
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_bound:
            _bind_lazy()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if isinstance(self.type_, Unset):
            pass
        elif self.type_ is None:  # a null the spec does not allow, kept as received
            field_dict["type"] = None
        else:
            field_dict["type"] = self.type_
        if isinstance(self.sid, Unset):
            pass
        elif self.sid is None:  # a null the spec does not allow, kept as received
            field_dict["sid"] = None
        else:
            field_dict["sid"] = self.sid
        if isinstance(self.msg, Unset):
            pass
        elif self.msg is None:  # a null the spec does not allow, kept as received
            field_dict["msg"] = None
        else:
            _msg = self.msg.to_dict()
            field_dict["msg"] = _msg
        if isinstance(self.field_8, Unset):
            pass
        elif self.field_8 is None:  # a null the spec does not allow, kept as received
            field_dict["8"] = None
        else:
            field_dict["8"] = self.field_8
        if isinstance(self.field_9, Unset):
            pass
        elif self.field_9 is None:  # a null the spec does not allow, kept as received
            field_dict["9"] = None
        else:
            field_dict["9"] = self.field_9
        if isinstance(self.field_10, Unset):
            pass
        elif self.field_10 is None:  # a null the spec does not allow, kept as received
            field_dict["10"] = None
        else:
            field_dict["10"] = self.field_10
        if isinstance(self.field_11, Unset):
            pass
        elif self.field_11 is None:  # a null the spec does not allow, kept as received
            field_dict["11"] = None
        else:
            field_dict["11"] = self.field_11
        if isinstance(self.field_12, Unset):
            pass
        elif self.field_12 is None:  # a null the spec does not allow, kept as received
            field_dict["12"] = None
        else:
            field_dict["12"] = self.field_12
        if isinstance(self.field_13, Unset):
            pass
        elif self.field_13 is None:  # a null the spec does not allow, kept as received
            field_dict["13"] = None
        else:
            field_dict["13"] = self.field_13
        if isinstance(self.field_14, Unset):
            pass
        elif self.field_14 is None:  # a null the spec does not allow, kept as received
            field_dict["14"] = None
        else:
            field_dict["14"] = self.field_14
        if isinstance(self.field_15, Unset):
            pass
        elif self.field_15 is None:  # a null the spec does not allow, kept as received
            field_dict["15"] = None
        else:
            field_dict["15"] = self.field_15
        if isinstance(self.field_16, Unset):
            pass
        elif self.field_16 is None:  # a null the spec does not allow, kept as received
            field_dict["16"] = None
        else:
            field_dict["16"] = self.field_16
        if isinstance(self.field_17, Unset):
            pass
        elif self.field_17 is None:  # a null the spec does not allow, kept as received
            field_dict["17"] = None
        else:
            field_dict["17"] = self.field_17
        if isinstance(self.field_18, Unset):
            pass
        elif self.field_18 is None:  # a null the spec does not allow, kept as received
            field_dict["18"] = None
        else:
            field_dict["18"] = self.field_18
        if isinstance(self.field_19, Unset):
            pass
        elif self.field_19 is None:  # a null the spec does not allow, kept as received
            field_dict["19"] = None
        else:
            field_dict["19"] = self.field_19
        if isinstance(self.field_20, Unset):
            pass
        elif self.field_20 is None:  # a null the spec does not allow, kept as received
            field_dict["20"] = None
        else:
            field_dict["20"] = self.field_20
        if isinstance(self.field_21, Unset):
            pass
        elif self.field_21 is None:  # a null the spec does not allow, kept as received
            field_dict["21"] = None
        else:
            field_dict["21"] = self.field_21
        if isinstance(self.field_22, Unset):
            pass
        elif self.field_22 is None:  # a null the spec does not allow, kept as received
            field_dict["22"] = None
        else:
            field_dict["22"] = self.field_22
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_bound:
            _bind_lazy()
        if type(src_dict) is not dict:
            raise BadValue(None, "object", src_dict)
        _get = src_dict.get
        _deviations: dict[str, str] | None = None
        _absent = 0
        try:
            pass
            _v = _get("type", UNSET)
            _f_type_: Any
            if _v is UNSET:
                _f_type_ = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "QuoteExecutedPayload", "type", "missing"
                )
            elif _v is None:
                _f_type_ = None
                _deviations = record_deviation(
                    _deviations, "QuoteExecutedPayload", "type", "null"
                )
            else:
                if _v != "quote_executed":
                    raise BadValue("type", "the constant " + '"quote_executed"', _v)
                _f_type_ = _v

            _v = _get("sid", UNSET)
            _f_sid: Any
            if type(_v) is int:
                _f_sid = _v

            elif _v is UNSET:
                _f_sid = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "QuoteExecutedPayload", "sid", "missing"
                )
            elif _v is None:
                _f_sid = None
                _deviations = record_deviation(
                    _deviations, "QuoteExecutedPayload", "sid", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("sid", "int", _v)
                _f_sid = _v

            _v = _get("msg", UNSET)
            _f_msg: Any
            if _v is UNSET:
                _f_msg = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "QuoteExecutedPayload", "msg", "missing"
                )
            elif _v is None:
                _f_msg = None
                _deviations = record_deviation(
                    _deviations, "QuoteExecutedPayload", "msg", "null"
                )
            else:
                try:
                    _f_msg = QuoteExecutedPayloadMsg.from_dict(_v)
                except BadValue as _bad:
                    raise _bad.within("msg") from None

            _v = _get("8", UNSET)
            _f_field_8: Any
            if _v is UNSET:
                _f_field_8 = UNSET
                _absent += 1
            elif _v is None:
                _f_field_8 = None
                _deviations = record_deviation(
                    _deviations, "QuoteExecutedPayload", "8", "null"
                )
            else:
                if _v != "Unknown channel name":
                    raise BadValue("8", "the constant " + '"Unknown channel name"', _v)
                _f_field_8 = _v

            _v = _get("9", UNSET)
            _f_field_9: Any
            if _v is UNSET:
                _f_field_9 = UNSET
                _absent += 1
            elif _v is None:
                _f_field_9 = None
                _deviations = record_deviation(
                    _deviations, "QuoteExecutedPayload", "9", "null"
                )
            else:
                if _v != "Authentication required":
                    raise BadValue(
                        "9", "the constant " + '"Authentication required"', _v
                    )
                _f_field_9 = _v

            _v = _get("10", UNSET)
            _f_field_10: Any
            if _v is UNSET:
                _f_field_10 = UNSET
                _absent += 1
            elif _v is None:
                _f_field_10 = None
                _deviations = record_deviation(
                    _deviations, "QuoteExecutedPayload", "10", "null"
                )
            else:
                if _v != "Channel error":
                    raise BadValue("10", "the constant " + '"Channel error"', _v)
                _f_field_10 = _v

            _v = _get("11", UNSET)
            _f_field_11: Any
            if _v is UNSET:
                _f_field_11 = UNSET
                _absent += 1
            elif _v is None:
                _f_field_11 = None
                _deviations = record_deviation(
                    _deviations, "QuoteExecutedPayload", "11", "null"
                )
            else:
                if _v != "Invalid parameter":
                    raise BadValue("11", "the constant " + '"Invalid parameter"', _v)
                _f_field_11 = _v

            _v = _get("12", UNSET)
            _f_field_12: Any
            if _v is UNSET:
                _f_field_12 = UNSET
                _absent += 1
            elif _v is None:
                _f_field_12 = None
                _deviations = record_deviation(
                    _deviations, "QuoteExecutedPayload", "12", "null"
                )
            else:
                if _v != "Exactly one subscription ID is required":
                    raise BadValue(
                        "12",
                        "the constant " + '"Exactly one subscription ID is required"',
                        _v,
                    )
                _f_field_12 = _v

            _v = _get("13", UNSET)
            _f_field_13: Any
            if _v is UNSET:
                _f_field_13 = UNSET
                _absent += 1
            elif _v is None:
                _f_field_13 = None
                _deviations = record_deviation(
                    _deviations, "QuoteExecutedPayload", "13", "null"
                )
            else:
                if _v != "Unsupported action":
                    raise BadValue("13", "the constant " + '"Unsupported action"', _v)
                _f_field_13 = _v

            _v = _get("14", UNSET)
            _f_field_14: Any
            if _v is UNSET:
                _f_field_14 = UNSET
                _absent += 1
            elif _v is None:
                _f_field_14 = None
                _deviations = record_deviation(
                    _deviations, "QuoteExecutedPayload", "14", "null"
                )
            else:
                if _v != "Market Ticker required":
                    raise BadValue(
                        "14", "the constant " + '"Market Ticker required"', _v
                    )
                _f_field_14 = _v

            _v = _get("15", UNSET)
            _f_field_15: Any
            if _v is UNSET:
                _f_field_15 = UNSET
                _absent += 1
            elif _v is None:
                _f_field_15 = None
                _deviations = record_deviation(
                    _deviations, "QuoteExecutedPayload", "15", "null"
                )
            else:
                if _v != "Action required":
                    raise BadValue("15", "the constant " + '"Action required"', _v)
                _f_field_15 = _v

            _v = _get("16", UNSET)
            _f_field_16: Any
            if _v is UNSET:
                _f_field_16 = UNSET
                _absent += 1
            elif _v is None:
                _f_field_16 = None
                _deviations = record_deviation(
                    _deviations, "QuoteExecutedPayload", "16", "null"
                )
            else:
                if _v != "Market not found":
                    raise BadValue("16", "the constant " + '"Market not found"', _v)
                _f_field_16 = _v

            _v = _get("17", UNSET)
            _f_field_17: Any
            if _v is UNSET:
                _f_field_17 = UNSET
                _absent += 1
            elif _v is None:
                _f_field_17 = None
                _deviations = record_deviation(
                    _deviations, "QuoteExecutedPayload", "17", "null"
                )
            else:
                if _v != "Internal error":
                    raise BadValue("17", "the constant " + '"Internal error"', _v)
                _f_field_17 = _v

            _v = _get("18", UNSET)
            _f_field_18: Any
            if _v is UNSET:
                _f_field_18 = UNSET
                _absent += 1
            elif _v is None:
                _f_field_18 = None
                _deviations = record_deviation(
                    _deviations, "QuoteExecutedPayload", "18", "null"
                )
            else:
                if _v != "Command timeout":
                    raise BadValue("18", "the constant " + '"Command timeout"', _v)
                _f_field_18 = _v

            _v = _get("19", UNSET)
            _f_field_19: Any
            if _v is UNSET:
                _f_field_19 = UNSET
                _absent += 1
            elif _v is None:
                _f_field_19 = None
                _deviations = record_deviation(
                    _deviations, "QuoteExecutedPayload", "19", "null"
                )
            else:
                if _v != "shard_factor must be \u003e 0":
                    raise BadValue(
                        "19", "the constant " + '"shard_factor must be \\u003e 0"', _v
                    )
                _f_field_19 = _v

            _v = _get("20", UNSET)
            _f_field_20: Any
            if _v is UNSET:
                _f_field_20 = UNSET
                _absent += 1
            elif _v is None:
                _f_field_20 = None
                _deviations = record_deviation(
                    _deviations, "QuoteExecutedPayload", "20", "null"
                )
            else:
                if _v != "shard_factor is required when shard_key is set":
                    raise BadValue(
                        "20",
                        "the constant "
                        + '"shard_factor is required when shard_key is set"',
                        _v,
                    )
                _f_field_20 = _v

            _v = _get("21", UNSET)
            _f_field_21: Any
            if _v is UNSET:
                _f_field_21 = UNSET
                _absent += 1
            elif _v is None:
                _f_field_21 = None
                _deviations = record_deviation(
                    _deviations, "QuoteExecutedPayload", "21", "null"
                )
            else:
                if _v != "shard_key must be \u003e= 0 and \u003c shard_factor":
                    raise BadValue(
                        "21",
                        "the constant "
                        + '"shard_key must be \\u003e= 0 and \\u003c shard_factor"',
                        _v,
                    )
                _f_field_21 = _v

            _v = _get("22", UNSET)
            _f_field_22: Any
            if _v is UNSET:
                _f_field_22 = UNSET
                _absent += 1
            elif _v is None:
                _f_field_22 = None
                _deviations = record_deviation(
                    _deviations, "QuoteExecutedPayload", "22", "null"
                )
            else:
                if _v != "shard_factor must be \u003c= 100":
                    raise BadValue(
                        "22",
                        "the constant " + '"shard_factor must be \\u003c= 100"',
                        _v,
                    )
                _f_field_22 = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        quote_executed_payload = _new(cls)
        quote_executed_payload.type_ = _f_type_
        quote_executed_payload.sid = _f_sid
        quote_executed_payload.msg = _f_msg
        quote_executed_payload.field_8 = _f_field_8
        quote_executed_payload.field_9 = _f_field_9
        quote_executed_payload.field_10 = _f_field_10
        quote_executed_payload.field_11 = _f_field_11
        quote_executed_payload.field_12 = _f_field_12
        quote_executed_payload.field_13 = _f_field_13
        quote_executed_payload.field_14 = _f_field_14
        quote_executed_payload.field_15 = _f_field_15
        quote_executed_payload.field_16 = _f_field_16
        quote_executed_payload.field_17 = _f_field_17
        quote_executed_payload.field_18 = _f_field_18
        quote_executed_payload.field_19 = _f_field_19
        quote_executed_payload.field_20 = _f_field_20
        quote_executed_payload.field_21 = _f_field_21
        quote_executed_payload.field_22 = _f_field_22
        if len(src_dict) + _absent > 18:
            _known: set[str] = {
                "type",
                "sid",
                "msg",
                "8",
                "9",
                "10",
                "11",
                "12",
                "13",
                "14",
                "15",
                "16",
                "17",
                "18",
                "19",
                "20",
                "21",
                "22",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            quote_executed_payload.additional_properties = _extra_found
        else:
            quote_executed_payload.additional_properties = {}
        quote_executed_payload._deviations = _deviations
        return quote_executed_payload

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("type_", "type", Any, True, None),
            ("sid", "sid", int, True, None),
            ("msg", "msg", wire_struct(QuoteExecutedPayloadMsg), True, None),
            ("field_8", "8", Any, False, None),
            ("field_9", "9", Any, False, None),
            ("field_10", "10", Any, False, None),
            ("field_11", "11", Any, False, None),
            ("field_12", "12", Any, False, None),
            ("field_13", "13", Any, False, None),
            ("field_14", "14", Any, False, None),
            ("field_15", "15", Any, False, None),
            ("field_16", "16", Any, False, None),
            ("field_17", "17", Any, False, None),
            ("field_18", "18", Any, False, None),
            ("field_19", "19", Any, False, None),
            ("field_20", "20", Any, False, None),
            ("field_21", "21", Any, False, None),
            ("field_22", "22", Any, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        quote_executed_payload = _new(cls)
        if w.type_ is None:  # a null the spec does not allow: from_dict records it
            raise BadValue("type", "not null", None)
        if w.type_ != "quote_executed":
            raise BadValue("type", "the constant " + '"quote_executed"', w.type_)
        quote_executed_payload.type_ = w.type_
        quote_executed_payload.sid = w.sid
        quote_executed_payload.msg = QuoteExecutedPayloadMsg._from_wire(w.msg)
        if w.field_8 is None:  # a null the spec does not allow: from_dict records it
            raise BadValue("8", "not null", None)
        if w.field_8 is UNSET:
            quote_executed_payload.field_8 = w.field_8
        else:
            if w.field_8 != "Unknown channel name":
                raise BadValue(
                    "8", "the constant " + '"Unknown channel name"', w.field_8
                )
            quote_executed_payload.field_8 = w.field_8
        if w.field_9 is None:  # a null the spec does not allow: from_dict records it
            raise BadValue("9", "not null", None)
        if w.field_9 is UNSET:
            quote_executed_payload.field_9 = w.field_9
        else:
            if w.field_9 != "Authentication required":
                raise BadValue(
                    "9", "the constant " + '"Authentication required"', w.field_9
                )
            quote_executed_payload.field_9 = w.field_9
        if w.field_10 is None:  # a null the spec does not allow: from_dict records it
            raise BadValue("10", "not null", None)
        if w.field_10 is UNSET:
            quote_executed_payload.field_10 = w.field_10
        else:
            if w.field_10 != "Channel error":
                raise BadValue("10", "the constant " + '"Channel error"', w.field_10)
            quote_executed_payload.field_10 = w.field_10
        if w.field_11 is None:  # a null the spec does not allow: from_dict records it
            raise BadValue("11", "not null", None)
        if w.field_11 is UNSET:
            quote_executed_payload.field_11 = w.field_11
        else:
            if w.field_11 != "Invalid parameter":
                raise BadValue(
                    "11", "the constant " + '"Invalid parameter"', w.field_11
                )
            quote_executed_payload.field_11 = w.field_11
        if w.field_12 is None:  # a null the spec does not allow: from_dict records it
            raise BadValue("12", "not null", None)
        if w.field_12 is UNSET:
            quote_executed_payload.field_12 = w.field_12
        else:
            if w.field_12 != "Exactly one subscription ID is required":
                raise BadValue(
                    "12",
                    "the constant " + '"Exactly one subscription ID is required"',
                    w.field_12,
                )
            quote_executed_payload.field_12 = w.field_12
        if w.field_13 is None:  # a null the spec does not allow: from_dict records it
            raise BadValue("13", "not null", None)
        if w.field_13 is UNSET:
            quote_executed_payload.field_13 = w.field_13
        else:
            if w.field_13 != "Unsupported action":
                raise BadValue(
                    "13", "the constant " + '"Unsupported action"', w.field_13
                )
            quote_executed_payload.field_13 = w.field_13
        if w.field_14 is None:  # a null the spec does not allow: from_dict records it
            raise BadValue("14", "not null", None)
        if w.field_14 is UNSET:
            quote_executed_payload.field_14 = w.field_14
        else:
            if w.field_14 != "Market Ticker required":
                raise BadValue(
                    "14", "the constant " + '"Market Ticker required"', w.field_14
                )
            quote_executed_payload.field_14 = w.field_14
        if w.field_15 is None:  # a null the spec does not allow: from_dict records it
            raise BadValue("15", "not null", None)
        if w.field_15 is UNSET:
            quote_executed_payload.field_15 = w.field_15
        else:
            if w.field_15 != "Action required":
                raise BadValue("15", "the constant " + '"Action required"', w.field_15)
            quote_executed_payload.field_15 = w.field_15
        if w.field_16 is None:  # a null the spec does not allow: from_dict records it
            raise BadValue("16", "not null", None)
        if w.field_16 is UNSET:
            quote_executed_payload.field_16 = w.field_16
        else:
            if w.field_16 != "Market not found":
                raise BadValue("16", "the constant " + '"Market not found"', w.field_16)
            quote_executed_payload.field_16 = w.field_16
        if w.field_17 is None:  # a null the spec does not allow: from_dict records it
            raise BadValue("17", "not null", None)
        if w.field_17 is UNSET:
            quote_executed_payload.field_17 = w.field_17
        else:
            if w.field_17 != "Internal error":
                raise BadValue("17", "the constant " + '"Internal error"', w.field_17)
            quote_executed_payload.field_17 = w.field_17
        if w.field_18 is None:  # a null the spec does not allow: from_dict records it
            raise BadValue("18", "not null", None)
        if w.field_18 is UNSET:
            quote_executed_payload.field_18 = w.field_18
        else:
            if w.field_18 != "Command timeout":
                raise BadValue("18", "the constant " + '"Command timeout"', w.field_18)
            quote_executed_payload.field_18 = w.field_18
        if w.field_19 is None:  # a null the spec does not allow: from_dict records it
            raise BadValue("19", "not null", None)
        if w.field_19 is UNSET:
            quote_executed_payload.field_19 = w.field_19
        else:
            if w.field_19 != "shard_factor must be \u003e 0":
                raise BadValue(
                    "19",
                    "the constant " + '"shard_factor must be \\u003e 0"',
                    w.field_19,
                )
            quote_executed_payload.field_19 = w.field_19
        if w.field_20 is None:  # a null the spec does not allow: from_dict records it
            raise BadValue("20", "not null", None)
        if w.field_20 is UNSET:
            quote_executed_payload.field_20 = w.field_20
        else:
            if w.field_20 != "shard_factor is required when shard_key is set":
                raise BadValue(
                    "20",
                    "the constant "
                    + '"shard_factor is required when shard_key is set"',
                    w.field_20,
                )
            quote_executed_payload.field_20 = w.field_20
        if w.field_21 is None:  # a null the spec does not allow: from_dict records it
            raise BadValue("21", "not null", None)
        if w.field_21 is UNSET:
            quote_executed_payload.field_21 = w.field_21
        else:
            if w.field_21 != "shard_key must be \u003e= 0 and \u003c shard_factor":
                raise BadValue(
                    "21",
                    "the constant "
                    + '"shard_key must be \\u003e= 0 and \\u003c shard_factor"',
                    w.field_21,
                )
            quote_executed_payload.field_21 = w.field_21
        if w.field_22 is None:  # a null the spec does not allow: from_dict records it
            raise BadValue("22", "not null", None)
        if w.field_22 is UNSET:
            quote_executed_payload.field_22 = w.field_22
        else:
            if w.field_22 != "shard_factor must be \u003c= 100":
                raise BadValue(
                    "22",
                    "the constant " + '"shard_factor must be \\u003c= 100"',
                    w.field_22,
                )
            quote_executed_payload.field_22 = w.field_22
        quote_executed_payload.additional_properties = w._extras()
        quote_executed_payload._deviations = None
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


# Models that refer back to this one are imported on first use, once (not per call:
# an import statement costs ~0.7 us, a third of a small model's parse).
_lazy_bound = False


def _bind_lazy() -> None:
    global _lazy_bound, QuoteExecutedPayloadMsg
    from ..models.quote_executed_payload_msg import QuoteExecutedPayloadMsg

    _lazy_bound = True
