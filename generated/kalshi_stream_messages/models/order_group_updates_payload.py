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
    from ..models.order_group_updates_payload_msg import OrderGroupUpdatesPayloadMsg


T = TypeVar("T", bound="OrderGroupUpdatesPayload")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class OrderGroupUpdatesPayload:
    """Attributes:
    type_ (Literal['order_group_updates']):
    sid (int): Server-generated subscription identifier (sid) used to identify the channel
    seq (int): Sequential number that should be checked if you want to guarantee you received all the messages. Used
        for snapshot/delta consistency
    msg (OrderGroupUpdatesPayloadMsg):
    """

    type_: Literal["order_group_updates"]

    sid: int

    seq: int

    msg: OrderGroupUpdatesPayloadMsg

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
                    _deviations, "OrderGroupUpdatesPayload", "type", "missing"
                )
            elif _v is None:
                _f_type_ = None
                _deviations = record_deviation(
                    _deviations, "OrderGroupUpdatesPayload", "type", "null"
                )
            else:
                if _v != "order_group_updates":
                    raise BadValue(
                        "type", "the constant " + '"order_group_updates"', _v
                    )
                _f_type_ = _v

            _v = _get("sid", UNSET)
            _f_sid: Any
            if type(_v) is int:
                _f_sid = _v

            elif _v is UNSET:
                _f_sid = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "OrderGroupUpdatesPayload", "sid", "missing"
                )
            elif _v is None:
                _f_sid = None
                _deviations = record_deviation(
                    _deviations, "OrderGroupUpdatesPayload", "sid", "null"
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
                _deviations = record_deviation(
                    _deviations, "OrderGroupUpdatesPayload", "seq", "missing"
                )
            elif _v is None:
                _f_seq = None
                _deviations = record_deviation(
                    _deviations, "OrderGroupUpdatesPayload", "seq", "null"
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
                _deviations = record_deviation(
                    _deviations, "OrderGroupUpdatesPayload", "msg", "missing"
                )
            elif _v is None:
                _f_msg = None
                _deviations = record_deviation(
                    _deviations, "OrderGroupUpdatesPayload", "msg", "null"
                )
            else:
                try:
                    _f_msg = OrderGroupUpdatesPayloadMsg.from_dict(_v)
                except BadValue as _bad:
                    raise _bad.within("msg") from None

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        order_group_updates_payload = _new(cls)
        order_group_updates_payload.type_ = _f_type_
        order_group_updates_payload.sid = _f_sid
        order_group_updates_payload.seq = _f_seq
        order_group_updates_payload.msg = _f_msg
        if len(src_dict) + _absent > 4:
            _known: set[str] = {"type", "sid", "seq", "msg"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            order_group_updates_payload.additional_properties = _extra_found
        else:
            order_group_updates_payload.additional_properties = {}
        order_group_updates_payload._deviations = _deviations
        return order_group_updates_payload

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("type_", "type", Any, True, None),
            ("sid", "sid", int, True, None),
            ("seq", "seq", int, True, None),
            ("msg", "msg", wire_struct(OrderGroupUpdatesPayloadMsg), True, None),
        ]

    @classmethod
    def _from_wire(cls: type[T], w: Any) -> T:
        """This model from its msgspec Struct (a dict: from_dict); raises where from_dict would read it another way."""
        if type(w) is dict:  # a model inside itself: a JSON object (types.wire_struct)
            return cls.from_dict(w)
        if not _lazy_bound:
            _bind_lazy()
        order_group_updates_payload = _new(cls)
        if w.type_ is None:  # a null the spec does not allow: from_dict records it
            raise BadValue("type", "not null", None)
        if w.type_ != "order_group_updates":
            raise BadValue("type", "the constant " + '"order_group_updates"', w.type_)
        order_group_updates_payload.type_ = w.type_
        order_group_updates_payload.sid = w.sid
        order_group_updates_payload.seq = w.seq
        order_group_updates_payload.msg = OrderGroupUpdatesPayloadMsg._from_wire(w.msg)
        order_group_updates_payload.additional_properties = w._extras()
        order_group_updates_payload._deviations = None
        return order_group_updates_payload

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
    global _lazy_bound, OrderGroupUpdatesPayloadMsg
    from ..models.order_group_updates_payload_msg import OrderGroupUpdatesPayloadMsg

    _lazy_bound = True
