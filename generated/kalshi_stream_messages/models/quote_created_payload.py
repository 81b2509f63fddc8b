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
    from ..models.quote_created_payload_msg import QuoteCreatedPayloadMsg


T = TypeVar("T", bound="QuoteCreatedPayload")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class QuoteCreatedPayload:
    """Attributes:
    type_ (Literal['quote_created']):
    sid (int): Server-generated subscription identifier (sid) used to identify the channel
    msg (QuoteCreatedPayloadMsg):
    """

    type_: Literal["quote_created"]

    sid: int

    msg: QuoteCreatedPayloadMsg

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
        if isinstance(self.sid, Unset):
            pass
        elif self.sid is None:  # a null the spec does not allow, kept as received
            field_dict["sid"] = None
        else:
            field_dict["sid"] = self.sid
        if isinstance(self.msg, Unset):
            pass
        elif self.msg is None:  # a null the spec does not allow, kept as received
            field_dict["msg"] = None
        else:
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
                    _deviations, "QuoteCreatedPayload", "type", "missing"
                )
            elif _v is None:
                _f_type_ = None
                _deviations = record_deviation(
                    _deviations, "QuoteCreatedPayload", "type", "null"
                )
            else:
                if _v != "quote_created":
                    raise BadValue("type", "the constant " + '"quote_created"', _v)
                _f_type_ = _v

            _v = _get("sid", UNSET)
            _f_sid: Any
            if type(_v) is int:
                _f_sid = _v

            elif _v is UNSET:
                _f_sid = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "QuoteCreatedPayload", "sid", "missing"
                )
            elif _v is None:
                _f_sid = None
                _deviations = record_deviation(
                    _deviations, "QuoteCreatedPayload", "sid", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("sid", "int", _v)
                _f_sid = _v

            _v = _get("msg", UNSET)
            _f_msg: Any
            if _v is UNSET:
                _f_msg = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "QuoteCreatedPayload", "msg", "missing"
                )
            elif _v is None:
                _f_msg = None
                _deviations = record_deviation(
                    _deviations, "QuoteCreatedPayload", "msg", "null"
                )
            else:
                try:
                    _f_msg = QuoteCreatedPayloadMsg.from_dict(_v)
                except BadValue as _bad:
                    raise _bad.within("msg") from None

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        quote_created_payload = _new(cls)
        quote_created_payload.type_ = _f_type_
        quote_created_payload.sid = _f_sid
        quote_created_payload.msg = _f_msg
        if len(src_dict) + _absent > 3:
            _known: set[str] = {"type", "sid", "msg"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            quote_created_payload.additional_properties = _extra_found
        else:
            quote_created_payload.additional_properties = {}
        quote_created_payload._deviations = _deviations
        return quote_created_payload

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("type_", "type", Any, True, None),
            ("sid", "sid", int, True, None),
            ("msg", "msg", wire_struct(QuoteCreatedPayloadMsg), True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        quote_created_payload = _new(cls)
        if w.type_ is None:  # a null the spec does not allow: from_dict records it
            raise BadValue("type", "not null", None)
        if w.type_ != "quote_created":
            raise BadValue("type", "the constant " + '"quote_created"', w.type_)
        quote_created_payload.type_ = w.type_
        quote_created_payload.sid = w.sid
        quote_created_payload.msg = QuoteCreatedPayloadMsg._from_wire(w.msg)
        quote_created_payload.additional_properties = w._extras()
        quote_created_payload._deviations = None
        return quote_created_payload

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
    global _lazy_bound, QuoteCreatedPayloadMsg
    from ..models.quote_created_payload_msg import QuoteCreatedPayloadMsg

    _lazy_bound = True
