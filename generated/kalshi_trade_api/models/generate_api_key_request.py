from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.api_key_scope import ApiKeyScope, check_api_key_scope
from ..models.api_key_type import API_KEY_TYPE_VALUES, ApiKeyType, check_api_key_type
from ..types import (
    UNSET,
    BadValue,
    Unset,
    _new,
    learn_extras,
    model_repr,
    record_deviation,
)

T = TypeVar("T", bound="GenerateApiKeyRequest")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class GenerateApiKeyRequest:
    """Attributes:
    name (str): Name for the API key. This helps identify the key's purpose
    key_type (ApiKeyType | Unset): Signature algorithm of an API key pair. `rsa` - 2048-bit RSA; requests are signed
        with RSA-PSS SHA-256. `ed25519` - Ed25519 (RFC 8032) signatures over the same pre-sign text, with lower client-
        side signing cost. Defaults to `rsa` when omitted from a generate request, for compatibility with existing
        clients.
    scopes (list[ApiKeyScope] | Unset): List of scopes to grant to the API key. If the broad `write` parent scope is
        included, `read` must also be included. Child scopes may be granted without the broad parent scope. Defaults to
        full access (`read`, `write`) if not provided.
    subaccount (int | Unset): If set, restricts the API key to a single sub-account (0-63) that you own. A
        restricted key may only read and trade on that sub-account; it cannot act on other sub-accounts, transfer funds
        between sub-accounts, or create sub-accounts. Omit to leave the key unrestricted. Mutually exclusive with
        fcm_subtrader_id.
    fcm_subtrader_id (str | Unset): FCM members only. If set, binds the API key to a single FCM subtrader that you
        own, spelled {your_user_id}_{suffix} with a suffix of 1-16 case-sensitive ASCII alphanumeric characters. The
        subtrader must already exist. A bound key is the institution's trading credential for that subtrader - FIX
        order-entry and market-data sessions, plus margin WebSocket sessions scoped to the subtrader's own data - and is
        denied on every REST endpoint, including key management. Mutually exclusive with subaccount.
    """

    name: str

    key_type: ApiKeyType | Unset = UNSET

    scopes: list[ApiKeyScope] | Unset = UNSET

    subaccount: int | Unset = UNSET

    fcm_subtrader_id: str | Unset = UNSET

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
        if isinstance(self.name, Unset):
            pass
        elif self.name is None:  # a null the spec does not allow, kept as received
            field_dict["name"] = None
        else:
            field_dict["name"] = self.name
        if isinstance(self.key_type, Unset):
            pass
        elif self.key_type is None:  # a null the spec does not allow, kept as received
            field_dict["key_type"] = None
        else:
            _key_type: str | Unset = UNSET
            if not isinstance(self.key_type, Unset):
                _key_type = check_api_key_type(self.key_type, "key_type")

            field_dict["key_type"] = _key_type
        if isinstance(self.scopes, Unset):
            pass
        elif self.scopes is None:  # a null the spec does not allow, kept as received
            field_dict["scopes"] = None
        else:
            _scopes: list[str] | Unset = UNSET
            if not isinstance(self.scopes, Unset):
                _scopes = []
                for scopes_item_data in self.scopes:
                    scopes_item: str = check_api_key_scope(
                        scopes_item_data, "scopes_item"
                    )
                    _scopes.append(scopes_item)

            field_dict["scopes"] = _scopes
        if isinstance(self.subaccount, Unset):
            pass
        elif (
            self.subaccount is None
        ):  # a null the spec does not allow, kept as received
            field_dict["subaccount"] = None
        else:
            field_dict["subaccount"] = self.subaccount
        if isinstance(self.fcm_subtrader_id, Unset):
            pass
        elif (
            self.fcm_subtrader_id is None
        ):  # a null the spec does not allow, kept as received
            field_dict["fcm_subtrader_id"] = None
        else:
            field_dict["fcm_subtrader_id"] = self.fcm_subtrader_id
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
            _v = _get("name", UNSET)
            _f_name: Any
            if type(_v) is str:
                _f_name = _v

            elif _v is UNSET:
                _f_name = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "GenerateApiKeyRequest", "name", "missing"
                )
            elif _v is None:
                _f_name = None
                _deviations = record_deviation(
                    _deviations, "GenerateApiKeyRequest", "name", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("name", "str", _v)
                _f_name = _v

            _v = _get("key_type", UNSET)
            _f_key_type: Any
            if type(_v) is str and _v in API_KEY_TYPE_VALUES:
                _f_key_type = _v

            elif _v is UNSET:
                _f_key_type = UNSET
                _absent += 1
            elif _v is None:
                _f_key_type = None
                _deviations = record_deviation(
                    _deviations, "GenerateApiKeyRequest", "key_type", "null"
                )
            else:
                _f_key_type = check_api_key_type(_v, "key_type", received=True)

            _v = _get("scopes", UNSET)
            _f_scopes: Any
            if _v is UNSET:
                _f_scopes = UNSET
                _absent += 1
            elif _v is None:
                _f_scopes = None
                _deviations = record_deviation(
                    _deviations, "GenerateApiKeyRequest", "scopes", "null"
                )
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
            elif _v is None:
                _f_subaccount = None
                _deviations = record_deviation(
                    _deviations, "GenerateApiKeyRequest", "subaccount", "null"
                )
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
            elif _v is None:
                _f_fcm_subtrader_id = None
                _deviations = record_deviation(
                    _deviations, "GenerateApiKeyRequest", "fcm_subtrader_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("fcm_subtrader_id", "str", _v)
                _f_fcm_subtrader_id = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        generate_api_key_request = _new(cls)
        generate_api_key_request.name = _f_name
        generate_api_key_request.key_type = _f_key_type
        generate_api_key_request.scopes = _f_scopes
        generate_api_key_request.subaccount = _f_subaccount
        generate_api_key_request.fcm_subtrader_id = _f_fcm_subtrader_id
        if len(src_dict) + _absent > 5:
            _known: set[str] = {
                "name",
                "key_type",
                "scopes",
                "subaccount",
                "fcm_subtrader_id",
            }
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            generate_api_key_request.additional_properties = _extra_found
        else:
            generate_api_key_request.additional_properties = {}
        generate_api_key_request._deviations = _deviations
        return generate_api_key_request

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("name", "name", str, True, None),
            ("key_type", "key_type", str, False, None),
            ("scopes", "scopes", Any, False, None),
            ("subaccount", "subaccount", int, False, None),
            ("fcm_subtrader_id", "fcm_subtrader_id", str, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        generate_api_key_request = _new(cls)
        generate_api_key_request.name = w.name
        if w.key_type is UNSET:
            generate_api_key_request.key_type = w.key_type
        else:
            generate_api_key_request.key_type = (
                w.key_type
                if w.key_type in API_KEY_TYPE_VALUES
                else check_api_key_type(w.key_type, "key_type", received=True)
            )
        if w.scopes is None:  # a null the spec does not allow: from_dict records it
            raise BadValue("scopes", "not null", None)
        if w.scopes is UNSET:
            generate_api_key_request.scopes = w.scopes
        else:
            if type(w.scopes) is not list:
                raise BadValue("scopes", "array", w.scopes)
            generate_api_key_request.scopes = []
            try:
                for _i30, _x30 in enumerate(w.scopes):
                    _y30 = check_api_key_scope(_x30, _i30, received=True)

                    generate_api_key_request.scopes.append(_y30)
            except BadValue as _bad:
                raise _bad.within("scopes") from None
        generate_api_key_request.subaccount = w.subaccount
        generate_api_key_request.fcm_subtrader_id = w.fcm_subtrader_id
        generate_api_key_request.additional_properties = w._extras()
        generate_api_key_request._deviations = None
        return generate_api_key_request

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
