"""The strict pass for stream frames: one msgspec pass straight into the generated model.

A frame exactly as the AsyncAPI document says (every required field present, no
null the schema forbids, no field it does not list, every value of its type) is
decoded by msgspec into a Struct chosen by its ``type`` (a tagged union of every
server message), and the model's ``_from_wire`` copies it over as ``from_dict``
would. That is the frame a feed handler gets thousands of times a second. Any
other frame (unknown ``type``, a ``type`` several schemas share, a deviation, a
wrong type, not JSON, JSON nested deeper than the limit) is refused here
(``None``) and read by the tolerant path of ``messages``, whose result it always
is: the same model, values and types, or the same ``RawMessage`` with its reason.

The Structs are those of the REST strict pass (``types.wire_struct``), built on
the first frame; the outer one per message type carries ``type`` as msgspec's
tag. Without msgspec (or with the standard library's decoder chosen, as tests
do), nothing is refused faster: every frame takes the tolerant path.
"""

from __future__ import annotations

import typing
from collections.abc import Mapping, Sequence
from types import ModuleType
from typing import Any

Routes = Mapping[str, Sequence[tuple[bool, Any]]]  # type -> [(msg is an array, generated class)]
_TYPE = "type"


class StrictFrames:
    """The strict pass for one message package (its ``routes`` and its ``types`` module)."""

    def __init__(self, routes: Routes, types: ModuleType, max_depth: int) -> None:
        self._routes = routes
        self._types = types
        self._max_depth = max_depth
        self._decode: Any = None  # msgspec's decoder for the tagged union, once built
        self._msgspec_decode: Any = None  # the package's msgspec decoder: the strict pass runs while it is chosen
        self._learned = 0  # types._learned when built: the Structs take the fields learned since (learn_extras)
        # Struct -> the _from_wire of the generated class it is read into; "deep": Structs with a field of any
        # JSON, whose frames have their depth checked first.
        self._shallow: dict[type, Any] = {}
        self._deep: dict[type, Any] = {}

    def message(self, frame: str | bytes) -> Any:
        """The model of a frame exactly as the spec says, or None (the tolerant path decides)."""
        types = self._types
        if (types._decode is not self._msgspec_decode or types._learned != self._learned) and not self._ready():
            return None
        try:
            wire = self._decode(frame)
            read = self._shallow.get(type(wire))
            if read is None:
                if _brackets(frame) > self._max_depth:
                    return None  # maybe nested too deep: the tolerant path measures it and refuses it so
                read = self._deep[type(wire)]
            return read(wire)
        except Exception:  # refused by msgspec or by _from_wire: the tolerant path reads it its own way
            return None

    def _ready(self) -> bool:
        types = self._types
        if types._msgspec_decode is None:
            types.json_loads(b"{}")  # binds the package's decoder: msgspec's, where it is installed
        if types._msgspec_decode is None or types._decode is not types._msgspec_decode:
            return False  # the standard library's decoder: the tolerant path alone
        if self._decode is None or self._learned != types._learned:
            self._learned = types._learned
            try:
                self._build(types._msgspec)
            except Exception:  # a Struct msgspec would not build: every frame takes the tolerant path
                self._decode = _refuse
                self._shallow, self._deep = {}, {}
        self._msgspec_decode = types._msgspec_decode
        return True

    def _build(self, msgspec: Any) -> None:
        structs = []
        self._shallow, self._deep = {}, {}
        for type_, routes in self._routes.items():
            if len(routes) != 1:  # several schemas share the type (``ok``): told apart by the tolerant path
                continue
            cls = routes[0][1]
            fields = cls._wire_fields()
            if not any(json_name == _TYPE for _, json_name, *_ in fields):
                continue
            fields = [field for field in fields if field[1] != _TYPE]  # the tag, not a field
            spec = [
                (name, kind) if required else (name, kind, self._types.UNSET) for name, _, kind, required, _ in fields
            ]
            rename = {name: json_name for name, json_name, *_ in fields}
            spec += self._types.extra_fields(cls, rename)  # fields the tolerant path found that the spec lacks
            struct = msgspec.defstruct(
                f"{cls.__name__}Frame",
                spec,
                kw_only=True,
                rename=rename,
                forbid_unknown_fields=True,
                gc=False,
                tag_field=_TYPE,
                tag=type_,
                # type_: what _from_wire reads (and checks) as the type; _extras(): its additional_properties
                namespace={"type_": type_, **self._types.extras_namespace(cls, rename)},
            )
            structs.append(struct)
            (self._deep if _holds_any(struct, msgspec, set()) else self._shallow)[struct] = cls._from_wire
        union = typing.Union[tuple(structs)] if structs else dict  # noqa: UP007 (a Union built at run time)
        self._decode = msgspec.json.Decoder(union).decode


def _refuse(frame: str | bytes) -> Any:
    raise ValueError("no strict pass")


def _holds_any(kind: Any, msgspec: Any, seen: set[Any]) -> bool:
    """Whether a msgspec type can hold JSON of any depth (``Any``, a dict) anywhere inside it."""
    if kind is Any or kind is dict or typing.get_origin(kind) is dict:
        return True
    if isinstance(kind, type) and issubclass(kind, msgspec.Struct):
        if kind in seen:
            return False
        seen.add(kind)
        return any(_holds_any(field.type, msgspec, seen) for field in msgspec.structs.fields(kind))
    return any(_holds_any(arg, msgspec, seen) for arg in typing.get_args(kind))


def _brackets(frame: str | bytes) -> int:
    """Arrays and objects a frame opens (an upper bound on its depth)."""
    if isinstance(frame, str):
        return frame.count("[") + frame.count("{")
    return frame.count(b"[") + frame.count(b"{")


__all__ = ["StrictFrames"]
