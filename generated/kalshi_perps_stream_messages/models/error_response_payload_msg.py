from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.error_response_payload_msg_code import (
    ERROR_RESPONSE_PAYLOAD_MSG_CODE_VALUES,
    ErrorResponsePayloadMsgCode,
    check_error_response_payload_msg_code,
)
from ..types import (
    UNSET,
    BadValue,
    Unset,
    _new,
    learn_extras,
    model_repr,
    record_deviation,
)

T = TypeVar("T", bound="ErrorResponsePayloadMsg")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class ErrorResponsePayloadMsg:
    """Attributes:
    code (ErrorResponsePayloadMsgCode): Error codes the Margin WebSocket endpoint can emit.
        Numbering is shared with the Predictions WebSocket API, so the list is
        not contiguous. Codes 23, 24, and 28 are used only on channels
        outside the public Margin surface. Codes 6, 16, and 17 are
        retired; the service no longer emits them and their numbers
        stay reserved.
    msg (str):
    """

    code: ErrorResponsePayloadMsgCode

    msg: str

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
            _code: int = check_error_response_payload_msg_code(self.code, "code")
            field_dict["code"] = _code
        if isinstance(self.msg, Unset):
            pass
        elif self.msg is None:  # a null the spec does not allow, kept as received
            field_dict["msg"] = None
        else:
            field_dict["msg"] = self.msg
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
            if type(_v) is int and _v in ERROR_RESPONSE_PAYLOAD_MSG_CODE_VALUES:
                _f_code = _v

            elif _v is UNSET:
                _f_code = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "ErrorResponsePayloadMsg", "code", "missing"
                )
            elif _v is None:
                _f_code = None
                _deviations = record_deviation(
                    _deviations, "ErrorResponsePayloadMsg", "code", "null"
                )
            else:
                _f_code = check_error_response_payload_msg_code(
                    _v, "code", received=True
                )

            _v = _get("msg", UNSET)
            _f_msg: Any
            if type(_v) is str:
                _f_msg = _v

            elif _v is UNSET:
                _f_msg = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "ErrorResponsePayloadMsg", "msg", "missing"
                )
            elif _v is None:
                _f_msg = None
                _deviations = record_deviation(
                    _deviations, "ErrorResponsePayloadMsg", "msg", "null"
                )
            else:
                if type(_v) is not str:
                    raise BadValue("msg", "str", _v)
                _f_msg = _v

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        error_response_payload_msg = _new(cls)
        error_response_payload_msg.code = _f_code
        error_response_payload_msg.msg = _f_msg
        if len(src_dict) + _absent > 2:
            _known: set[str] = {"code", "msg"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            error_response_payload_msg.additional_properties = _extra_found
        else:
            error_response_payload_msg.additional_properties = {}
        error_response_payload_msg._deviations = _deviations
        return error_response_payload_msg

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        return [
            ("code", "code", int, True, None),
            ("msg", "msg", str, True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        error_response_payload_msg = _new(cls)
        error_response_payload_msg.code = (
            w.code
            if w.code in ERROR_RESPONSE_PAYLOAD_MSG_CODE_VALUES
            else check_error_response_payload_msg_code(w.code, "code", received=True)
        )
        error_response_payload_msg.msg = w.msg
        error_response_payload_msg.additional_properties = w._extras()
        error_response_payload_msg._deviations = None
        return error_response_payload_msg

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
