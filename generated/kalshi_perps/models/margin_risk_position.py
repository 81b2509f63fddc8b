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
    to_dollars_or_none_or_unset,
)

T = TypeVar("T", bound="MarginRiskPosition")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class MarginRiskPosition:
    """Attributes:
    subaccount (int): The subaccount number (0 for primary, 1-63 for subaccounts)
    market_ticker (str): Market ticker symbol
    position (Decimal): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\" in field
        names). Requests accept 0–2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2 decimals.
        Fractional contract values (e.g., \"2.50\") are supported on markets with fractional trading enabled; the minimum
        granularity is 0.01 contracts. Integer contract count fields are legacy and will be deprecated; when both
        integer and fp fields are provided, they must match. Example: 10.00.
    mark_price (Decimal): US dollar amount as a fixed-point decimal string with up to 6 decimal places of precision.
        This is the maximum supported precision; valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    position_notional (Decimal): US dollar amount as a fixed-point decimal string with up to 6 decimal places of
        precision. This is the maximum supported precision; valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    maintenance_margin_required (None | Decimal | Unset): Maintenance margin requirement for this position in fixed-
        point dollars. Null if margin config is missing.
    position_leverage (float | None | Unset): Position leverage ratio (position_notional /
        maintenance_margin_required). Null when maintenance margin is zero or config is missing.
    estimated_liquidation_price (None | Decimal | Unset): Estimated portfolio-aware liquidation price for this
        position within the subaccount. Null when no valid liquidation price exists.
    """

    subaccount: int

    market_ticker: str

    position: Decimal = _attrs_field(converter=to_count)

    mark_price: Decimal = _attrs_field(converter=to_dollars)

    position_notional: Decimal = _attrs_field(converter=to_dollars)

    maintenance_margin_required: None | Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_dollars_or_none_or_unset
    )

    position_leverage: float | None | Unset = UNSET

    estimated_liquidation_price: None | Decimal | Unset = _attrs_field(
        default=UNSET, converter=to_dollars_or_none_or_unset
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
        if isinstance(self.subaccount, Unset):
            pass
        elif (
            self.subaccount is None
        ):  # a null the spec does not allow, kept as received
            field_dict["subaccount"] = None
        else:
            field_dict["subaccount"] = self.subaccount
        if isinstance(self.market_ticker, Unset):
            pass
        elif (
            self.market_ticker is None
        ):  # a null the spec does not allow, kept as received
            field_dict["market_ticker"] = None
        else:
            field_dict["market_ticker"] = self.market_ticker
        if isinstance(self.position, Unset):
            pass
        elif self.position is None:  # a null the spec does not allow, kept as received
            field_dict["position"] = None
        else:
            field_dict["position"] = fixed_point_text(
                self.position, "position", counts=True
            )
        if isinstance(self.mark_price, Unset):
            pass
        elif (
            self.mark_price is None
        ):  # a null the spec does not allow, kept as received
            field_dict["mark_price"] = None
        else:
            field_dict["mark_price"] = fixed_point_text(
                self.mark_price, "mark_price", counts=False
            )
        if isinstance(self.position_notional, Unset):
            pass
        elif (
            self.position_notional is None
        ):  # a null the spec does not allow, kept as received
            field_dict["position_notional"] = None
        else:
            field_dict["position_notional"] = fixed_point_text(
                self.position_notional, "position_notional", counts=False
            )
        if isinstance(self.maintenance_margin_required, Unset):
            pass
        else:
            field_dict["maintenance_margin_required"] = (
                None
                if self.maintenance_margin_required is None
                else fixed_point_text(
                    self.maintenance_margin_required,
                    "maintenance_margin_required",
                    counts=False,
                )
            )
        if isinstance(self.position_leverage, Unset):
            pass
        else:
            _position_leverage: float | None | Unset
            if isinstance(self.position_leverage, Unset):
                _position_leverage = UNSET
            else:
                _position_leverage = self.position_leverage
            field_dict["position_leverage"] = _position_leverage
        if isinstance(self.estimated_liquidation_price, Unset):
            pass
        else:
            field_dict["estimated_liquidation_price"] = (
                None
                if self.estimated_liquidation_price is None
                else fixed_point_text(
                    self.estimated_liquidation_price,
                    "estimated_liquidation_price",
                    counts=False,
                )
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
            _v = _get("subaccount", UNSET)
            _f_subaccount: Any
            if type(_v) is int:
                _f_subaccount = _v

            elif _v is UNSET:
                _f_subaccount = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginRiskPosition", "subaccount", "missing"
                )
            elif _v is None:
                _f_subaccount = None
                _deviations = record_deviation(
                    _deviations, "MarginRiskPosition", "subaccount", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("subaccount", "int", _v)
                _f_subaccount = _v

            _v = _get("market_ticker", UNSET)
            _f_market_ticker: Any
            if type(_v) is str:
                _f_market_ticker = _v

            elif _v is UNSET:
                _f_market_ticker = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginRiskPosition", "market_ticker", "missing"
                )
            elif _v is None:
                _f_market_ticker = None
                _deviations = record_deviation(
                    _deviations, "MarginRiskPosition", "market_ticker", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("market_ticker", "str", _v)
                _f_market_ticker = _v

            _v = _get("position", UNSET)
            _f_position: Any
            if type(_v) is str:
                try:
                    _f_position = FIXED_POINT[_v]
                except KeyError:
                    _f_position = parse_fixed_point(_v, "position")

            elif _v is UNSET:
                _f_position = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginRiskPosition", "position", "missing"
                )
            elif _v is None:
                _f_position = None
                _deviations = record_deviation(
                    _deviations, "MarginRiskPosition", "position", "null"
                )
            else:
                _f_position = parse_fixed_point(_v, "position")

            _v = _get("mark_price", UNSET)
            _f_mark_price: Any
            if type(_v) is str:
                try:
                    _f_mark_price = FIXED_POINT[_v]
                except KeyError:
                    _f_mark_price = parse_fixed_point(_v, "mark_price")

            elif _v is UNSET:
                _f_mark_price = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginRiskPosition", "mark_price", "missing"
                )
            elif _v is None:
                _f_mark_price = None
                _deviations = record_deviation(
                    _deviations, "MarginRiskPosition", "mark_price", "null"
                )
            else:
                _f_mark_price = parse_fixed_point(_v, "mark_price")

            _v = _get("position_notional", UNSET)
            _f_position_notional: Any
            if type(_v) is str:
                try:
                    _f_position_notional = FIXED_POINT[_v]
                except KeyError:
                    _f_position_notional = parse_fixed_point(_v, "position_notional")

            elif _v is UNSET:
                _f_position_notional = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "MarginRiskPosition", "position_notional", "missing"
                )
            elif _v is None:
                _f_position_notional = None
                _deviations = record_deviation(
                    _deviations, "MarginRiskPosition", "position_notional", "null"
                )
            else:
                _f_position_notional = parse_fixed_point(_v, "position_notional")

            _v = _get("maintenance_margin_required", UNSET)
            _f_maintenance_margin_required: Any
            if type(_v) is str:
                try:
                    _f_maintenance_margin_required = FIXED_POINT[_v]
                except KeyError:
                    _f_maintenance_margin_required = parse_fixed_point(
                        _v, "maintenance_margin_required"
                    )

            elif _v is UNSET:
                _f_maintenance_margin_required = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_maintenance_margin_required = None
                else:
                    _f_maintenance_margin_required = parse_fixed_point(
                        _v, "maintenance_margin_required"
                    )

            _v = _get("position_leverage", UNSET)
            _f_position_leverage: Any
            if type(_v) is float:
                _f_position_leverage = _v

            elif _v is UNSET:
                _f_position_leverage = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_position_leverage = None
                else:
                    if type(_v) is not float:
                        if type(_v) is not int or float(_v) != _v:
                            raise BadValue("position_leverage", "number", _v)
                        _v = float(_v)
                    _f_position_leverage = _v

            _v = _get("estimated_liquidation_price", UNSET)
            _f_estimated_liquidation_price: Any
            if type(_v) is str:
                try:
                    _f_estimated_liquidation_price = FIXED_POINT[_v]
                except KeyError:
                    _f_estimated_liquidation_price = parse_fixed_point(
                        _v, "estimated_liquidation_price"
                    )

            elif _v is UNSET:
                _f_estimated_liquidation_price = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_estimated_liquidation_price = None
                else:
                    _f_estimated_liquidation_price = parse_fixed_point(
                        _v, "estimated_liquidation_price"
                    )

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        margin_risk_position = _new(cls)
        margin_risk_position.subaccount = _f_subaccount
        margin_risk_position.market_ticker = _f_market_ticker
        margin_risk_position.position = _f_position
        margin_risk_position.mark_price = _f_mark_price
        margin_risk_position.position_notional = _f_position_notional
        margin_risk_position.maintenance_margin_required = (
            _f_maintenance_margin_required
        )
        margin_risk_position.position_leverage = _f_position_leverage
        margin_risk_position.estimated_liquidation_price = (
            _f_estimated_liquidation_price
        )
        if len(src_dict) + _absent > 8:
            _known: set[str] = {
                "subaccount",
                "market_ticker",
                "position",
                "mark_price",
                "position_notional",
                "maintenance_margin_required",
                "position_leverage",
                "estimated_liquidation_price",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            margin_risk_position.additional_properties = _extra_found
        else:
            margin_risk_position.additional_properties = {}
        margin_risk_position._deviations = _deviations
        return margin_risk_position

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("subaccount", "subaccount", int, True, None),
            ("market_ticker", "market_ticker", str, True, None),
            ("position", "position", str, True, None),
            ("mark_price", "mark_price", str, True, None),
            ("position_notional", "position_notional", str, True, None),
            (
                "maintenance_margin_required",
                "maintenance_margin_required",
                str | None,
                False,
                None,
            ),
            ("position_leverage", "position_leverage", Any, False, None),
            (
                "estimated_liquidation_price",
                "estimated_liquidation_price",
                str | None,
                False,
                None,
            ),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        margin_risk_position = _new(cls)
        margin_risk_position.subaccount = w.subaccount
        margin_risk_position.market_ticker = w.market_ticker
        try:
            margin_risk_position.position = FIXED_POINT[w.position]
        except KeyError:
            margin_risk_position.position = parse_fixed_point(w.position, "position")
        try:
            margin_risk_position.mark_price = FIXED_POINT[w.mark_price]
        except KeyError:
            margin_risk_position.mark_price = parse_fixed_point(
                w.mark_price, "mark_price"
            )
        try:
            margin_risk_position.position_notional = FIXED_POINT[w.position_notional]
        except KeyError:
            margin_risk_position.position_notional = parse_fixed_point(
                w.position_notional, "position_notional"
            )
        if (
            w.maintenance_margin_required is UNSET
            or w.maintenance_margin_required is None
        ):
            margin_risk_position.maintenance_margin_required = (
                w.maintenance_margin_required
            )
        else:
            try:
                margin_risk_position.maintenance_margin_required = FIXED_POINT[
                    w.maintenance_margin_required
                ]
            except KeyError:
                margin_risk_position.maintenance_margin_required = parse_fixed_point(
                    w.maintenance_margin_required, "maintenance_margin_required"
                )
        if w.position_leverage is UNSET or w.position_leverage is None:
            margin_risk_position.position_leverage = w.position_leverage
        else:
            if w.position_leverage is None:
                margin_risk_position.position_leverage = None
            else:
                if type(w.position_leverage) is not float:
                    if (
                        type(w.position_leverage) is not int
                        or float(w.position_leverage) != w.position_leverage
                    ):
                        raise BadValue(
                            "position_leverage", "number", w.position_leverage
                        )
                    w.position_leverage = float(w.position_leverage)
                margin_risk_position.position_leverage = w.position_leverage
        if (
            w.estimated_liquidation_price is UNSET
            or w.estimated_liquidation_price is None
        ):
            margin_risk_position.estimated_liquidation_price = (
                w.estimated_liquidation_price
            )
        else:
            try:
                margin_risk_position.estimated_liquidation_price = FIXED_POINT[
                    w.estimated_liquidation_price
                ]
            except KeyError:
                margin_risk_position.estimated_liquidation_price = parse_fixed_point(
                    w.estimated_liquidation_price, "estimated_liquidation_price"
                )
        margin_risk_position.additional_properties = w._extras()
        margin_risk_position._deviations = None
        return margin_risk_position

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
