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

T = TypeVar("T", bound="GetLargeTraderPositionsResponsePositionsItem")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class GetLargeTraderPositionsResponsePositionsItem:
    """Attributes:
    market_ticker (str | Unset):
    position (int | Unset): Signed reportable contract count; positive long, negative short.
    """

    market_ticker: str | Unset = UNSET

    position: int | Unset = UNSET

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
        if isinstance(self.market_ticker, Unset):
            pass
        elif (
            self.market_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["market_ticker"] = None
        else:
            field_dict["market_ticker"] = self.market_ticker
        if isinstance(self.position, Unset):
            pass
        elif self.position is None:  # a null the spec does not allow, kept as received
            field_dict["position"] = None
        else:
            field_dict["position"] = self.position
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
                    "GetLargeTraderPositionsResponsePositionsItem",
                    "market_ticker",
                    "null",
                )
            else:
                if type(_v) is not str:
                    raise BadValue("market_ticker", "str", _v)
                _f_market_ticker = _v

            _v = _get("position", UNSET)
            _f_position: Any
            if type(_v) is int:
                _f_position = _v

            elif _v is UNSET:
                _f_position = UNSET
                _absent += 1
            elif _v is None:
                _f_position = None
                _deviations = record_deviation(
                    _deviations,
                    "GetLargeTraderPositionsResponsePositionsItem",
                    "position",
                    "null",
                )
            else:
                if type(_v) is not int:
                    raise BadValue("position", "int", _v)
                _f_position = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        get_large_trader_positions_response_positions_item = _new(cls)
        get_large_trader_positions_response_positions_item.market_ticker = (
            _f_market_ticker
        )
        get_large_trader_positions_response_positions_item.position = _f_position
        if len(src_dict) + _absent > 2:
            _known: set[str] = {"market_ticker", "position"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            get_large_trader_positions_response_positions_item.additional_properties = (
                _extra_found
            )
        else:
            get_large_trader_positions_response_positions_item.additional_properties = {}
        get_large_trader_positions_response_positions_item._deviations = _deviations
        return get_large_trader_positions_response_positions_item

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("market_ticker", "market_ticker", str, False, None),
            ("position", "position", int, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        get_large_trader_positions_response_positions_item = _new(cls)
        get_large_trader_positions_response_positions_item.market_ticker = (
            w.market_ticker
        )
        get_large_trader_positions_response_positions_item.position = w.position
        get_large_trader_positions_response_positions_item.additional_properties = (
            w._extras()
        )
        get_large_trader_positions_response_positions_item._deviations = None
        return get_large_trader_positions_response_positions_item

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
