from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.resting_margin_reservation import (
    RESTING_MARGIN_RESERVATION_VALUES,
    RestingMarginReservation,
    check_resting_margin_reservation,
)
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
    from ..models.target_balance_allocation import TargetBalanceAllocation


T = TypeVar("T", bound="GetTargetBalanceAllocationResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class GetTargetBalanceAllocationResponse:
    """Attributes:
    allocations (list[TargetBalanceAllocation]):
    resting_margin_reservation (RestingMarginReservation): Collateral an automatic rebalance leaves behind for
        resting orders. `none` reserves no
        collateral for resting orders. `max` reserves the
        largest single market-side commitment. `sum` reserves the summed margin of every resting order.
    """

    allocations: list[TargetBalanceAllocation]

    resting_margin_reservation: RestingMarginReservation

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
        if isinstance(self.allocations, Unset):
            pass
        elif (
            self.allocations is None
        ):  # a null the spec does not allow, kept as received
            field_dict["allocations"] = None
        else:
            _allocations = []
            for allocations_item_data in self.allocations:
                allocations_item = allocations_item_data.to_dict()
                _allocations.append(allocations_item)

            field_dict["allocations"] = _allocations
        if isinstance(self.resting_margin_reservation, Unset):
            pass
        elif (
            self.resting_margin_reservation is None
        ):  # a null the spec does not allow, kept as received
            field_dict["resting_margin_reservation"] = None
        else:
            _resting_margin_reservation: str = check_resting_margin_reservation(
                self.resting_margin_reservation, "resting_margin_reservation"
            )
            field_dict["resting_margin_reservation"] = _resting_margin_reservation
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
            _v = _get("allocations", UNSET)
            _f_allocations: Any
            if _v is UNSET:
                _f_allocations = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "GetTargetBalanceAllocationResponse",
                    "allocations",
                    "missing",
                )
            elif _v is None:
                _f_allocations = None
                _deviations = record_deviation(
                    _deviations,
                    "GetTargetBalanceAllocationResponse",
                    "allocations",
                    "null",
                )
            else:
                if type(_v) is not list:
                    raise BadValue("allocations", "array", _v)
                try:
                    _f_allocations = list(map(TargetBalanceAllocation.from_dict, _v))
                except BadValue as _bad:
                    raise _bad.within_list("allocations", _v) from None

            _v = _get("resting_margin_reservation", UNSET)
            _f_resting_margin_reservation: Any
            if type(_v) is str and _v in RESTING_MARGIN_RESERVATION_VALUES:
                _f_resting_margin_reservation = _v

            elif _v is UNSET:
                _f_resting_margin_reservation = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations,
                    "GetTargetBalanceAllocationResponse",
                    "resting_margin_reservation",
                    "missing",
                )
            elif _v is None:
                _f_resting_margin_reservation = None
                _deviations = record_deviation(
                    _deviations,
                    "GetTargetBalanceAllocationResponse",
                    "resting_margin_reservation",
                    "null",
                )
            else:
                _f_resting_margin_reservation = check_resting_margin_reservation(
                    _v, "resting_margin_reservation", received=True
                )

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        get_target_balance_allocation_response = _new(cls)
        get_target_balance_allocation_response.allocations = _f_allocations
        get_target_balance_allocation_response.resting_margin_reservation = (
            _f_resting_margin_reservation
        )
        if len(src_dict) + _absent > 2:
            _known: set[str] = {"allocations", "resting_margin_reservation"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            get_target_balance_allocation_response.additional_properties = _extra_found
        else:
            get_target_balance_allocation_response.additional_properties = {}
        get_target_balance_allocation_response._deviations = _deviations
        return get_target_balance_allocation_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            (
                "allocations",
                "allocations",
                list_of(wire_struct(TargetBalanceAllocation)),
                True,
                TargetBalanceAllocation,
            ),
            (
                "resting_margin_reservation",
                "resting_margin_reservation",
                str,
                True,
                None,
            ),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        get_target_balance_allocation_response = _new(cls)
        get_target_balance_allocation_response.allocations = items_from_wire(
            TargetBalanceAllocation, w.allocations
        )
        get_target_balance_allocation_response.resting_margin_reservation = (
            w.resting_margin_reservation
            if w.resting_margin_reservation in RESTING_MARGIN_RESERVATION_VALUES
            else check_resting_margin_reservation(
                w.resting_margin_reservation,
                "resting_margin_reservation",
                received=True,
            )
        )
        get_target_balance_allocation_response.additional_properties = w._extras()
        get_target_balance_allocation_response._deviations = None
        return get_target_balance_allocation_response

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
    global _lazy_bound, TargetBalanceAllocation
    from ..models.target_balance_allocation import TargetBalanceAllocation

    _lazy_bound = True
