"""AsyncAPI -> message models: the WebSocket API's payload schemas through the REST pipeline.

An AsyncAPI document's payload schemas are JSON Schema, like an OpenAPI
document's components. We move them into an OpenAPI 3.1 document with no paths
and run the same preparation rules, generator, templates, post hooks and stamp
as the REST client, into a package of its own (``kalshi_stream_messages``).

The prepared document is written into that package (``_openapi.json``) with
what the stream client needs to route a frame: which message ``type`` maps to
which payload schema and class, and the error-code table. It also records its
source's name and hash, so the prepared document is itself a valid input:
regenerating from it reproduces the package byte for byte (the drift gate uses
that when the AsyncAPI file is not at hand).
"""

from __future__ import annotations

import hashlib
import keyword
import re
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from codegen.generate import PREPARED_NAME, Source, generate
from codegen.opindex import INDEX_NAME, markdown_cell
from codegen.overlay import repair
from codegen.rules import remove_fixed_point_marks
from codegen.specfile import SpecError, json_pointer, load_document

STREAM_PACKAGE = "kalshi_stream_messages"
MESSAGES_KEY = "x-kalshi-messages"
CHANNELS_KEY = "x-kalshi-channels"
ERROR_CODES_KEY = "x-kalshi-error-codes"
SOURCE_KEY = "x-kalshi-source"
_REF_PREFIX = "#/components/schemas/"
SUPPORTED_MAJORS = ("2", "3")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def _fail(path: Path, parts: list[str], problem: str, fix: str) -> SpecError:
    return SpecError(path, json_pointer(parts), problem, fix)


def class_name(schema_name: str) -> str:
    """The generator's class name for a schema: ``orderbookSnapshotPayload`` -> ``OrderbookSnapshotPayload``."""
    from openapi_python_client.utils import ClassName

    return str(ClassName(schema_name, prefix=""))


def _payload_schema(path: Path, doc: dict[str, Any], name: str, message: Any) -> str | None:
    """The component schema a message's payload names, or None for a non-JSON (control frame) payload."""
    if not isinstance(message, dict):
        raise _fail(path, ["components", "messages", name], "a message must be a mapping", "fix the document")
    payload = message.get("payload")
    ref = payload.get("$ref") if isinstance(payload, dict) else None
    if ref is None:
        return None  # e.g. ping/pong control frames: an inline string schema
    if not isinstance(ref, str) or not ref.startswith(_REF_PREFIX):
        raise _fail(
            path,
            ["components", "messages", name, "payload"],
            f"payload $ref {ref!r} is not a component schema",
            "point payloads at #/components/schemas/...",
        )
    schema_name = ref[len(_REF_PREFIX) :]
    if schema_name not in doc["components"]["schemas"]:
        raise _fail(path, ["components", "messages", name, "payload"], f"{ref} does not exist", "fix the $ref")
    return schema_name


def _routes(path: Path, doc: dict[str, Any]) -> dict[str, list[dict[str, str]]]:
    """``type`` const -> the payload schemas (and classes) a frame of that type may be, in document order.

    Two schemas may share a type (``ok`` answers both a command and
    ``list_subscriptions``); ``msg`` says which: an object or an array.
    """
    schemas = doc["components"]["schemas"]
    routes: dict[str, list[dict[str, str]]] = {}
    seen: set[str] = set()
    for name, message in (doc["components"].get("messages") or {}).items():
        schema_name = _payload_schema(path, doc, name, message)
        if schema_name is None or schema_name in seen:
            continue
        seen.add(schema_name)
        props = schemas[schema_name].get("properties") or {}
        type_const = (props.get("type") or {}).get("const")
        if not isinstance(type_const, str):
            continue  # a command (client -> server): it has `cmd`, not `type`
        msg_kind = (props.get("msg") or {}).get("type", "object")
        cls = class_name(schema_name)
        if not _IDENTIFIER.match(cls) or keyword.iskeyword(cls):
            raise _fail(path, ["components", "schemas", schema_name], "no valid class name", "rename the schema")
        routes.setdefault(type_const, []).append(
            {"schema": schema_name, "class": cls, "msg": msg_kind if isinstance(msg_kind, str) else "object"}
        )
    return routes


