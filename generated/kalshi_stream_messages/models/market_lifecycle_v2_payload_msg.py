from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.market_lifecycle_v2_payload_msg_event_type import (
    MARKET_LIFECYCLE_V2_PAYLOAD_MSG_EVENT_TYPE_VALUES,
    MarketLifecycleV2PayloadMsgEventType,
    check_market_lifecycle_v2_payload_msg_event_type,
)
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
    from ..models.market_lifecycle_v2_payload_msg_additional_metadata import (
        MarketLifecycleV2PayloadMsgAdditionalMetadata,
    )


T = TypeVar("T", bound="MarketLifecycleV2PayloadMsg")


@_attrs_define(repr=False, on_setattr=_NO_OP)
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
        value of the market in fixed-point dollars (e.g. \"0.5000\")
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
        if isinstance(self.event_type, Unset):
            pass
        elif (
            self.event_type is None
        ):  # a null the spec does not allow, kept as received
            field_dict["event_type"] = None
        else:
            _event_type: str = check_market_lifecycle_v2_payload_msg_event_type(
                self.event_type, "event_type"
            )
            field_dict["event_type"] = _event_type
        if isinstance(self.market_ticker, Unset):
            pass
        elif (
            self.market_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["market_ticker"] = None
        else:
            field_dict["market_ticker"] = self.market_ticker
        if isinstance(self.open_ts, Unset):
            pass
        elif self.open_ts is None:  # a null the spec does not allow, kept as received
            field_dict["open_ts"] = None
        else:
            field_dict["open_ts"] = self.open_ts
        if isinstance(self.close_ts, Unset):
            pass
        elif self.close_ts is None:  # a null the spec does not allow, kept as received
            field_dict["close_ts"] = None
        else:
            field_dict["close_ts"] = self.close_ts
        if isinstance(self.result, Unset):
            pass
        elif self.result is None:  # a null the spec does not allow, kept as received
            field_dict["result"] = None
        else:
            field_dict["result"] = self.result
        if isinstance(self.determination_ts, Unset):
            pass
        elif (
            self.determination_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["determination_ts"] = None
        else:
            field_dict["determination_ts"] = self.determination_ts
        if isinstance(self.settlement_value, Unset):
            pass
        elif (
            self.settlement_value is None
        ):  # a null the spec does not allow, kept as received
            field_dict["settlement_value"] = None
        else:
            field_dict["settlement_value"] = self.settlement_value
        if isinstance(self.settled_ts, Unset):
            pass
        elif (
            self.settled_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["settled_ts"] = None
        else:
            field_dict["settled_ts"] = self.settled_ts
        if isinstance(self.is_deactivated, Unset):
            pass
        elif (
            self.is_deactivated is None
        ):  # a null the spec does not allow, kept as received
            field_dict["is_deactivated"] = None
        else:
            field_dict["is_deactivated"] = self.is_deactivated
        if isinstance(self.additional_metadata, Unset):
            pass
        elif (
            self.additional_metadata is None
        ):  # a null the spec does not allow, kept as received
            field_dict["additional_metadata"] = None
        else:
            _additional_metadata: dict[str, Any] | Unset = UNSET
            if not isinstance(self.additional_metadata, Unset):
                _additional_metadata = self.additional_metadata.to_dict()
            field_dict["additional_metadata"] = _additional_metadata
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
            _v = _get("event_type", UNSET)
            _f_event_type: Any
            if (
                type(_v) is str
                and _v in MARKET_LIFECYCLE_V2_PAYLOAD_MSG_EVENT_TYPE_VALUES
            ):
                _f_event_type = _v

            elif _v is UNSET:
                _f_event_type = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarketLifecycleV2PayloadMsg", "event_type", "missing"
                )
            elif _v is None:
                _f_event_type = None
                _deviations = record_deviation(
                    _deviations, "MarketLifecycleV2PayloadMsg", "event_type", "null"
                )
            else:
                _f_event_type = check_market_lifecycle_v2_payload_msg_event_type(
                    _v, "event_type", received=True
                )

            _v = _get("market_ticker", UNSET)
            _f_market_ticker: Any
            if type(_v) is str:
                _f_market_ticker = _v

            elif _v is UNSET:
                _f_market_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "MarketLifecycleV2PayloadMsg",
                    "market_ticker",
                    "missing",
                )
            elif _v is None:
                _f_market_ticker = None
                _deviations = record_deviation(
                    _deviations, "MarketLifecycleV2PayloadMsg", "market_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("market_ticker", "str", _v)
                _f_market_ticker = _v

            _v = _get("open_ts", UNSET)
            _f_open_ts: Any
            if type(_v) is int:
                _f_open_ts = _v

            elif _v is UNSET:
                _f_open_ts = UNSET
                _absent += 1
            elif _v is None:
                _f_open_ts = None
                _deviations = record_deviation(
                    _deviations, "MarketLifecycleV2PayloadMsg", "open_ts", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("open_ts", "int", _v)
                _f_open_ts = _v

            _v = _get("close_ts", UNSET)
            _f_close_ts: Any
            if type(_v) is int:
                _f_close_ts = _v

            elif _v is UNSET:
                _f_close_ts = UNSET
                _absent += 1
            elif _v is None:
                _f_close_ts = None
                _deviations = record_deviation(
                    _deviations, "MarketLifecycleV2PayloadMsg", "close_ts", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("close_ts", "int", _v)
                _f_close_ts = _v

            _v = _get("result", UNSET)
            _f_result: Any
            if type(_v) is str:
                _f_result = _v

            elif _v is UNSET:
                _f_result = UNSET
                _absent += 1
            elif _v is None:
                _f_result = None
                _deviations = record_deviation(
                    _deviations, "MarketLifecycleV2PayloadMsg", "result", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("result", "str", _v)
                _f_result = _v

            _v = _get("determination_ts", UNSET)
            _f_determination_ts: Any
            if type(_v) is int:
                _f_determination_ts = _v

            elif _v is UNSET:
                _f_determination_ts = UNSET
                _absent += 1
            elif _v is None:
                _f_determination_ts = None
                _deviations = record_deviation(
                    _deviations,
                    "MarketLifecycleV2PayloadMsg",
                    "determination_ts",
                    "null",
                )
            else:
                if type(_v) is not int:
                    raise BadValue("determination_ts", "int", _v)
                _f_determination_ts = _v

            _v = _get("settlement_value", UNSET)
            _f_settlement_value: Any
            if type(_v) is str:
                _f_settlement_value = _v

            elif _v is UNSET:
                _f_settlement_value = UNSET
                _absent += 1
            elif _v is None:
                _f_settlement_value = None
                _deviations = record_deviation(
                    _deviations,
                    "MarketLifecycleV2PayloadMsg",
                    "settlement_value",
                    "null",
                )
            else:
                if type(_v) is not str:
                    raise BadValue("settlement_value", "str", _v)
                _f_settlement_value = _v

            _v = _get("settled_ts", UNSET)
            _f_settled_ts: Any
            if type(_v) is int:
                _f_settled_ts = _v

            elif _v is UNSET:
                _f_settled_ts = UNSET
                _absent += 1
            elif _v is None:
                _f_settled_ts = None
                _deviations = record_deviation(
                    _deviations, "MarketLifecycleV2PayloadMsg", "settled_ts", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("settled_ts", "int", _v)
                _f_settled_ts = _v

            _v = _get("is_deactivated", UNSET)
            _f_is_deactivated: Any
            if type(_v) is bool:
                _f_is_deactivated = _v

            elif _v is UNSET:
                _f_is_deactivated = UNSET
                _absent += 1
            elif _v is None:
                _f_is_deactivated = None
                _deviations = record_deviation(
                    _deviations, "MarketLifecycleV2PayloadMsg", "is_deactivated", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("is_deactivated", "bool", _v)
                _f_is_deactivated = _v

            _v = _get("additional_metadata", UNSET)
            _f_additional_metadata: Any
            if _v is UNSET:
                _f_additional_metadata = UNSET
                _absent += 1
            elif _v is None:
                _f_additional_metadata = None
                _deviations = record_deviation(
                    _deviations,
                    "MarketLifecycleV2PayloadMsg",
                    "additional_metadata",
                    "null",
                )
            else:
                try:
                    _f_additional_metadata = (
                        MarketLifecycleV2PayloadMsgAdditionalMetadata.from_dict(_v)
                    )
                except BadValue as _bad:
                    raise _bad.within("additional_metadata") from None

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        market_lifecycle_v2_payload_msg = _new(cls)
        market_lifecycle_v2_payload_msg.event_type = _f_event_type
        market_lifecycle_v2_payload_msg.market_ticker = _f_market_ticker
        market_lifecycle_v2_payload_msg.open_ts = _f_open_ts
        market_lifecycle_v2_payload_msg.close_ts = _f_close_ts
        market_lifecycle_v2_payload_msg.result = _f_result
        market_lifecycle_v2_payload_msg.determination_ts = _f_determination_ts
        market_lifecycle_v2_payload_msg.settlement_value = _f_settlement_value
        market_lifecycle_v2_payload_msg.settled_ts = _f_settled_ts
        market_lifecycle_v2_payload_msg.is_deactivated = _f_is_deactivated
        market_lifecycle_v2_payload_msg.additional_metadata = _f_additional_metadata
        if len(src_dict) + _absent > 10:
            _known: set[str] = {
                "event_type",
                "market_ticker",
                "open_ts",
                "close_ts",
                "result",
                "determination_ts",
                "settlement_value",
                "settled_ts",
                "is_deactivated",
                "additional_metadata",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            market_lifecycle_v2_payload_msg.additional_properties = _extra_found
        else:
            market_lifecycle_v2_payload_msg.additional_properties = {}
        market_lifecycle_v2_payload_msg._deviations = _deviations
        return market_lifecycle_v2_payload_msg

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("event_type", "event_type", str, True, None),
            ("market_ticker", "market_ticker", str, True, None),
            ("open_ts", "open_ts", int, False, None),
            ("close_ts", "close_ts", int, False, None),
            ("result", "result", str, False, None),
            ("determination_ts", "determination_ts", int, False, None),
            ("settlement_value", "settlement_value", str, False, None),
            ("settled_ts", "settled_ts", int, False, None),
            ("is_deactivated", "is_deactivated", bool, False, None),
            (
                "additional_metadata",
                "additional_metadata",
                wire_struct(MarketLifecycleV2PayloadMsgAdditionalMetadata),
                False,
                None,
            ),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        market_lifecycle_v2_payload_msg = _new(cls)
        market_lifecycle_v2_payload_msg.event_type = (
            w.event_type
            if w.event_type in MARKET_LIFECYCLE_V2_PAYLOAD_MSG_EVENT_TYPE_VALUES
            else check_market_lifecycle_v2_payload_msg_event_type(
                w.event_type, "event_type", received=True
            )
        )
        market_lifecycle_v2_payload_msg.market_ticker = w.market_ticker
        market_lifecycle_v2_payload_msg.open_ts = w.open_ts
        market_lifecycle_v2_payload_msg.close_ts = w.close_ts
        market_lifecycle_v2_payload_msg.result = w.result
        market_lifecycle_v2_payload_msg.determination_ts = w.determination_ts
        market_lifecycle_v2_payload_msg.settlement_value = w.settlement_value
        market_lifecycle_v2_payload_msg.settled_ts = w.settled_ts
        market_lifecycle_v2_payload_msg.is_deactivated = w.is_deactivated
        if w.additional_metadata is UNSET:
            market_lifecycle_v2_payload_msg.additional_metadata = w.additional_metadata
        else:
            market_lifecycle_v2_payload_msg.additional_metadata = (
                MarketLifecycleV2PayloadMsgAdditionalMetadata._from_wire(
                    w.additional_metadata
                )
            )
        market_lifecycle_v2_payload_msg.additional_properties = w._extras()
        market_lifecycle_v2_payload_msg._deviations = None
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


# Models that refer back to this one are imported on first use, once (not per call:
# an import statement costs ~0.7 us, a third of a small model's parse).
_lazy_bound = False


def _bind_lazy() -> None:
    global _lazy_bound, MarketLifecycleV2PayloadMsgAdditionalMetadata
    from ..models.market_lifecycle_v2_payload_msg_additional_metadata import (
        MarketLifecycleV2PayloadMsgAdditionalMetadata,
    )

    _lazy_bound = True
