from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.indexed_balance import IndexedBalance


T = TypeVar("T", bound="GetPortfolioRestingOrderTotalValueResponse")


@_attrs_define(repr=False)
class GetPortfolioRestingOrderTotalValueResponse:
    """Attributes:
    total_resting_order_value (int): Total value of resting orders in cents
    resting_order_value_breakdown (list[IndexedBalance]): Total value of resting orders broken down by exchange
        index, with each balance expressed as a fixed-point dollar string.
    """

    total_resting_order_value: int
    resting_order_value_breakdown: list[IndexedBalance]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        total_resting_order_value = self.total_resting_order_value
        field_dict["total_resting_order_value"] = total_resting_order_value
        resting_order_value_breakdown = []
        for (
            resting_order_value_breakdown_item_data
        ) in self.resting_order_value_breakdown:
            resting_order_value_breakdown_item = (
                resting_order_value_breakdown_item_data.to_dict()
            )
            resting_order_value_breakdown.append(resting_order_value_breakdown_item)

        field_dict["resting_order_value_breakdown"] = resting_order_value_breakdown
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.indexed_balance import IndexedBalance

        d = dict(src_dict)
        total_resting_order_value = d.pop("total_resting_order_value")
        resting_order_value_breakdown = []
        _resting_order_value_breakdown = d.pop("resting_order_value_breakdown")
        for resting_order_value_breakdown_item_data in _resting_order_value_breakdown:
            resting_order_value_breakdown_item = IndexedBalance.from_dict(
                resting_order_value_breakdown_item_data
            )

            resting_order_value_breakdown.append(resting_order_value_breakdown_item)

        get_portfolio_resting_order_total_value_response = cls(
            total_resting_order_value=total_resting_order_value,
            resting_order_value_breakdown=resting_order_value_breakdown,
        )
        get_portfolio_resting_order_total_value_response.additional_properties = d
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
