from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..types import (
    UNSET,
    BadValue,
    Unset,
    _new,
    items_from_wire,
    learn_extras,
    list_of,
    model_repr,
    record_deviation,
    wire_struct,
)

if TYPE_CHECKING:
    from ..models.indexed_balance import IndexedBalance


T = TypeVar("T", bound="GetPortfolioRestingOrderTotalValueResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class GetPortfolioRestingOrderTotalValueResponse:
    """Attributes:
    total_resting_order_value (int): Total value of resting orders in cents
    resting_order_value_breakdown (list[IndexedBalance]): Total value of resting orders broken down by exchange
        index, with each balance expressed as a fixed-point dollar string.
    """

    total_resting_order_value: int

    resting_order_value_breakdown: list[IndexedBalance]

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
        if isinstance(self.total_resting_order_value, Unset):
            pass
        elif (
            self.total_resting_order_value is None
        ):  # a null the spec does not allow, kept as received
            field_dict["total_resting_order_value"] = None
        else:
            field_dict["total_resting_order_value"] = self.total_resting_order_value
        if isinstance(self.resting_order_value_breakdown, Unset):
            pass
        elif (
            self.resting_order_value_breakdown is None
        ):  # a null the spec does not allow, kept as received
            field_dict["resting_order_value_breakdown"] = None
        else:
            _resting_order_value_breakdown = []
            for (
                resting_order_value_breakdown_item_data
            ) in self.resting_order_value_breakdown:
                resting_order_value_breakdown_item = (
                    resting_order_value_breakdown_item_data.to_dict()
                )
                _resting_order_value_breakdown.append(
                    resting_order_value_breakdown_item
                )

            field_dict["resting_order_value_breakdown"] = _resting_order_value_breakdown
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
            _v = _get("total_resting_order_value", UNSET)
            _f_total_resting_order_value: Any
            if type(_v) is int:
                _f_total_resting_order_value = _v

            elif _v is UNSET:
                _f_total_resting_order_value = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "GetPortfolioRestingOrderTotalValueResponse",
                    "total_resting_order_value",
                    "missing",
                )
            elif _v is None:
                _f_total_resting_order_value = None
                _deviations = record_deviation(
                    _deviations,
                    "GetPortfolioRestingOrderTotalValueResponse",
                    "total_resting_order_value",
                    "null",
                )
            else:
                if type(_v) is not int:
                    raise BadValue("total_resting_order_value", "int", _v)
                _f_total_resting_order_value = _v

            _v = _get("resting_order_value_breakdown", UNSET)
            _f_resting_order_value_breakdown: Any
            if _v is UNSET:
                _f_resting_order_value_breakdown = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "GetPortfolioRestingOrderTotalValueResponse",
                    "resting_order_value_breakdown",
                    "missing",
                )
            elif _v is None:
                _f_resting_order_value_breakdown = None
                _deviations = record_deviation(
                    _deviations,
                    "GetPortfolioRestingOrderTotalValueResponse",
                    "resting_order_value_breakdown",
                    "null",
                )
            else:
                if type(_v) is not list:
                    raise BadValue("resting_order_value_breakdown", "array", _v)
                try:
                    _f_resting_order_value_breakdown = list(
                        map(IndexedBalance.from_dict, _v)
                    )
                except BadValue as _bad:
                    raise _bad.within_list(
                        "resting_order_value_breakdown", _v
                    ) from None

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        get_portfolio_resting_order_total_value_response = _new(cls)
        get_portfolio_resting_order_total_value_response.total_resting_order_value = (
            _f_total_resting_order_value
        )
        get_portfolio_resting_order_total_value_response.resting_order_value_breakdown = _f_resting_order_value_breakdown
        if len(src_dict) + _absent > 2:
            _known: set[str] = {
                "total_resting_order_value",
                "resting_order_value_breakdown",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            get_portfolio_resting_order_total_value_response.additional_properties = (
                _extra_found
            )
        else:
            get_portfolio_resting_order_total_value_response.additional_properties = {}
        get_portfolio_resting_order_total_value_response._deviations = _deviations
        return get_portfolio_resting_order_total_value_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("total_resting_order_value", "total_resting_order_value", int, True, None),
            (
                "resting_order_value_breakdown",
                "resting_order_value_breakdown",
                list_of(wire_struct(IndexedBalance)),
                True,
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
        get_portfolio_resting_order_total_value_response = _new(cls)
        get_portfolio_resting_order_total_value_response.total_resting_order_value = (
            w.total_resting_order_value
        )
        get_portfolio_resting_order_total_value_response.resting_order_value_breakdown = items_from_wire(
            IndexedBalance, w.resting_order_value_breakdown
        )
        get_portfolio_resting_order_total_value_response.additional_properties = (
            w._extras()
        )
        get_portfolio_resting_order_total_value_response._deviations = None
        return get_portfolio_resting_order_total_value_response

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
