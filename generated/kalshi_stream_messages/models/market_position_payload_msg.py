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
    to_count,
    to_dollars,
)

T = TypeVar("T", bound="MarketPositionPayloadMsg")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class MarketPositionPayloadMsg:
    """Attributes:
    user_id (str): User ID for the position
    market_ticker (str): Unique market identifier
    position_fp (Decimal): Fixed-point net position (2 decimals)
    position_cost (int): Current cost basis of the position in centi-cents (1/10,000th of a dollar)
    position_cost_dollars (Decimal): Current cost basis of the position as a fixed-point dollar string
    realized_pnl (int): Realized profit/loss in centi-cents
    realized_pnl_dollars (Decimal): Realized profit/loss as a fixed-point dollar string
    fees_paid (int): Total fees paid in centi-cents
    fees_paid_dollars (Decimal): Total fees paid as a fixed-point dollar string
    position_fee_cost (int): Total position fee cost in centi-cents
    position_fee_cost_dollars (Decimal): Total position fee cost as a fixed-point dollar string
    volume_fp (Decimal): Fixed-point total volume traded (2 decimals)
    subaccount (int | Unset): Optional subaccount number for the position
    """

    user_id: str

    market_ticker: str

    position_fp: Decimal = _attrs_field(converter=to_count)

    position_cost: int

    position_cost_dollars: Decimal = _attrs_field(converter=to_dollars)

    realized_pnl: int

    realized_pnl_dollars: Decimal = _attrs_field(converter=to_dollars)

    fees_paid: int

    fees_paid_dollars: Decimal = _attrs_field(converter=to_dollars)

    position_fee_cost: int

    position_fee_cost_dollars: Decimal = _attrs_field(converter=to_dollars)

    volume_fp: Decimal = _attrs_field(converter=to_count)

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
        if isinstance(self.user_id, Unset):
            pass
        elif self.user_id is None:  # a null the spec does not allow, kept as received
            field_dict["user_id"] = None
        else:
            field_dict["user_id"] = self.user_id
        if isinstance(self.market_ticker, Unset):
            pass
        elif (
            self.market_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["market_ticker"] = None
        else:
            field_dict["market_ticker"] = self.market_ticker
        if isinstance(self.position_fp, Unset):
            pass
        elif (
            self.position_fp is None
        ):  # a null the spec does not allow, kept as received
            field_dict["position_fp"] = None
        else:
            field_dict["position_fp"] = fixed_point_text(
                self.position_fp, "position_fp", counts=True
            )
        if isinstance(self.position_cost, Unset):
            pass
        elif (
            self.position_cost is None
        ):  # a null the spec does not allow, kept as received
            field_dict["position_cost"] = None
        else:
            field_dict["position_cost"] = self.position_cost
        if isinstance(self.position_cost_dollars, Unset):
            pass
        elif (
            self.position_cost_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["position_cost_dollars"] = None
        else:
            field_dict["position_cost_dollars"] = fixed_point_text(
                self.position_cost_dollars, "position_cost_dollars", counts=False
            )
        if isinstance(self.realized_pnl, Unset):
            pass
        elif (
            self.realized_pnl is None
        ):  # a null the spec does not allow, kept as received
            field_dict["realized_pnl"] = None
        else:
            field_dict["realized_pnl"] = self.realized_pnl
        if isinstance(self.realized_pnl_dollars, Unset):
            pass
        elif (
            self.realized_pnl_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["realized_pnl_dollars"] = None
        else:
            field_dict["realized_pnl_dollars"] = fixed_point_text(
                self.realized_pnl_dollars, "realized_pnl_dollars", counts=False
            )
        if isinstance(self.fees_paid, Unset):
            pass
        elif self.fees_paid is None:  # a null the spec does not allow, kept as received
            field_dict["fees_paid"] = None
        else:
            field_dict["fees_paid"] = self.fees_paid
        if isinstance(self.fees_paid_dollars, Unset):
            pass
        elif (
            self.fees_paid_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["fees_paid_dollars"] = None
        else:
            field_dict["fees_paid_dollars"] = fixed_point_text(
                self.fees_paid_dollars, "fees_paid_dollars", counts=False
            )
        if isinstance(self.position_fee_cost, Unset):
            pass
        elif (
            self.position_fee_cost is None
        ):  # a null the spec does not allow, kept as received
            field_dict["position_fee_cost"] = None
        else:
            field_dict["position_fee_cost"] = self.position_fee_cost
        if isinstance(self.position_fee_cost_dollars, Unset):
            pass
        elif (
            self.position_fee_cost_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["position_fee_cost_dollars"] = None
        else:
            field_dict["position_fee_cost_dollars"] = fixed_point_text(
                self.position_fee_cost_dollars,
                "position_fee_cost_dollars",
                counts=False,
            )
        if isinstance(self.volume_fp, Unset):
            pass
        elif self.volume_fp is None:  # a null the spec does not allow, kept as received
            field_dict["volume_fp"] = None
        else:
            field_dict["volume_fp"] = fixed_point_text(
                self.volume_fp, "volume_fp", counts=True
            )
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
            _v = _get("user_id", UNSET)
            _f_user_id: Any
            if type(_v) is str:
                _f_user_id = _v

            elif _v is UNSET:
                _f_user_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarketPositionPayloadMsg", "user_id", "missing"
                )
            elif _v is None:
                _f_user_id = None
                _deviations = record_deviation(
                    _deviations, "MarketPositionPayloadMsg", "user_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("user_id", "str", _v)
                _f_user_id = _v

            _v = _get("market_ticker", UNSET)
            _f_market_ticker: Any
            if type(_v) is str:
                _f_market_ticker = _v

            elif _v is UNSET:
                _f_market_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarketPositionPayloadMsg", "market_ticker", "missing"
                )
            elif _v is None:
                _f_market_ticker = None
                _deviations = record_deviation(
                    _deviations, "MarketPositionPayloadMsg", "market_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("market_ticker", "str", _v)
                _f_market_ticker = _v

            _v = _get("position_fp", UNSET)
            _f_position_fp: Any
            if type(_v) is str:
                try:
                    _f_position_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_position_fp = parse_fixed_point(_v, "position_fp")

            elif _v is UNSET:
                _f_position_fp = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarketPositionPayloadMsg", "position_fp", "missing"
                )
            elif _v is None:
                _f_position_fp = None
                _deviations = record_deviation(
                    _deviations, "MarketPositionPayloadMsg", "position_fp", "null"
                )
            else:
                _f_position_fp = parse_fixed_point(_v, "position_fp")

            _v = _get("position_cost", UNSET)
            _f_position_cost: Any
            if type(_v) is int:
                _f_position_cost = _v

            elif _v is UNSET:
                _f_position_cost = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarketPositionPayloadMsg", "position_cost", "missing"
                )
            elif _v is None:
                _f_position_cost = None
                _deviations = record_deviation(
                    _deviations, "MarketPositionPayloadMsg", "position_cost", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("position_cost", "int", _v)
                _f_position_cost = _v

            _v = _get("position_cost_dollars", UNSET)
            _f_position_cost_dollars: Any
            if type(_v) is str:
                try:
                    _f_position_cost_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_position_cost_dollars = parse_fixed_point(
                        _v, "position_cost_dollars"
                    )

            elif _v is UNSET:
                _f_position_cost_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "MarketPositionPayloadMsg",
                    "position_cost_dollars",
                    "missing",
                )
            elif _v is None:
                _f_position_cost_dollars = None
                _deviations = record_deviation(
                    _deviations,
                    "MarketPositionPayloadMsg",
                    "position_cost_dollars",
                    "null",
                )
            else:
                _f_position_cost_dollars = parse_fixed_point(
                    _v, "position_cost_dollars"
                )

            _v = _get("realized_pnl", UNSET)
            _f_realized_pnl: Any
            if type(_v) is int:
                _f_realized_pnl = _v

            elif _v is UNSET:
                _f_realized_pnl = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarketPositionPayloadMsg", "realized_pnl", "missing"
                )
            elif _v is None:
                _f_realized_pnl = None
                _deviations = record_deviation(
                    _deviations, "MarketPositionPayloadMsg", "realized_pnl", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("realized_pnl", "int", _v)
                _f_realized_pnl = _v

            _v = _get("realized_pnl_dollars", UNSET)
            _f_realized_pnl_dollars: Any
            if type(_v) is str:
                try:
                    _f_realized_pnl_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_realized_pnl_dollars = parse_fixed_point(
                        _v, "realized_pnl_dollars"
                    )

            elif _v is UNSET:
                _f_realized_pnl_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "MarketPositionPayloadMsg",
                    "realized_pnl_dollars",
                    "missing",
                )
            elif _v is None:
                _f_realized_pnl_dollars = None
                _deviations = record_deviation(
                    _deviations,
                    "MarketPositionPayloadMsg",
                    "realized_pnl_dollars",
                    "null",
                )
            else:
                _f_realized_pnl_dollars = parse_fixed_point(_v, "realized_pnl_dollars")

            _v = _get("fees_paid", UNSET)
            _f_fees_paid: Any
            if type(_v) is int:
                _f_fees_paid = _v

            elif _v is UNSET:
                _f_fees_paid = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarketPositionPayloadMsg", "fees_paid", "missing"
                )
            elif _v is None:
                _f_fees_paid = None
                _deviations = record_deviation(
                    _deviations, "MarketPositionPayloadMsg", "fees_paid", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("fees_paid", "int", _v)
                _f_fees_paid = _v

            _v = _get("fees_paid_dollars", UNSET)
            _f_fees_paid_dollars: Any
            if type(_v) is str:
                try:
                    _f_fees_paid_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_fees_paid_dollars = parse_fixed_point(_v, "fees_paid_dollars")

            elif _v is UNSET:
                _f_fees_paid_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "MarketPositionPayloadMsg",
                    "fees_paid_dollars",
                    "missing",
                )
            elif _v is None:
                _f_fees_paid_dollars = None
                _deviations = record_deviation(
                    _deviations, "MarketPositionPayloadMsg", "fees_paid_dollars", "null"
                )
            else:
                _f_fees_paid_dollars = parse_fixed_point(_v, "fees_paid_dollars")

            _v = _get("position_fee_cost", UNSET)
            _f_position_fee_cost: Any
            if type(_v) is int:
                _f_position_fee_cost = _v

            elif _v is UNSET:
                _f_position_fee_cost = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "MarketPositionPayloadMsg",
                    "position_fee_cost",
                    "missing",
                )
            elif _v is None:
                _f_position_fee_cost = None
                _deviations = record_deviation(
                    _deviations, "MarketPositionPayloadMsg", "position_fee_cost", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("position_fee_cost", "int", _v)
                _f_position_fee_cost = _v

            _v = _get("position_fee_cost_dollars", UNSET)
            _f_position_fee_cost_dollars: Any
            if type(_v) is str:
                try:
                    _f_position_fee_cost_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_position_fee_cost_dollars = parse_fixed_point(
                        _v, "position_fee_cost_dollars"
                    )

            elif _v is UNSET:
                _f_position_fee_cost_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "MarketPositionPayloadMsg",
                    "position_fee_cost_dollars",
                    "missing",
                )
            elif _v is None:
                _f_position_fee_cost_dollars = None
                _deviations = record_deviation(
                    _deviations,
                    "MarketPositionPayloadMsg",
                    "position_fee_cost_dollars",
                    "null",
                )
            else:
                _f_position_fee_cost_dollars = parse_fixed_point(
                    _v, "position_fee_cost_dollars"
                )

            _v = _get("volume_fp", UNSET)
            _f_volume_fp: Any
            if type(_v) is str:
                try:
                    _f_volume_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_volume_fp = parse_fixed_point(_v, "volume_fp")

            elif _v is UNSET:
                _f_volume_fp = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarketPositionPayloadMsg", "volume_fp", "missing"
                )
            elif _v is None:
                _f_volume_fp = None
                _deviations = record_deviation(
                    _deviations, "MarketPositionPayloadMsg", "volume_fp", "null"
                )
            else:
                _f_volume_fp = parse_fixed_point(_v, "volume_fp")

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
                    _deviations, "MarketPositionPayloadMsg", "subaccount", "null"
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
        market_position_payload_msg = _new(cls)
        market_position_payload_msg.user_id = _f_user_id
        market_position_payload_msg.market_ticker = _f_market_ticker
        market_position_payload_msg.position_fp = _f_position_fp
        market_position_payload_msg.position_cost = _f_position_cost
        market_position_payload_msg.position_cost_dollars = _f_position_cost_dollars
        market_position_payload_msg.realized_pnl = _f_realized_pnl
        market_position_payload_msg.realized_pnl_dollars = _f_realized_pnl_dollars
        market_position_payload_msg.fees_paid = _f_fees_paid
        market_position_payload_msg.fees_paid_dollars = _f_fees_paid_dollars
        market_position_payload_msg.position_fee_cost = _f_position_fee_cost
        market_position_payload_msg.position_fee_cost_dollars = (
            _f_position_fee_cost_dollars
        )
        market_position_payload_msg.volume_fp = _f_volume_fp
        market_position_payload_msg.subaccount = _f_subaccount
        if len(src_dict) + _absent > 13:
            _known: set[str] = {
                "user_id",
                "market_ticker",
                "position_fp",
                "position_cost",
                "position_cost_dollars",
                "realized_pnl",
                "realized_pnl_dollars",
                "fees_paid",
                "fees_paid_dollars",
                "position_fee_cost",
                "position_fee_cost_dollars",
                "volume_fp",
                "subaccount",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            market_position_payload_msg.additional_properties = _extra_found
        else:
            market_position_payload_msg.additional_properties = {}
        market_position_payload_msg._deviations = _deviations
        return market_position_payload_msg

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("user_id", "user_id", str, True, None),
            ("market_ticker", "market_ticker", str, True, None),
            ("position_fp", "position_fp", str, True, None),
            ("position_cost", "position_cost", int, True, None),
            ("position_cost_dollars", "position_cost_dollars", str, True, None),
            ("realized_pnl", "realized_pnl", int, True, None),
            ("realized_pnl_dollars", "realized_pnl_dollars", str, True, None),
            ("fees_paid", "fees_paid", int, True, None),
            ("fees_paid_dollars", "fees_paid_dollars", str, True, None),
            ("position_fee_cost", "position_fee_cost", int, True, None),
            ("position_fee_cost_dollars", "position_fee_cost_dollars", str, True, None),
            ("volume_fp", "volume_fp", str, True, None),
            ("subaccount", "subaccount", int, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        market_position_payload_msg = _new(cls)
        market_position_payload_msg.user_id = w.user_id
        market_position_payload_msg.market_ticker = w.market_ticker
        try:
            market_position_payload_msg.position_fp = FIXED_POINT[w.position_fp]
        except KeyError:
            market_position_payload_msg.position_fp = parse_fixed_point(
                w.position_fp, "position_fp"
            )
        market_position_payload_msg.position_cost = w.position_cost
        try:
            market_position_payload_msg.position_cost_dollars = FIXED_POINT[
                w.position_cost_dollars
            ]
        except KeyError:
            market_position_payload_msg.position_cost_dollars = parse_fixed_point(
                w.position_cost_dollars, "position_cost_dollars"
            )
        market_position_payload_msg.realized_pnl = w.realized_pnl
        try:
            market_position_payload_msg.realized_pnl_dollars = FIXED_POINT[
                w.realized_pnl_dollars
            ]
        except KeyError:
            market_position_payload_msg.realized_pnl_dollars = parse_fixed_point(
                w.realized_pnl_dollars, "realized_pnl_dollars"
            )
        market_position_payload_msg.fees_paid = w.fees_paid
        try:
            market_position_payload_msg.fees_paid_dollars = FIXED_POINT[
                w.fees_paid_dollars
            ]
        except KeyError:
            market_position_payload_msg.fees_paid_dollars = parse_fixed_point(
                w.fees_paid_dollars, "fees_paid_dollars"
            )
        market_position_payload_msg.position_fee_cost = w.position_fee_cost
        try:
            market_position_payload_msg.position_fee_cost_dollars = FIXED_POINT[
                w.position_fee_cost_dollars
            ]
        except KeyError:
            market_position_payload_msg.position_fee_cost_dollars = parse_fixed_point(
                w.position_fee_cost_dollars, "position_fee_cost_dollars"
            )
        try:
            market_position_payload_msg.volume_fp = FIXED_POINT[w.volume_fp]
        except KeyError:
            market_position_payload_msg.volume_fp = parse_fixed_point(
                w.volume_fp, "volume_fp"
            )
        market_position_payload_msg.subaccount = w.subaccount
        market_position_payload_msg.additional_properties = w._extras()
        market_position_payload_msg._deviations = None
        return market_position_payload_msg

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
