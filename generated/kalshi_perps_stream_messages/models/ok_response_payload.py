from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

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
    wire_struct,
)

if TYPE_CHECKING:
    from ..models.ok_response_payload_msg import OkResponsePayloadMsg


T = TypeVar("T", bound="OkResponsePayload")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class OkResponsePayload:
    """Attributes:
    type_ (Literal['ok']):
    id (int | Unset): Unique ID of a command within a WebSocket session
    sid (int | Unset): Server-generated subscription identifier
    seq (int | Unset): Sequence number used for snapshot/delta consistency
    msg (OkResponsePayloadMsg | Unset):
    """

    type_: Literal["ok"]

    id: int | Unset = UNSET

    sid: int | Unset = UNSET

    seq: int | Unset = UNSET

    msg: OkResponsePayloadMsg | Unset = UNSET

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
        if isinstance(self.type_, Unset):
            pass
        elif self.type_ is None:  # a null the spec does not allow, kept as received
            field_dict["type"] = None
        else:
            field_dict["type"] = self.type_
        if isinstance(self.id, Unset):
            pass
        elif self.id is None:  # a null the spec does not allow, kept as received
            field_dict["id"] = None
        else:
            field_dict["id"] = self.id
        if isinstance(self.sid, Unset):
            pass
        elif self.sid is None:  # a null the spec does not allow, kept as received
            field_dict["sid"] = None
        else:
            field_dict["sid"] = self.sid
        if isinstance(self.seq, Unset):
            pass
        elif self.seq is None:  # a null the spec does not allow, kept as received
            field_dict["seq"] = None
        else:
            field_dict["seq"] = self.seq
        if isinstance(self.msg, Unset):
            pass
        elif self.msg is None:  # a null the spec does not allow, kept as received
            field_dict["msg"] = None
        else:
            _msg: dict[str, Any] | Unset = UNSET
            if not isinstance(self.msg, Unset):
                _msg = self.msg.to_dict()
            field_dict["msg"] = _msg
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
            _v = _get("type", UNSET)
            _f_type_: Any
            if _v is UNSET:
                _f_type_ = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "OkResponsePayload", "type", "missing"
                )
            elif _v is None:
                _f_type_ = None
                _deviations = record_deviation(
                    _deviations, "OkResponsePayload", "type", "null"
                )
            else:
                if _v != "ok":
                    raise BadValue("type", "the constant " + '"ok"', _v)
                _f_type_ = _v

            _v = _get("id", UNSET)
            _f_id: Any
            if type(_v) is int:
                _f_id = _v

            elif _v is UNSET:
                _f_id = UNSET
                _absent += 1
            elif _v is None:
                _f_id = None
                _deviations = record_deviation(
                    _deviations, "OkResponsePayload", "id", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("id", "int", _v)
                _f_id = _v

            _v = _get("sid", UNSET)
            _f_sid: Any
            if type(_v) is int:
                _f_sid = _v

            elif _v is UNSET:
                _f_sid = UNSET
                _absent += 1
            elif _v is None:
                _f_sid = None
                _deviations = record_deviation(
                    _deviations, "OkResponsePayload", "sid", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("sid", "int", _v)
                _f_sid = _v

            _v = _get("seq", UNSET)
            _f_seq: Any
            if type(_v) is int:
                _f_seq = _v

            elif _v is UNSET:
                _f_seq = UNSET
                _absent += 1
            elif _v is None:
                _f_seq = None
                _deviations = record_deviation(
                    _deviations, "OkResponsePayload", "seq", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("seq", "int", _v)
                _f_seq = _v

            _v = _get("msg", UNSET)
            _f_msg: Any
            if _v is UNSET:
                _f_msg = UNSET
                _absent += 1
            elif _v is None:
                _f_msg = None
                _deviations = record_deviation(
                    _deviations, "OkResponsePayload", "msg", "null"
                )
            else:
                try:
                    _f_msg = OkResponsePayloadMsg.from_dict(_v)
                except BadValue as _bad:
                    raise _bad.within("msg") from None

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        ok_response_payload = _new(cls)
        ok_response_payload.type_ = _f_type_
        ok_response_payload.id = _f_id
        ok_response_payload.sid = _f_sid
        ok_response_payload.seq = _f_seq
        ok_response_payload.msg = _f_msg
        if len(src_dict) + _absent > 5:
            _known: set[str] = {"type", "id", "sid", "seq", "msg"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            ok_response_payload.additional_properties = _extra_found
        else:
            ok_response_payload.additional_properties = {}
        ok_response_payload._deviations = _deviations
        return ok_response_payload

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("type_", "type", Any, True, None),
            ("id", "id", int, False, None),
            ("sid", "sid", int, False, None),
            ("seq", "seq", int, False, None),
            ("msg", "msg", wire_struct(OkResponsePayloadMsg), False, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        ok_response_payload = _new(cls)
        if w.type_ is None:  # a null the spec does not allow: from_dict records it
            raise BadValue("type", "not null", None)
        if w.type_ != "ok":
            raise BadValue("type", "the constant " + '"ok"', w.type_)
        ok_response_payload.type_ = w.type_
        ok_response_payload.id = w.id
        ok_response_payload.sid = w.sid
        ok_response_payload.seq = w.seq
        if w.msg is UNSET:
            ok_response_payload.msg = w.msg
        else:
            ok_response_payload.msg = OkResponsePayloadMsg._from_wire(w.msg)
        ok_response_payload.additional_properties = w._extras()
        ok_response_payload._deviations = None
        return ok_response_payload

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
    global _lazy_bound, OkResponsePayloadMsg
    from ..models.ok_response_payload_msg import OkResponsePayloadMsg

    _lazy_bound = True
