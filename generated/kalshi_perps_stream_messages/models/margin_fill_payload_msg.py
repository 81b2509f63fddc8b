from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.book_side import BOOK_SIDE_VALUES, BookSide, check_book_side
from ..models.margin_fill_payload_msg_order_source import (
    MARGIN_FILL_PAYLOAD_MSG_ORDER_SOURCE_VALUES,
    MarginFillPayloadMsgOrderSource,
    check_margin_fill_payload_msg_order_source,
)
from ..types import (
    UNSET,
    BadValue,
    Unset,
    _new,
    learn_extras,
    model_repr,
    parse_uuid,
    record_deviation,
)

T = TypeVar("T", bound="MarginFillPayloadMsg")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class MarginFillPayloadMsg:
    """Attributes:
    trade_id (UUID):
    order_id (UUID):
    market_ticker (str): Unique market identifier
    is_taker (bool):
    side (BookSide):
    ts_ms (int): Unix timestamp in milliseconds.
    price (str):
    count (str):
    fee_cost (str):
    post_position (str):
    order_source (MarginFillPayloadMsgOrderSource): `system` for liquidations and margin exit or trailing-stop
        triggers. `user` for every other order.
    client_order_id (str | Unset):
    subaccount (int | Unset):
    """

    trade_id: UUID

    order_id: UUID

    market_ticker: str

    is_taker: bool

    side: BookSide

    ts_ms: int

    price: str

    count: str

    fee_cost: str

    post_position: str

    order_source: MarginFillPayloadMsgOrderSource

    client_order_id: str | Unset = UNSET

    subaccount: int | Unset = UNSET

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
        if isinstance(self.trade_id, Unset):
            pass
        elif self.trade_id is None:  # a null the spec does not allow, kept as received
            field_dict["trade_id"] = None
        else:
            _trade_id = str(self.trade_id)
            field_dict["trade_id"] = _trade_id
        if isinstance(self.order_id, Unset):
            pass
        elif self.order_id is None:  # a null the spec does not allow, kept as received
            field_dict["order_id"] = None
        else:
            _order_id = str(self.order_id)
            field_dict["order_id"] = _order_id
        if isinstance(self.market_ticker, Unset):
            pass
        elif (
            self.market_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["market_ticker"] = None
        else:
            field_dict["market_ticker"] = self.market_ticker
        if isinstance(self.is_taker, Unset):
            pass
        elif self.is_taker is None:  # a null the spec does not allow, kept as received
            field_dict["is_taker"] = None
        else:
            field_dict["is_taker"] = self.is_taker
        if isinstance(self.side, Unset):
            pass
        elif self.side is None:  # a null the spec does not allow, kept as received
            field_dict["side"] = None
        else:
            _side: str = check_book_side(self.side, "side")
            field_dict["side"] = _side
        if isinstance(self.ts_ms, Unset):
            pass
        elif self.ts_ms is None:  # a null the spec does not allow, kept as received
            field_dict["ts_ms"] = None
        else:
            field_dict["ts_ms"] = self.ts_ms
        if isinstance(self.price, Unset):
            pass
        elif self.price is None:  # a null the spec does not allow, kept as received
            field_dict["price"] = None
        else:
            field_dict["price"] = self.price
        if isinstance(self.count, Unset):
            pass
        elif self.count is None:  # a null the spec does not allow, kept as received
            field_dict["count"] = None
        else:
            field_dict["count"] = self.count
        if isinstance(self.fee_cost, Unset):
            pass
        elif self.fee_cost is None:  # a null the spec does not allow, kept as received
            field_dict["fee_cost"] = None
        else:
            field_dict["fee_cost"] = self.fee_cost
        if isinstance(self.post_position, Unset):
            pass
        elif (
            self.post_position is None
        ):  # a null the spec does not allow, kept as received
            field_dict["post_position"] = None
        else:
            field_dict["post_position"] = self.post_position
        if isinstance(self.order_source, Unset):
            pass
        elif (
            self.order_source is None
        ):  # a null the spec does not allow, kept as received
            field_dict["order_source"] = None
        else:
            _order_source: str = check_margin_fill_payload_msg_order_source(
                self.order_source, "order_source"
            )
            field_dict["order_source"] = _order_source
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
            _v = _get("trade_id", UNSET)
            _f_trade_id: Any
            if _v is UNSET:
                _f_trade_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginFillPayloadMsg", "trade_id", "missing"
                )
            elif _v is None:
                _f_trade_id = None
                _deviations = record_deviation(
                    _deviations, "MarginFillPayloadMsg", "trade_id", "null"
                )
            else:
                _f_trade_id = parse_uuid(_v, "trade_id")

            _v = _get("order_id", UNSET)
            _f_order_id: Any
            if _v is UNSET:
                _f_order_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginFillPayloadMsg", "order_id", "missing"
                )
            elif _v is None:
                _f_order_id = None
                _deviations = record_deviation(
                    _deviations, "MarginFillPayloadMsg", "order_id", "null"
                )
            else:
                _f_order_id = parse_uuid(_v, "order_id")

            _v = _get("market_ticker", UNSET)
            _f_market_ticker: Any
            if type(_v) is str:
                _f_market_ticker = _v

            elif _v is UNSET:
                _f_market_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginFillPayloadMsg", "market_ticker", "missing"
                )
            elif _v is None:
                _f_market_ticker = None
                _deviations = record_deviation(
                    _deviations, "MarginFillPayloadMsg", "market_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("market_ticker", "str", _v)
                _f_market_ticker = _v

            _v = _get("is_taker", UNSET)
            _f_is_taker: Any
            if type(_v) is bool:
                _f_is_taker = _v

            elif _v is UNSET:
                _f_is_taker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginFillPayloadMsg", "is_taker", "missing"
                )
            elif _v is None:
                _f_is_taker = None
                _deviations = record_deviation(
                    _deviations, "MarginFillPayloadMsg", "is_taker", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("is_taker", "bool", _v)
                _f_is_taker = _v

            _v = _get("side", UNSET)
            _f_side: Any
            if type(_v) is str and _v in BOOK_SIDE_VALUES:
                _f_side = _v

            elif _v is UNSET:
                _f_side = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginFillPayloadMsg", "side", "missing"
                )
            elif _v is None:
                _f_side = None
                _deviations = record_deviation(
                    _deviations, "MarginFillPayloadMsg", "side", "null"
                )
            else:
                _f_side = check_book_side(_v, "side", received=True)

            _v = _get("ts_ms", UNSET)
            _f_ts_ms: Any
            if type(_v) is int:
                _f_ts_ms = _v

            elif _v is UNSET:
                _f_ts_ms = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginFillPayloadMsg", "ts_ms", "missing"
                )
            elif _v is None:
                _f_ts_ms = None
                _deviations = record_deviation(
                    _deviations, "MarginFillPayloadMsg", "ts_ms", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("ts_ms", "int", _v)
                _f_ts_ms = _v

            _v = _get("price", UNSET)
            _f_price: Any
            if type(_v) is str:
                _f_price = _v

            elif _v is UNSET:
                _f_price = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginFillPayloadMsg", "price", "missing"
                )
            elif _v is None:
                _f_price = None
                _deviations = record_deviation(
                    _deviations, "MarginFillPayloadMsg", "price", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("price", "str", _v)
                _f_price = _v

            _v = _get("count", UNSET)
            _f_count: Any
            if type(_v) is str:
                _f_count = _v

            elif _v is UNSET:
                _f_count = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginFillPayloadMsg", "count", "missing"
                )
            elif _v is None:
                _f_count = None
                _deviations = record_deviation(
                    _deviations, "MarginFillPayloadMsg", "count", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("count", "str", _v)
                _f_count = _v

            _v = _get("fee_cost", UNSET)
            _f_fee_cost: Any
            if type(_v) is str:
                _f_fee_cost = _v

            elif _v is UNSET:
                _f_fee_cost = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginFillPayloadMsg", "fee_cost", "missing"
                )
            elif _v is None:
                _f_fee_cost = None
                _deviations = record_deviation(
                    _deviations, "MarginFillPayloadMsg", "fee_cost", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("fee_cost", "str", _v)
                _f_fee_cost = _v

            _v = _get("post_position", UNSET)
            _f_post_position: Any
            if type(_v) is str:
                _f_post_position = _v

            elif _v is UNSET:
                _f_post_position = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginFillPayloadMsg", "post_position", "missing"
                )
            elif _v is None:
                _f_post_position = None
                _deviations = record_deviation(
                    _deviations, "MarginFillPayloadMsg", "post_position", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("post_position", "str", _v)
                _f_post_position = _v

            _v = _get("order_source", UNSET)
            _f_order_source: Any
            if type(_v) is str and _v in MARGIN_FILL_PAYLOAD_MSG_ORDER_SOURCE_VALUES:
                _f_order_source = _v

            elif _v is UNSET:
                _f_order_source = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginFillPayloadMsg", "order_source", "missing"
                )
            elif _v is None:
                _f_order_source = None
                _deviations = record_deviation(
                    _deviations, "MarginFillPayloadMsg", "order_source", "null"
                )
            else:
                _f_order_source = check_margin_fill_payload_msg_order_source(
                    _v, "order_source", received=True
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
                    _deviations, "MarginFillPayloadMsg", "client_order_id", "null"
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
                    _deviations, "MarginFillPayloadMsg", "subaccount", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("subaccount", "int", _v)
                _f_subaccount = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        margin_fill_payload_msg = _new(cls)
        margin_fill_payload_msg.trade_id = _f_trade_id
        margin_fill_payload_msg.order_id = _f_order_id
        margin_fill_payload_msg.market_ticker = _f_market_ticker
        margin_fill_payload_msg.is_taker = _f_is_taker
        margin_fill_payload_msg.side = _f_side
        margin_fill_payload_msg.ts_ms = _f_ts_ms
        margin_fill_payload_msg.price = _f_price
        margin_fill_payload_msg.count = _f_count
        margin_fill_payload_msg.fee_cost = _f_fee_cost
        margin_fill_payload_msg.post_position = _f_post_position
        margin_fill_payload_msg.order_source = _f_order_source
        margin_fill_payload_msg.client_order_id = _f_client_order_id
        margin_fill_payload_msg.subaccount = _f_subaccount
        if len(src_dict) + _absent > 13:
            _known: set[str] = {
                "trade_id",
                "order_id",
                "market_ticker",
                "is_taker",
                "side",
                "ts_ms",
                "price",
                "count",
                "fee_cost",
                "post_position",
                "order_source",
                "client_order_id",
                "subaccount",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            margin_fill_payload_msg.additional_properties = _extra_found
        else:
            margin_fill_payload_msg.additional_properties = {}
        margin_fill_payload_msg._deviations = _deviations
        return margin_fill_payload_msg

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("trade_id", "trade_id", str, True, None),
            ("order_id", "order_id", str, True, None),
            ("market_ticker", "market_ticker", str, True, None),
            ("is_taker", "is_taker", bool, True, None),
            ("side", "side", str, True, None),
            ("ts_ms", "ts_ms", int, True, None),
            ("price", "price", str, True, None),
            ("count", "count", str, True, None),
            ("fee_cost", "fee_cost", str, True, None),
            ("post_position", "post_position", str, True, None),
            ("order_source", "order_source", str, True, None),
            ("client_order_id", "client_order_id", str, False, None),
            ("subaccount", "subaccount", int, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        margin_fill_payload_msg = _new(cls)
        margin_fill_payload_msg.trade_id = parse_uuid(w.trade_id, "trade_id")
        margin_fill_payload_msg.order_id = parse_uuid(w.order_id, "order_id")
        margin_fill_payload_msg.market_ticker = w.market_ticker
        margin_fill_payload_msg.is_taker = w.is_taker
        margin_fill_payload_msg.side = (
            w.side
            if w.side in BOOK_SIDE_VALUES
            else check_book_side(w.side, "side", received=True)
        )
        margin_fill_payload_msg.ts_ms = w.ts_ms
        margin_fill_payload_msg.price = w.price
        margin_fill_payload_msg.count = w.count
        margin_fill_payload_msg.fee_cost = w.fee_cost
        margin_fill_payload_msg.post_position = w.post_position
        margin_fill_payload_msg.order_source = (
            w.order_source
            if w.order_source in MARGIN_FILL_PAYLOAD_MSG_ORDER_SOURCE_VALUES
            else check_margin_fill_payload_msg_order_source(
                w.order_source, "order_source", received=True
            )
        )
        margin_fill_payload_msg.client_order_id = w.client_order_id
        margin_fill_payload_msg.subaccount = w.subaccount
        margin_fill_payload_msg.additional_properties = w._extras()
        margin_fill_payload_msg._deviations = None
        return margin_fill_payload_msg

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
