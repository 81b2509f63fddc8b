from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.amend_order_request_action import (
    AMEND_ORDER_REQUEST_ACTION_VALUES,
    AmendOrderRequestAction,
    check_amend_order_request_action,
)
from ..models.amend_order_request_side import (
    AMEND_ORDER_REQUEST_SIDE_VALUES,
    AmendOrderRequestSide,
    check_amend_order_request_side,
)
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
    to_count_or_none_or_unset,
    to_dollars_or_unset,
)

T = TypeVar("T", bound="AmendOrderRequest")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class AmendOrderRequest:
    """Attributes:
    ticker (str): Market ticker
    side (AmendOrderRequestSide): Side of the order
    action (AmendOrderRequestAction): Action of the order
    subaccount (int | Unset): Optional subaccount number to use for this amendment (0 for primary, 1-63 for
        subaccounts) Default: 0.
    client_order_id (str | Unset): The original client-specified order ID to be amended
    updated_client_order_id (str | Unset): The new client-specified order ID after amendment
    yes_price (int | Unset): Updated yes price for the order in cents
    no_price (int | Unset): Updated no price for the order in cents
    yes_price_dollars (Decimal | Unset): Fixed-point US dollar string. Most request fields accept 2-4 decimal places
        (e.g., \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    no_price_dollars (Decimal | Unset): Fixed-point US dollar string. Most request fields accept 2-4 decimal places
        (e.g., \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    count (int | Unset): Updated quantity for the order (whole contracts only). If updating quantity, provide count
        or count_fp; if both provided they must match.
    count_fp (None | Decimal | Unset): String representation of the updated quantity for the order. If updating
        quantity, provide count or count_fp; if both provided they must match.
    exchange_index (int | Unset): Identifier for an exchange shard. Default: 0.
    """

    ticker: str

    side: AmendOrderRequestSide

    action: AmendOrderRequestAction

    subaccount: int | Unset = 0

    client_order_id: str | Unset = UNSET

    updated_client_order_id: str | Unset = UNSET

    yes_price: int | Unset = UNSET

    no_price: int | Unset = UNSET

    yes_price_dollars: Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_dollars_or_unset
    )

    no_price_dollars: Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_dollars_or_unset
    )

    count: int | Unset = UNSET

    count_fp: None | Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_count_or_none_or_unset
    )

    exchange_index: int | Unset = 0

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
            _side: str = check_amend_order_request_side(self.side, "side")
            field_dict["side"] = _side
        if isinstance(self.action, Unset):
            pass
        elif self.action is None:  # a null the spec does not allow, kept as received
            field_dict["action"] = None
        else:
            _action: str = check_amend_order_request_action(self.action, "action")
            field_dict["action"] = _action
        if isinstance(self.subaccount, Unset):
            pass
        elif (
            self.subaccount is None
        ):  # a null the spec does not allow, kept as received
            field_dict["subaccount"] = None
        else:
            field_dict["subaccount"] = self.subaccount
        if isinstance(self.client_order_id, Unset):
            pass
        elif (
            self.client_order_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["client_order_id"] = None
        else:
            field_dict["client_order_id"] = self.client_order_id
        if isinstance(self.updated_client_order_id, Unset):
            pass
        elif (
            self.updated_client_order_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["updated_client_order_id"] = None
        else:
            field_dict["updated_client_order_id"] = self.updated_client_order_id
        if isinstance(self.yes_price, Unset):
            pass
        elif self.yes_price is None:  # a null the spec does not allow, kept as received
            field_dict["yes_price"] = None
        else:
            field_dict["yes_price"] = self.yes_price
        if isinstance(self.no_price, Unset):
            pass
        elif self.no_price is None:  # a null the spec does not allow, kept as received
            field_dict["no_price"] = None
        else:
            field_dict["no_price"] = self.no_price
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
        if isinstance(self.no_price_dollars, Unset):
            pass
        elif (
            self.no_price_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["no_price_dollars"] = None
        else:
            field_dict["no_price_dollars"] = fixed_point_text(
                self.no_price_dollars, "no_price_dollars", counts=False
            )
        if isinstance(self.count, Unset):
            pass
        elif self.count is None:  # a null the spec does not allow, kept as received
            field_dict["count"] = None
        else:
            field_dict["count"] = self.count
        if isinstance(self.count_fp, Unset):
            pass
        else:
            field_dict["count_fp"] = (
                None
                if self.count_fp is None
                else fixed_point_text(self.count_fp, "count_fp", counts=True)
            )
        if isinstance(self.exchange_index, Unset):
            pass
        elif (
            self.exchange_index is None
        ):  # a null the spec does not allow, kept as received
            field_dict["exchange_index"] = None
        else:
            field_dict["exchange_index"] = self.exchange_index
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
            _v = _get("ticker", UNSET)
            _f_ticker: Any
            if type(_v) is str:
                _f_ticker = _v

            elif _v is UNSET:
                _f_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "AmendOrderRequest", "ticker", "missing"
                )
            elif _v is None:
                _f_ticker = None
                _deviations = record_deviation(
                    _deviations, "AmendOrderRequest", "ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("ticker", "str", _v)
                _f_ticker = _v

            _v = _get("side", UNSET)
            _f_side: Any
            if type(_v) is str and _v in AMEND_ORDER_REQUEST_SIDE_VALUES:
                _f_side = _v

            elif _v is UNSET:
                _f_side = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "AmendOrderRequest", "side", "missing"
                )
            elif _v is None:
                _f_side = None
                _deviations = record_deviation(
                    _deviations, "AmendOrderRequest", "side", "null"
                )
            else:
                _f_side = check_amend_order_request_side(_v, "side", received=True)

            _v = _get("action", UNSET)
            _f_action: Any
            if type(_v) is str and _v in AMEND_ORDER_REQUEST_ACTION_VALUES:
                _f_action = _v

            elif _v is UNSET:
                _f_action = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "AmendOrderRequest", "action", "missing"
                )
            elif _v is None:
                _f_action = None
                _deviations = record_deviation(
                    _deviations, "AmendOrderRequest", "action", "null"
                )
            else:
                _f_action = check_amend_order_request_action(
                    _v, "action", received=True
                )

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
                    _deviations, "AmendOrderRequest", "subaccount", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("subaccount", "int", _v)
                _f_subaccount = _v

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
                    _deviations, "AmendOrderRequest", "client_order_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("client_order_id", "str", _v)
                _f_client_order_id = _v

            _v = _get("updated_client_order_id", UNSET)
            _f_updated_client_order_id: Any
            if type(_v) is str:
                _f_updated_client_order_id = _v

            elif _v is UNSET:
                _f_updated_client_order_id = UNSET
                _absent += 1
            elif _v is None:
                _f_updated_client_order_id = None
                _deviations = record_deviation(
                    _deviations, "AmendOrderRequest", "updated_client_order_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("updated_client_order_id", "str", _v)
                _f_updated_client_order_id = _v

            _v = _get("yes_price", UNSET)
            _f_yes_price: Any
            if type(_v) is int:
                _f_yes_price = _v

            elif _v is UNSET:
                _f_yes_price = UNSET
                _absent += 1
            elif _v is None:
                _f_yes_price = None
                _deviations = record_deviation(
                    _deviations, "AmendOrderRequest", "yes_price", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("yes_price", "int", _v)
                _f_yes_price = _v

            _v = _get("no_price", UNSET)
            _f_no_price: Any
            if type(_v) is int:
                _f_no_price = _v

            elif _v is UNSET:
                _f_no_price = UNSET
                _absent += 1
            elif _v is None:
                _f_no_price = None
                _deviations = record_deviation(
                    _deviations, "AmendOrderRequest", "no_price", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("no_price", "int", _v)
                _f_no_price = _v

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
            elif _v is None:
                _f_yes_price_dollars = None
                _deviations = record_deviation(
                    _deviations, "AmendOrderRequest", "yes_price_dollars", "null"
                )
            else:
                _f_yes_price_dollars = parse_fixed_point(_v, "yes_price_dollars")

            _v = _get("no_price_dollars", UNSET)
            _f_no_price_dollars: Any
            if type(_v) is str:
                try:
                    _f_no_price_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_no_price_dollars = parse_fixed_point(_v, "no_price_dollars")

            elif _v is UNSET:
                _f_no_price_dollars = UNSET
                _absent += 1
            elif _v is None:
                _f_no_price_dollars = None
                _deviations = record_deviation(
                    _deviations, "AmendOrderRequest", "no_price_dollars", "null"
                )
            else:
                _f_no_price_dollars = parse_fixed_point(_v, "no_price_dollars")

            _v = _get("count", UNSET)
            _f_count: Any
            if type(_v) is int:
                _f_count = _v

            elif _v is UNSET:
                _f_count = UNSET
                _absent += 1
            elif _v is None:
                _f_count = None
                _deviations = record_deviation(
                    _deviations, "AmendOrderRequest", "count", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("count", "int", _v)
                _f_count = _v

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
            else:
                if _v is None:
                    _f_count_fp = None
                else:
                    _f_count_fp = parse_fixed_point(_v, "count_fp")

            _v = _get("exchange_index", UNSET)
            _f_exchange_index: Any
            if type(_v) is int:
                _f_exchange_index = _v

            elif _v is UNSET:
                _f_exchange_index = UNSET
                _absent += 1
            elif _v is None:
                _f_exchange_index = None
                _deviations = record_deviation(
                    _deviations, "AmendOrderRequest", "exchange_index", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("exchange_index", "int", _v)
                _f_exchange_index = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        amend_order_request = _new(cls)
        amend_order_request.ticker = _f_ticker
        amend_order_request.side = _f_side
        amend_order_request.action = _f_action
        amend_order_request.subaccount = _f_subaccount
        amend_order_request.client_order_id = _f_client_order_id
        amend_order_request.updated_client_order_id = _f_updated_client_order_id
        amend_order_request.yes_price = _f_yes_price
        amend_order_request.no_price = _f_no_price
        amend_order_request.yes_price_dollars = _f_yes_price_dollars
        amend_order_request.no_price_dollars = _f_no_price_dollars
        amend_order_request.count = _f_count
        amend_order_request.count_fp = _f_count_fp
        amend_order_request.exchange_index = _f_exchange_index
        if len(src_dict) + _absent > 13:
            _known: set[str] = {
                "ticker",
                "side",
                "action",
                "subaccount",
                "client_order_id",
                "updated_client_order_id",
                "yes_price",
                "no_price",
                "yes_price_dollars",
                "no_price_dollars",
                "count",
                "count_fp",
                "exchange_index",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            amend_order_request.additional_properties = _extra_found
        else:
            amend_order_request.additional_properties = {}
        amend_order_request._deviations = _deviations
        return amend_order_request

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("ticker", "ticker", str, True, None),
            ("side", "side", str, True, None),
            ("action", "action", str, True, None),
            ("subaccount", "subaccount", int, False, None),
            ("client_order_id", "client_order_id", str, False, None),
            ("updated_client_order_id", "updated_client_order_id", str, False, None),
            ("yes_price", "yes_price", int, False, None),
            ("no_price", "no_price", int, False, None),
            ("yes_price_dollars", "yes_price_dollars", str, False, None),
            ("no_price_dollars", "no_price_dollars", str, False, None),
            ("count", "count", int, False, None),
            ("count_fp", "count_fp", str | None, False, None),
            ("exchange_index", "exchange_index", int, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        amend_order_request = _new(cls)
        amend_order_request.ticker = w.ticker
        amend_order_request.side = (
            w.side
            if w.side in AMEND_ORDER_REQUEST_SIDE_VALUES
            else check_amend_order_request_side(w.side, "side", received=True)
        )
        amend_order_request.action = (
            w.action
            if w.action in AMEND_ORDER_REQUEST_ACTION_VALUES
            else check_amend_order_request_action(w.action, "action", received=True)
        )
        amend_order_request.subaccount = w.subaccount
        amend_order_request.client_order_id = w.client_order_id
        amend_order_request.updated_client_order_id = w.updated_client_order_id
        amend_order_request.yes_price = w.yes_price
        amend_order_request.no_price = w.no_price
        if w.yes_price_dollars is UNSET:
            amend_order_request.yes_price_dollars = w.yes_price_dollars
        else:
            try:
                amend_order_request.yes_price_dollars = FIXED_POINT[w.yes_price_dollars]
            except KeyError:
                amend_order_request.yes_price_dollars = parse_fixed_point(
                    w.yes_price_dollars, "yes_price_dollars"
                )
        if w.no_price_dollars is UNSET:
            amend_order_request.no_price_dollars = w.no_price_dollars
        else:
            try:
                amend_order_request.no_price_dollars = FIXED_POINT[w.no_price_dollars]
            except KeyError:
                amend_order_request.no_price_dollars = parse_fixed_point(
                    w.no_price_dollars, "no_price_dollars"
                )
        amend_order_request.count = w.count
        if w.count_fp is UNSET or w.count_fp is None:
            amend_order_request.count_fp = w.count_fp
        else:
            try:
                amend_order_request.count_fp = FIXED_POINT[w.count_fp]
            except KeyError:
                amend_order_request.count_fp = parse_fixed_point(w.count_fp, "count_fp")
        amend_order_request.exchange_index = w.exchange_index
        amend_order_request.additional_properties = w._extras()
        amend_order_request._deviations = None
        return amend_order_request

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
