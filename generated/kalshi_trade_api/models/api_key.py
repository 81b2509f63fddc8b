from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.api_key_scope import ApiKeyScope, check_api_key_scope
from ..types import (
    UNSET,
    BadValue,
    Unset,
    _new,
    learn_extras,
    model_repr,
    record_deviation,
)

T = TypeVar("T", bound="ApiKey")


@_attrs_define(repr=False, on_setattr=_NO_OP)
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
    # {json field: "missing" | "null"} when the response deviated from the spec (see types.deviations).
    _deviations: dict[str, str] | None = _attrs_field(
        init=False, default=None, eq=False
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if isinstance(self.api_key_id, Unset):
            pass
        elif (
            self.api_key_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["api_key_id"] = None
        else:
            field_dict["api_key_id"] = self.api_key_id
        if isinstance(self.name, Unset):
            pass
        elif self.name is None:  # a null the spec does not allow, kept as received
            field_dict["name"] = None
        else:
            field_dict["name"] = self.name
        if isinstance(self.scopes, Unset):
            pass
        elif self.scopes is None:  # a null the spec does not allow, kept as received
            field_dict["scopes"] = None
        else:
            _scopes = []
            for scopes_item_data in self.scopes:
                scopes_item: str = check_api_key_scope(scopes_item_data, "scopes_item")
                _scopes.append(scopes_item)

            field_dict["scopes"] = _scopes
        if isinstance(self.subaccount, Unset):
            pass
        else:
            _subaccount: int | None | Unset
            if isinstance(self.subaccount, Unset):
                _subaccount = UNSET
            else:
                _subaccount = self.subaccount
            field_dict["subaccount"] = _subaccount
        if isinstance(self.fcm_subtrader_id, Unset):
            pass
        else:
            _fcm_subtrader_id: None | str | Unset
            if isinstance(self.fcm_subtrader_id, Unset):
                _fcm_subtrader_id = UNSET
            else:
                _fcm_subtrader_id = self.fcm_subtrader_id
            field_dict["fcm_subtrader_id"] = _fcm_subtrader_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            raise BadValue(None, "object", src_dict)
        _get = src_dict.get
        _deviations: dict[str, str] | None = None
        _absent = 0
        try:
            pass
            _v = _get("api_key_id", UNSET)
            _f_api_key_id: Any
            if type(_v) is str:
                _f_api_key_id = _v

            elif _v is UNSET:
                _f_api_key_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "ApiKey", "api_key_id", "missing"
                )
            elif _v is None:
                _f_api_key_id = None
                _deviations = record_deviation(
                    _deviations, "ApiKey", "api_key_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("api_key_id", "str", _v)
                _f_api_key_id = _v

            _v = _get("name", UNSET)
            _f_name: Any
            if type(_v) is str:
                _f_name = _v

            elif _v is UNSET:
                _f_name = UNSET
                _absent += 1
                _deviations = record_deviation(_deviations, "ApiKey", "name", "missing")
            elif _v is None:
                _f_name = None
                _deviations = record_deviation(_deviations, "ApiKey", "name", "null")
            else:
                if type(_v) is not str:
                    raise BadValue("name", "str", _v)
                _f_name = _v

            _v = _get("scopes", UNSET)
            _f_scopes: Any
            if _v is UNSET:
                _f_scopes = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "ApiKey", "scopes", "missing"
                )
            elif _v is None:
                _f_scopes = None
                _deviations = record_deviation(_deviations, "ApiKey", "scopes", "null")
            else:
                if type(_v) is not list:
                    raise BadValue("scopes", "array", _v)
                _f_scopes = []
                try:
                    for _i30, _x30 in enumerate(_v):
                        _y30 = check_api_key_scope(_x30, _i30, received=True)

                        _f_scopes.append(_y30)
                except BadValue as _bad:
                    raise _bad.within("scopes") from None

            _v = _get("subaccount", UNSET)
            _f_subaccount: Any
            if type(_v) is int:
                _f_subaccount = _v

            elif _v is UNSET:
                _f_subaccount = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_subaccount = None
                else:
                    if type(_v) is not int:
                        raise BadValue("subaccount", "int", _v)
                    _f_subaccount = _v

            _v = _get("fcm_subtrader_id", UNSET)
            _f_fcm_subtrader_id: Any
            if type(_v) is str:
                _f_fcm_subtrader_id = _v

            elif _v is UNSET:
                _f_fcm_subtrader_id = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_fcm_subtrader_id = None
                else:
                    if type(_v) is not str:
                        raise BadValue("fcm_subtrader_id", "str", _v)
                    _f_fcm_subtrader_id = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        api_key = _new(cls)
        api_key.api_key_id = _f_api_key_id
        api_key.name = _f_name
        api_key.scopes = _f_scopes
        api_key.subaccount = _f_subaccount
        api_key.fcm_subtrader_id = _f_fcm_subtrader_id
        if len(src_dict) + _absent > 5:
            _known: set[str] = {
                "api_key_id",
                "name",
                "scopes",
                "subaccount",
                "fcm_subtrader_id",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            api_key.additional_properties = _extra_found
        else:
            api_key.additional_properties = {}
        api_key._deviations = _deviations
        return api_key

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("api_key_id", "api_key_id", str, True, None),
            ("name", "name", str, True, None),
            ("scopes", "scopes", Any, True, None),
            ("subaccount", "subaccount", int | None, False, None),
            ("fcm_subtrader_id", "fcm_subtrader_id", str | None, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        api_key = _new(cls)
        api_key.api_key_id = w.api_key_id
        api_key.name = w.name
        if w.scopes is None:  # a null the spec does not allow: from_dict records it
            raise BadValue("scopes", "not null", None)
        if type(w.scopes) is not list:
            raise BadValue("scopes", "array", w.scopes)
        api_key.scopes = []
        try:
            for _i30, _x30 in enumerate(w.scopes):
                _y30 = check_api_key_scope(_x30, _i30, received=True)

                api_key.scopes.append(_y30)
        except BadValue as _bad:
            raise _bad.within("scopes") from None
        api_key.subaccount = w.subaccount
        api_key.fcm_subtrader_id = w.fcm_subtrader_id
        api_key.additional_properties = w._extras()
        api_key._deviations = None
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
