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

T = TypeVar("T", bound="MarginOrderbookCount")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class MarginOrderbookCount:
    """Attributes:
    bids (list[list[str]]): Bid price levels, ordered from best bid downward. Each level is [price, quantity].
    asks (list[list[str]]): Ask price levels, ordered from best ask upward. Each level is [price, quantity].
    """

    bids: list[list[str]]

    asks: list[list[str]]

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
        if isinstance(self.bids, Unset):
            pass
        elif self.bids is None:  # a null the spec does not allow, kept as received
            field_dict["bids"] = None
        else:
            _bids = []
            for bids_item_data in self.bids:
                bids_item = bids_item_data

                _bids.append(bids_item)

            field_dict["bids"] = _bids
        if isinstance(self.asks, Unset):
            pass
        elif self.asks is None:  # a null the spec does not allow, kept as received
            field_dict["asks"] = None
        else:
            _asks = []
            for asks_item_data in self.asks:
                asks_item = asks_item_data

                _asks.append(asks_item)

            field_dict["asks"] = _asks
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
            _v = _get("bids", UNSET)
            _f_bids: Any
            if _v is UNSET:
                _f_bids = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginOrderbookCount", "bids", "missing"
                )
            elif _v is None:
                _f_bids = None
                _deviations = record_deviation(
                    _deviations, "MarginOrderbookCount", "bids", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("bids", "array", _v)
                check_items(_v, str, "bids", 2)
                _f_bids = _v

            _v = _get("asks", UNSET)
            _f_asks: Any
            if _v is UNSET:
                _f_asks = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginOrderbookCount", "asks", "missing"
                )
            elif _v is None:
                _f_asks = None
                _deviations = record_deviation(
                    _deviations, "MarginOrderbookCount", "asks", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("asks", "array", _v)
                check_items(_v, str, "asks", 2)
                _f_asks = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        margin_orderbook_count = _new(cls)
        margin_orderbook_count.bids = _f_bids
        margin_orderbook_count.asks = _f_asks
        if len(src_dict) + _absent > 2:
            _known: set[str] = {"bids", "asks"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            margin_orderbook_count.additional_properties = _extra_found
        else:
            margin_orderbook_count.additional_properties = {}
        margin_orderbook_count._deviations = _deviations
        return margin_orderbook_count

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("bids", "bids", list[list[str]], True, None),
            ("asks", "asks", list[list[str]], True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        margin_orderbook_count = _new(cls)
        margin_orderbook_count.bids = w.bids
        margin_orderbook_count.asks = w.asks
        margin_orderbook_count.additional_properties = w._extras()
        margin_orderbook_count._deviations = None
        return margin_orderbook_count

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
