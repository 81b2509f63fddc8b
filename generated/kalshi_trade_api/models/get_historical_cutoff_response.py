from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..types import (
    UNSET,
    BadValue,
    Unset,
    _new,
    fromisoformat,
    learn_extras,
    model_repr,
    parse_datetime,
    record_deviation,
)

T = TypeVar("T", bound="GetHistoricalCutoffResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class GetHistoricalCutoffResponse:
    """Attributes:
    market_settled_ts (datetime.datetime): Cutoff based on **market settlement time**. Markets and their
        candlesticks that settled before this timestamp must be accessed via `GET /historical/markets` and `GET
        /historical/markets/{ticker}/candlesticks`.
    trades_created_ts (datetime.datetime): Cutoff based on **trade fill time**. Fills that occurred before this
        timestamp must be accessed via `GET /historical/fills`.
    orders_updated_ts (datetime.datetime): Cutoff based on **order cancellation or execution time**. Orders canceled
        or fully executed before this timestamp must be accessed via `GET /historical/orders`. Resting (active) orders
        are always available in `GET /portfolio/orders`.
    market_positions_last_updated_ts (datetime.datetime | Unset): Cutoff based on **position last-update time**.
        Settled positions archived from the live data set before this timestamp are served through the historical
        section of position reads.
    """

    market_settled_ts: datetime.datetime

    trades_created_ts: datetime.datetime

    orders_updated_ts: datetime.datetime

    market_positions_last_updated_ts: datetime.datetime | Unset = UNSET

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
        if isinstance(self.market_settled_ts, Unset):
            pass
        elif (
            self.market_settled_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["market_settled_ts"] = None
        else:
            _market_settled_ts = self.market_settled_ts.isoformat()
            field_dict["market_settled_ts"] = _market_settled_ts
        if isinstance(self.trades_created_ts, Unset):
            pass
        elif (
            self.trades_created_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["trades_created_ts"] = None
        else:
            _trades_created_ts = self.trades_created_ts.isoformat()
            field_dict["trades_created_ts"] = _trades_created_ts
        if isinstance(self.orders_updated_ts, Unset):
            pass
        elif (
            self.orders_updated_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["orders_updated_ts"] = None
        else:
            _orders_updated_ts = self.orders_updated_ts.isoformat()
            field_dict["orders_updated_ts"] = _orders_updated_ts
        if isinstance(self.market_positions_last_updated_ts, Unset):
            pass
        elif (
            self.market_positions_last_updated_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["market_positions_last_updated_ts"] = None
        else:
            _market_positions_last_updated_ts: str | Unset = UNSET
            if not isinstance(self.market_positions_last_updated_ts, Unset):
                _market_positions_last_updated_ts = (
                    self.market_positions_last_updated_ts.isoformat()
                )
            field_dict["market_positions_last_updated_ts"] = (
                _market_positions_last_updated_ts
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
            _v = _get("market_settled_ts", UNSET)
            _f_market_settled_ts: Any
            if type(_v) is str:
                try:
                    _f_market_settled_ts = fromisoformat(_v)
                except ValueError:
                    _f_market_settled_ts = parse_datetime(_v, "market_settled_ts")

            elif _v is UNSET:
                _f_market_settled_ts = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "GetHistoricalCutoffResponse",
                    "market_settled_ts",
                    "missing",
                )
            elif _v is None:
                _f_market_settled_ts = None
                _deviations = record_deviation(
                    _deviations,
                    "GetHistoricalCutoffResponse",
                    "market_settled_ts",
                    "null",
                )
            else:
                _f_market_settled_ts = parse_datetime(_v, "market_settled_ts")

            _v = _get("trades_created_ts", UNSET)
            _f_trades_created_ts: Any
            if type(_v) is str:
                try:
                    _f_trades_created_ts = fromisoformat(_v)
                except ValueError:
                    _f_trades_created_ts = parse_datetime(_v, "trades_created_ts")

            elif _v is UNSET:
                _f_trades_created_ts = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "GetHistoricalCutoffResponse",
                    "trades_created_ts",
                    "missing",
                )
            elif _v is None:
                _f_trades_created_ts = None
                _deviations = record_deviation(
                    _deviations,
                    "GetHistoricalCutoffResponse",
                    "trades_created_ts",
                    "null",
                )
            else:
                _f_trades_created_ts = parse_datetime(_v, "trades_created_ts")

            _v = _get("orders_updated_ts", UNSET)
            _f_orders_updated_ts: Any
            if type(_v) is str:
                try:
                    _f_orders_updated_ts = fromisoformat(_v)
                except ValueError:
                    _f_orders_updated_ts = parse_datetime(_v, "orders_updated_ts")

            elif _v is UNSET:
                _f_orders_updated_ts = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "GetHistoricalCutoffResponse",
                    "orders_updated_ts",
                    "missing",
                )
            elif _v is None:
                _f_orders_updated_ts = None
                _deviations = record_deviation(
                    _deviations,
                    "GetHistoricalCutoffResponse",
                    "orders_updated_ts",
                    "null",
                )
            else:
                _f_orders_updated_ts = parse_datetime(_v, "orders_updated_ts")

            _v = _get("market_positions_last_updated_ts", UNSET)
            _f_market_positions_last_updated_ts: Any
            if type(_v) is str:
                try:
                    _f_market_positions_last_updated_ts = fromisoformat(_v)
                except ValueError:
                    _f_market_positions_last_updated_ts = parse_datetime(
                        _v, "market_positions_last_updated_ts"
                    )

            elif _v is UNSET:
                _f_market_positions_last_updated_ts = UNSET
                _absent += 1
            elif _v is None:
                _f_market_positions_last_updated_ts = None
                _deviations = record_deviation(
                    _deviations,
                    "GetHistoricalCutoffResponse",
                    "market_positions_last_updated_ts",
                    "null",
                )
            else:
                _f_market_positions_last_updated_ts = parse_datetime(
                    _v, "market_positions_last_updated_ts"
                )

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        get_historical_cutoff_response = _new(cls)
        get_historical_cutoff_response.market_settled_ts = _f_market_settled_ts
        get_historical_cutoff_response.trades_created_ts = _f_trades_created_ts
        get_historical_cutoff_response.orders_updated_ts = _f_orders_updated_ts
        get_historical_cutoff_response.market_positions_last_updated_ts = (
            _f_market_positions_last_updated_ts
        )
        if len(src_dict) + _absent > 4:
            _known: set[str] = {
                "market_settled_ts",
                "trades_created_ts",
                "orders_updated_ts",
                "market_positions_last_updated_ts",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            get_historical_cutoff_response.additional_properties = _extra_found
        else:
            get_historical_cutoff_response.additional_properties = {}
        get_historical_cutoff_response._deviations = _deviations
        return get_historical_cutoff_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("market_settled_ts", "market_settled_ts", str, True, None),
            ("trades_created_ts", "trades_created_ts", str, True, None),
            ("orders_updated_ts", "orders_updated_ts", str, True, None),
            (
                "market_positions_last_updated_ts",
                "market_positions_last_updated_ts",
                str,
                False,
                None,
            ),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        get_historical_cutoff_response = _new(cls)
        get_historical_cutoff_response.market_settled_ts = fromisoformat(
            w.market_settled_ts
        )
        get_historical_cutoff_response.trades_created_ts = fromisoformat(
            w.trades_created_ts
        )
        get_historical_cutoff_response.orders_updated_ts = fromisoformat(
            w.orders_updated_ts
        )
        if w.market_positions_last_updated_ts is UNSET:
            get_historical_cutoff_response.market_positions_last_updated_ts = (
                w.market_positions_last_updated_ts
            )
        else:
            get_historical_cutoff_response.market_positions_last_updated_ts = (
                fromisoformat(w.market_positions_last_updated_ts)
            )
        get_historical_cutoff_response.additional_properties = w._extras()
        get_historical_cutoff_response._deviations = None
        return get_historical_cutoff_response

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
