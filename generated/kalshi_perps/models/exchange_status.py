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

T = TypeVar("T", bound="ExchangeStatus")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class ExchangeStatus:
    """Attributes:
    exchange_active (bool): False if the exchange is no longer taking any state changes at all. True unless under
        maintenance.
    trading_active (bool): True if trading is currently permitted on the exchange. False outside exchange hours or
        during pauses.
    """

    exchange_active: bool

    trading_active: bool

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
        if isinstance(self.exchange_active, Unset):
            pass
        elif (
            self.exchange_active is None
        ):  # a null the spec does not allow, kept as received
            field_dict["exchange_active"] = None
        else:
            field_dict["exchange_active"] = self.exchange_active
        if isinstance(self.trading_active, Unset):
            pass
        elif (
            self.trading_active is None
        ):  # a null the spec does not allow, kept as received
            field_dict["trading_active"] = None
        else:
            field_dict["trading_active"] = self.trading_active
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
            _v = _get("exchange_active", UNSET)
            _f_exchange_active: Any
            if type(_v) is bool:
                _f_exchange_active = _v

            elif _v is UNSET:
                _f_exchange_active = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "ExchangeStatus", "exchange_active", "missing"
                )
            elif _v is None:
                _f_exchange_active = None
                _deviations = record_deviation(
                    _deviations, "ExchangeStatus", "exchange_active", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("exchange_active", "bool", _v)
                _f_exchange_active = _v

            _v = _get("trading_active", UNSET)
            _f_trading_active: Any
            if type(_v) is bool:
                _f_trading_active = _v

            elif _v is UNSET:
                _f_trading_active = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "ExchangeStatus", "trading_active", "missing"
                )
            elif _v is None:
                _f_trading_active = None
                _deviations = record_deviation(
                    _deviations, "ExchangeStatus", "trading_active", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("trading_active", "bool", _v)
                _f_trading_active = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        exchange_status = _new(cls)
        exchange_status.exchange_active = _f_exchange_active
        exchange_status.trading_active = _f_trading_active
        if len(src_dict) + _absent > 2:
            _known: set[str] = {"exchange_active", "trading_active"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            exchange_status.additional_properties = _extra_found
        else:
            exchange_status.additional_properties = {}
        exchange_status._deviations = _deviations
        return exchange_status

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("exchange_active", "exchange_active", bool, True, None),
            ("trading_active", "trading_active", bool, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        exchange_status = _new(cls)
        exchange_status.exchange_active = w.exchange_active
        exchange_status.trading_active = w.trading_active
        exchange_status.additional_properties = w._extras()
        exchange_status._deviations = None
        return exchange_status

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
