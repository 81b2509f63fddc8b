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
    check_items,
    learn_extras,
    model_repr,
    record_deviation,
)

T = TypeVar("T", bound="FCMSubtrader")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class FCMSubtrader:
    """Attributes:
    subtrader_id (str): Full subtrader identifier owned by the authenticated FCM.
    exchange_indices (list[int]): Exchange indices where this subtrader has been observed.
    trading_blocked (bool): Effective trading block, including firm-wide and Kalshi restrictions.
    fcm_trading_blocked (bool): Whether an FCM-owned per-subtrader trading block is configured.
    propagation_pending (bool): Whether a configured per-subtrader block is awaiting engine application.
    """

    subtrader_id: str

    exchange_indices: list[int]

    trading_blocked: bool

    fcm_trading_blocked: bool

    propagation_pending: bool

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
        if isinstance(self.subtrader_id, Unset):
            pass
        elif (
            self.subtrader_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["subtrader_id"] = None
        else:
            field_dict["subtrader_id"] = self.subtrader_id
        if isinstance(self.exchange_indices, Unset):
            pass
        elif (
            self.exchange_indices is None
        ):  # a null the spec does not allow, kept as received
            field_dict["exchange_indices"] = None
        else:
            _exchange_indices = self.exchange_indices

            field_dict["exchange_indices"] = _exchange_indices
        if isinstance(self.trading_blocked, Unset):
            pass
        elif (
            self.trading_blocked is None
        ):  # a null the spec does not allow, kept as received
            field_dict["trading_blocked"] = None
        else:
            field_dict["trading_blocked"] = self.trading_blocked
        if isinstance(self.fcm_trading_blocked, Unset):
            pass
        elif (
            self.fcm_trading_blocked is None
        ):  # a null the spec does not allow, kept as received
            field_dict["fcm_trading_blocked"] = None
        else:
            field_dict["fcm_trading_blocked"] = self.fcm_trading_blocked
        if isinstance(self.propagation_pending, Unset):
            pass
        elif (
            self.propagation_pending is None
        ):  # a null the spec does not allow, kept as received
            field_dict["propagation_pending"] = None
        else:
            field_dict["propagation_pending"] = self.propagation_pending
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
            _v = _get("subtrader_id", UNSET)
            _f_subtrader_id: Any
            if type(_v) is str:
                _f_subtrader_id = _v

            elif _v is UNSET:
                _f_subtrader_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "FCMSubtrader", "subtrader_id", "missing"
                )
            elif _v is None:
                _f_subtrader_id = None
                _deviations = record_deviation(
                    _deviations, "FCMSubtrader", "subtrader_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("subtrader_id", "str", _v)
                _f_subtrader_id = _v

            _v = _get("exchange_indices", UNSET)
            _f_exchange_indices: Any
            if _v is UNSET:
                _f_exchange_indices = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "FCMSubtrader", "exchange_indices", "missing"
                )
            elif _v is None:
                _f_exchange_indices = None
                _deviations = record_deviation(
                    _deviations, "FCMSubtrader", "exchange_indices", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("exchange_indices", "array", _v)
                check_items(_v, int, "exchange_indices")
                _f_exchange_indices = _v

            _v = _get("trading_blocked", UNSET)
            _f_trading_blocked: Any
            if type(_v) is bool:
                _f_trading_blocked = _v

            elif _v is UNSET:
                _f_trading_blocked = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "FCMSubtrader", "trading_blocked", "missing"
                )
            elif _v is None:
                _f_trading_blocked = None
                _deviations = record_deviation(
                    _deviations, "FCMSubtrader", "trading_blocked", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("trading_blocked", "bool", _v)
                _f_trading_blocked = _v

            _v = _get("fcm_trading_blocked", UNSET)
            _f_fcm_trading_blocked: Any
            if type(_v) is bool:
                _f_fcm_trading_blocked = _v

            elif _v is UNSET:
                _f_fcm_trading_blocked = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "FCMSubtrader", "fcm_trading_blocked", "missing"
                )
            elif _v is None:
                _f_fcm_trading_blocked = None
                _deviations = record_deviation(
                    _deviations, "FCMSubtrader", "fcm_trading_blocked", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("fcm_trading_blocked", "bool", _v)
                _f_fcm_trading_blocked = _v

            _v = _get("propagation_pending", UNSET)
            _f_propagation_pending: Any
            if type(_v) is bool:
                _f_propagation_pending = _v

            elif _v is UNSET:
                _f_propagation_pending = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "FCMSubtrader", "propagation_pending", "missing"
                )
            elif _v is None:
                _f_propagation_pending = None
                _deviations = record_deviation(
                    _deviations, "FCMSubtrader", "propagation_pending", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("propagation_pending", "bool", _v)
                _f_propagation_pending = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        fcm_subtrader = _new(cls)
        fcm_subtrader.subtrader_id = _f_subtrader_id
        fcm_subtrader.exchange_indices = _f_exchange_indices
        fcm_subtrader.trading_blocked = _f_trading_blocked
        fcm_subtrader.fcm_trading_blocked = _f_fcm_trading_blocked
        fcm_subtrader.propagation_pending = _f_propagation_pending
        if len(src_dict) + _absent > 5:
            _known: set[str] = {
                "subtrader_id",
                "exchange_indices",
                "trading_blocked",
                "fcm_trading_blocked",
                "propagation_pending",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            fcm_subtrader.additional_properties = _extra_found
        else:
            fcm_subtrader.additional_properties = {}
        fcm_subtrader._deviations = _deviations
        return fcm_subtrader

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("subtrader_id", "subtrader_id", str, True, None),
            ("exchange_indices", "exchange_indices", list[int], True, None),
            ("trading_blocked", "trading_blocked", bool, True, None),
            ("fcm_trading_blocked", "fcm_trading_blocked", bool, True, None),
            ("propagation_pending", "propagation_pending", bool, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        fcm_subtrader = _new(cls)
        fcm_subtrader.subtrader_id = w.subtrader_id
        fcm_subtrader.exchange_indices = w.exchange_indices
        fcm_subtrader.trading_blocked = w.trading_blocked
        fcm_subtrader.fcm_trading_blocked = w.fcm_trading_blocked
        fcm_subtrader.propagation_pending = w.propagation_pending
        fcm_subtrader.additional_properties = w._extras()
        fcm_subtrader._deviations = None
        return fcm_subtrader

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
