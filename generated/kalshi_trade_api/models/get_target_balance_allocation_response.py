from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resting_margin_reservation import (
    RestingMarginReservation,
    check_resting_margin_reservation,
)
from ..types import model_repr

if TYPE_CHECKING:
    from ..models.target_balance_allocation import TargetBalanceAllocation


T = TypeVar("T", bound="GetTargetBalanceAllocationResponse")


@_attrs_define(repr=False)
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

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        allocations = []
        for allocations_item_data in self.allocations:
            allocations_item = allocations_item_data.to_dict()
            allocations.append(allocations_item)

        field_dict["allocations"] = allocations
        resting_margin_reservation: str = check_resting_margin_reservation(
            self.resting_margin_reservation, "resting_margin_reservation"
        )
        field_dict["resting_margin_reservation"] = resting_margin_reservation
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.target_balance_allocation import TargetBalanceAllocation

        d = dict(src_dict)
        allocations = []
        _allocations = d.pop("allocations")
        for allocations_item_data in _allocations:
            allocations_item = TargetBalanceAllocation.from_dict(allocations_item_data)

            allocations.append(allocations_item)

        resting_margin_reservation = check_resting_margin_reservation(
            d.pop("resting_margin_reservation"),
            "resting_margin_reservation",
            received=True,
        )

        get_target_balance_allocation_response = cls(
            allocations=allocations,
            resting_margin_reservation=resting_margin_reservation,
        )
        get_target_balance_allocation_response.additional_properties = d
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
