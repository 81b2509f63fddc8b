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

T = TypeVar("T", bound="MarginOrderbookSnapshotPayloadMsg")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class MarginOrderbookSnapshotPayloadMsg:
    """Attributes:
    market_ticker (str): Unique market identifier
    bid (list[list[str]] | Unset):
    ask (list[list[str]] | Unset):
    """

    market_ticker: str

    bid: list[list[str]] | Unset = UNSET

    ask: list[list[str]] | Unset = UNSET

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
        if isinstance(self.bid, Unset):
            pass
        elif self.bid is None:  # a null the spec does not allow, kept as received
            field_dict["bid"] = None
        else:
            _bid: list[list[str]] | Unset = UNSET
            if not isinstance(self.bid, Unset):
                _bid = []
                for bid_item_data in self.bid:
                    bid_item = bid_item_data

                    _bid.append(bid_item)

            field_dict["bid"] = _bid
        if isinstance(self.ask, Unset):
            pass
        elif self.ask is None:  # a null the spec does not allow, kept as received
            field_dict["ask"] = None
        else:
            _ask: list[list[str]] | Unset = UNSET
            if not isinstance(self.ask, Unset):
                _ask = []
                for ask_item_data in self.ask:
                    ask_item = ask_item_data

                    _ask.append(ask_item)

            field_dict["ask"] = _ask
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
                _deviations = record_deviation(
                    _deviations,
                    "MarginOrderbookSnapshotPayloadMsg",
                    "market_ticker",
                    "missing",
                )
            elif _v is None:
                _f_market_ticker = None
                _deviations = record_deviation(
                    _deviations,
                    "MarginOrderbookSnapshotPayloadMsg",
                    "market_ticker",
                    "null",
                )
            else:
                if type(_v) is not str:
                    raise BadValue("market_ticker", "str", _v)
                _f_market_ticker = _v

            _v = _get("bid", UNSET)
            _f_bid: Any
            if _v is UNSET:
                _f_bid = UNSET
                _absent += 1
            elif _v is None:
                _f_bid = None
                _deviations = record_deviation(
                    _deviations, "MarginOrderbookSnapshotPayloadMsg", "bid", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("bid", "array", _v)
                check_items(_v, str, "bid", 2)
                _f_bid = _v

            _v = _get("ask", UNSET)
            _f_ask: Any
            if _v is UNSET:
                _f_ask = UNSET
                _absent += 1
            elif _v is None:
                _f_ask = None
                _deviations = record_deviation(
                    _deviations, "MarginOrderbookSnapshotPayloadMsg", "ask", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("ask", "array", _v)
                check_items(_v, str, "ask", 2)
                _f_ask = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        margin_orderbook_snapshot_payload_msg = _new(cls)
        margin_orderbook_snapshot_payload_msg.market_ticker = _f_market_ticker
        margin_orderbook_snapshot_payload_msg.bid = _f_bid
        margin_orderbook_snapshot_payload_msg.ask = _f_ask
        if len(src_dict) + _absent > 3:
            _known: set[str] = {"market_ticker", "bid", "ask"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            margin_orderbook_snapshot_payload_msg.additional_properties = _extra_found
        else:
            margin_orderbook_snapshot_payload_msg.additional_properties = {}
        margin_orderbook_snapshot_payload_msg._deviations = _deviations
        return margin_orderbook_snapshot_payload_msg

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("market_ticker", "market_ticker", str, True, None),
            ("bid", "bid", list[list[str]], False, None),
            ("ask", "ask", list[list[str]], False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        margin_orderbook_snapshot_payload_msg = _new(cls)
        margin_orderbook_snapshot_payload_msg.market_ticker = w.market_ticker
        margin_orderbook_snapshot_payload_msg.bid = w.bid
        margin_orderbook_snapshot_payload_msg.ask = w.ask
        margin_orderbook_snapshot_payload_msg.additional_properties = w._extras()
        margin_orderbook_snapshot_payload_msg._deviations = None
        return margin_orderbook_snapshot_payload_msg

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
