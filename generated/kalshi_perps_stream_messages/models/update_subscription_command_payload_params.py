from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.update_subscription_command_payload_params_action import (
    UPDATE_SUBSCRIPTION_COMMAND_PAYLOAD_PARAMS_ACTION_VALUES,
    UpdateSubscriptionCommandPayloadParamsAction,
    check_update_subscription_command_payload_params_action,
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

T = TypeVar("T", bound="UpdateSubscriptionCommandPayloadParams")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class UpdateSubscriptionCommandPayloadParams:
    """Attributes:
    action (UpdateSubscriptionCommandPayloadParamsAction):
    sid (int | Unset): Server-generated subscription identifier
    sids (list[int] | Unset):
    market_ticker (str | Unset):
    market_tickers (list[str] | Unset):
    send_initial_snapshot (bool | Unset): Sends an initial snapshot for newly added ticker subscriptions. Default:
        False.
    """

    action: UpdateSubscriptionCommandPayloadParamsAction

    sid: int | Unset = UNSET

    sids: list[int] | Unset = UNSET

    market_ticker: str | Unset = UNSET

    market_tickers: list[str] | Unset = UNSET

    send_initial_snapshot: bool | Unset = False

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
        if isinstance(self.action, Unset):
            pass
        elif self.action is None:  # a null the spec does not allow, kept as received
            field_dict["action"] = None
        else:
            _action: str = check_update_subscription_command_payload_params_action(
                self.action, "action"
            )
            field_dict["action"] = _action
        if isinstance(self.sid, Unset):
            pass
        elif self.sid is None:  # a null the spec does not allow, kept as received
            field_dict["sid"] = None
        else:
            field_dict["sid"] = self.sid
        if isinstance(self.sids, Unset):
            pass
        elif self.sids is None:  # a null the spec does not allow, kept as received
            field_dict["sids"] = None
        else:
            _sids: list[int] | Unset = UNSET
            if not isinstance(self.sids, Unset):
                _sids = self.sids

            field_dict["sids"] = _sids
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
            _v = _get("action", UNSET)
            _f_action: Any
            if (
                type(_v) is str
                and _v in UPDATE_SUBSCRIPTION_COMMAND_PAYLOAD_PARAMS_ACTION_VALUES
            ):
                _f_action = _v

            elif _v is UNSET:
                _f_action = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "UpdateSubscriptionCommandPayloadParams",
                    "action",
                    "missing",
                )
            elif _v is None:
                _f_action = None
                _deviations = record_deviation(
                    _deviations,
                    "UpdateSubscriptionCommandPayloadParams",
                    "action",
                    "null",
                )
            else:
                _f_action = check_update_subscription_command_payload_params_action(
                    _v, "action", received=True
                )

            _v = _get("sid", UNSET)
            _f_sid: Any
            if type(_v) is int:
                _f_sid = _v

            elif _v is UNSET:
                _f_sid = UNSET
                _absent += 1
            elif _v is None:
                _f_sid = None
                _deviations = record_deviation(
                    _deviations, "UpdateSubscriptionCommandPayloadParams", "sid", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("sid", "int", _v)
                _f_sid = _v

            _v = _get("sids", UNSET)
            _f_sids: Any
            if _v is UNSET:
                _f_sids = UNSET
                _absent += 1
            elif _v is None:
                _f_sids = None
                _deviations = record_deviation(
                    _deviations,
                    "UpdateSubscriptionCommandPayloadParams",
                    "sids",
                    "null",
                )
            else:
                if type(_v) is not list:
                    raise BadValue("sids", "array", _v)
                check_items(_v, int, "sids")
                _f_sids = _v

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
                    "UpdateSubscriptionCommandPayloadParams",
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
                    "UpdateSubscriptionCommandPayloadParams",
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
                    "UpdateSubscriptionCommandPayloadParams",
                    "send_initial_snapshot",
                    "null",
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("send_initial_snapshot", "bool", _v)
                _f_send_initial_snapshot = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        update_subscription_command_payload_params = _new(cls)
        update_subscription_command_payload_params.action = _f_action
        update_subscription_command_payload_params.sid = _f_sid
        update_subscription_command_payload_params.sids = _f_sids
        update_subscription_command_payload_params.market_ticker = _f_market_ticker
        update_subscription_command_payload_params.market_tickers = _f_market_tickers
        update_subscription_command_payload_params.send_initial_snapshot = (
            _f_send_initial_snapshot
        )
        if len(src_dict) + _absent > 6:
            _known: set[str] = {
                "action",
                "sid",
                "sids",
                "market_ticker",
                "market_tickers",
                "send_initial_snapshot",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            update_subscription_command_payload_params.additional_properties = (
                _extra_found
            )
        else:
            update_subscription_command_payload_params.additional_properties = {}
        update_subscription_command_payload_params._deviations = _deviations
        return update_subscription_command_payload_params

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("action", "action", str, True, None),
            ("sid", "sid", int, False, None),
            ("sids", "sids", list[int], False, None),
            ("market_ticker", "market_ticker", str, False, None),
            ("market_tickers", "market_tickers", list[str], False, None),
            ("send_initial_snapshot", "send_initial_snapshot", bool, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        update_subscription_command_payload_params = _new(cls)
        update_subscription_command_payload_params.action = (
            w.action
            if w.action in UPDATE_SUBSCRIPTION_COMMAND_PAYLOAD_PARAMS_ACTION_VALUES
            else check_update_subscription_command_payload_params_action(
                w.action, "action", received=True
            )
        )
        update_subscription_command_payload_params.sid = w.sid
        update_subscription_command_payload_params.sids = w.sids
        update_subscription_command_payload_params.market_ticker = w.market_ticker
        update_subscription_command_payload_params.market_tickers = w.market_tickers
        update_subscription_command_payload_params.send_initial_snapshot = (
            w.send_initial_snapshot
        )
        update_subscription_command_payload_params.additional_properties = w._extras()
        update_subscription_command_payload_params._deviations = None
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
