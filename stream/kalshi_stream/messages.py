"""One frame -> one typed message, routed by ``type`` with the table the pipeline wrote.

The table (``type`` -> generated class) lives in the generated package's prepared
document, so a new message type in a new AsyncAPI version is routed after
``make generate-stream`` with no change here; each product's message package has its
own (``load_routes``; ``ROUTES`` is the Trade API's, the default). A frame this client cannot type
(an unknown ``type``, a shape the models refuse, not JSON at all, JSON nested
deeper than ``MAX_DEPTH``) becomes a ``RawMessage`` that keeps the frame: a feed
handler must not die on one odd frame.
"""

from __future__ import annotations

import importlib
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any, Protocol, runtime_checkable

from kalshi_stream.decode import StrictFrames
from kalshi_stream_messages import types as message_types
from kalshi_stream_messages.types import json_loads  # msgspec's decoder (the standard library's without it)

_PREPARED = "_openapi.json"
_MESSAGES_KEY = "x-kalshi-messages"
# Kalshi's messages nest a few levels (a snapshot's levels are the deepest, at 4). Deeper JSON is
# refused before anything walks it: decoders and repr() recurse, and ~1,000 levels is a RecursionError.
MAX_DEPTH = 32


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


Routes = dict[str, list[tuple[bool, Any]]]


def prepared_document(package: str) -> dict[str, Any]:
    """The prepared document a message package was generated from (its ``_openapi.json``)."""
    document: dict[str, Any] = json.loads(resources.files(package).joinpath(_PREPARED).read_text(encoding="utf-8"))
    return document


def load_routes(package: str, document: dict[str, Any] | None = None) -> Routes:
    """``type`` -> [(msg is an array, generated class)], from a message package's prepared document."""
    models = importlib.import_module(f"{package}.models")
    table = (document if document is not None else prepared_document(package))[_MESSAGES_KEY]
    return {
        type_: [(route["msg"] == "array", getattr(models, route["class"])) for route in routes]
        for type_, routes in table.items()
    }


ROUTES = load_routes("kalshi_stream_messages")  # the Trade API's; other products: kalshi_stream.products
# A frame exactly as the document says, in one msgspec pass; parse_object reads every other frame.
# Each product has its own (``StreamProduct.strict``); this one is the Trade API's.
STRICT = StrictFrames(ROUTES, message_types, MAX_DEPTH)


def too_deep(obj: Any, limit: int = MAX_DEPTH) -> bool:
    """Whether decoded JSON nests more than ``limit`` arrays/objects deep (iterative: no recursion)."""
    stack: list[tuple[Any, int]] = [(obj, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item
        for child in children:
            if isinstance(child, (dict, list)):
                if depth >= limit:
                    return True
                stack.append((child, depth + 1))
    return False


def decode(frame: str | bytes) -> tuple[Any, str | None]:
    """``(decoded JSON, None)``, or ``(None, why not)`` for a frame that is not JSON or nests too deep."""
    try:
        obj = json_loads(frame)
    except RecursionError:
        return None, f"JSON nested deeper than {MAX_DEPTH} levels"
    except ValueError as err:  # UnicodeDecodeError (a binary frame) is a ValueError too
        return None, f"not JSON: {str(err)[:200]}"
    if isinstance(obj, (dict, list)):
        text = frame if isinstance(frame, str) else frame.decode("latin-1")  # decoded already: it is JSON
        opened = text.count("[") + text.count("{")
        if opened > MAX_DEPTH and too_deep(obj):  # fewer brackets than the limit cannot nest that deep
            return None, f"JSON nested deeper than {MAX_DEPTH} levels"
    return obj, None


def parse_object(obj: Any, raw: str | bytes = "", table: Routes = ROUTES) -> Message:
    """Type an already-decoded frame (see ``parse_message``) with ``table`` (a product's routes); never raises."""
    if not isinstance(obj, dict):
        return RawMessage("", obj, raw, "not a JSON object")
    type_ = obj.get("type")
    routes = table.get(type_) if isinstance(type_, str) else None
    if not routes:
        return RawMessage(type_ if isinstance(type_, str) else "", obj, raw, None)
    cls = routes[0][1]
    if len(routes) > 1:  # several schemas share the type (``ok``): the shape of ``msg`` picks one
        is_array = isinstance(obj.get("msg"), list)
        cls = next((c for array, c in routes if array == is_array), cls)
    try:
        message: Message = cls.from_dict(obj)
    except Exception as err:  # a value no model foresaw (a date past year 9999 is an OverflowError): keep the frame
        return RawMessage(
            str(type_), obj, raw, f"{cls.__name__} could not read it: {type(err).__name__}: {str(err)[:200]}"
        )
    return message


def parse_message(data: str | bytes, table: Routes = ROUTES) -> Message:
    """One WebSocket text frame -> a generated model (``OrderbookDeltaPayload``, ...) or a ``RawMessage``.

    Never raises for a frame: anything it cannot type comes back as a
    ``RawMessage`` with the frame and the reason in ``error``. ``table`` routes another
    product's frames (``kalshi_stream.products``: ``PERPS.parse_message``).
    """
    message: Message | None = STRICT.message(data) if table is ROUTES else None
    if message is not None:
        return message  # what parse_object would have made of it, without the dict in between
    obj, error = decode(data)
    if error is not None:
        return RawMessage("", None, data, error)
    return parse_object(obj, data, table)
