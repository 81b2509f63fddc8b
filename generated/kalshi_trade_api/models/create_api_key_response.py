from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..types import (
    UNSET,
    BadValue,
    Unset,
    _new,
    learn_extras,
    model_repr,
    record_deviation,
)

T = TypeVar("T", bound="CreateApiKeyResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class CreateApiKeyResponse:
    """Attributes:
    api_key_id (str): Unique identifier for the newly created API key
    warning (None | str | Unset): Present only when the minted key is bound to an FCM subtrader that is missing a
        per-subtrader risk control - the initial-margin cap (margin lane) or the event-contract daily cap. The mint
        still succeeds; the warning names each missing control - an event-contract subtrader without a daily cap has its
        event-contract orders rejected until one is set, while a margin subtrader without an initial-margin cap is
        bounded only by firm-level risk limits.
    """

    api_key_id: str

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
                    _deviations, "CreateApiKeyResponse", "api_key_id", "missing"
                )
            elif _v is None:
                _f_api_key_id = None
                _deviations = record_deviation(
                    _deviations, "CreateApiKeyResponse", "api_key_id", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("api_key_id", "str", _v)
                _f_api_key_id = _v

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
        create_api_key_response = _new(cls)
        create_api_key_response.api_key_id = _f_api_key_id
        create_api_key_response.warning = _f_warning
        if len(src_dict) + _absent > 2:
            _known: set[str] = {"api_key_id", "warning"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            create_api_key_response.additional_properties = _extra_found
        else:
            create_api_key_response.additional_properties = {}
        create_api_key_response._deviations = _deviations
        return create_api_key_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("api_key_id", "api_key_id", str, True, None),
            ("warning", "warning", str | None, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        create_api_key_response = _new(cls)
        create_api_key_response.api_key_id = w.api_key_id
        create_api_key_response.warning = w.warning
        create_api_key_response.additional_properties = w._extras()
        create_api_key_response._deviations = None
        return create_api_key_response

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
