from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_key_scope import ApiKeyScope, check_api_key_scope
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ApiKey")


@_attrs_define(repr=False)
class ApiKey:
    """Attributes:
    api_key_id (str): Unique identifier for the API key
    name (str): User-provided name for the API key
    scopes (list[ApiKeyScope]): List of scopes granted to this API key.
    subaccount (int | None | Unset): If set, the API key is restricted to this single sub-account and may only read
        and trade on it. Absent/null means the key is unrestricted.
    fcm_subtrader_id (None | str | Unset): If set, the API key is bound to this single FCM subtrader
        ({fcm_user_id}_{suffix}) and is usable only as that institution's trading credential - FIX sessions and
        subtrader-scoped margin WebSocket sessions; every REST endpoint is denied. Absent/null means the key carries no
        subtrader binding.
    """

    api_key_id: str
    name: str
    scopes: list[ApiKeyScope]
    subaccount: int | None | Unset = UNSET
    fcm_subtrader_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        api_key_id = self.api_key_id
        field_dict["api_key_id"] = api_key_id
        name = self.name
        field_dict["name"] = name
        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item: str = check_api_key_scope(scopes_item_data, "scopes_item")
            scopes.append(scopes_item)

        field_dict["scopes"] = scopes
        subaccount: int | None | Unset
        if isinstance(self.subaccount, Unset):
            subaccount = UNSET
        else:
            subaccount = self.subaccount
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        fcm_subtrader_id: None | str | Unset
        if isinstance(self.fcm_subtrader_id, Unset):
            fcm_subtrader_id = UNSET
        else:
            fcm_subtrader_id = self.fcm_subtrader_id
        if fcm_subtrader_id is not UNSET:
            field_dict["fcm_subtrader_id"] = fcm_subtrader_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key_id = d.pop("api_key_id")
        name = d.pop("name")
        scopes = []
        _scopes = d.pop("scopes")
        for scopes_item_data in _scopes:
            scopes_item = check_api_key_scope(
                scopes_item_data, "scopes_item", received=True
            )

            scopes.append(scopes_item)

        def _parse_subaccount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        subaccount = _parse_subaccount(d.pop("subaccount", UNSET))

        def _parse_fcm_subtrader_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fcm_subtrader_id = _parse_fcm_subtrader_id(d.pop("fcm_subtrader_id", UNSET))

        api_key = cls(
            api_key_id=api_key_id,
            name=name,
            scopes=scopes,
            subaccount=subaccount,
            fcm_subtrader_id=fcm_subtrader_id,
        )
        api_key.additional_properties = d
        return api_key

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
