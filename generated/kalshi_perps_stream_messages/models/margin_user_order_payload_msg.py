from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.book_side import BOOK_SIDE_VALUES, BookSide, check_book_side
from ..models.margin_user_order_payload_msg_order_source import (
    MARGIN_USER_ORDER_PAYLOAD_MSG_ORDER_SOURCE_VALUES,
    MarginUserOrderPayloadMsgOrderSource,
    check_margin_user_order_payload_msg_order_source,
)
from ..models.self_trade_prevention_type import (
    SELF_TRADE_PREVENTION_TYPE_VALUES,
    SelfTradePreventionType,
    check_self_trade_prevention_type,
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

T = TypeVar("T", bound="MarginUserOrderPayloadMsg")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class MarginUserOrderPayloadMsg:
    """Attributes:
    order_id (UUID):
    user_id (UUID):
    client_order_id (str):
    ticker (str): Unique market identifier
    side (BookSide):
    price (str):
    fill_count (str):
    remaining_count (str):
    created_ts_ms (int): Unix timestamp in milliseconds.
    order_source (MarginUserOrderPayloadMsgOrderSource): `system` for liquidations and margin exit or trailing-stop
        triggers. `user` for every other order.
    self_trade_prevention_type (SelfTradePreventionType | Unset): Self-trade prevention type
    order_group_id (str | Unset): Order group identifier, if the order belongs to an order group
    expiration_ts_ms (int | Unset): Unix timestamp in milliseconds.
    last_updated_ts_ms (int | Unset): Unix timestamp in milliseconds.
    subaccount_number (int | Unset):
    """

    order_id: UUID

    user_id: UUID

    client_order_id: str

    ticker: str

    side: BookSide

    price: str

    fill_count: str

    remaining_count: str

    created_ts_ms: int

    order_source: MarginUserOrderPayloadMsgOrderSource

    self_trade_prevention_type: SelfTradePreventionType | Unset = UNSET

    order_group_id: str | Unset = UNSET

    expiration_ts_ms: int | Unset = UNSET

    last_updated_ts_ms: int | Unset = UNSET

    subaccount_number: int | Unset = UNSET

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
            _order_id = str(self.order_id)
            field_dict["order_id"] = _order_id
        if isinstance(self.user_id, Unset):
            pass
        elif self.user_id is None:  # a null the spec does not allow, kept as received
            field_dict["user_id"] = None
        else:
            _user_id = str(self.user_id)
            field_dict["user_id"] = _user_id
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
        if isinstance(self.price, Unset):
            pass
        elif self.price is None:  # a null the spec does not allow, kept as received
            field_dict["price"] = None
        else:
            field_dict["price"] = self.price
        if isinstance(self.fill_count, Unset):
            pass
        elif (
            self.fill_count is None
        ):  # a null the spec does not allow, kept as received
            field_dict["fill_count"] = None
        else:
            field_dict["fill_count"] = self.fill_count
        if isinstance(self.remaining_count, Unset):
            pass
        elif (
            self.remaining_count is None
        ):  # a null the spec does not allow, kept as received
            field_dict["remaining_count"] = None
        else:
            field_dict["remaining_count"] = self.remaining_count
        if isinstance(self.created_ts_ms, Unset):
            pass
        elif (
            self.created_ts_ms is None
        ):  # a null the spec does not allow, kept as received
            field_dict["created_ts_ms"] = None
        else:
            field_dict["created_ts_ms"] = self.created_ts_ms
        if isinstance(self.order_source, Unset):
            pass
        elif (
            self.order_source is None
        ):  # a null the spec does not allow, kept as received
            field_dict["order_source"] = None
        else:
            _order_source: str = check_margin_user_order_payload_msg_order_source(
                self.order_source, "order_source"
            )
            field_dict["order_source"] = _order_source
        if isinstance(self.self_trade_prevention_type, Unset):
            pass
        elif (
            self.self_trade_prevention_type is None
        ):  # a null the spec does not allow, kept as received
            field_dict["self_trade_prevention_type"] = None
        else:
            _self_trade_prevention_type: str | Unset = UNSET
            if not isinstance(self.self_trade_prevention_type, Unset):
                _self_trade_prevention_type = check_self_trade_prevention_type(
                    self.self_trade_prevention_type, "self_trade_prevention_type"
                )

            field_dict["self_trade_prevention_type"] = _self_trade_prevention_type
        if isinstance(self.order_group_id, Unset):
            pass
        elif (
            self.order_group_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["order_group_id"] = None
        else:
            field_dict["order_group_id"] = self.order_group_id
        if isinstance(self.expiration_ts_ms, Unset):
            pass
        elif (
            self.expiration_ts_ms is None
        ):  # a null the spec does not allow, kept as received
            field_dict["expiration_ts_ms"] = None
        else:
            field_dict["expiration_ts_ms"] = self.expiration_ts_ms
        if isinstance(self.last_updated_ts_ms, Unset):
            pass
        elif (
            self.last_updated_ts_ms is None
        ):  # a null the spec does not allow, kept as received
            field_dict["last_updated_ts_ms"] = None
        else:
            field_dict["last_updated_ts_ms"] = self.last_updated_ts_ms
        if isinstance(self.subaccount_number, Unset):
            pass
        elif (
            self.subaccount_number is None
        ):  # a null the spec does not allow, kept as received
            field_dict["subaccount_number"] = None
        else:
            field_dict["subaccount_number"] = self.subaccount_number
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
            if _v is UNSET:
                _f_order_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginUserOrderPayloadMsg", "order_id", "missing"
                )
            elif _v is None:
                _f_order_id = None
                _deviations = record_deviation(
                    _deviations, "MarginUserOrderPayloadMsg", "order_id", "null"
                )
            else:
                _f_order_id = parse_uuid(_v, "order_id")

            _v = _get("user_id", UNSET)
            _f_user_id: Any
            if _v is UNSET:
                _f_user_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginUserOrderPayloadMsg", "user_id", "missing"
                )
            elif _v is None:
                _f_user_id = None
                _deviations = record_deviation(
                    _deviations, "MarginUserOrderPayloadMsg", "user_id", "null"
                )
            else:
                _f_user_id = parse_uuid(_v, "user_id")

            _v = _get("client_order_id", UNSET)
            _f_client_order_id: Any
            if type(_v) is str:
                _f_client_order_id = _v

            elif _v is UNSET:
                _f_client_order_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "MarginUserOrderPayloadMsg",
                    "client_order_id",
                    "missing",
                )
            elif _v is None:
                _f_client_order_id = None
                _deviations = record_deviation(
                    _deviations, "MarginUserOrderPayloadMsg", "client_order_id", "null"
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
                    _deviations, "MarginUserOrderPayloadMsg", "ticker", "missing"
                )
            elif _v is None:
                _f_ticker = None
                _deviations = record_deviation(
                    _deviations, "MarginUserOrderPayloadMsg", "ticker", "null"
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
                    _deviations, "MarginUserOrderPayloadMsg", "side", "missing"
                )
            elif _v is None:
                _f_side = None
                _deviations = record_deviation(
                    _deviations, "MarginUserOrderPayloadMsg", "side", "null"
                )
            else:
                _f_side = check_book_side(_v, "side", received=True)

            _v = _get("price", UNSET)
            _f_price: Any
            if type(_v) is str:
                _f_price = _v

            elif _v is UNSET:
                _f_price = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginUserOrderPayloadMsg", "price", "missing"
                )
            elif _v is None:
                _f_price = None
                _deviations = record_deviation(
                    _deviations, "MarginUserOrderPayloadMsg", "price", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("price", "str", _v)
                _f_price = _v

            _v = _get("fill_count", UNSET)
            _f_fill_count: Any
            if type(_v) is str:
                _f_fill_count = _v

            elif _v is UNSET:
                _f_fill_count = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginUserOrderPayloadMsg", "fill_count", "missing"
                )
            elif _v is None:
                _f_fill_count = None
                _deviations = record_deviation(
                    _deviations, "MarginUserOrderPayloadMsg", "fill_count", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("fill_count", "str", _v)
                _f_fill_count = _v

            _v = _get("remaining_count", UNSET)
            _f_remaining_count: Any
            if type(_v) is str:
                _f_remaining_count = _v

            elif _v is UNSET:
                _f_remaining_count = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "MarginUserOrderPayloadMsg",
                    "remaining_count",
                    "missing",
                )
            elif _v is None:
                _f_remaining_count = None
                _deviations = record_deviation(
                    _deviations, "MarginUserOrderPayloadMsg", "remaining_count", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("remaining_count", "str", _v)
                _f_remaining_count = _v

            _v = _get("created_ts_ms", UNSET)
            _f_created_ts_ms: Any
            if type(_v) is int:
                _f_created_ts_ms = _v

            elif _v is UNSET:
                _f_created_ts_ms = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginUserOrderPayloadMsg", "created_ts_ms", "missing"
                )
            elif _v is None:
                _f_created_ts_ms = None
                _deviations = record_deviation(
                    _deviations, "MarginUserOrderPayloadMsg", "created_ts_ms", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("created_ts_ms", "int", _v)
                _f_created_ts_ms = _v

            _v = _get("order_source", UNSET)
            _f_order_source: Any
            if (
                type(_v) is str
                and _v in MARGIN_USER_ORDER_PAYLOAD_MSG_ORDER_SOURCE_VALUES
            ):
                _f_order_source = _v

            elif _v is UNSET:
                _f_order_source = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginUserOrderPayloadMsg", "order_source", "missing"
                )
            elif _v is None:
                _f_order_source = None
                _deviations = record_deviation(
                    _deviations, "MarginUserOrderPayloadMsg", "order_source", "null"
                )
            else:
                _f_order_source = check_margin_user_order_payload_msg_order_source(
                    _v, "order_source", received=True
                )

            _v = _get("self_trade_prevention_type", UNSET)
            _f_self_trade_prevention_type: Any
            if type(_v) is str and _v in SELF_TRADE_PREVENTION_TYPE_VALUES:
                _f_self_trade_prevention_type = _v

            elif _v is UNSET:
                _f_self_trade_prevention_type = UNSET
                _absent += 1
            elif _v is None:
                _f_self_trade_prevention_type = None
                _deviations = record_deviation(
                    _deviations,
                    "MarginUserOrderPayloadMsg",
                    "self_trade_prevention_type",
                    "null",
                )
            else:
                _f_self_trade_prevention_type = check_self_trade_prevention_type(
                    _v, "self_trade_prevention_type", received=True
                )

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
                    _deviations, "MarginUserOrderPayloadMsg", "order_group_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("order_group_id", "str", _v)
                _f_order_group_id = _v

            _v = _get("expiration_ts_ms", UNSET)
            _f_expiration_ts_ms: Any
            if type(_v) is int:
                _f_expiration_ts_ms = _v

            elif _v is UNSET:
                _f_expiration_ts_ms = UNSET
                _absent += 1
            elif _v is None:
                _f_expiration_ts_ms = None
                _deviations = record_deviation(
                    _deviations, "MarginUserOrderPayloadMsg", "expiration_ts_ms", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("expiration_ts_ms", "int", _v)
                _f_expiration_ts_ms = _v

            _v = _get("last_updated_ts_ms", UNSET)
            _f_last_updated_ts_ms: Any
            if type(_v) is int:
                _f_last_updated_ts_ms = _v

            elif _v is UNSET:
                _f_last_updated_ts_ms = UNSET
                _absent += 1
            elif _v is None:
                _f_last_updated_ts_ms = None
                _deviations = record_deviation(
                    _deviations,
                    "MarginUserOrderPayloadMsg",
                    "last_updated_ts_ms",
                    "null",
                )
            else:
                if type(_v) is not int:
                    raise BadValue("last_updated_ts_ms", "int", _v)
                _f_last_updated_ts_ms = _v

            _v = _get("subaccount_number", UNSET)
            _f_subaccount_number: Any
            if type(_v) is int:
                _f_subaccount_number = _v

            elif _v is UNSET:
                _f_subaccount_number = UNSET
                _absent += 1
            elif _v is None:
                _f_subaccount_number = None
                _deviations = record_deviation(
                    _deviations,
                    "MarginUserOrderPayloadMsg",
                    "subaccount_number",
                    "null",
                )
            else:
                if type(_v) is not int:
                    raise BadValue("subaccount_number", "int", _v)
                _f_subaccount_number = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        margin_user_order_payload_msg = _new(cls)
        margin_user_order_payload_msg.order_id = _f_order_id
        margin_user_order_payload_msg.user_id = _f_user_id
        margin_user_order_payload_msg.client_order_id = _f_client_order_id
        margin_user_order_payload_msg.ticker = _f_ticker
        margin_user_order_payload_msg.side = _f_side
        margin_user_order_payload_msg.price = _f_price
        margin_user_order_payload_msg.fill_count = _f_fill_count
        margin_user_order_payload_msg.remaining_count = _f_remaining_count
        margin_user_order_payload_msg.created_ts_ms = _f_created_ts_ms
        margin_user_order_payload_msg.order_source = _f_order_source
        margin_user_order_payload_msg.self_trade_prevention_type = (
            _f_self_trade_prevention_type
        )
        margin_user_order_payload_msg.order_group_id = _f_order_group_id
        margin_user_order_payload_msg.expiration_ts_ms = _f_expiration_ts_ms
        margin_user_order_payload_msg.last_updated_ts_ms = _f_last_updated_ts_ms
        margin_user_order_payload_msg.subaccount_number = _f_subaccount_number
        if len(src_dict) + _absent > 15:
            _known: set[str] = {
                "order_id",
                "user_id",
                "client_order_id",
                "ticker",
                "side",
                "price",
                "fill_count",
                "remaining_count",
                "created_ts_ms",
                "order_source",
                "self_trade_prevention_type",
                "order_group_id",
                "expiration_ts_ms",
                "last_updated_ts_ms",
                "subaccount_number",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            margin_user_order_payload_msg.additional_properties = _extra_found
        else:
            margin_user_order_payload_msg.additional_properties = {}
        margin_user_order_payload_msg._deviations = _deviations
        return margin_user_order_payload_msg

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("order_id", "order_id", str, True, None),
            ("user_id", "user_id", str, True, None),
            ("client_order_id", "client_order_id", str, True, None),
            ("ticker", "ticker", str, True, None),
            ("side", "side", str, True, None),
            ("price", "price", str, True, None),
            ("fill_count", "fill_count", str, True, None),
            ("remaining_count", "remaining_count", str, True, None),
            ("created_ts_ms", "created_ts_ms", int, True, None),
            ("order_source", "order_source", str, True, None),
            (
                "self_trade_prevention_type",
                "self_trade_prevention_type",
                str,
                False,
                None,
            ),
            ("order_group_id", "order_group_id", str, False, None),
            ("expiration_ts_ms", "expiration_ts_ms", int, False, None),
            ("last_updated_ts_ms", "last_updated_ts_ms", int, False, None),
            ("subaccount_number", "subaccount_number", int, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        margin_user_order_payload_msg = _new(cls)
        margin_user_order_payload_msg.order_id = parse_uuid(w.order_id, "order_id")
        margin_user_order_payload_msg.user_id = parse_uuid(w.user_id, "user_id")
        margin_user_order_payload_msg.client_order_id = w.client_order_id
        margin_user_order_payload_msg.ticker = w.ticker
        margin_user_order_payload_msg.side = (
            w.side
            if w.side in BOOK_SIDE_VALUES
            else check_book_side(w.side, "side", received=True)
        )
        margin_user_order_payload_msg.price = w.price
        margin_user_order_payload_msg.fill_count = w.fill_count
        margin_user_order_payload_msg.remaining_count = w.remaining_count
        margin_user_order_payload_msg.created_ts_ms = w.created_ts_ms
        margin_user_order_payload_msg.order_source = (
            w.order_source
            if w.order_source in MARGIN_USER_ORDER_PAYLOAD_MSG_ORDER_SOURCE_VALUES
            else check_margin_user_order_payload_msg_order_source(
                w.order_source, "order_source", received=True
            )
        )
        if w.self_trade_prevention_type is UNSET:
            margin_user_order_payload_msg.self_trade_prevention_type = (
                w.self_trade_prevention_type
            )
        else:
            margin_user_order_payload_msg.self_trade_prevention_type = (
                w.self_trade_prevention_type
                if w.self_trade_prevention_type in SELF_TRADE_PREVENTION_TYPE_VALUES
                else check_self_trade_prevention_type(
                    w.self_trade_prevention_type,
                    "self_trade_prevention_type",
                    received=True,
                )
            )
        margin_user_order_payload_msg.order_group_id = w.order_group_id
        margin_user_order_payload_msg.expiration_ts_ms = w.expiration_ts_ms
        margin_user_order_payload_msg.last_updated_ts_ms = w.last_updated_ts_ms
        margin_user_order_payload_msg.subaccount_number = w.subaccount_number
        margin_user_order_payload_msg.additional_properties = w._extras()
        margin_user_order_payload_msg._deviations = None
        return margin_user_order_payload_msg

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