def _channel_messages(channel: dict[str, Any], major: str) -> list[Any]:
    """The message references of one channel: 3.x lists them under ``messages``; 2.x under its
    ``publish``/``subscribe`` operations' ``message`` (a reference, or ``oneOf`` references)."""
    if major == "3":
        return list((channel.get("messages") or {}).values())
    found: list[Any] = []
    for side in ("subscribe", "publish"):
        operation = channel.get(side)
        message = operation.get("message") if isinstance(operation, dict) else None
        if isinstance(message, dict) and isinstance(message.get("oneOf"), list):
            found.extend(message["oneOf"])
        elif message is not None:
            found.append(message)
    return found


def _addressed_channels(doc: dict[str, Any], major: str) -> list[tuple[Any, dict[str, Any]]]:
    """(address, channel) pairs: 3.x channels carry an ``address``; 2.x channels are keyed by it."""
    channels = doc.get("channels") or {}
    if not isinstance(channels, dict):
        return []
    if major == "3":
        return [(c.get("address"), c) for c in channels.values() if isinstance(c, dict)]
    return [(address, c) for address, c in channels.items() if isinstance(c, dict)]


def _channels(path: Path, doc: dict[str, Any], major: str) -> dict[str, list[str]]:
    """Data channel -> the message ``type`` values it carries (channels of commands and control frames have none)."""
    schemas = doc["components"]["schemas"]
    messages = doc["components"].get("messages") or {}
    out: dict[str, list[str]] = {}
    for address, channel in _addressed_channels(doc, major):
        if not isinstance(address, str) or address.startswith("/"):
            continue  # the root address carries commands and their answers
        types: list[str] = []
        for ref in _channel_messages(channel, major):
            name = str((ref if isinstance(ref, dict) else {}).get("$ref", "")).rsplit("/", 1)[-1]
            schema_name = _payload_schema(path, doc, name, messages.get(name))
            const = ((schemas.get(schema_name) or {}).get("properties") or {}).get("type", {}).get("const")
            if isinstance(const, str) and const not in types:
                types.append(const)
        out[address] = types
    return out


def server_urls(doc: dict[str, Any]) -> dict[str, str]:
    """Server name -> WebSocket URL: 3.x writes ``protocol``, ``host`` and ``pathname``; 2.x a ``url``."""
    found: dict[str, str] = {}
    for name, server in (doc.get("servers") or {}).items():
        if not isinstance(server, dict):
            continue
        protocol = str(server.get("protocol") or "wss")
        if isinstance(server.get("host"), str):
            found[str(name)] = f"{protocol}://{server['host']}{server.get('pathname') or ''}"
        elif isinstance(server.get("url"), str):
            url = server["url"]
            found[str(name)] = url if "://" in url else f"{protocol}://{url}"
    return found


def _error_codes(doc: dict[str, Any]) -> dict[str, str]:
    table = doc.get("x-error-codes") or {}
    codes = table.get("codes") if isinstance(table, dict) else None
    out: dict[str, str] = {}
    for entry in codes or []:
        if isinstance(entry, dict) and isinstance(entry.get("code"), int) and isinstance(entry.get("name"), str):
            out[str(entry["code"])] = entry["name"]
    return out


def to_openapi(path: Path, doc: dict[str, Any], source: Source) -> dict[str, Any]:
    """The OpenAPI 3.1 document holding an AsyncAPI 2.x or 3.x document's payload schemas.

    The two versions keep payload schemas and messages under ``components`` alike; they
    differ in how channels list their messages (``_channel_messages``).
    """
    version = str(doc.get("asyncapi", ""))
    major = version.split(".", 1)[0]
    if major not in SUPPORTED_MAJORS or not version[len(major) :].startswith("."):
        raise _fail(
            path, ["asyncapi"], f"AsyncAPI {version or '?'} is not supported", "pass an AsyncAPI 2.x or 3.x document"
        )
    components = doc.get("components")
    if not isinstance(components, dict) or not isinstance(components.get("schemas"), dict):
        raise _fail(path, ["components", "schemas"], "no payload schemas", "pass Kalshi's AsyncAPI document")
    info = doc.get("info") or {}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": str(info.get("title") or "WebSocket messages"),
            "version": str(info.get("version") or "0"),
            "description": str(info.get("description") or ""),
        },
        "paths": {},
        "components": {"schemas": components["schemas"]},
        MESSAGES_KEY: _routes(path, doc),
        CHANNELS_KEY: _channels(path, doc, major),
        ERROR_CODES_KEY: _error_codes(doc),
        SOURCE_KEY: {"file": source.file_name, "sha256": source.sha256, "asyncapi": version},
    }


