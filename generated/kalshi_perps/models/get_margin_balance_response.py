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
    from ..models.margin_subaccount_balance import MarginSubaccountBalance


T = TypeVar("T", bound="GetMarginBalanceResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class GetMarginBalanceResponse:
    """Attributes:
    subaccount_balances (list[MarginSubaccountBalance]): Per-subaccount balance breakdown
    settled_funds (Decimal): US dollar amount as a fixed-point decimal string with up to 6 decimal places of
        precision. This is the maximum supported precision; valid quote intervals for a given market are constrained by
        that market's price level structure. Example: 0.5600.
    """

    subaccount_balances: list[MarginSubaccountBalance]

    settled_funds: Decimal = _attrs_field(converter=to_dollars)

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
        if isinstance(self.subaccount_balances, Unset):
            pass
        elif (
            self.subaccount_balances is None
        ):  # a null the spec does not allow, kept as received
            field_dict["subaccount_balances"] = None
        else:
            _subaccount_balances = []
            for subaccount_balances_item_data in self.subaccount_balances:
                subaccount_balances_item = subaccount_balances_item_data.to_dict()
                _subaccount_balances.append(subaccount_balances_item)

            field_dict["subaccount_balances"] = _subaccount_balances
        if isinstance(self.settled_funds, Unset):
            pass
        elif (
            self.settled_funds is None
        ):  # a null the spec does not allow, kept as received
            field_dict["settled_funds"] = None
        else:
            field_dict["settled_funds"] = fixed_point_text(
                self.settled_funds, "settled_funds", counts=False
            )
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
            _v = _get("subaccount_balances", UNSET)
            _f_subaccount_balances: Any
            if _v is UNSET:
                _f_subaccount_balances = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "GetMarginBalanceResponse",
                    "subaccount_balances",
                    "missing",
                )
            elif _v is None:
                _f_subaccount_balances = None
                _deviations = record_deviation(
                    _deviations,
                    "GetMarginBalanceResponse",
                    "subaccount_balances",
                    "null",
                )
            else:
                if type(_v) is not list:
                    raise BadValue("subaccount_balances", "array", _v)
                try:
                    _f_subaccount_balances = list(
                        map(MarginSubaccountBalance.from_dict, _v)
                    )
                except BadValue as _bad:
                    raise _bad.within_list("subaccount_balances", _v) from None

            _v = _get("settled_funds", UNSET)
            _f_settled_funds: Any
            if type(_v) is str:
                try:
                    _f_settled_funds = FIXED_POINT[_v]
                except KeyError:
                    _f_settled_funds = parse_fixed_point(_v, "settled_funds")

            elif _v is UNSET:
                _f_settled_funds = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "GetMarginBalanceResponse", "settled_funds", "missing"
                )
            elif _v is None:
                _f_settled_funds = None
                _deviations = record_deviation(
                    _deviations, "GetMarginBalanceResponse", "settled_funds", "null"
                )
            else:
                _f_settled_funds = parse_fixed_point(_v, "settled_funds")

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        get_margin_balance_response = _new(cls)
        get_margin_balance_response.subaccount_balances = _f_subaccount_balances
        get_margin_balance_response.settled_funds = _f_settled_funds
        if len(src_dict) + _absent > 2:
            _known: set[str] = {"subaccount_balances", "settled_funds"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            get_margin_balance_response.additional_properties = _extra_found
        else:
            get_margin_balance_response.additional_properties = {}
        get_margin_balance_response._deviations = _deviations
        return get_margin_balance_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            (
                "subaccount_balances",
                "subaccount_balances",
                list_of(wire_struct(MarginSubaccountBalance)),
                True,
                MarginSubaccountBalance,
            ),
            ("settled_funds", "settled_funds", str, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        get_margin_balance_response = _new(cls)
        get_margin_balance_response.subaccount_balances = items_from_wire(
            MarginSubaccountBalance, w.subaccount_balances
        )
        try:
            get_margin_balance_response.settled_funds = FIXED_POINT[w.settled_funds]
        except KeyError:
            get_margin_balance_response.settled_funds = parse_fixed_point(
                w.settled_funds, "settled_funds"
            )
        get_margin_balance_response.additional_properties = w._extras()
        get_margin_balance_response._deviations = None
        return get_margin_balance_response

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
    global _lazy_bound, MarginSubaccountBalance
    from ..models.margin_subaccount_balance import MarginSubaccountBalance

    _lazy_bound = True
