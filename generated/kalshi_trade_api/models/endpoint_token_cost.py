from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="EndpointTokenCost")


@_attrs_define(repr=False)
class EndpointTokenCost:
    """Attributes:
    method (str): HTTP method for the endpoint.
    path (str): API route path for the endpoint.
    cost (int): Configured token cost for an endpoint whose cost differs from the default cost.
    """

    method: str
    path: str
    cost: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        method = self.method
        field_dict["method"] = method
        path = self.path
        field_dict["path"] = path
        cost = self.cost
        field_dict["cost"] = cost
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        method = d.pop("method")
        path = d.pop("path")
        cost = d.pop("cost")
        endpoint_token_cost = cls(
            method=method,
            path=path,
            cost=cost,
        )
        endpoint_token_cost.additional_properties = d
        return endpoint_token_cost

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
