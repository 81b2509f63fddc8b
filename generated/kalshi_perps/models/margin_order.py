from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
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
from ..models.order_source import ORDER_SOURCE_VALUES, OrderSource, check_order_source
from ..models.self_trade_prevention_type import (
    SELF_TRADE_PREVENTION_TYPE_VALUES,
    SelfTradePreventionType,
    check_self_trade_prevention_type,
)
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
    record_deviation,
    to_count,
    to_dollars,
)

T = TypeVar("T", bound="MarginOrder")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class MarginOrder:
    """Attributes:
    order_id (str):
    user_id (str): Unique identifier for users
    client_order_id (str):
    ticker (str):
    side (BookSide): The side of an order or trade (bid or ask)
    last_update_reason (LastUpdateReason):
    price (Decimal): US dollar amount as a fixed-point decimal string with up to 6 decimal places of precision. This
        is the maximum supported precision; valid quote intervals for a given market are constrained by that market's
        price level structure. Example: 0.5600.
    fill_count (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\" in field
        names). Requests accept 0–2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2 decimals.
        Fractional contract values (e.g., \"2.50\") are supported on markets with fractional trading enabled; the minimum
        granularity is 0.01 contracts. Integer contract count fields are legacy and will be deprecated; when both
        integer and fp fields are provided, they must match. Example: 10.00.
    remaining_count (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\" in
        field names). Requests accept 0–2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2
        decimals. Fractional contract values (e.g., \"2.50\") are supported on markets with fractional trading enabled;
        the minimum granularity is 0.01 contracts. Integer contract count fields are legacy and will be deprecated; when
        both integer and fp fields are provided, they must match. Example: 10.00.
    expiration_time (datetime.datetime | None | Unset):
    created_time (datetime.datetime | None | Unset):
    last_update_time (datetime.datetime | None | Unset): The last update to an order (modify, cancel, fill)
    self_trade_prevention_type (None | SelfTradePreventionType | Unset):
    cancel_order_on_pause (bool | Unset): If this flag is set to true, the order will be canceled if the order is
        open and trading on the exchange is paused for any reason.
    order_group_id (str | Unset): The order group this order is part of
    order_source (OrderSource | Unset): The source of the order. 'user' indicates a user-placed order, 'system'
        indicates a system-generated liquidation order.
    """

    order_id: str

    user_id: str

    client_order_id: str

    ticker: str

    side: BookSide

    last_update_reason: LastUpdateReason

    price: Decimal = _attrs_field(converter=to_dollars)

    fill_count: Decimal = _attrs_field(converter=to_count)

    remaining_count: Decimal = _attrs_field(converter=to_count)

    expiration_time: datetime.datetime | None | Unset = UNSET

    created_time: datetime.datetime | None | Unset = UNSET

    last_update_time: datetime.datetime | None | Unset = UNSET

    self_trade_prevention_type: None | SelfTradePreventionType | Unset = UNSET

    cancel_order_on_pause: bool | Unset = UNSET

    order_group_id: str | Unset = UNSET

    order_source: OrderSource | Unset = UNSET

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
        if isinstance(self.order_id, Unset):
            pass
        elif self.order_id is None:  # a null the spec does not allow, kept as received
            field_dict["order_id"] = None
        else:
            field_dict["order_id"] = self.order_id
        if isinstance(self.user_id, Unset):
            pass
        elif self.user_id is None:  # a null the spec does not allow, kept as received
            field_dict["user_id"] = None
        else:
            field_dict["user_id"] = self.user_id
        if isinstance(self.client_order_id, Unset):
            pass
        elif (
            self.client_order_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["client_order_id"] = None
        else:
            field_dict["client_order_id"] = self.client_order_id
        if isinstance(self.ticker, Unset):
            pass
        elif self.ticker is None:  # a null the spec does not allow, kept as received
            field_dict["ticker"] = None
        else:
            field_dict["ticker"] = self.ticker
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
            _last_update_reason: str = check_last_update_reason(
                self.last_update_reason, "last_update_reason"
            )
            field_dict["last_update_reason"] = _last_update_reason
        if isinstance(self.price, Unset):
            pass
        elif self.price is None:  # a null the spec does not allow, kept as received
            field_dict["price"] = None
        else:
            field_dict["price"] = fixed_point_text(self.price, "price", counts=False)
        if isinstance(self.fill_count, Unset):
            pass
        elif (
            self.fill_count is None
        ):  # a null the spec does not allow, kept as received
            field_dict["fill_count"] = None
        else:
            field_dict["fill_count"] = fixed_point_text(
                self.fill_count, "fill_count", counts=True
            )
        if isinstance(self.remaining_count, Unset):
            pass
        elif (
            self.remaining_count is None
        ):  # a null the spec does not allow, kept as received
            field_dict["remaining_count"] = None
        else:
            field_dict["remaining_count"] = fixed_point_text(
                self.remaining_count, "remaining_count", counts=True
            )
        if isinstance(self.expiration_time, Unset):
            pass
        else:
            _expiration_time: None | str | Unset
            if isinstance(self.expiration_time, Unset):
                _expiration_time = UNSET
            elif isinstance(self.expiration_time, datetime.datetime):
                _expiration_time = self.expiration_time.isoformat()
            else:
                _expiration_time = self.expiration_time
            field_dict["expiration_time"] = _expiration_time
        if isinstance(self.created_time, Unset):
            pass
        else:
            _created_time: None | str | Unset
            if isinstance(self.created_time, Unset):
                _created_time = UNSET
            elif isinstance(self.created_time, datetime.datetime):
                _created_time = self.created_time.isoformat()
            else:
                _created_time = self.created_time
            field_dict["created_time"] = _created_time
        if isinstance(self.last_update_time, Unset):
            pass
        else:
            _last_update_time: None | str | Unset
            if isinstance(self.last_update_time, Unset):
                _last_update_time = UNSET
            elif isinstance(self.last_update_time, datetime.datetime):
                _last_update_time = self.last_update_time.isoformat()
            else:
                _last_update_time = self.last_update_time
            field_dict["last_update_time"] = _last_update_time
        if isinstance(self.self_trade_prevention_type, Unset):
            pass
        else:
            _self_trade_prevention_type: None | str | Unset
            if isinstance(self.self_trade_prevention_type, Unset):
                _self_trade_prevention_type = UNSET
            elif isinstance(self.self_trade_prevention_type, str):
                _self_trade_prevention_type = check_self_trade_prevention_type(
                    self.self_trade_prevention_type, "self_trade_prevention_type_type_1"
                )
            else:
                _self_trade_prevention_type = self.self_trade_prevention_type
            field_dict["self_trade_prevention_type"] = _self_trade_prevention_type
        if isinstance(self.cancel_order_on_pause, Unset):
            pass
        elif (
            self.cancel_order_on_pause is None
        ):  # a null the spec does not allow, kept as received
            field_dict["cancel_order_on_pause"] = None
        else:
            field_dict["cancel_order_on_pause"] = self.cancel_order_on_pause
        if isinstance(self.order_group_id, Unset):
            pass
        elif (
            self.order_group_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["order_group_id"] = None
        else:
            field_dict["order_group_id"] = self.order_group_id
        if isinstance(self.order_source, Unset):
            pass
        elif (
            self.order_source is None
        ):  # a null the spec does not allow, kept as received
            field_dict["order_source"] = None
        else:
            _order_source: str | Unset = UNSET
            if not isinstance(self.order_source, Unset):
                _order_source = check_order_source(self.order_source, "order_source")

            field_dict["order_source"] = _order_source
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
            _v = _get("order_id", UNSET)
            _f_order_id: Any
            if type(_v) is str:
                _f_order_id = _v

            elif _v is UNSET:
                _f_order_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginOrder", "order_id", "missing"
                )
            elif _v is None:
                _f_order_id = None
                _deviations = record_deviation(
                    _deviations, "MarginOrder", "order_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("order_id", "str", _v)
                _f_order_id = _v

            _v = _get("user_id", UNSET)
            _f_user_id: Any
            if type(_v) is str:
                _f_user_id = _v

            elif _v is UNSET:
                _f_user_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginOrder", "user_id", "missing"
                )
            elif _v is None:
                _f_user_id = None
                _deviations = record_deviation(
                    _deviations, "MarginOrder", "user_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("user_id", "str", _v)
                _f_user_id = _v

            _v = _get("client_order_id", UNSET)
            _f_client_order_id: Any
            if type(_v) is str:
                _f_client_order_id = _v

            elif _v is UNSET:
                _f_client_order_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginOrder", "client_order_id", "missing"
                )
            elif _v is None:
                _f_client_order_id = None
                _deviations = record_deviation(
                    _deviations, "MarginOrder", "client_order_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("client_order_id", "str", _v)
                _f_client_order_id = _v

            _v = _get("ticker", UNSET)
            _f_ticker: Any
            if type(_v) is str:
                _f_ticker = _v

            elif _v is UNSET:
                _f_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginOrder", "ticker", "missing"
                )
            elif _v is None:
                _f_ticker = None
                _deviations = record_deviation(
                    _deviations, "MarginOrder", "ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("ticker", "str", _v)
                _f_ticker = _v

            _v = _get("side", UNSET)
            _f_side: Any
            if type(_v) is str and _v in BOOK_SIDE_VALUES:
                _f_side = _v

            elif _v is UNSET:
                _f_side = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginOrder", "side", "missing"
                )
            elif _v is None:
                _f_side = None
                _deviations = record_deviation(
                    _deviations, "MarginOrder", "side", "null"
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
                _deviations = record_deviation(
                    _deviations, "MarginOrder", "last_update_reason", "missing"
                )
            elif _v is None:
                _f_last_update_reason = None
                _deviations = record_deviation(
                    _deviations, "MarginOrder", "last_update_reason", "null"
                )
            else:
                _f_last_update_reason = check_last_update_reason(
                    _v, "last_update_reason", received=True
                )

            _v = _get("price", UNSET)
            _f_price: Any
            if type(_v) is str:
                try:
                    _f_price = FIXED_POINT[_v]
                except KeyError:
                    _f_price = parse_fixed_point(_v, "price")

            elif _v is UNSET:
                _f_price = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginOrder", "price", "missing"
                )
            elif _v is None:
                _f_price = None
                _deviations = record_deviation(
                    _deviations, "MarginOrder", "price", "null"
                )
            else:
                _f_price = parse_fixed_point(_v, "price")

            _v = _get("fill_count", UNSET)
            _f_fill_count: Any
            if type(_v) is str:
                try:
                    _f_fill_count = FIXED_POINT[_v]
                except KeyError:
                    _f_fill_count = parse_fixed_point(_v, "fill_count")

            elif _v is UNSET:
                _f_fill_count = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginOrder", "fill_count", "missing"
                )
            elif _v is None:
                _f_fill_count = None
                _deviations = record_deviation(
                    _deviations, "MarginOrder", "fill_count", "null"
                )
            else:
                _f_fill_count = parse_fixed_point(_v, "fill_count")

            _v = _get("remaining_count", UNSET)
            _f_remaining_count: Any
            if type(_v) is str:
                try:
                    _f_remaining_count = FIXED_POINT[_v]
                except KeyError:
                    _f_remaining_count = parse_fixed_point(_v, "remaining_count")

            elif _v is UNSET:
                _f_remaining_count = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginOrder", "remaining_count", "missing"
                )
            elif _v is None:
                _f_remaining_count = None
                _deviations = record_deviation(
                    _deviations, "MarginOrder", "remaining_count", "null"
                )
            else:
                _f_remaining_count = parse_fixed_point(_v, "remaining_count")

            _v = _get("expiration_time", UNSET)
            _f_expiration_time: Any
            if type(_v) is str:
                try:
                    _f_expiration_time = fromisoformat(_v)
                except ValueError:
                    _f_expiration_time = parse_datetime(_v, "expiration_time")

            elif _v is UNSET:
                _f_expiration_time = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_expiration_time = None
                else:
                    _f_expiration_time = parse_datetime(_v, "expiration_time")

            _v = _get("created_time", UNSET)
            _f_created_time: Any
            if type(_v) is str:
                try:
                    _f_created_time = fromisoformat(_v)
                except ValueError:
                    _f_created_time = parse_datetime(_v, "created_time")

            elif _v is UNSET:
                _f_created_time = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_created_time = None
                else:
                    _f_created_time = parse_datetime(_v, "created_time")

            _v = _get("last_update_time", UNSET)
            _f_last_update_time: Any
            if type(_v) is str:
                try:
                    _f_last_update_time = fromisoformat(_v)
                except ValueError:
                    _f_last_update_time = parse_datetime(_v, "last_update_time")

            elif _v is UNSET:
                _f_last_update_time = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_last_update_time = None
                else:
                    _f_last_update_time = parse_datetime(_v, "last_update_time")

            _v = _get("self_trade_prevention_type", UNSET)
            _f_self_trade_prevention_type: Any
            if type(_v) is str and _v in SELF_TRADE_PREVENTION_TYPE_VALUES:
                _f_self_trade_prevention_type = _v

            elif _v is UNSET:
                _f_self_trade_prevention_type = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_self_trade_prevention_type = None
                else:
                    _f_self_trade_prevention_type = check_self_trade_prevention_type(
                        _v, "self_trade_prevention_type", received=True
                    )

            _v = _get("cancel_order_on_pause", UNSET)
            _f_cancel_order_on_pause: Any
            if type(_v) is bool:
                _f_cancel_order_on_pause = _v

            elif _v is UNSET:
                _f_cancel_order_on_pause = UNSET
                _absent += 1
            elif _v is None:
                _f_cancel_order_on_pause = None
                _deviations = record_deviation(
                    _deviations, "MarginOrder", "cancel_order_on_pause", "null"
                )
            else:
                if type(_v) is not bool:
                    raise BadValue("cancel_order_on_pause", "bool", _v)
                _f_cancel_order_on_pause = _v

            _v = _get("order_group_id", UNSET)
            _f_order_group_id: Any
            if type(_v) is str:
                _f_order_group_id = _v

            elif _v is UNSET:
                _f_order_group_id = UNSET
                _absent += 1
            elif _v is None:
                _f_order_group_id = None
                _deviations = record_deviation(
                    _deviations, "MarginOrder", "order_group_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("order_group_id", "str", _v)
                _f_order_group_id = _v

            _v = _get("order_source", UNSET)
            _f_order_source: Any
            if type(_v) is str and _v in ORDER_SOURCE_VALUES:
                _f_order_source = _v

            elif _v is UNSET:
                _f_order_source = UNSET
                _absent += 1
            elif _v is None:
                _f_order_source = None
                _deviations = record_deviation(
                    _deviations, "MarginOrder", "order_source", "null"
                )
            else:
                _f_order_source = check_order_source(_v, "order_source", received=True)

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        margin_order = _new(cls)
        margin_order.order_id = _f_order_id
        margin_order.user_id = _f_user_id
        margin_order.client_order_id = _f_client_order_id
        margin_order.ticker = _f_ticker
        margin_order.side = _f_side
        margin_order.last_update_reason = _f_last_update_reason
        margin_order.price = _f_price
        margin_order.fill_count = _f_fill_count
        margin_order.remaining_count = _f_remaining_count
        margin_order.expiration_time = _f_expiration_time
        margin_order.created_time = _f_created_time
        margin_order.last_update_time = _f_last_update_time
        margin_order.self_trade_prevention_type = _f_self_trade_prevention_type
        margin_order.cancel_order_on_pause = _f_cancel_order_on_pause
        margin_order.order_group_id = _f_order_group_id
        margin_order.order_source = _f_order_source
        if len(src_dict) + _absent > 16:
            _known: set[str] = {
                "order_id",
                "user_id",
                "client_order_id",
                "ticker",
                "side",
                "last_update_reason",
                "price",
                "fill_count",
                "remaining_count",
                "expiration_time",
                "created_time",
                "last_update_time",
                "self_trade_prevention_type",
                "cancel_order_on_pause",
                "order_group_id",
                "order_source",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            margin_order.additional_properties = _extra_found
        else:
            margin_order.additional_properties = {}
        margin_order._deviations = _deviations
        return margin_order

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("order_id", "order_id", str, True, None),
            ("user_id", "user_id", str, True, None),
            ("client_order_id", "client_order_id", str, True, None),
            ("ticker", "ticker", str, True, None),
            ("side", "side", str, True, None),
            ("last_update_reason", "last_update_reason", str, True, None),
            ("price", "price", str, True, None),
            ("fill_count", "fill_count", str, True, None),
            ("remaining_count", "remaining_count", str, True, None),
            ("expiration_time", "expiration_time", str | None, False, None),
            ("created_time", "created_time", str | None, False, None),
            ("last_update_time", "last_update_time", str | None, False, None),
            (
                "self_trade_prevention_type",
                "self_trade_prevention_type",
                str | None,
                False,
                None,
            ),
            ("cancel_order_on_pause", "cancel_order_on_pause", bool, False, None),
            ("order_group_id", "order_group_id", str, False, None),
            ("order_source", "order_source", str, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        margin_order = _new(cls)
        margin_order.order_id = w.order_id
        margin_order.user_id = w.user_id
        margin_order.client_order_id = w.client_order_id
        margin_order.ticker = w.ticker
        margin_order.side = (
            w.side
            if w.side in BOOK_SIDE_VALUES
            else check_book_side(w.side, "side", received=True)
        )
        margin_order.last_update_reason = (
            w.last_update_reason
            if w.last_update_reason in LAST_UPDATE_REASON_VALUES
            else check_last_update_reason(
                w.last_update_reason, "last_update_reason", received=True
            )
        )
        try:
            margin_order.price = FIXED_POINT[w.price]
        except KeyError:
            margin_order.price = parse_fixed_point(w.price, "price")
        try:
            margin_order.fill_count = FIXED_POINT[w.fill_count]
        except KeyError:
            margin_order.fill_count = parse_fixed_point(w.fill_count, "fill_count")
        try:
            margin_order.remaining_count = FIXED_POINT[w.remaining_count]
        except KeyError:
            margin_order.remaining_count = parse_fixed_point(
                w.remaining_count, "remaining_count"
            )
        if w.expiration_time is UNSET or w.expiration_time is None:
            margin_order.expiration_time = w.expiration_time
        else:
            margin_order.expiration_time = fromisoformat(w.expiration_time)
        if w.created_time is UNSET or w.created_time is None:
            margin_order.created_time = w.created_time
        else:
            margin_order.created_time = fromisoformat(w.created_time)
        if w.last_update_time is UNSET or w.last_update_time is None:
            margin_order.last_update_time = w.last_update_time
        else:
            margin_order.last_update_time = fromisoformat(w.last_update_time)
        if (
            w.self_trade_prevention_type is UNSET
            or w.self_trade_prevention_type is None
        ):
            margin_order.self_trade_prevention_type = w.self_trade_prevention_type
        else:
            margin_order.self_trade_prevention_type = (
                w.self_trade_prevention_type
                if w.self_trade_prevention_type in SELF_TRADE_PREVENTION_TYPE_VALUES
                else check_self_trade_prevention_type(
                    w.self_trade_prevention_type,
                    "self_trade_prevention_type",
                    received=True,
                )
            )
        margin_order.cancel_order_on_pause = w.cancel_order_on_pause
        margin_order.order_group_id = w.order_group_id
        if w.order_source is UNSET:
            margin_order.order_source = w.order_source
        else:
            margin_order.order_source = (
                w.order_source
                if w.order_source in ORDER_SOURCE_VALUES
                else check_order_source(w.order_source, "order_source", received=True)
            )
        margin_order.additional_properties = w._extras()
        margin_order._deviations = None
        return margin_order

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
