"""One frame -> one typed message, routed by ``type`` with the table the pipeline wrote.

The table (``type`` -> generated class) lives in the generated package's prepared
document, so a new message type in a new AsyncAPI version is routed after
``make generate-stream`` with no change here. A frame this client cannot type
(an unknown ``type``, a shape the models refuse, not JSON at all) becomes a
``RawMessage`` that keeps the frame: a feed handler must not die on one odd frame.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any, Protocol, runtime_checkable

from kalshi_stream_messages import models
from kalshi_stream_messages.types import json_loads  # msgspec's decoder when installed ([fast])

_PREPARED = "_openapi.json"
_MESSAGES_KEY = "x-kalshi-messages"


@runtime_checkable
class Message(Protocol):
    """What every parsed message has: its wire ``type`` (``type_``) and ``to_dict()``."""

    @property
    def type_(self) -> str: ...

    def to_dict(self) -> dict[str, Any]: ...


@dataclass(frozen=True)
class RawMessage:
    """A frame without a typed model: ``data`` is the decoded JSON, ``raw`` the frame, ``error`` why."""

    type_: str
    data: Any
    raw: str | bytes
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.data) if isinstance(self.data, dict) else {"data": self.data}


def _routes() -> dict[str, list[tuple[bool, Any]]]:
    """``type`` -> [(msg is an array, generated class)], from the prepared document."""
    text = resources.files("kalshi_stream_messages").joinpath(_PREPARED).read_text(encoding="utf-8")
    table = json.loads(text)[_MESSAGES_KEY]
    return {
        type_: [(route["msg"] == "array", getattr(models, route["class"])) for route in routes]
        for type_, routes in table.items()
    }


ROUTES = _routes()


def parse_object(obj: Any, raw: str | bytes = "") -> Message:
    """Type an already-decoded frame (see ``parse_message``)."""
    if not isinstance(obj, dict):
        return RawMessage("", obj, raw, "not a JSON object")
    type_ = obj.get("type")
    routes = ROUTES.get(type_) if isinstance(type_, str) else None
    if not routes:
        return RawMessage(type_ if isinstance(type_, str) else "", obj, raw, None)
    cls = routes[0][1]
    if len(routes) > 1:  # several schemas share the type (``ok``): the shape of ``msg`` picks one
        is_array = isinstance(obj.get("msg"), list)
        cls = next((c for array, c in routes if array == is_array), cls)
    try:
        message: Message = cls.from_dict(obj)
    except (KeyError, TypeError, ValueError, AttributeError) as err:
        return RawMessage(str(type_), obj, raw, f"{cls.__name__} could not read it: {type(err).__name__}: {err}")
    return message


def parse_message(data: str | bytes) -> Message:
    """One WebSocket text frame -> a generated model (``OrderbookDeltaPayload``, ...) or a ``RawMessage``.

    Never raises for a frame: anything it cannot type comes back as a
    ``RawMessage`` with the frame and the reason in ``error``.
    """
    try:
        obj = json_loads(data)
    except ValueError as err:
        return RawMessage("", None, data, f"not JSON: {err}")
    return parse_object(obj, data)
