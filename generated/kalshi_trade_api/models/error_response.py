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

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class ErrorResponse:
    """Attributes:
    code (str | Unset): Error code
    message (str | Unset): Human-readable error message
    details (str | Unset): Additional details about the error, if available
    """

    code: str | Unset = UNSET

    message: str | Unset = UNSET

    details: str | Unset = UNSET

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
        if isinstance(self.code, Unset):
            pass
        elif self.code is None:  # a null the spec does not allow, kept as received
            field_dict["code"] = None
        else:
            field_dict["code"] = self.code
        if isinstance(self.message, Unset):
            pass
        elif self.message is None:  # a null the spec does not allow, kept as received
            field_dict["message"] = None
        else:
            field_dict["message"] = self.message
        if isinstance(self.details, Unset):
            pass
        elif self.details is None:  # a null the spec does not allow, kept as received
            field_dict["details"] = None
        else:
            field_dict["details"] = self.details
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
            _v = _get("code", UNSET)
            _f_code: Any
            if type(_v) is str:
                _f_code = _v

            elif _v is UNSET:
                _f_code = UNSET
                _absent += 1
            elif _v is None:
                _f_code = None
                _deviations = record_deviation(
                    _deviations, "ErrorResponse", "code", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("code", "str", _v)
                _f_code = _v

            _v = _get("message", UNSET)
            _f_message: Any
            if type(_v) is str:
                _f_message = _v

            elif _v is UNSET:
                _f_message = UNSET
                _absent += 1
            elif _v is None:
                _f_message = None
                _deviations = record_deviation(
                    _deviations, "ErrorResponse", "message", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("message", "str", _v)
                _f_message = _v

            _v = _get("details", UNSET)
            _f_details: Any
            if type(_v) is str:
                _f_details = _v

            elif _v is UNSET:
                _f_details = UNSET
                _absent += 1
            elif _v is None:
                _f_details = None
                _deviations = record_deviation(
                    _deviations, "ErrorResponse", "details", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("details", "str", _v)
                _f_details = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        error_response = _new(cls)
        error_response.code = _f_code
        error_response.message = _f_message
        error_response.details = _f_details
        if len(src_dict) + _absent > 3:
            _known: set[str] = {"code", "message", "details"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            error_response.additional_properties = _extra_found
        else:
            error_response.additional_properties = {}
        error_response._deviations = _deviations
        return error_response

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("code", "code", str, False, None),
            ("message", "message", str, False, None),
            ("details", "details", str, False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        error_response = _new(cls)
        error_response.code = w.code
        error_response.message = w.message
        error_response.details = w.details
        error_response.additional_properties = w._extras()
        error_response._deviations = None
        return error_response

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
