from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.subaccount_netting_config import SubaccountNettingConfig


T = TypeVar("T", bound="GetSubaccountNettingResponse")


@_attrs_define(repr=False)
class GetSubaccountNettingResponse:
    """Attributes:
    netting_configs (list[SubaccountNettingConfig]):
    """

    netting_configs: list[SubaccountNettingConfig]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        netting_configs = []
        for netting_configs_item_data in self.netting_configs:
            netting_configs_item = netting_configs_item_data.to_dict()
            netting_configs.append(netting_configs_item)

        field_dict["netting_configs"] = netting_configs
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subaccount_netting_config import SubaccountNettingConfig

        d = dict(src_dict)
        netting_configs = []
        _netting_configs = d.pop("netting_configs")
        for netting_configs_item_data in _netting_configs:
            netting_configs_item = SubaccountNettingConfig.from_dict(
                netting_configs_item_data
            )

            netting_configs.append(netting_configs_item)

        get_subaccount_netting_response = cls(
            netting_configs=netting_configs,
        )
        get_subaccount_netting_response.additional_properties = d
        return get_subaccount_netting_response

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
