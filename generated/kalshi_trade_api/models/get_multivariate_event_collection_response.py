from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.multivariate_event_collection import MultivariateEventCollection


T = TypeVar("T", bound="GetMultivariateEventCollectionResponse")


@_attrs_define(repr=False)
class GetMultivariateEventCollectionResponse:
    """Attributes:
    multivariate_contract (MultivariateEventCollection):
    """

    multivariate_contract: MultivariateEventCollection
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        multivariate_contract = self.multivariate_contract.to_dict()
        field_dict["multivariate_contract"] = multivariate_contract
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.multivariate_event_collection import MultivariateEventCollection

        d = dict(src_dict)
        multivariate_contract = MultivariateEventCollection.from_dict(
            d.pop("multivariate_contract")
        )

        get_multivariate_event_collection_response = cls(
            multivariate_contract=multivariate_contract,
        )
        get_multivariate_event_collection_response.additional_properties = d
        return get_multivariate_event_collection_response

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
