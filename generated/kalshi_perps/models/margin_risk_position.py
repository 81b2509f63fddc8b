from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    BadValue,
    Unset,
    _new,
    model_repr,
    record_deviation,
)

T = TypeVar("T", bound="MarginRiskPosition")


@_attrs_define(repr=False)
class MarginRiskPosition:
    """Attributes:
    subaccount (int): The subaccount number (0 for primary, 1-63 for subaccounts)
    market_ticker (str): Market ticker symbol
    position (str): Fixed-point contract count string (2 decimals, e.g., \"10.00\"; referred to as \"fp\" in field
        names). Requests accept 0–2 decimal places (e.g., \"10\", \"10.0\", \"10.00\"); responses always emit 2 decimals.
        Fractional contract values (e.g., \"2.50\") are supported on markets with fractional trading enabled; the minimum
        granularity is 0.01 contracts. Integer contract count fields are legacy and will be deprecated; when both
        integer and fp fields are provided, they must match. Example: 10.00.
    mark_price (str): US dollar amount as a fixed-point decimal string with up to 6 decimal places of precision.
        This is the maximum supported precision; valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    position_notional (str): US dollar amount as a fixed-point decimal string with up to 6 decimal places of
        precision. This is the maximum supported precision; valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    maintenance_margin_required (None | str | Unset): Maintenance margin requirement for this position in fixed-
        point dollars. Null if margin config is missing.
    position_leverage (float | None | Unset): Position leverage ratio (position_notional /
        maintenance_margin_required). Null when maintenance margin is zero or config is missing.
    estimated_liquidation_price (None | str | Unset): Estimated portfolio-aware liquidation price for this position
        within the subaccount. Null when no valid liquidation price exists.
    """

    subaccount: int
    market_ticker: str
    position: str
    mark_price: str
    position_notional: str
    maintenance_margin_required: None | str | Unset = UNSET
    position_leverage: float | None | Unset = UNSET
    estimated_liquidation_price: None | str | Unset = UNSET
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
            field_dict["position"] = self.position
        if isinstance(self.mark_price, Unset):
            pass
        elif (
            self.mark_price is None
        ):  # a null the spec does not allow, kept as received
            field_dict["mark_price"] = None
        else:
            field_dict["mark_price"] = self.mark_price
        if isinstance(self.position_notional, Unset):
            pass
        elif (
            self.position_notional is None
        ):  # a null the spec does not allow, kept as received
            field_dict["position_notional"] = None
        else:
            field_dict["position_notional"] = self.position_notional
        if isinstance(self.maintenance_margin_required, Unset):
            pass
        else:
            _maintenance_margin_required: None | str | Unset
            if isinstance(self.maintenance_margin_required, Unset):
                _maintenance_margin_required = UNSET
            else:
                _maintenance_margin_required = self.maintenance_margin_required
            field_dict["maintenance_margin_required"] = _maintenance_margin_required
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
            _estimated_liquidation_price: None | str | Unset
            if isinstance(self.estimated_liquidation_price, Unset):
                _estimated_liquidation_price = UNSET
            else:
                _estimated_liquidation_price = self.estimated_liquidation_price
            field_dict["estimated_liquidation_price"] = _estimated_liquidation_price
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
                _f_position = _v

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
                if type(_v) is not str:
                    raise BadValue("position", "str", _v)
                _f_position = _v

            _v = _get("mark_price", UNSET)
            _f_mark_price: Any
            if type(_v) is str:
                _f_mark_price = _v

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
                if type(_v) is not str:
                    raise BadValue("mark_price", "str", _v)
                _f_mark_price = _v

            _v = _get("position_notional", UNSET)
            _f_position_notional: Any
            if type(_v) is str:
                _f_position_notional = _v

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
                if type(_v) is not str:
                    raise BadValue("position_notional", "str", _v)
                _f_position_notional = _v

            _v = _get("maintenance_margin_required", UNSET)
            _f_maintenance_margin_required: Any
            if type(_v) is str:
                _f_maintenance_margin_required = _v

            elif _v is UNSET:
                _f_maintenance_margin_required = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_maintenance_margin_required = None
                else:
                    if type(_v) is not str:
                        raise BadValue("maintenance_margin_required", "str", _v)
                    _f_maintenance_margin_required = _v

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
                _f_estimated_liquidation_price = _v

            elif _v is UNSET:
                _f_estimated_liquidation_price = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_estimated_liquidation_price = None
                else:
                    if type(_v) is not str:
                        raise BadValue("estimated_liquidation_price", "str", _v)
                    _f_estimated_liquidation_price = _v

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
            margin_risk_position.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _known
            }
        else:
            margin_risk_position.additional_properties = {}
        margin_risk_position._deviations = _deviations
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
