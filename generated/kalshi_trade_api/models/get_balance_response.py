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
    from ..models.indexed_balance import IndexedBalance


T = TypeVar("T", bound="GetBalanceResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class GetBalanceResponse:
    """Attributes:
    balance (int): Member's available balance in cents for the requested account and exchange index. It includes all
        exchange indexes when `exchange_index` is omitted.
    balance_dollars (Decimal): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
        \"0.56\", \"0.5600\"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
        market's price level structure. Example: 0.5600.
    portfolio_value (int): Member's portfolio value in cents for the requested account and exchange index. It
        includes all exchange indexes when `exchange_index` is omitted.
    updated_ts (int): Unix timestamp of the last update to the balance.
    balance_breakdown (list[IndexedBalance] | Unset): User balance breakdown per exchange instance, omitted only
        when using a subaccount-restricted API key.
    """

    balance: int

    balance_dollars: Decimal = _attrs_field(converter=to_dollars)

    portfolio_value: int

    updated_ts: int

    balance_breakdown: list[IndexedBalance] | Unset = UNSET

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
        if isinstance(self.balance, Unset):
            pass
        elif self.balance is None:  # a null the spec does not allow, kept as received
            field_dict["balance"] = None
        else:
            field_dict["balance"] = self.balance
        if isinstance(self.balance_dollars, Unset):
            pass
        elif (
            self.balance_dollars is None
        ):  # a null the spec does not allow, kept as received
            field_dict["balance_dollars"] = None
        else:
            field_dict["balance_dollars"] = fixed_point_text(
                self.balance_dollars, "balance_dollars", counts=False
            )
        if isinstance(self.portfolio_value, Unset):
            pass
        elif (
            self.portfolio_value is None
        ):  # a null the spec does not allow, kept as received
            field_dict["portfolio_value"] = None
        else:
            field_dict["portfolio_value"] = self.portfolio_value
        if isinstance(self.updated_ts, Unset):
            pass
        elif (
            self.updated_ts is None
        ):  # a null the spec does not allow, kept as received
            field_dict["updated_ts"] = None
        else:
            field_dict["updated_ts"] = self.updated_ts
        if isinstance(self.balance_breakdown, Unset):
            pass
        elif (
            self.balance_breakdown is None
        ):  # a null the spec does not allow, kept as received
            field_dict["balance_breakdown"] = None
        else:
            _balance_breakdown: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.balance_breakdown, Unset):
                _balance_breakdown = []
                for balance_breakdown_item_data in self.balance_breakdown:
                    balance_breakdown_item = balance_breakdown_item_data.to_dict()
                    _balance_breakdown.append(balance_breakdown_item)

            field_dict["balance_breakdown"] = _balance_breakdown
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
            _v = _get("balance", UNSET)
            _f_balance: Any
            if type(_v) is int:
                _f_balance = _v

            elif _v is UNSET:
                _f_balance = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "GetBalanceResponse", "balance", "missing"
                )
            elif _v is None:
                _f_balance = None
                _deviations = record_deviation(
                    _deviations, "GetBalanceResponse", "balance", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("balance", "int", _v)
                _f_balance = _v

            _v = _get("balance_dollars", UNSET)
            _f_balance_dollars: Any
            if type(_v) is str:
                try:
                    _f_balance_dollars = FIXED_POINT[_v]
                except KeyError:
                    _f_balance_dollars = parse_fixed_point(_v, "balance_dollars")

            elif _v is UNSET:
                _f_balance_dollars = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "GetBalanceResponse", "balance_dollars", "missing"
                )
            elif _v is None:
                _f_balance_dollars = None
                _deviations = record_deviation(
                    _deviations, "GetBalanceResponse", "balance_dollars", "null"
                )
            else:
                _f_balance_dollars = parse_fixed_point(_v, "balance_dollars")

            _v = _get("portfolio_value", UNSET)
            _f_portfolio_value: Any
            if type(_v) is int:
                _f_portfolio_value = _v

            elif _v is UNSET:
                _f_portfolio_value = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "GetBalanceResponse", "portfolio_value", "missing"
                )
            elif _v is None:
                _f_portfolio_value = None
                _deviations = record_deviation(
                    _deviations, "GetBalanceResponse", "portfolio_value", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("portfolio_value", "int", _v)
                _f_portfolio_value = _v

            _v = _get("updated_ts", UNSET)
            _f_updated_ts: Any
            if type(_v) is int:
                _f_updated_ts = _v

            elif _v is UNSET:
                _f_updated_ts = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "GetBalanceResponse", "updated_ts", "missing"
                )
            elif _v is None:
                _f_updated_ts = None
                _deviations = record_deviation(
                    _deviations, "GetBalanceResponse", "updated_ts", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("updated_ts", "int", _v)
                _f_updated_ts = _v

            _v = _get("balance_breakdown", UNSET)
            _f_balance_breakdown: Any
            if _v is UNSET:
                _f_balance_breakdown = UNSET
                _absent += 1
            elif _v is None:
                _f_balance_breakdown = None
                _deviations = record_deviation(
                    _deviations, "GetBalanceResponse", "balance_breakdown", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("balance_breakdown", "array", _v)
                try:
                    _f_balance_breakdown = list(map(IndexedBalance.from_dict, _v))
                except BadValue as _bad:
                    raise _bad.within_list("balance_breakdown", _v) from None

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        get_balance_response = _new(cls)
        get_balance_response.balance = _f_balance
        get_balance_response.balance_dollars = _f_balance_dollars
        get_balance_response.portfolio_value = _f_portfolio_value
        get_balance_response.updated_ts = _f_updated_ts
        get_balance_response.balance_breakdown = _f_balance_breakdown
        if len(src_dict) + _absent > 5:
            _known: set[str] = {
                "balance",
                "balance_dollars",
                "portfolio_value",
                "updated_ts",
                "balance_breakdown",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            get_balance_response.additional_properties = _extra_found
        else:
            get_balance_response.additional_properties = {}
        get_balance_response._deviations = _deviations
        return get_balance_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("balance", "balance", int, True, None),
            ("balance_dollars", "balance_dollars", str, True, None),
            ("portfolio_value", "portfolio_value", int, True, None),
            ("updated_ts", "updated_ts", int, True, None),
            (
                "balance_breakdown",
                "balance_breakdown",
                list_of(wire_struct(IndexedBalance)),
                False,
                IndexedBalance,
            ),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        get_balance_response = _new(cls)
        get_balance_response.balance = w.balance
        try:
            get_balance_response.balance_dollars = FIXED_POINT[w.balance_dollars]
        except KeyError:
            get_balance_response.balance_dollars = parse_fixed_point(
                w.balance_dollars, "balance_dollars"
            )
        get_balance_response.portfolio_value = w.portfolio_value
        get_balance_response.updated_ts = w.updated_ts
        if w.balance_breakdown is UNSET:
            get_balance_response.balance_breakdown = w.balance_breakdown
        else:
            get_balance_response.balance_breakdown = items_from_wire(
                IndexedBalance, w.balance_breakdown
            )
        get_balance_response.additional_properties = w._extras()
        get_balance_response._deviations = None
        return get_balance_response

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
    global _lazy_bound, IndexedBalance
    from ..models.indexed_balance import IndexedBalance

    _lazy_bound = True
