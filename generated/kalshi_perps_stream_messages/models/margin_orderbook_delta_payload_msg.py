from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.book_side import BOOK_SIDE_VALUES, BookSide, check_book_side
from ..models.last_update_reason import (
    LAST_UPDATE_REASON_VALUES,
    LastUpdateReason,
    check_last_update_reason,
)
from ..types import (
    UNSET,
    BadValue,
    Unset,
    _new,
    learn_extras,
    model_repr,
    record_deviation,
)

T = TypeVar("T", bound="MarginOrderbookDeltaPayloadMsg")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class MarginOrderbookDeltaPayloadMsg:
    """Attributes:
    market_ticker (str): Unique market identifier
    price (str):
    delta (str):
    side (BookSide):
    last_update_reason (LastUpdateReason | Unset): Margin order update reason when the delta corresponds to the
        authenticated user's order.
    client_order_id (str | Unset):
    subaccount (int | Unset):
    ts_ms (int | Unset): Unix timestamp in milliseconds.
    """

    market_ticker: str

    price: str

    delta: str

    side: BookSide

    last_update_reason: LastUpdateReason | Unset = UNSET

    client_order_id: str | Unset = UNSET

    subaccount: int | Unset = UNSET

    ts_ms: int | Unset = UNSET

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
        if isinstance(self.price, Unset):
            pass
        elif self.price is None:  # a null the spec does not allow, kept as received
            field_dict["price"] = None
        else:
            field_dict["price"] = self.price
        if isinstance(self.delta, Unset):
            pass
        elif self.delta is None:  # a null the spec does not allow, kept as received
            field_dict["delta"] = None
        else:
            field_dict["delta"] = self.delta
        if isinstance(self.side, Unset):
            pass
        elif self.side is None:  # a null the spec does not allow, kept as received
            field_dict["side"] = None
        else:
            _side: str = check_book_side(self.side, "side")
            field_dict["side"] = _side
        if isinstance(self.last_update_reason, Unset):
            pass
        elif (
            self.last_update_reason is None
        ):  # a null the spec does not allow, kept as received
            field_dict["last_update_reason"] = None
        else:
            _last_update_reason: str | Unset = UNSET
            if not isinstance(self.last_update_reason, Unset):
                _last_update_reason = check_last_update_reason(
                    self.last_update_reason, "last_update_reason"
                )

            field_dict["last_update_reason"] = _last_update_reason
        if isinstance(self.client_order_id, Unset):
            pass
        elif (
            self.client_order_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["client_order_id"] = None
        else:
            field_dict["client_order_id"] = self.client_order_id
        if isinstance(self.subaccount, Unset):
            pass
        elif (
            self.subaccount is None
        ):  # a null the spec does not allow, kept as received
            field_dict["subaccount"] = None
        else:
            field_dict["subaccount"] = self.subaccount
        if isinstance(self.ts_ms, Unset):
            pass
        elif self.ts_ms is None:  # a null the spec does not allow, kept as received
            field_dict["ts_ms"] = None
        else:
            field_dict["ts_ms"] = self.ts_ms
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
                    "MarginOrderbookDeltaPayloadMsg",
                    "market_ticker",
                    "missing",
                )
            elif _v is None:
                _f_market_ticker = None
                _deviations = record_deviation(
                    _deviations,
                    "MarginOrderbookDeltaPayloadMsg",
                    "market_ticker",
                    "null",
                )
            else:
                if type(_v) is not str:
                    raise BadValue("market_ticker", "str", _v)
                _f_market_ticker = _v

            _v = _get("price", UNSET)
            _f_price: Any
            if type(_v) is str:
                _f_price = _v

            elif _v is UNSET:
                _f_price = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginOrderbookDeltaPayloadMsg", "price", "missing"
                )
            elif _v is None:
                _f_price = None
                _deviations = record_deviation(
                    _deviations, "MarginOrderbookDeltaPayloadMsg", "price", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("price", "str", _v)
                _f_price = _v

            _v = _get("delta", UNSET)
            _f_delta: Any
            if type(_v) is str:
                _f_delta = _v

            elif _v is UNSET:
                _f_delta = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginOrderbookDeltaPayloadMsg", "delta", "missing"
                )
            elif _v is None:
                _f_delta = None
                _deviations = record_deviation(
                    _deviations, "MarginOrderbookDeltaPayloadMsg", "delta", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("delta", "str", _v)
                _f_delta = _v

            _v = _get("side", UNSET)
            _f_side: Any
            if type(_v) is str and _v in BOOK_SIDE_VALUES:
                _f_side = _v

            elif _v is UNSET:
                _f_side = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginOrderbookDeltaPayloadMsg", "side", "missing"
                )
            elif _v is None:
                _f_side = None
                _deviations = record_deviation(
                    _deviations, "MarginOrderbookDeltaPayloadMsg", "side", "null"
                )
            else:
                _f_side = check_book_side(_v, "side", received=True)

            _v = _get("last_update_reason", UNSET)
            _f_last_update_reason: Any
            if type(_v) is str and _v in LAST_UPDATE_REASON_VALUES:
                _f_last_update_reason = _v

            elif _v is UNSET:
                _f_last_update_reason = UNSET
                _absent += 1
            elif _v is None:
                _f_last_update_reason = None
                _deviations = record_deviation(
                    _deviations,
                    "MarginOrderbookDeltaPayloadMsg",
                    "last_update_reason",
                    "null",
                )
            else:
                _f_last_update_reason = check_last_update_reason(
                    _v, "last_update_reason", received=True
                )

            _v = _get("client_order_id", UNSET)
            _f_client_order_id: Any
            if type(_v) is str:
                _f_client_order_id = _v

            elif _v is UNSET:
                _f_client_order_id = UNSET
                _absent += 1
            elif _v is None:
                _f_client_order_id = None
                _deviations = record_deviation(
                    _deviations,
                    "MarginOrderbookDeltaPayloadMsg",
                    "client_order_id",
                    "null",
                )
            else:
                if type(_v) is not str:
                    raise BadValue("client_order_id", "str", _v)
                _f_client_order_id = _v

            _v = _get("subaccount", UNSET)
            _f_subaccount: Any
            if type(_v) is int:
                _f_subaccount = _v

            elif _v is UNSET:
                _f_subaccount = UNSET
                _absent += 1
            elif _v is None:
                _f_subaccount = None
                _deviations = record_deviation(
                    _deviations, "MarginOrderbookDeltaPayloadMsg", "subaccount", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("subaccount", "int", _v)
                _f_subaccount = _v

            _v = _get("ts_ms", UNSET)
            _f_ts_ms: Any
            if type(_v) is int:
                _f_ts_ms = _v

            elif _v is UNSET:
                _f_ts_ms = UNSET
                _absent += 1
            elif _v is None:
                _f_ts_ms = None
                _deviations = record_deviation(
                    _deviations, "MarginOrderbookDeltaPayloadMsg", "ts_ms", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("ts_ms", "int", _v)
                _f_ts_ms = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        margin_orderbook_delta_payload_msg = _new(cls)
        margin_orderbook_delta_payload_msg.market_ticker = _f_market_ticker
        margin_orderbook_delta_payload_msg.price = _f_price
        margin_orderbook_delta_payload_msg.delta = _f_delta
        margin_orderbook_delta_payload_msg.side = _f_side
        margin_orderbook_delta_payload_msg.last_update_reason = _f_last_update_reason
        margin_orderbook_delta_payload_msg.client_order_id = _f_client_order_id
        margin_orderbook_delta_payload_msg.subaccount = _f_subaccount
        margin_orderbook_delta_payload_msg.ts_ms = _f_ts_ms
        if len(src_dict) + _absent > 8:
            _known: set[str] = {
                "market_ticker",
                "price",
                "delta",
                "side",
                "last_update_reason",
                "client_order_id",
                "subaccount",
                "ts_ms",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            margin_orderbook_delta_payload_msg.additional_properties = _extra_found
        else:
            margin_orderbook_delta_payload_msg.additional_properties = {}
        margin_orderbook_delta_payload_msg._deviations = _deviations
        return margin_orderbook_delta_payload_msg

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("market_ticker", "market_ticker", str, True, None),
            ("price", "price", str, True, None),
            ("delta", "delta", str, True, None),
            ("side", "side", str, True, None),
            ("last_update_reason", "last_update_reason", str, False, None),
            ("client_order_id", "client_order_id", str, False, None),
            ("subaccount", "subaccount", int, False, None),
            ("ts_ms", "ts_ms", int, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        margin_orderbook_delta_payload_msg = _new(cls)
        margin_orderbook_delta_payload_msg.market_ticker = w.market_ticker
        margin_orderbook_delta_payload_msg.price = w.price
        margin_orderbook_delta_payload_msg.delta = w.delta
        margin_orderbook_delta_payload_msg.side = (
            w.side
            if w.side in BOOK_SIDE_VALUES
            else check_book_side(w.side, "side", received=True)
        )
        if w.last_update_reason is UNSET:
            margin_orderbook_delta_payload_msg.last_update_reason = w.last_update_reason
        else:
            margin_orderbook_delta_payload_msg.last_update_reason = (
                w.last_update_reason
                if w.last_update_reason in LAST_UPDATE_REASON_VALUES
                else check_last_update_reason(
                    w.last_update_reason, "last_update_reason", received=True
                )
            )
        margin_orderbook_delta_payload_msg.client_order_id = w.client_order_id
        margin_orderbook_delta_payload_msg.subaccount = w.subaccount
        margin_orderbook_delta_payload_msg.ts_ms = w.ts_ms
        margin_orderbook_delta_payload_msg.additional_properties = w._extras()
        margin_orderbook_delta_payload_msg._deviations = None
        return margin_orderbook_delta_payload_msg

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
