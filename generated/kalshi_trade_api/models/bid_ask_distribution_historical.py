from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..types import (
    FIXED_POINT,
    UNSET,
    BadValue,
    Unset,
    _new,
    fixed_point_text,
    learn_extras,
    model_repr,
    parse_fixed_point,
    record_deviation,
    to_dollars,
)

T = TypeVar("T", bound="BidAskDistributionHistorical")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class BidAskDistributionHistorical:
    """Attributes:
    open_ (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g., \"0.56\",
        \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by that market's
        price level structure. Example: 0.5600.
    low (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g., \"0.56\",
        \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by that market's
        price level structure. Example: 0.5600.
    high (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g., \"0.56\",
        \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by that market's
        price level structure. Example: 0.5600.
    close (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g., \"0.56\",
        \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by that market's
        price level structure. Example: 0.5600.
    """

    open_: Decimal = _attrs_field(converter=to_dollars)

    low: Decimal = _attrs_field(converter=to_dollars)

    high: Decimal = _attrs_field(converter=to_dollars)

    close: Decimal = _attrs_field(converter=to_dollars)

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
        if isinstance(self.open_, Unset):
            pass
        elif self.open_ is None:  # a null the spec does not allow, kept as received
            field_dict["open"] = None
        else:
            field_dict["open"] = fixed_point_text(self.open_, "open", counts=False)
        if isinstance(self.low, Unset):
            pass
        elif self.low is None:  # a null the spec does not allow, kept as received
            field_dict["low"] = None
        else:
            field_dict["low"] = fixed_point_text(self.low, "low", counts=False)
        if isinstance(self.high, Unset):
            pass
        elif self.high is None:  # a null the spec does not allow, kept as received
            field_dict["high"] = None
        else:
            field_dict["high"] = fixed_point_text(self.high, "high", counts=False)
        if isinstance(self.close, Unset):
            pass
        elif self.close is None:  # a null the spec does not allow, kept as received
            field_dict["close"] = None
        else:
            field_dict["close"] = fixed_point_text(self.close, "close", counts=False)
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
            _v = _get("open", UNSET)
            _f_open_: Any
            if type(_v) is str:
                try:
                    _f_open_ = FIXED_POINT[_v]
                except KeyError:
                    _f_open_ = parse_fixed_point(_v, "open")

            elif _v is UNSET:
                _f_open_ = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "BidAskDistributionHistorical", "open", "missing"
                )
            elif _v is None:
                _f_open_ = None
                _deviations = record_deviation(
                    _deviations, "BidAskDistributionHistorical", "open", "null"
                )
            else:
                _f_open_ = parse_fixed_point(_v, "open")

            _v = _get("low", UNSET)
            _f_low: Any
            if type(_v) is str:
                try:
                    _f_low = FIXED_POINT[_v]
                except KeyError:
                    _f_low = parse_fixed_point(_v, "low")

            elif _v is UNSET:
                _f_low = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "BidAskDistributionHistorical", "low", "missing"
                )
            elif _v is None:
                _f_low = None
                _deviations = record_deviation(
                    _deviations, "BidAskDistributionHistorical", "low", "null"
                )
            else:
                _f_low = parse_fixed_point(_v, "low")

            _v = _get("high", UNSET)
            _f_high: Any
            if type(_v) is str:
                try:
                    _f_high = FIXED_POINT[_v]
                except KeyError:
                    _f_high = parse_fixed_point(_v, "high")

            elif _v is UNSET:
                _f_high = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "BidAskDistributionHistorical", "high", "missing"
                )
            elif _v is None:
                _f_high = None
                _deviations = record_deviation(
                    _deviations, "BidAskDistributionHistorical", "high", "null"
                )
            else:
                _f_high = parse_fixed_point(_v, "high")

            _v = _get("close", UNSET)
            _f_close: Any
            if type(_v) is str:
                try:
                    _f_close = FIXED_POINT[_v]
                except KeyError:
                    _f_close = parse_fixed_point(_v, "close")

            elif _v is UNSET:
                _f_close = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "BidAskDistributionHistorical", "close", "missing"
                )
            elif _v is None:
                _f_close = None
                _deviations = record_deviation(
                    _deviations, "BidAskDistributionHistorical", "close", "null"
                )
            else:
                _f_close = parse_fixed_point(_v, "close")

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        bid_ask_distribution_historical = _new(cls)
        bid_ask_distribution_historical.open_ = _f_open_
        bid_ask_distribution_historical.low = _f_low
        bid_ask_distribution_historical.high = _f_high
        bid_ask_distribution_historical.close = _f_close
        if len(src_dict) + _absent > 4:
            _known: set[str] = {"open", "low", "high", "close"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            bid_ask_distribution_historical.additional_properties = _extra_found
        else:
            bid_ask_distribution_historical.additional_properties = {}
        bid_ask_distribution_historical._deviations = _deviations
        return bid_ask_distribution_historical

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("open_", "open", str, True, None),
            ("low", "low", str, True, None),
            ("high", "high", str, True, None),
            ("close", "close", str, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        bid_ask_distribution_historical = _new(cls)
        try:
            bid_ask_distribution_historical.open_ = FIXED_POINT[w.open_]
        except KeyError:
            bid_ask_distribution_historical.open_ = parse_fixed_point(w.open_, "open")
        try:
            bid_ask_distribution_historical.low = FIXED_POINT[w.low]
        except KeyError:
            bid_ask_distribution_historical.low = parse_fixed_point(w.low, "low")
        try:
            bid_ask_distribution_historical.high = FIXED_POINT[w.high]
        except KeyError:
            bid_ask_distribution_historical.high = parse_fixed_point(w.high, "high")
        try:
            bid_ask_distribution_historical.close = FIXED_POINT[w.close]
        except KeyError:
            bid_ask_distribution_historical.close = parse_fixed_point(w.close, "close")
        bid_ask_distribution_historical.additional_properties = w._extras()
        bid_ask_distribution_historical._deviations = None
        return bid_ask_distribution_historical

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
