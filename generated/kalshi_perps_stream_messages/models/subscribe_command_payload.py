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
    from ..models.subscribe_command_payload_params import SubscribeCommandPayloadParams


T = TypeVar("T", bound="SubscribeCommandPayload")


@_attrs_define(repr=False, on_setattr=_NO_OP)
class SubscribeCommandPayload:
    """Attributes:
    id (int): Unique ID of a command within a WebSocket session
    cmd (Literal['subscribe']):
    params (SubscribeCommandPayloadParams):
    """

    id: int

    cmd: Literal["subscribe"]

    params: SubscribeCommandPayloadParams

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
        if isinstance(self.id, Unset):
            pass
        elif self.id is None:  # a null the spec does not allow, kept as received
            field_dict["id"] = None
        else:
            field_dict["id"] = self.id
        if isinstance(self.cmd, Unset):
            pass
        elif self.cmd is None:  # a null the spec does not allow, kept as received
            field_dict["cmd"] = None
        else:
            field_dict["cmd"] = self.cmd
        if isinstance(self.params, Unset):
            pass
        elif self.params is None:  # a null the spec does not allow, kept as received
            field_dict["params"] = None
        else:
            _params = self.params.to_dict()
            field_dict["params"] = _params
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
            _v = _get("id", UNSET)
            _f_id: Any
            if type(_v) is int:
                _f_id = _v

            elif _v is UNSET:
                _f_id = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "SubscribeCommandPayload", "id", "missing"
                )
            elif _v is None:
                _f_id = None
                _deviations = record_deviation(
                    _deviations, "SubscribeCommandPayload", "id", "null"
                )
            else:
                if type(_v) is not int:
                    raise BadValue("id", "int", _v)
                _f_id = _v

            _v = _get("cmd", UNSET)
            _f_cmd: Any
            if _v is UNSET:
                _f_cmd = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "SubscribeCommandPayload", "cmd", "missing"
                )
            elif _v is None:
                _f_cmd = None
                _deviations = record_deviation(
                    _deviations, "SubscribeCommandPayload", "cmd", "null"
                )
            else:
                if _v != "subscribe":
                    raise BadValue("cmd", "the constant " + '"subscribe"', _v)
                _f_cmd = _v

            _v = _get("params", UNSET)
            _f_params: Any
            if _v is UNSET:
                _f_params = UNSET
                _absent += 1
                _deviations = record_deviation(
                    _deviations, "SubscribeCommandPayload", "params", "missing"
                )
            elif _v is None:
                _f_params = None
                _deviations = record_deviation(
                    _deviations, "SubscribeCommandPayload", "params", "null"
                )
            else:
                try:
                    _f_params = SubscribeCommandPayloadParams.from_dict(_v)
                except BadValue as _bad:
                    raise _bad.within("params") from None

        except BadValue as _bad:
            _bad.source = src_dict
            raise
        # Built as pickle builds it, without __init__: calling cls(...) costs ~70 ns more per
        # object, and an instance of each model is made per item of every page.
        subscribe_command_payload = _new(cls)
        subscribe_command_payload.id = _f_id
        subscribe_command_payload.cmd = _f_cmd
        subscribe_command_payload.params = _f_params
        if len(src_dict) + _absent > 3:
            _known: set[str] = {"id", "cmd", "params"}
            _extra_found = {k: v for k, v in src_dict.items() if k not in _known}
            if (
                _extra_found
            ):  # fields the spec does not list: the strict pass reads them from now on
                learn_extras(cls, _extra_found)
            subscribe_command_payload.additional_properties = _extra_found
        else:
            subscribe_command_payload.additional_properties = {}
        subscribe_command_payload._deviations = _deviations
        return subscribe_command_payload

    @classmethod
    def _wire_fields(cls) -> list[tuple[str, str, Any, bool, Any]]:
        """(Python name, JSON name, msgspec type, required, item model of a list of models): types.wire_struct."""
        if not _lazy_bound:
            _bind_lazy()
        return [
            ("id", "id", int, True, None),
            ("cmd", "cmd", Any, True, None),
            (
                "params",
                "params",
                wire_struct(SubscribeCommandPayloadParams),
                True,
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
        subscribe_command_payload = _new(cls)
        subscribe_command_payload.id = w.id
        if w.cmd is None:  # a null the spec does not allow: from_dict records it
            raise BadValue("cmd", "not null", None)
        if w.cmd != "subscribe":
            raise BadValue("cmd", "the constant " + '"subscribe"', w.cmd)
        subscribe_command_payload.cmd = w.cmd
        subscribe_command_payload.params = SubscribeCommandPayloadParams._from_wire(
            w.params
        )
        subscribe_command_payload.additional_properties = w._extras()
        subscribe_command_payload._deviations = None
        return subscribe_command_payload

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
    global _lazy_bound, SubscribeCommandPayloadParams
    from ..models.subscribe_command_payload_params import SubscribeCommandPayloadParams

    _lazy_bound = True
