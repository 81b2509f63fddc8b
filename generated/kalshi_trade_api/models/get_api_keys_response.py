from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

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
    from ..models.api_key import ApiKey


T = TypeVar("T", bound="GetApiKeysResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class GetApiKeysResponse:
    """Attributes:
    api_keys (list[ApiKey]): List of all API keys associated with the user
    api_key_region_expiration_ts (int | None | Unset): Unix timestamp (seconds) when the account's location
        attestation for API key requests expires; a past value means the attestation has lapsed. Absent when the account
        has never attested.
    """

    api_keys: list[ApiKey]

    api_key_region_expiration_ts: int | None | Unset = UNSET

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
        if isinstance(self.api_keys, Unset):
            pass
        elif self.api_keys is None:  # a null the spec does not allow, kept as received
            field_dict["api_keys"] = None
        else:
            _api_keys = []
            for api_keys_item_data in self.api_keys:
                api_keys_item = api_keys_item_data.to_dict()
                _api_keys.append(api_keys_item)

            field_dict["api_keys"] = _api_keys
        if isinstance(self.api_key_region_expiration_ts, Unset):
            pass
        else:
            _api_key_region_expiration_ts: int | None | Unset
            if isinstance(self.api_key_region_expiration_ts, Unset):
                _api_key_region_expiration_ts = UNSET
            else:
                _api_key_region_expiration_ts = self.api_key_region_expiration_ts
            field_dict["api_key_region_expiration_ts"] = _api_key_region_expiration_ts
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
            _v = _get("api_keys", UNSET)
            _f_api_keys: Any
            if _v is UNSET:
                _f_api_keys = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "GetApiKeysResponse", "api_keys", "missing"
                )
            elif _v is None:
                _f_api_keys = None
                _deviations = record_deviation(
                    _deviations, "GetApiKeysResponse", "api_keys", "null"
                )
            else:
                if type(_v) is not list:
                    raise BadValue("api_keys", "array", _v)
                try:
                    _f_api_keys = list(map(ApiKey.from_dict, _v))
                except BadValue as _bad:
                    raise _bad.within_list("api_keys", _v) from None

            _v = _get("api_key_region_expiration_ts", UNSET)
            _f_api_key_region_expiration_ts: Any
            if type(_v) is int:
                _f_api_key_region_expiration_ts = _v

            elif _v is UNSET:
                _f_api_key_region_expiration_ts = UNSET
                _absent += 1
            else:
                if _v is None:
                    _f_api_key_region_expiration_ts = None
                else:
                    if type(_v) is not int:
                        raise BadValue("api_key_region_expiration_ts", "int", _v)
                    _f_api_key_region_expiration_ts = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        get_api_keys_response = _new(cls)
        get_api_keys_response.api_keys = _f_api_keys
        get_api_keys_response.api_key_region_expiration_ts = (
            _f_api_key_region_expiration_ts
        )
        if len(src_dict) + _absent > 2:
            _known: set[str] = {"api_keys", "api_key_region_expiration_ts"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            get_api_keys_response.additional_properties = _extra_found
        else:
            get_api_keys_response.additional_properties = {}
        get_api_keys_response._deviations = _deviations
        return get_api_keys_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("api_keys", "api_keys", list_of(wire_struct(ApiKey)), True, ApiKey),
            (
                "api_key_region_expiration_ts",
                "api_key_region_expiration_ts",
                int | None,
                False,
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
        get_api_keys_response = _new(cls)
        get_api_keys_response.api_keys = items_from_wire(ApiKey, w.api_keys)
        get_api_keys_response.api_key_region_expiration_ts = (
            w.api_key_region_expiration_ts
        )
        get_api_keys_response.additional_properties = w._extras()
        get_api_keys_response._deviations = None
        return get_api_keys_response

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
    global _lazy_bound, ApiKey
    from ..models.api_key import ApiKey

    _lazy_bound = True
