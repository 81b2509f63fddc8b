from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.outcome_side import OUTCOME_SIDE_VALUES, OutcomeSide, check_outcome_side
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
    to_dollars_or_unset,
)

T = TypeVar("T", bound="FcmFill")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class FcmFill:
    """Attributes:
    fill_id (str): Fill ID.
    exchange_index (int): Identifier for an exchange shard.
    ticker (str): Market ticker.
    taker_outcome_side (OutcomeSide): Outcome side.
    count_fp (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\" in field
        names). Requests accept 0-2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2 decimals.
        Fractional contract values (e.g., \"2.50\") are supported; the minimum granularity is 0.01 contracts. Example:
        10.00.
    yes_price_dollars (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    created_time (datetime.datetime | Unset): Fill execution time.
    maker_order_id (str | Unset): Maker order ID when owned by the FCM.
    maker_subtrader_id (str | Unset): Maker subtrader ID when owned by the FCM.
    maker_fee_cost (Decimal | Unset): Fixed-point US dollar string. Most request fields accept 2-4 decimal places
        (e.g., \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    taker_order_id (str | Unset): Taker order ID when owned by the FCM.
    taker_subtrader_id (str | Unset): Taker subtrader ID when owned by the FCM.
    taker_fee_cost (Decimal | Unset): Fixed-point US dollar string. Most request fields accept 2-4 decimal places
        (e.g., \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    """

    fill_id: str

    exchange_index: int

    ticker: str

    taker_outcome_side: OutcomeSide

    count_fp: Decimal = _attrs_field(converter=to_count)

    yes_price_dollars: Decimal = _attrs_field(converter=to_dollars)

    created_time: datetime.datetime | Unset = UNSET

    maker_order_id: str | Unset = UNSET

    maker_subtrader_id: str | Unset = UNSET

    maker_fee_cost: Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_dollars_or_unset
    )

    taker_order_id: str | Unset = UNSET

    taker_subtrader_id: str | Unset = UNSET

    taker_fee_cost: Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_dollars_or_unset
    )

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
        if isinstance(self.fill_id, Unset):
            pass
        elif self.fill_id is None:  # a null the spec does not allow, kept as received
            field_dict["fill_id"] = None
        else:
            field_dict["fill_id"] = self.fill_id
        if isinstance(self.exchange_index, Unset):
            pass
        elif (
            self.exchange_index is None
        ):  # a null the spec does not allow, kept as received
            field_dict["exchange_index"] = None
        else:
            field_dict["exchange_index"] = self.exchange_index
        if isinstance(self.ticker, Unset):
            pass
        elif self.ticker is None:  # a null the spec does not allow, kept as received
            field_dict["ticker"] = None
        else:
            field_dict["ticker"] = self.ticker
        if isinstance(self.taker_outcome_side, Unset):
            pass
        elif (
            self.taker_outcome_side is None
        ):  # a null the spec does not allow, kept as received
            field_dict["taker_outcome_side"] = None
        else:
            _taker_outcome_side: str = check_outcome_side(
                self.taker_outcome_side, "taker_outcome_side"
            )
            field_dict["taker_outcome_side"] = _taker_outcome_side
        if isinstance(self.count_fp, Unset):
            pass
        elif self.count_fp is None:  # a null the spec does not allow, kept as received
            field_dict["count_fp"] = None
        else:
            field_dict["count_fp"] = fixed_point_text(
                self.count_fp, "count_fp", counts=True
            )
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
        if isinstance(self.created_time, Unset):
            pass
        elif (
            self.created_time is None
        ):  # a null the spec does not allow, kept as received
            field_dict["created_time"] = None
        else:
            _created_time: str | Unset = UNSET
            if not isinstance(self.created_time, Unset):
                _created_time = self.created_time.isoformat()
            field_dict["created_time"] = _created_time
        if isinstance(self.maker_order_id, Unset):
            pass
        elif (
            self.maker_order_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["maker_order_id"] = None
        else:
            field_dict["maker_order_id"] = self.maker_order_id
        if isinstance(self.maker_subtrader_id, Unset):
            pass
        elif (
            self.maker_subtrader_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["maker_subtrader_id"] = None
        else:
            field_dict["maker_subtrader_id"] = self.maker_subtrader_id
        if isinstance(self.maker_fee_cost, Unset):
            pass
        elif (
            self.maker_fee_cost is None
        ):  # a null the spec does not allow, kept as received
            field_dict["maker_fee_cost"] = None
        else:
            field_dict["maker_fee_cost"] = fixed_point_text(
                self.maker_fee_cost, "maker_fee_cost", counts=False
            )
        if isinstance(self.taker_order_id, Unset):
            pass
        elif (
            self.taker_order_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["taker_order_id"] = None
        else:
            field_dict["taker_order_id"] = self.taker_order_id
        if isinstance(self.taker_subtrader_id, Unset):
            pass
        elif (
            self.taker_subtrader_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["taker_subtrader_id"] = None
        else:
            field_dict["taker_subtrader_id"] = self.taker_subtrader_id
        if isinstance(self.taker_fee_cost, Unset):
            pass
        elif (
            self.taker_fee_cost is None
        ):  # a null the spec does not allow, kept as received
            field_dict["taker_fee_cost"] = None
        else:
            field_dict["taker_fee_cost"] = fixed_point_text(
                self.taker_fee_cost, "taker_fee_cost", counts=False
            )
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
            _v = _get("fill_id", UNSET)
            _f_fill_id: Any
            if type(_v) is str:
                _f_fill_id = _v

            elif _v is UNSET:
                _f_fill_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "FcmFill", "fill_id", "missing"
                )
            elif _v is None:
                _f_fill_id = None
                _deviations = record_deviation(
                    _deviations, "FcmFill", "fill_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("fill_id", "str", _v)
                _f_fill_id = _v

            _v = _get("exchange_index", UNSET)
            _f_exchange_index: Any
            if type(_v) is int:
                _f_exchange_index = _v

            elif _v is UNSET:
                _f_exchange_index = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "FcmFill", "exchange_index", "missing"
                )
            elif _v is None:
                _f_exchange_index = None
                _deviations = record_deviation(
                    _deviations, "FcmFill", "exchange_index", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("exchange_index", "int", _v)
                _f_exchange_index = _v

            _v = _get("ticker", UNSET)
            _f_ticker: Any
            if type(_v) is str:
                _f_ticker = _v

            elif _v is UNSET:
                _f_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "FcmFill", "ticker", "missing"
                )
            elif _v is None:
                _f_ticker = None
                _deviations = record_deviation(_deviations, "FcmFill", "ticker", "null")
            else:
                if type(_v) is not str:
                    raise BadValue("ticker", "str", _v)
                _f_ticker = _v

            _v = _get("taker_outcome_side", UNSET)
            _f_taker_outcome_side: Any
            if type(_v) is str and _v in OUTCOME_SIDE_VALUES:
                _f_taker_outcome_side = _v

            elif _v is UNSET:
                _f_taker_outcome_side = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "FcmFill", "taker_outcome_side", "missing"
                )
            elif _v is None:
                _f_taker_outcome_side = None
                _deviations = record_deviation(
                    _deviations, "FcmFill", "taker_outcome_side", "null"
                )
            else:
                _f_taker_outcome_side = check_outcome_side(
                    _v, "taker_outcome_side", received=True
                )

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
                    _deviations, "FcmFill", "count_fp", "missing"
                )
            elif _v is None:
                _f_count_fp = None
                _deviations = record_deviation(
                    _deviations, "FcmFill", "count_fp", "null"
                )
            else:
                _f_count_fp = parse_fixed_point(_v, "count_fp")

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
                    _deviations, "FcmFill", "yes_price_dollars", "missing"
                )
            elif _v is None:
                _f_yes_price_dollars = None
                _deviations = record_deviation(
                    _deviations, "FcmFill", "yes_price_dollars", "null"
                )
            else:
                _f_yes_price_dollars = parse_fixed_point(_v, "yes_price_dollars")

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
            elif _v is None:
                _f_created_time = None
                _deviations = record_deviation(
                    _deviations, "FcmFill", "created_time", "null"
                )
            else:
                _f_created_time = parse_datetime(_v, "created_time")

            _v = _get("maker_order_id", UNSET)
            _f_maker_order_id: Any
            if type(_v) is str:
                _f_maker_order_id = _v

            elif _v is UNSET:
                _f_maker_order_id = UNSET
                _absent += 1
            elif _v is None:
                _f_maker_order_id = None
                _deviations = record_deviation(
                    _deviations, "FcmFill", "maker_order_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("maker_order_id", "str", _v)
                _f_maker_order_id = _v

            _v = _get("maker_subtrader_id", UNSET)
            _f_maker_subtrader_id: Any
            if type(_v) is str:
                _f_maker_subtrader_id = _v

            elif _v is UNSET:
                _f_maker_subtrader_id = UNSET
                _absent += 1
            elif _v is None:
                _f_maker_subtrader_id = None
                _deviations = record_deviation(
                    _deviations, "FcmFill", "maker_subtrader_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("maker_subtrader_id", "str", _v)
                _f_maker_subtrader_id = _v

            _v = _get("maker_fee_cost", UNSET)
            _f_maker_fee_cost: Any
            if type(_v) is str:
                try:
                    _f_maker_fee_cost = FIXED_POINT[_v]
                except KeyError:
                    _f_maker_fee_cost = parse_fixed_point(_v, "maker_fee_cost")

            elif _v is UNSET:
                _f_maker_fee_cost = UNSET
                _absent += 1
            elif _v is None:
                _f_maker_fee_cost = None
                _deviations = record_deviation(
                    _deviations, "FcmFill", "maker_fee_cost", "null"
                )
            else:
                _f_maker_fee_cost = parse_fixed_point(_v, "maker_fee_cost")

            _v = _get("taker_order_id", UNSET)
            _f_taker_order_id: Any
            if type(_v) is str:
                _f_taker_order_id = _v

            elif _v is UNSET:
                _f_taker_order_id = UNSET
                _absent += 1
            elif _v is None:
                _f_taker_order_id = None
                _deviations = record_deviation(
                    _deviations, "FcmFill", "taker_order_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("taker_order_id", "str", _v)
                _f_taker_order_id = _v

            _v = _get("taker_subtrader_id", UNSET)
            _f_taker_subtrader_id: Any
            if type(_v) is str:
                _f_taker_subtrader_id = _v

            elif _v is UNSET:
                _f_taker_subtrader_id = UNSET
                _absent += 1
            elif _v is None:
                _f_taker_subtrader_id = None
                _deviations = record_deviation(
                    _deviations, "FcmFill", "taker_subtrader_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("taker_subtrader_id", "str", _v)
                _f_taker_subtrader_id = _v

            _v = _get("taker_fee_cost", UNSET)
            _f_taker_fee_cost: Any
            if type(_v) is str:
                try:
                    _f_taker_fee_cost = FIXED_POINT[_v]
                except KeyError:
                    _f_taker_fee_cost = parse_fixed_point(_v, "taker_fee_cost")

            elif _v is UNSET:
                _f_taker_fee_cost = UNSET
                _absent += 1
            elif _v is None:
                _f_taker_fee_cost = None
                _deviations = record_deviation(
                    _deviations, "FcmFill", "taker_fee_cost", "null"
                )
            else:
                _f_taker_fee_cost = parse_fixed_point(_v, "taker_fee_cost")

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        fcm_fill = _new(cls)
        fcm_fill.fill_id = _f_fill_id
        fcm_fill.exchange_index = _f_exchange_index
        fcm_fill.ticker = _f_ticker
        fcm_fill.taker_outcome_side = _f_taker_outcome_side
        fcm_fill.count_fp = _f_count_fp
        fcm_fill.yes_price_dollars = _f_yes_price_dollars
        fcm_fill.created_time = _f_created_time
        fcm_fill.maker_order_id = _f_maker_order_id
        fcm_fill.maker_subtrader_id = _f_maker_subtrader_id
        fcm_fill.maker_fee_cost = _f_maker_fee_cost
        fcm_fill.taker_order_id = _f_taker_order_id
        fcm_fill.taker_subtrader_id = _f_taker_subtrader_id
        fcm_fill.taker_fee_cost = _f_taker_fee_cost
        if len(src_dict) + _absent > 13:
            _known: set[str] = {
                "fill_id",
                "exchange_index",
                "ticker",
                "taker_outcome_side",
                "count_fp",
                "yes_price_dollars",
                "created_time",
                "maker_order_id",
                "maker_subtrader_id",
                "maker_fee_cost",
                "taker_order_id",
                "taker_subtrader_id",
                "taker_fee_cost",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            fcm_fill.additional_properties = _extra_found
        else:
            fcm_fill.additional_properties = {}
        fcm_fill._deviations = _deviations
        return fcm_fill

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("fill_id", "fill_id", str, True, None),
            ("exchange_index", "exchange_index", int, True, None),
            ("ticker", "ticker", str, True, None),
            ("taker_outcome_side", "taker_outcome_side", str, True, None),
            ("count_fp", "count_fp", str, True, None),
            ("yes_price_dollars", "yes_price_dollars", str, True, None),
            ("created_time", "created_time", str, False, None),
            ("maker_order_id", "maker_order_id", str, False, None),
            ("maker_subtrader_id", "maker_subtrader_id", str, False, None),
            ("maker_fee_cost", "maker_fee_cost", str, False, None),
            ("taker_order_id", "taker_order_id", str, False, None),
            ("taker_subtrader_id", "taker_subtrader_id", str, False, None),
            ("taker_fee_cost", "taker_fee_cost", str, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        fcm_fill = _new(cls)
        fcm_fill.fill_id = w.fill_id
        fcm_fill.exchange_index = w.exchange_index
        fcm_fill.ticker = w.ticker
        fcm_fill.taker_outcome_side = (
            w.taker_outcome_side
            if w.taker_outcome_side in OUTCOME_SIDE_VALUES
            else check_outcome_side(
                w.taker_outcome_side, "taker_outcome_side", received=True
            )
        )
        try:
            fcm_fill.count_fp = FIXED_POINT[w.count_fp]
        except KeyError:
            fcm_fill.count_fp = parse_fixed_point(w.count_fp, "count_fp")
        try:
            fcm_fill.yes_price_dollars = FIXED_POINT[w.yes_price_dollars]
        except KeyError:
            fcm_fill.yes_price_dollars = parse_fixed_point(
                w.yes_price_dollars, "yes_price_dollars"
            )
        if w.created_time is UNSET:
            fcm_fill.created_time = w.created_time
        else:
            fcm_fill.created_time = fromisoformat(w.created_time)
        fcm_fill.maker_order_id = w.maker_order_id
        fcm_fill.maker_subtrader_id = w.maker_subtrader_id
        if w.maker_fee_cost is UNSET:
            fcm_fill.maker_fee_cost = w.maker_fee_cost
        else:
            try:
                fcm_fill.maker_fee_cost = FIXED_POINT[w.maker_fee_cost]
            except KeyError:
                fcm_fill.maker_fee_cost = parse_fixed_point(
                    w.maker_fee_cost, "maker_fee_cost"
                )
        fcm_fill.taker_order_id = w.taker_order_id
        fcm_fill.taker_subtrader_id = w.taker_subtrader_id
        if w.taker_fee_cost is UNSET:
            fcm_fill.taker_fee_cost = w.taker_fee_cost
        else:
            try:
                fcm_fill.taker_fee_cost = FIXED_POINT[w.taker_fee_cost]
            except KeyError:
                fcm_fill.taker_fee_cost = parse_fixed_point(
                    w.taker_fee_cost, "taker_fee_cost"
                )
        fcm_fill.additional_properties = w._extras()
        fcm_fill._deviations = None
        return fcm_fill

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