def read(path: Path, overlay: Path | None = None, name: str | None = None) -> tuple[dict[str, Any], Source]:
    """An AsyncAPI document, or a package's prepared ``_openapi.json``, as (OpenAPI document, source).

    ``overlay`` (codegen/overlay.py) repairs the AsyncAPI document before conversion; what it
    applied is recorded in the prepared document, so regenerating from that copy reproduces
    the stamp without applying it twice. ``name`` is how the stamp names the document
    (default: its file name).
    """
    doc = load_document(path)
    if not isinstance(doc, dict):
        raise _fail(path, [], "not a YAML/JSON mapping", "pass Kalshi's asyncapi YAML")
    if "asyncapi" in doc:
        source = Source(name or path.name, hashlib.sha256(path.read_bytes()).hexdigest())
        repaired = repair(doc, overlay, path)
        converted = to_openapi(path, doc, source)
        if repaired:
            converted[SOURCE_KEY]["overlay"] = repaired
    elif isinstance(doc.get(SOURCE_KEY), dict) and MESSAGES_KEY in doc:
        recorded = doc[SOURCE_KEY]
        source = Source(str(recorded.get("file")), str(recorded.get("sha256")))
        # As converted from its source: the rules mark it again (and the stamp counts them) as they did then.
        remove_fixed_point_marks(doc)
        converted = doc
    else:
        raise _fail(
            path,
            [],
            "neither an AsyncAPI document nor a prepared stream document",
            f"pass Kalshi's asyncapi YAML or generated/{STREAM_PACKAGE}/{PREPARED_NAME}",
        )
    extra: dict[str, Any] = {
        "message_type_count": len(converted[MESSAGES_KEY]),
        "error_code_count": len(converted[ERROR_CODES_KEY]),
    }
    if isinstance(converted[SOURCE_KEY].get("overlay"), dict):
        extra["overlay"] = converted[SOURCE_KEY]["overlay"]
    return converted, Source(source.file_name, source.sha256, extra)


def render_messages_index(converted: dict[str, Any], package: str) -> str:
    """OPERATIONS.md of a message package: each data channel, the message types it carries and
    the model class each type parses into (from the prepared document, so it regenerates from it)."""
    info = converted.get("info") or {}
    routes: dict[str, list[dict[str, str]]] = converted[MESSAGES_KEY]
    lines = [
        f"# Messages of {markdown_cell(info.get('title'))} {markdown_cell(info.get('version'))}",
        "",
        "Written by the pipeline with the models (`make generate`); do not edit. A frame's `type`",
        f"selects its model in `{package}.models`; two models share a type when `msg` tells them",
        "apart (an object or an array).",
        "",
        "| channel | message type | model | msg |",
        "|---|---|---|---|",
    ]
    rows = [(channel, t) for channel, types in converted[CHANNELS_KEY].items() for t in types]
    carried = {t for _, t in rows}
    rows += [("(answers)", t) for t in routes if t not in carried]
    for channel, type_name in rows:
        for route in routes.get(type_name, []):
            cells = (markdown_cell(channel), markdown_cell(type_name), markdown_cell(route["class"]))
            lines.append(f"| {cells[0]} | {cells[1]} | `{cells[2]}` | {markdown_cell(route['msg'])} |")
    return "\n".join(lines) + "\n"


def generate_stream(
    path: Path,
    out_dir: Path,
    *,
    package: str = STREAM_PACKAGE,
    overlay: Path | None = None,
    generator_settings: Mapping[str, Any] | None = None,
    extras: Mapping[str, str] | None = None,
    name: str | None = None,
) -> dict[str, Any]:
    """Generate ``out_dir/<package>`` (``kalshi_stream_messages``) from an AsyncAPI document (or its prepared copy)."""
    path = path.resolve()
    document, source = read(path, overlay, name)
    files = {INDEX_NAME: render_messages_index(document, package), **(extras or {})}
    options: dict[str, Any] = {"generator_settings": generator_settings, "extras": files}
    if (out_dir.resolve() / package) not in path.parents:
        return generate(path, out_dir, package=package, document=document, source=source, **options)
    with tempfile.TemporaryDirectory() as scratch:
        # The committed package's own prepared document (the drift gate without ../shared):
        # generation replaces that folder, so it reads from a copy.
        copy = Path(scratch) / path.name
        shutil.copyfile(path, copy)
        return generate(copy, out_dir, package=package, document=document, source=source, **options)
