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
)

T = TypeVar("T", bound="OrderQueuePosition")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class OrderQueuePosition:
    """Attributes:
    order_id (str): The order ID
    market_ticker (str): The market ticker
    queue_position_fp (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\"
        in field names). Requests accept 0-2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2
        decimals. Fractional contract values (e.g., \"2.50\") are supported; the minimum granularity is 0.01 contracts.
        Example: 10.00.
    """

    order_id: str

    market_ticker: str

    queue_position_fp: Decimal = _attrs_field(converter=to_count)

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
        if isinstance(self.market_ticker, Unset):
            pass
        elif (
            self.market_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["market_ticker"] = None
        else:
            field_dict["market_ticker"] = self.market_ticker
        if isinstance(self.queue_position_fp, Unset):
            pass
        elif (
            self.queue_position_fp is None
        ):  # a null the spec does not allow, kept as received
            field_dict["queue_position_fp"] = None
        else:
            field_dict["queue_position_fp"] = fixed_point_text(
                self.queue_position_fp, "queue_position_fp", counts=True
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
            _v = _get("order_id", UNSET)
            _f_order_id: Any
            if type(_v) is str:
                _f_order_id = _v

            elif _v is UNSET:
                _f_order_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "OrderQueuePosition", "order_id", "missing"
                )
            elif _v is None:
                _f_order_id = None
                _deviations = record_deviation(
                    _deviations, "OrderQueuePosition", "order_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("order_id", "str", _v)
                _f_order_id = _v

            _v = _get("market_ticker", UNSET)
            _f_market_ticker: Any
            if type(_v) is str:
                _f_market_ticker = _v

            elif _v is UNSET:
                _f_market_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "OrderQueuePosition", "market_ticker", "missing"
                )
            elif _v is None:
                _f_market_ticker = None
                _deviations = record_deviation(
                    _deviations, "OrderQueuePosition", "market_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("market_ticker", "str", _v)
                _f_market_ticker = _v

            _v = _get("queue_position_fp", UNSET)
            _f_queue_position_fp: Any
            if type(_v) is str:
                try:
                    _f_queue_position_fp = FIXED_POINT[_v]
                except KeyError:
                    _f_queue_position_fp = parse_fixed_point(_v, "queue_position_fp")

            elif _v is UNSET:
                _f_queue_position_fp = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "OrderQueuePosition", "queue_position_fp", "missing"
                )
            elif _v is None:
                _f_queue_position_fp = None
                _deviations = record_deviation(
                    _deviations, "OrderQueuePosition", "queue_position_fp", "null"
                )
            else:
                _f_queue_position_fp = parse_fixed_point(_v, "queue_position_fp")

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        order_queue_position = _new(cls)
        order_queue_position.order_id = _f_order_id
        order_queue_position.market_ticker = _f_market_ticker
        order_queue_position.queue_position_fp = _f_queue_position_fp
        if len(src_dict) + _absent > 3:
            _known: set[str] = {"order_id", "market_ticker", "queue_position_fp"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            order_queue_position.additional_properties = _extra_found
        else:
            order_queue_position.additional_properties = {}
        order_queue_position._deviations = _deviations
        return order_queue_position

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("order_id", "order_id", str, True, None),
            ("market_ticker", "market_ticker", str, True, None),
            ("queue_position_fp", "queue_position_fp", str, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        order_queue_position = _new(cls)
        order_queue_position.order_id = w.order_id
        order_queue_position.market_ticker = w.market_ticker
        try:
            order_queue_position.queue_position_fp = FIXED_POINT[w.queue_position_fp]
        except KeyError:
            order_queue_position.queue_position_fp = parse_fixed_point(
                w.queue_position_fp, "queue_position_fp"
            )
        order_queue_position.additional_properties = w._extras()
        order_queue_position._deviations = None
        return order_queue_position

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
