from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.subscribe_command_payload_params_channels_item import (
    SubscribeCommandPayloadParamsChannelsItem,
    check_subscribe_command_payload_params_channels_item,
)
from ..types import (
    UNSET,
    BadValue,
    Unset,
    _new,
    check_items,
    learn_extras,
    model_repr,
    record_deviation,
)

T = TypeVar("T", bound="SubscribeCommandPayloadParams")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class SubscribeCommandPayloadParams:
    """Attributes:
    channels (list[SubscribeCommandPayloadParamsChannelsItem]):
    market_ticker (str | Unset):
    market_tickers (list[str] | Unset):
    send_initial_snapshot (bool | Unset): Sends an initial snapshot for ticker subscriptions. Default: False.
    skip_ticker_ack (bool | Unset):  Default: False.
    """

    channels: list[SubscribeCommandPayloadParamsChannelsItem]

    market_ticker: str | Unset = UNSET

    market_tickers: list[str] | Unset = UNSET

    send_initial_snapshot: bool | Unset = False

    skip_ticker_ack: bool | Unset = False

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
        if isinstance(self.channels, Unset):
            pass
        elif self.channels is None:  # a null the spec does not allow, kept as received
            field_dict["channels"] = None
        else:
            _channels = []
            for channels_item_data in self.channels:
                channels_item: str = (
                    check_subscribe_command_payload_params_channels_item(
                        channels_item_data, "channels_item"
                    )
                )
                _channels.append(channels_item)

            field_dict["channels"] = _channels
        if isinstance(self.market_ticker, Unset):
            pass
        elif (
            self.market_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["market_ticker"] = None
        else:
            field_dict["market_ticker"] = self.market_ticker
        if isinstance(self.market_tickers, Unset):
            pass
        elif (
            self.market_tickers is None
        ):  # a null the spec does not allow, kept as received
            field_dict["market_tickers"] = None
        else:
            _market_tickers: list[str] | Unset = UNSET
            if not isinstance(self.market_tickers, Unset):
                _market_tickers = self.market_tickers

            field_dict["market_tickers"] = _market_tickers
        if isinstance(self.send_initial_snapshot, Unset):
            pass
        elif (
            self.send_initial_snapshot is None
        ):  # a null the spec does not allow, kept as received
            field_dict["send_initial_snapshot"] = None
        else:
            field_dict["send_initial_snapshot"] = self.send_initial_snapshot
        if isinstance(self.skip_ticker_ack, Unset):
            pass
        elif (
            self.skip_ticker_ack is None
        ):  # a null the spec does not allow, kept as received
            field_dict["skip_ticker_ack"] = None
        else:
            field_dict["skip_ticker_ack"] = self.skip_ticker_ack
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
            _v = _get("channels", UNSET)
            _f_channels: Any
            if _v is UNSET:
                _f_channels = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "SubscribeCommandPayloadParams", "channels", "missing"
                )
            elif _v is None:
                _f_channels = None
                _deviations = record_deviation(
                    _deviations, "SubscribeCommandPayloadParams", "channels", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("channels", "array", _v)
                _f_channels = []
                try:
                    for _i10, _x10 in enumerate(_v):
                        _y10 = check_subscribe_command_payload_params_channels_item(
                            _x10, _i10, received=True
                        )

                        _f_channels.append(_y10)
                except BadValue as _bad:
                    raise _bad.within("channels") from None

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
                    _deviations,
                    "SubscribeCommandPayloadParams",
                    "market_ticker",
                    "null",
                )
            else:
                if type(_v) is not str:
                    raise BadValue("market_ticker", "str", _v)
                _f_market_ticker = _v

            _v = _get("market_tickers", UNSET)
            _f_market_tickers: Any
            if _v is UNSET:
                _f_market_tickers = UNSET
                _absent += 1
            elif _v is None:
                _f_market_tickers = None
                _deviations = record_deviation(
                    _deviations,
                    "SubscribeCommandPayloadParams",
                    "market_tickers",
                    "null",
                )
            else:
                if type(_v) is not list:
                    raise BadValue("market_tickers", "array", _v)
                check_items(_v, str, "market_tickers")
                _f_market_tickers = _v

            _v = _get("send_initial_snapshot", UNSET)
            _f_send_initial_snapshot: Any
            if type(_v) is bool:
                _f_send_initial_snapshot = _v

            elif _v is UNSET:
                _f_send_initial_snapshot = UNSET
                _absent += 1
            elif _v is None:
                _f_send_initial_snapshot = None
                _deviations = record_deviation(
                    _deviations,
                    "SubscribeCommandPayloadParams",
                    "send_initial_snapshot",
                    "null",
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("send_initial_snapshot", "bool", _v)
                _f_send_initial_snapshot = _v

            _v = _get("skip_ticker_ack", UNSET)
            _f_skip_ticker_ack: Any
            if type(_v) is bool:
                _f_skip_ticker_ack = _v

            elif _v is UNSET:
                _f_skip_ticker_ack = UNSET
                _absent += 1
            elif _v is None:
                _f_skip_ticker_ack = None
                _deviations = record_deviation(
                    _deviations,
                    "SubscribeCommandPayloadParams",
                    "skip_ticker_ack",
                    "null",
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("skip_ticker_ack", "bool", _v)
                _f_skip_ticker_ack = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        subscribe_command_payload_params = _new(cls)
        subscribe_command_payload_params.channels = _f_channels
        subscribe_command_payload_params.market_ticker = _f_market_ticker
        subscribe_command_payload_params.market_tickers = _f_market_tickers
        subscribe_command_payload_params.send_initial_snapshot = (
            _f_send_initial_snapshot
        )
        subscribe_command_payload_params.skip_ticker_ack = _f_skip_ticker_ack
        if len(src_dict) + _absent > 5:
            _known: set[str] = {
                "channels",
                "market_ticker",
                "market_tickers",
                "send_initial_snapshot",
                "skip_ticker_ack",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            subscribe_command_payload_params.additional_properties = _extra_found
        else:
            subscribe_command_payload_params.additional_properties = {}
        subscribe_command_payload_params._deviations = _deviations
        return subscribe_command_payload_params

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("channels", "channels", Any, True, None),
            ("market_ticker", "market_ticker", str, False, None),
            ("market_tickers", "market_tickers", list[str], False, None),
            ("send_initial_snapshot", "send_initial_snapshot", bool, False, None),
            ("skip_ticker_ack", "skip_ticker_ack", bool, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        subscribe_command_payload_params = _new(cls)
        if w.channels is None:  # a null the spec does not allow: from_dict records it
            raise BadValue("channels", "not null", None)
        if type(w.channels) is not list:
            raise BadValue("channels", "array", w.channels)
        subscribe_command_payload_params.channels = []
        try:
            for _i10, _x10 in enumerate(w.channels):
                _y10 = check_subscribe_command_payload_params_channels_item(
                    _x10, _i10, received=True
                )

                subscribe_command_payload_params.channels.append(_y10)
        except BadValue as _bad:
            raise _bad.within("channels") from None
        subscribe_command_payload_params.market_ticker = w.market_ticker
        subscribe_command_payload_params.market_tickers = w.market_tickers
        subscribe_command_payload_params.send_initial_snapshot = w.send_initial_snapshot
        subscribe_command_payload_params.skip_ticker_ack = w.skip_ticker_ack
        subscribe_command_payload_params.additional_properties = w._extras()
        subscribe_command_payload_params._deviations = None
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
