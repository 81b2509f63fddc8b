from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

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

T = TypeVar("T", bound="GenerateApiKeyResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class GenerateApiKeyResponse:
    """Attributes:
    api_key_id (str): Unique identifier for the newly generated API key
    private_key (str): Private key in PEM format - PKCS#1 (`-----BEGIN RSA PRIVATE KEY-----`) for `rsa`, PKCS#8
        (`-----BEGIN PRIVATE KEY-----`) for `ed25519`. This must be stored securely and cannot be retrieved again after
        this response
    key_type (ApiKeyType | Unset): Signature algorithm of an API key pair. `rsa` - 2048-bit RSA; requests are signed
        with RSA-PSS SHA-256. `ed25519` - Ed25519 (RFC 8032) signatures over the same pre-sign text, with lower client-
        side signing cost. Defaults to `rsa` when omitted from a generate request, for compatibility with existing
        clients.
    warning (None | str | Unset): Present only when the minted key is bound to an FCM subtrader that is missing a
        per-subtrader risk control - the initial-margin cap (margin lane) or the event-contract daily cap. The mint
        still succeeds; the warning names each missing control - an event-contract subtrader without a daily cap has its
        event-contract orders rejected until one is set, while a margin subtrader without an initial-margin cap is
        bounded only by firm-level risk limits.
    """

    api_key_id: str

    private_key: str

    key_type: ApiKeyType | Unset = UNSET

    warning: None | str | Unset = UNSET

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
        if isinstance(self.private_key, Unset):
            pass
        elif (
            self.private_key is None
        ):  # a null the spec does not allow, kept as received
            field_dict["private_key"] = None
        else:
            field_dict["private_key"] = self.private_key
        if isinstance(self.key_type, Unset):
            pass
        elif self.key_type is None:  # a null the spec does not allow, kept as received
            field_dict["key_type"] = None
        else:
            _key_type: str | Unset = UNSET
            if not isinstance(self.key_type, Unset):
                _key_type = check_api_key_type(self.key_type, "key_type")

            field_dict["key_type"] = _key_type
        if isinstance(self.warning, Unset):
            pass
        else:
            _warning: None | str | Unset
            if isinstance(self.warning, Unset):
                _warning = UNSET
            else:
                _warning = self.warning
            field_dict["warning"] = _warning
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
                    _deviations, "GenerateApiKeyResponse", "api_key_id", "missing"
                )
            elif _v is None:
                _f_api_key_id = None
                _deviations = record_deviation(
                    _deviations, "GenerateApiKeyResponse", "api_key_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("api_key_id", "str", _v)
                _f_api_key_id = _v

            _v = _get("private_key", UNSET)
            _f_private_key: Any
            if type(_v) is str:
                _f_private_key = _v

            elif _v is UNSET:
                _f_private_key = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "GenerateApiKeyResponse", "private_key", "missing"
                )
            elif _v is None:
                _f_private_key = None
                _deviations = record_deviation(
                    _deviations, "GenerateApiKeyResponse", "private_key", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("private_key", "str", _v)
                _f_private_key = _v

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
                    _deviations, "GenerateApiKeyResponse", "key_type", "null"
                )
            else:
                _f_key_type = check_api_key_type(_v, "key_type", received=True)

            _v = _get("warning", UNSET)
            _f_warning: Any
            if type(_v) is str:
                _f_warning = _v

            elif _v is UNSET:
                _f_warning = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_warning = None
                else:
                    if type(_v) is not str:
                        raise BadValue("warning", "str", _v)
                    _f_warning = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        generate_api_key_response = _new(cls)
        generate_api_key_response.api_key_id = _f_api_key_id
        generate_api_key_response.private_key = _f_private_key
        generate_api_key_response.key_type = _f_key_type
        generate_api_key_response.warning = _f_warning
        if len(src_dict) + _absent > 4:
            _known: set[str] = {"api_key_id", "private_key", "key_type", "warning"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            generate_api_key_response.additional_properties = _extra_found
        else:
            generate_api_key_response.additional_properties = {}
        generate_api_key_response._deviations = _deviations
        return generate_api_key_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("api_key_id", "api_key_id", str, True, None),
            ("private_key", "private_key", str, True, None),
            ("key_type", "key_type", str, False, None),
            ("warning", "warning", str | None, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        generate_api_key_response = _new(cls)
        generate_api_key_response.api_key_id = w.api_key_id
        generate_api_key_response.private_key = w.private_key
        if w.key_type is UNSET:
            generate_api_key_response.key_type = w.key_type
        else:
            generate_api_key_response.key_type = (
                w.key_type
                if w.key_type in API_KEY_TYPE_VALUES
                else check_api_key_type(w.key_type, "key_type", received=True)
            )
        generate_api_key_response.warning = w.warning
        generate_api_key_response.additional_properties = w._extras()
        generate_api_key_response._deviations = None
        return generate_api_key_response

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
