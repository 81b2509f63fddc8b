from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.market_side import MARKET_SIDE_VALUES, MarketSide, check_market_side
from ..models.order_action import ORDER_ACTION_VALUES, OrderAction, check_order_action
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
    parse_uuid,
    record_deviation,
    to_count,
    to_dollars,
)

T = TypeVar("T", bound="FillPayloadMsg")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class FillPayloadMsg:
    """Attributes:
    trade_id (UUID): Unique identifier for fills. This is what you use to differentiate fills
    order_id (UUID): Unique identifier for orders. This is what you use to differentiate fills for different orders
    market_ticker (str): Unique market identifier
    is_taker (bool): If you were a taker on this fill
    side (MarketSide): Market side
    yes_price_dollars (Decimal): Price for the yes side of the fill in dollars
    count_fp (Decimal): Fixed-point contracts filled (2 decimals)
    fee_cost (str): Exchange fee paid for this fill in fixed-point dollars
    action (OrderAction): Order action type
    ts (int): Unix timestamp for when the update happened (in seconds)
    post_position_fp (Decimal): Fixed-point position after the fill (2 decimals)
    purchased_side (MarketSide): Market side
    client_order_id (str | Unset): Optional client-provided order ID
    subaccount (int | Unset): Optional subaccount number for the fill
    """

    trade_id: UUID

    order_id: UUID

    market_ticker: str

    is_taker: bool

    side: MarketSide

    yes_price_dollars: Decimal = _attrs_field(converter=to_dollars)

    count_fp: Decimal = _attrs_field(converter=to_count)

    fee_cost: str

    action: OrderAction

    ts: int

    post_position_fp: Decimal = _attrs_field(converter=to_count)

    purchased_side: MarketSide

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
            _side: str = check_market_side(self.side, "side")
            field_dict["side"] = _side
        if isinstance(self.yes_price_dollars, Unset):
            pass
        elif (
            self.yes_price_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["yes_price_dollars"] = None
        else:
            field_dict["yes_price_dollars"] = fixed_point_text(
                self.yes_price_dollars, "yes_price_dollars", counts=False
            )
        if isinstance(self.count_fp, Unset):
            pass
        elif self.count_fp is None:  # a null the spec does not allow, kept as received
            field_dict["count_fp"] = None
        else:
            field_dict["count_fp"] = fixed_point_text(
                self.count_fp, "count_fp", counts=True
            )
        if isinstance(self.fee_cost, Unset):
            pass
        elif self.fee_cost is None:  # a null the spec does not allow, kept as received
            field_dict["fee_cost"] = None
        else:
            field_dict["fee_cost"] = self.fee_cost
        if isinstance(self.action, Unset):
            pass
        elif self.action is None:  # a null the spec does not allow, kept as received
            field_dict["action"] = None
        else:
            _action: str = check_order_action(self.action, "action")
            field_dict["action"] = _action
        if isinstance(self.ts, Unset):
            pass
        elif self.ts is None:  # a null the spec does not allow, kept as received
            field_dict["ts"] = None
        else:
            field_dict["ts"] = self.ts
        if isinstance(self.post_position_fp, Unset):
            pass
        elif (
            self.post_position_fp is None
        ):  # a null the spec does not allow, kept as received
            field_dict["post_position_fp"] = None
        else:
            field_dict["post_position_fp"] = fixed_point_text(
                self.post_position_fp, "post_position_fp", counts=True
            )
        if isinstance(self.purchased_side, Unset):
            pass
        elif (
            self.purchased_side is None
        ):  # a null the spec does not allow, kept as received
            field_dict["purchased_side"] = None
        else:
            _purchased_side: str = check_market_side(
                self.purchased_side, "purchased_side"
            )
            field_dict["purchased_side"] = _purchased_side
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
                    _deviations, "FillPayloadMsg", "trade_id", "missing"
                )
            elif _v is None:
                _f_trade_id = None
                _deviations = record_deviation(
                    _deviations, "FillPayloadMsg", "trade_id", "null"
                )
            else:
                _f_trade_id = parse_uuid(_v, "trade_id")

            _v = _get("order_id", UNSET)
            _f_order_id: Any
            if _v is UNSET:
                _f_order_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "FillPayloadMsg", "order_id", "missing"
                )
            elif _v is None:
                _f_order_id = None
                _deviations = record_deviation(
                    _deviations, "FillPayloadMsg", "order_id", "null"
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
                    _deviations, "FillPayloadMsg", "market_ticker", "missing"
                )
            elif _v is None:
                _f_market_ticker = None
                _deviations = record_deviation(
                    _deviations, "FillPayloadMsg", "market_ticker", "null"
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
                    _deviations, "FillPayloadMsg", "is_taker", "missing"
                )
            elif _v is None:
                _f_is_taker = None
                _deviations = record_deviation(
                    _deviations, "FillPayloadMsg", "is_taker", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("is_taker", "bool", _v)
                _f_is_taker = _v

            _v = _get("side", UNSET)
            _f_side: Any
            if type(_v) is str and _v in MARKET_SIDE_VALUES:
                _f_side = _v

            elif _v is UNSET:
                _f_side = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "FillPayloadMsg", "side", "missing"
                )
            elif _v is None:
                _f_side = None
                _deviations = record_deviation(
                    _deviations, "FillPayloadMsg", "side", "null"
                )
            else:
                _f_side = check_market_side(_v, "side", received=True)

            _v = _get("yes_price_dollars", UNSET)
            _f_yes_price_dollars: Any
            if type(_v) is str:
                try:
                    _f_yes_price_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_yes_price_dollars = parse_fixed_point(_v, "yes_price_dollars")

            elif _v is UNSET:
                _f_yes_price_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "FillPayloadMsg", "yes_price_dollars", "missing"
                )
            elif _v is None:
                _f_yes_price_dollars = None
                _deviations = record_deviation(
                    _deviations, "FillPayloadMsg", "yes_price_dollars", "null"
                )
            else:
                _f_yes_price_dollars = parse_fixed_point(_v, "yes_price_dollars")

            _v = _get("count_fp", UNSET)
            _f_count_fp: Any
            if type(_v) is str:
                try:
                    _f_count_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_count_fp = parse_fixed_point(_v, "count_fp")

            elif _v is UNSET:
                _f_count_fp = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "FillPayloadMsg", "count_fp", "missing"
                )
            elif _v is None:
                _f_count_fp = None
                _deviations = record_deviation(
                    _deviations, "FillPayloadMsg", "count_fp", "null"
                )
            else:
                _f_count_fp = parse_fixed_point(_v, "count_fp")

            _v = _get("fee_cost", UNSET)
            _f_fee_cost: Any
            if type(_v) is str:
                _f_fee_cost = _v

            elif _v is UNSET:
                _f_fee_cost = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "FillPayloadMsg", "fee_cost", "missing"
                )
            elif _v is None:
                _f_fee_cost = None
                _deviations = record_deviation(
                    _deviations, "FillPayloadMsg", "fee_cost", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("fee_cost", "str", _v)
                _f_fee_cost = _v

            _v = _get("action", UNSET)
            _f_action: Any
            if type(_v) is str and _v in ORDER_ACTION_VALUES:
                _f_action = _v

            elif _v is UNSET:
                _f_action = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "FillPayloadMsg", "action", "missing"
                )
            elif _v is None:
                _f_action = None
                _deviations = record_deviation(
                    _deviations, "FillPayloadMsg", "action", "null"
                )
            else:
                _f_action = check_order_action(_v, "action", received=True)

            _v = _get("ts", UNSET)
            _f_ts: Any
            if type(_v) is int:
                _f_ts = _v

            elif _v is UNSET:
                _f_ts = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "FillPayloadMsg", "ts", "missing"
                )
            elif _v is None:
                _f_ts = None
                _deviations = record_deviation(
                    _deviations, "FillPayloadMsg", "ts", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("ts", "int", _v)
                _f_ts = _v

            _v = _get("post_position_fp", UNSET)
            _f_post_position_fp: Any
            if type(_v) is str:
                try:
                    _f_post_position_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_post_position_fp = parse_fixed_point(_v, "post_position_fp")

            elif _v is UNSET:
                _f_post_position_fp = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "FillPayloadMsg", "post_position_fp", "missing"
                )
            elif _v is None:
                _f_post_position_fp = None
                _deviations = record_deviation(
                    _deviations, "FillPayloadMsg", "post_position_fp", "null"
                )
            else:
                _f_post_position_fp = parse_fixed_point(_v, "post_position_fp")

            _v = _get("purchased_side", UNSET)
            _f_purchased_side: Any
            if type(_v) is str and _v in MARKET_SIDE_VALUES:
                _f_purchased_side = _v

            elif _v is UNSET:
                _f_purchased_side = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "FillPayloadMsg", "purchased_side", "missing"
                )
            elif _v is None:
                _f_purchased_side = None
                _deviations = record_deviation(
                    _deviations, "FillPayloadMsg", "purchased_side", "null"
                )
            else:
                _f_purchased_side = check_market_side(
                    _v, "purchased_side", received=True
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
                    _deviations, "FillPayloadMsg", "client_order_id", "null"
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
                    _deviations, "FillPayloadMsg", "subaccount", "null"
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
        fill_payload_msg = _new(cls)
        fill_payload_msg.trade_id = _f_trade_id
        fill_payload_msg.order_id = _f_order_id
        fill_payload_msg.market_ticker = _f_market_ticker
        fill_payload_msg.is_taker = _f_is_taker
        fill_payload_msg.side = _f_side
        fill_payload_msg.yes_price_dollars = _f_yes_price_dollars
        fill_payload_msg.count_fp = _f_count_fp
        fill_payload_msg.fee_cost = _f_fee_cost
        fill_payload_msg.action = _f_action
        fill_payload_msg.ts = _f_ts
        fill_payload_msg.post_position_fp = _f_post_position_fp
        fill_payload_msg.purchased_side = _f_purchased_side
        fill_payload_msg.client_order_id = _f_client_order_id
        fill_payload_msg.subaccount = _f_subaccount
        if len(src_dict) + _absent > 14:
            _known: set[str] = {
                "trade_id",
                "order_id",
                "market_ticker",
                "is_taker",
                "side",
                "yes_price_dollars",
                "count_fp",
                "fee_cost",
                "action",
                "ts",
                "post_position_fp",
                "purchased_side",
                "client_order_id",
                "subaccount",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            fill_payload_msg.additional_properties = _extra_found
        else:
            fill_payload_msg.additional_properties = {}
        fill_payload_msg._deviations = _deviations
        return fill_payload_msg

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("trade_id", "trade_id", str, True, None),
            ("order_id", "order_id", str, True, None),
            ("market_ticker", "market_ticker", str, True, None),
            ("is_taker", "is_taker", bool, True, None),
            ("side", "side", str, True, None),
            ("yes_price_dollars", "yes_price_dollars", str, True, None),
            ("count_fp", "count_fp", str, True, None),
            ("fee_cost", "fee_cost", str, True, None),
            ("action", "action", str, True, None),
            ("ts", "ts", int, True, None),
            ("post_position_fp", "post_position_fp", str, True, None),
            ("purchased_side", "purchased_side", str, True, None),
            ("client_order_id", "client_order_id", str, False, None),
            ("subaccount", "subaccount", int, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        fill_payload_msg = _new(cls)
        fill_payload_msg.trade_id = parse_uuid(w.trade_id, "trade_id")
        fill_payload_msg.order_id = parse_uuid(w.order_id, "order_id")
        fill_payload_msg.market_ticker = w.market_ticker
        fill_payload_msg.is_taker = w.is_taker
        fill_payload_msg.side = (
            w.side
            if w.side in MARKET_SIDE_VALUES
            else check_market_side(w.side, "side", received=True)
        )
        try:
            fill_payload_msg.yes_price_dollars = FIXED_POINT[w.yes_price_dollars]
        except KeyError:
            fill_payload_msg.yes_price_dollars = parse_fixed_point(
                w.yes_price_dollars, "yes_price_dollars"
            )
        try:
            fill_payload_msg.count_fp = FIXED_POINT[w.count_fp]
        except KeyError:
            fill_payload_msg.count_fp = parse_fixed_point(w.count_fp, "count_fp")
        fill_payload_msg.fee_cost = w.fee_cost
        fill_payload_msg.action = (
            w.action
            if w.action in ORDER_ACTION_VALUES
            else check_order_action(w.action, "action", received=True)
        )
        fill_payload_msg.ts = w.ts
        try:
            fill_payload_msg.post_position_fp = FIXED_POINT[w.post_position_fp]
        except KeyError:
            fill_payload_msg.post_position_fp = parse_fixed_point(
                w.post_position_fp, "post_position_fp"
            )
        fill_payload_msg.purchased_side = (
            w.purchased_side
            if w.purchased_side in MARKET_SIDE_VALUES
            else check_market_side(w.purchased_side, "purchased_side", received=True)
        )
        fill_payload_msg.client_order_id = w.client_order_id
        fill_payload_msg.subaccount = w.subaccount
        fill_payload_msg.additional_properties = w._extras()
        fill_payload_msg._deviations = None
        return fill_payload_msg

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
