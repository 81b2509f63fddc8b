from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

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
    items_from_wire,
    learn_extras,
    list_of,
    model_repr,
    parse_fixed_point,
    record_deviation,
    to_dollars,
    wire_struct,
)

if TYPE_CHECKING:
    from ..models.margin_risk_position import MarginRiskPosition


T = TypeVar("T", bound="GetMarginRiskResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class GetMarginRiskResponse:
    """Attributes:
    total_position_notional (Decimal): US dollar amount as a fixed-point decimal string with up to 6 decimal places
        of precision. This is the maximum supported precision; valid quote intervals for a given market are constrained
        by that market's price level structure. Example: 0.5600.
    total_maintenance_margin (Decimal): US dollar amount as a fixed-point decimal string with up to 6 decimal places
        of precision. This is the maximum supported precision; valid quote intervals for a given market are constrained
        by that market's price level structure. Example: 0.5600.
    positions (list[MarginRiskPosition]): Per-position risk breakdown grouped by subaccount and market
    account_leverage (float | None | Unset): Account-level leverage (total_position_notional /
        total_maintenance_margin). Null when total maintenance margin is zero.
    """

    total_position_notional: Decimal = _attrs_field(converter=to_dollars)

    total_maintenance_margin: Decimal = _attrs_field(converter=to_dollars)

    positions: list[MarginRiskPosition]

    account_leverage: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # {json field: "missing" | "null"} when the response deviated from the spec (see types.deviations).
    _deviations: dict[str, str] | None = _attrs_field(
        init=False, default=None, eq=False
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_bound:
            _bind_lazy()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if isinstance(self.total_position_notional, Unset):
            pass
        elif (
            self.total_position_notional is None
        ):  # a null the spec does not allow, kept as received
            field_dict["total_position_notional"] = None
        else:
            field_dict["total_position_notional"] = fixed_point_text(
                self.total_position_notional, "total_position_notional", counts=False
            )
        if isinstance(self.total_maintenance_margin, Unset):
            pass
        elif (
            self.total_maintenance_margin is None
        ):  # a null the spec does not allow, kept as received
            field_dict["total_maintenance_margin"] = None
        else:
            field_dict["total_maintenance_margin"] = fixed_point_text(
                self.total_maintenance_margin, "total_maintenance_margin", counts=False
            )
        if isinstance(self.positions, Unset):
            pass
        elif self.positions is None:  # a null the spec does not allow, kept as received
            field_dict["positions"] = None
        else:
            _positions = []
            for positions_item_data in self.positions:
                positions_item = positions_item_data.to_dict()
                _positions.append(positions_item)

            field_dict["positions"] = _positions
        if isinstance(self.account_leverage, Unset):
            pass
        else:
            _account_leverage: float | None | Unset
            if isinstance(self.account_leverage, Unset):
                _account_leverage = UNSET
            else:
                _account_leverage = self.account_leverage
            field_dict["account_leverage"] = _account_leverage
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_bound:
            _bind_lazy()
        if type(src_dict) is not dict:
            raise BadValue(None, "object", src_dict)
        _get = src_dict.get
        _deviations: dict[str, str] | None = None
        _absent = 0
        try:
            pass
            _v = _get("total_position_notional", UNSET)
            _f_total_position_notional: Any
            if type(_v) is str:
                try:
                    _f_total_position_notional = FIXED_POINT[_v]
                except KeyError:
                    _f_total_position_notional = parse_fixed_point(
                        _v, "total_position_notional"
                    )

            elif _v is UNSET:
                _f_total_position_notional = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "GetMarginRiskResponse",
                    "total_position_notional",
                    "missing",
                )
            elif _v is None:
                _f_total_position_notional = None
                _deviations = record_deviation(
                    _deviations,
                    "GetMarginRiskResponse",
                    "total_position_notional",
                    "null",
                )
            else:
                _f_total_position_notional = parse_fixed_point(
                    _v, "total_position_notional"
                )

            _v = _get("total_maintenance_margin", UNSET)
            _f_total_maintenance_margin: Any
            if type(_v) is str:
                try:
                    _f_total_maintenance_margin = FIXED_POINT[_v]
                except KeyError:
                    _f_total_maintenance_margin = parse_fixed_point(
                        _v, "total_maintenance_margin"
                    )

            elif _v is UNSET:
                _f_total_maintenance_margin = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "GetMarginRiskResponse",
                    "total_maintenance_margin",
                    "missing",
                )
            elif _v is None:
                _f_total_maintenance_margin = None
                _deviations = record_deviation(
                    _deviations,
                    "GetMarginRiskResponse",
                    "total_maintenance_margin",
                    "null",
                )
            else:
                _f_total_maintenance_margin = parse_fixed_point(
                    _v, "total_maintenance_margin"
                )

            _v = _get("positions", UNSET)
            _f_positions: Any
            if _v is UNSET:
                _f_positions = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "GetMarginRiskResponse", "positions", "missing"
                )
            elif _v is None:
                _f_positions = None
                _deviations = record_deviation(
                    _deviations, "GetMarginRiskResponse", "positions", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("positions", "array", _v)
                try:
                    _f_positions = list(map(MarginRiskPosition.from_dict, _v))
                except BadValue as _bad:
                    raise _bad.within_list("positions", _v) from None

            _v = _get("account_leverage", UNSET)
            _f_account_leverage: Any
            if type(_v) is float:
                _f_account_leverage = _v

            elif _v is UNSET:
                _f_account_leverage = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_account_leverage = None
                else:
                    if type(_v) is not float:
                        if type(_v) is not int or float(_v) != _v:
                            raise BadValue("account_leverage", "number", _v)
                        _v = float(_v)
                    _f_account_leverage = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        get_margin_risk_response = _new(cls)
        get_margin_risk_response.total_position_notional = _f_total_position_notional
        get_margin_risk_response.total_maintenance_margin = _f_total_maintenance_margin
        get_margin_risk_response.positions = _f_positions
        get_margin_risk_response.account_leverage = _f_account_leverage
        if len(src_dict) + _absent > 4:
            _known: set[str] = {
                "total_position_notional",
                "total_maintenance_margin",
                "positions",
                "account_leverage",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            get_margin_risk_response.additional_properties = _extra_found
        else:
            get_margin_risk_response.additional_properties = {}
        get_margin_risk_response._deviations = _deviations
        return get_margin_risk_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("total_position_notional", "total_position_notional", str, True, None),
            ("total_maintenance_margin", "total_maintenance_margin", str, True, None),
            (
                "positions",
                "positions",
                list_of(wire_struct(MarginRiskPosition)),
                True,
                MarginRiskPosition,
            ),
            ("account_leverage", "account_leverage", Any, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        get_margin_risk_response = _new(cls)
        try:
            get_margin_risk_response.total_position_notional = FIXED_POINT[
                w.total_position_notional
            ]
        except KeyError:
            get_margin_risk_response.total_position_notional = parse_fixed_point(
                w.total_position_notional, "total_position_notional"
            )
        try:
            get_margin_risk_response.total_maintenance_margin = FIXED_POINT[
                w.total_maintenance_margin
            ]
        except KeyError:
            get_margin_risk_response.total_maintenance_margin = parse_fixed_point(
                w.total_maintenance_margin, "total_maintenance_margin"
            )
        get_margin_risk_response.positions = items_from_wire(
            MarginRiskPosition, w.positions
        )
        if w.account_leverage is UNSET or w.account_leverage is None:
            get_margin_risk_response.account_leverage = w.account_leverage
        else:
            if w.account_leverage is None:
                get_margin_risk_response.account_leverage = None
            else:
                if type(w.account_leverage) is not float:
                    if (
                        type(w.account_leverage) is not int
                        or float(w.account_leverage) != w.account_leverage
                    ):
                        raise BadValue("account_leverage", "number", w.account_leverage)
                    w.account_leverage = float(w.account_leverage)
                get_margin_risk_response.account_leverage = w.account_leverage
        get_margin_risk_response.additional_properties = w._extras()
        get_margin_risk_response._deviations = None
        return get_margin_risk_response

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


# Models that refer back to this one are imported on first use, once (not per call:
# an import statement costs ~0.7 us, a third of a small model's parse).
_lazy_bound = False


def _bind_lazy() -> None:
    global _lazy_bound, MarginRiskPosition
    from ..models.margin_risk_position import MarginRiskPosition

    _lazy_bound = True
