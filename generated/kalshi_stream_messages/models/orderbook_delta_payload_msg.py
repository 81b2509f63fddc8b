from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.market_side import MARKET_SIDE_VALUES, MarketSide, check_market_side
from ..types import (
    FIXED_POINT,
    UNSET,
    BadValue,
    Unset,
    _new,
    fixed_point_text,
    fromisoformat,
    learn_extras,
    model_repr,
    parse_datetime,
    parse_fixed_point,
    parse_uuid,
    record_deviation,
    to_count,
    to_dollars,
)

T = TypeVar("T", bound="OrderbookDeltaPayloadMsg")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class OrderbookDeltaPayloadMsg:
    """Attributes:
    market_ticker (str): Unique market identifier
    market_id (UUID): Unique market UUID
    price_dollars (Decimal): Price level in dollars
    delta_fp (Decimal): Fixed-point contract delta (2 decimals)
    side (MarketSide): Market side
    client_order_id (str | Unset): Optional - Present only when you caused this orderbook change.
        Contains the client_order_id of your order that triggered this delta.
    subaccount (int | Unset): Optional - Present only when you caused this orderbook change and are using
        subaccounts.
        Contains the subaccount number of your order that triggered this delta.
    ts (datetime.datetime | Unset): Optional - Timestamp for when the orderbook change was recorded (RFC3339)
    """

    market_ticker: str

    market_id: UUID

    price_dollars: Decimal = _attrs_field(converter=to_dollars)

    delta_fp: Decimal = _attrs_field(converter=to_count)

    side: MarketSide

    client_order_id: str | Unset = UNSET

    subaccount: int | Unset = UNSET

    ts: datetime.datetime | Unset = UNSET

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
        if isinstance(self.market_id, Unset):
            pass
        elif self.market_id is None:  # a null the spec does not allow, kept as received
            field_dict["market_id"] = None
        else:
            _market_id = str(self.market_id)
            field_dict["market_id"] = _market_id
        if isinstance(self.price_dollars, Unset):
            pass
        elif (
            self.price_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["price_dollars"] = None
        else:
            field_dict["price_dollars"] = fixed_point_text(
                self.price_dollars, "price_dollars", counts=False
            )
        if isinstance(self.delta_fp, Unset):
            pass
        elif self.delta_fp is None:  # a null the spec does not allow, kept as received
            field_dict["delta_fp"] = None
        else:
            field_dict["delta_fp"] = fixed_point_text(
                self.delta_fp, "delta_fp", counts=True
            )
        if isinstance(self.side, Unset):
            pass
        elif self.side is None:  # a null the spec does not allow, kept as received
            field_dict["side"] = None
        else:
            _side: str = check_market_side(self.side, "side")
            field_dict["side"] = _side
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
        if isinstance(self.ts, Unset):
            pass
        elif self.ts is None:  # a null the spec does not allow, kept as received
            field_dict["ts"] = None
        else:
            _ts: str | Unset = UNSET
            if not isinstance(self.ts, Unset):
                _ts = self.ts.isoformat()
            field_dict["ts"] = _ts
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
                    _deviations, "OrderbookDeltaPayloadMsg", "market_ticker", "missing"
                )
            elif _v is None:
                _f_market_ticker = None
                _deviations = record_deviation(
                    _deviations, "OrderbookDeltaPayloadMsg", "market_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("market_ticker", "str", _v)
                _f_market_ticker = _v

            _v = _get("market_id", UNSET)
            _f_market_id: Any
            if _v is UNSET:
                _f_market_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "OrderbookDeltaPayloadMsg", "market_id", "missing"
                )
            elif _v is None:
                _f_market_id = None
                _deviations = record_deviation(
                    _deviations, "OrderbookDeltaPayloadMsg", "market_id", "null"
                )
            else:
                _f_market_id = parse_uuid(_v, "market_id")

            _v = _get("price_dollars", UNSET)
            _f_price_dollars: Any
            if type(_v) is str:
                try:
                    _f_price_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_price_dollars = parse_fixed_point(_v, "price_dollars")

            elif _v is UNSET:
                _f_price_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "OrderbookDeltaPayloadMsg", "price_dollars", "missing"
                )
            elif _v is None:
                _f_price_dollars = None
                _deviations = record_deviation(
                    _deviations, "OrderbookDeltaPayloadMsg", "price_dollars", "null"
                )
            else:
                _f_price_dollars = parse_fixed_point(_v, "price_dollars")

            _v = _get("delta_fp", UNSET)
            _f_delta_fp: Any
            if type(_v) is str:
                try:
                    _f_delta_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_delta_fp = parse_fixed_point(_v, "delta_fp")

            elif _v is UNSET:
                _f_delta_fp = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "OrderbookDeltaPayloadMsg", "delta_fp", "missing"
                )
            elif _v is None:
                _f_delta_fp = None
                _deviations = record_deviation(
                    _deviations, "OrderbookDeltaPayloadMsg", "delta_fp", "null"
                )
            else:
                _f_delta_fp = parse_fixed_point(_v, "delta_fp")

            _v = _get("side", UNSET)
            _f_side: Any
            if type(_v) is str and _v in MARKET_SIDE_VALUES:
                _f_side = _v

            elif _v is UNSET:
                _f_side = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "OrderbookDeltaPayloadMsg", "side", "missing"
                )
            elif _v is None:
                _f_side = None
                _deviations = record_deviation(
                    _deviations, "OrderbookDeltaPayloadMsg", "side", "null"
                )
            else:
                _f_side = check_market_side(_v, "side", received=True)

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
                    _deviations, "OrderbookDeltaPayloadMsg", "client_order_id", "null"
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
                    _deviations, "OrderbookDeltaPayloadMsg", "subaccount", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("subaccount", "int", _v)
                _f_subaccount = _v

            _v = _get("ts", UNSET)
            _f_ts: Any
            if type(_v) is str:
                try:
                    _f_ts = fromisoformat(_v)
                except ValueError:
                    _f_ts = parse_datetime(_v, "ts")

            elif _v is UNSET:
                _f_ts = UNSET
                _absent += 1
            elif _v is None:
                _f_ts = None
                _deviations = record_deviation(
                    _deviations, "OrderbookDeltaPayloadMsg", "ts", "null"
                )
            else:
                _f_ts = parse_datetime(_v, "ts")

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        orderbook_delta_payload_msg = _new(cls)
        orderbook_delta_payload_msg.market_ticker = _f_market_ticker
        orderbook_delta_payload_msg.market_id = _f_market_id
        orderbook_delta_payload_msg.price_dollars = _f_price_dollars
        orderbook_delta_payload_msg.delta_fp = _f_delta_fp
        orderbook_delta_payload_msg.side = _f_side
        orderbook_delta_payload_msg.client_order_id = _f_client_order_id
        orderbook_delta_payload_msg.subaccount = _f_subaccount
        orderbook_delta_payload_msg.ts = _f_ts
        if len(src_dict) + _absent > 8:
            _known: set[str] = {
                "market_ticker",
                "market_id",
                "price_dollars",
                "delta_fp",
                "side",
                "client_order_id",
                "subaccount",
                "ts",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            orderbook_delta_payload_msg.additional_properties = _extra_found
        else:
            orderbook_delta_payload_msg.additional_properties = {}
        orderbook_delta_payload_msg._deviations = _deviations
        return orderbook_delta_payload_msg

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("market_ticker", "market_ticker", str, True, None),
            ("market_id", "market_id", str, True, None),
            ("price_dollars", "price_dollars", str, True, None),
            ("delta_fp", "delta_fp", str, True, None),
            ("side", "side", str, True, None),
            ("client_order_id", "client_order_id", str, False, None),
            ("subaccount", "subaccount", int, False, None),
            ("ts", "ts", str, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        orderbook_delta_payload_msg = _new(cls)
        orderbook_delta_payload_msg.market_ticker = w.market_ticker
        orderbook_delta_payload_msg.market_id = parse_uuid(w.market_id, "market_id")
        try:
            orderbook_delta_payload_msg.price_dollars = FIXED_POINT[w.price_dollars]
        except KeyError:
            orderbook_delta_payload_msg.price_dollars = parse_fixed_point(
                w.price_dollars, "price_dollars"
            )
        try:
            orderbook_delta_payload_msg.delta_fp = FIXED_POINT[w.delta_fp]
        except KeyError:
            orderbook_delta_payload_msg.delta_fp = parse_fixed_point(
                w.delta_fp, "delta_fp"
            )
        orderbook_delta_payload_msg.side = (
            w.side
            if w.side in MARKET_SIDE_VALUES
            else check_market_side(w.side, "side", received=True)
        )
        orderbook_delta_payload_msg.client_order_id = w.client_order_id
        orderbook_delta_payload_msg.subaccount = w.subaccount
        if w.ts is UNSET:
            orderbook_delta_payload_msg.ts = w.ts
        else:
            orderbook_delta_payload_msg.ts = fromisoformat(w.ts)
        orderbook_delta_payload_msg.additional_properties = w._extras()
        orderbook_delta_payload_msg._deviations = None
        return orderbook_delta_payload_msg

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
