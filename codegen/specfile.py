"""Reading and validating an OpenAPI document, with errors that say where and what to do."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Keys whose values are wire data, never references: a "$ref" key inside them is just data.
_LITERAL_KEYS = frozenset({"example", "default", "enum", "const"})
_BUNDLE_FIX = (
    "this pipeline reads one self-contained document: bundle the spec so every $ref starts with '#/' "
    "(for example `npx @redocly/cli bundle openapi.yaml -o bundled.yaml`), then run again"
)


class SpecError(Exception):
    """A spec the pipeline refuses: the message names the file, the place and the fix."""

    def __init__(self, path: Path | str, pointer: str, problem: str, fix: str) -> None:
        self.path, self.pointer, self.problem, self.fix = str(path), pointer, problem, fix
        super().__init__(f"{path}: at {pointer or '#'}: {problem}\n  what to do: {fix}")


def json_pointer(parts: Any) -> str:
    """``['paths', '/a/b', 'get']`` -> ``#/paths/~1a~1b/get`` (RFC 6901 escaping)."""
    escaped = (str(p).replace("~", "~0").replace("/", "~1") for p in parts)
    return "#/" + "/".join(escaped) if parts else "#"


def load_document(path: Path) -> Any:
    """Parse a YAML or JSON document with YAML 1.2 rules, as the generator does.

    YAML 1.2 matters: under YAML 1.1 (PyYAML) Kalshi's ``required: [yes, no]``
    reads as ``[True, False]``.
    """
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise SpecError(path, "", f"cannot read the file ({err.strerror})", "check the path") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise SpecError(path, "", f"not UTF-8 (byte {err.start})", "save the spec as UTF-8") from None
    try:
        data = YAML(typ="safe", pure=True).load(text)
    except YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        raise SpecError(
            path,
            "",
            f"not valid YAML/JSON: {where}{getattr(err, 'problem', err)}",
            "fix the syntax, or download the spec again (a truncated download looks like this)",
        ) from None
    # Round-trip through JSON: proves the document holds only JSON types and
    # gives plain dicts that later steps can mutate freely.
    try:
        result = json.loads(json.dumps(data))
    except (TypeError, ValueError) as err:
        raise SpecError(path, "", f"holds a non-JSON value ({err})", "quote dates and other YAML-only values") from None
    return result


def load_spec(path: Path) -> dict[str, Any]:
    """Parse an OpenAPI document (YAML or JSON); refuse anything else with a SpecError."""
    data = load_document(path)
    if not isinstance(data, dict) or "openapi" not in data:
        raise SpecError(
            path,
            "",
            "not an OpenAPI document (no top-level 'openapi' key)",
            "point SPEC at Kalshi's openapi.yaml, not an HTML page or another file",
        )
    spec: dict[str, Any] = data
    return spec


def _refs(spec: dict[str, Any]) -> Iterator[tuple[list[Any], Any]]:
    """Every ``$ref`` value with the path of the object holding it (iterative: specs can be deep)."""
    stack: list[tuple[list[Any], Any]] = [([], spec)]
    while stack:
        where, node = stack.pop()
        if isinstance(node, dict):
            if "$ref" in node:
                yield where, node["$ref"]
            stack.extend(([*where, k], v) for k, v in node.items() if k not in _LITERAL_KEYS and k != "$ref")
        elif isinstance(node, list):
            stack.extend(([*where, i], v) for i, v in enumerate(node))


def _lookup(spec: dict[str, Any], ref: str) -> tuple[bool, Any]:
    """(found, target) for a local ``#/a/b`` reference (RFC 6901 unescaping, percent-decoded)."""
    node: Any = spec
    for raw in unquote(ref[1:]).split("/")[1:]:
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return False, None
    return True, node


def _same_value_refs(node: Any) -> list[str]:
    """The refs whose targets ``node`` *is* (itself, or through allOf/anyOf/oneOf), not merely contains."""
    found: list[str] = []
    stack = [node]
    while stack:
        item = stack.pop()
        if not isinstance(item, dict):
            continue
        if isinstance(item.get("$ref"), str):
            found.append(item["$ref"])
        for key in ("allOf", "anyOf", "oneOf"):
            if isinstance(item.get(key), list):
                stack.extend(item[key])
    return found


def _loop_from(spec: dict[str, Any], ref: str) -> list[str] | None:
    """A chain ref -> ... -> ref of schemas defined only as each other (an infinitely deep type)."""
    stack: list[tuple[str, list[str]]] = [(ref, [ref])]
    while stack:
        current, chain = stack.pop()
        found, target = _lookup(spec, current) if current.startswith("#") else (False, None)
        for nxt in _same_value_refs(target) if found else []:
            if nxt == ref:
                return [*chain, nxt]
            if nxt not in chain and len(chain) < 64:
                stack.append((nxt, [*chain, nxt]))
    return None


def check_refs(path: Path, spec: dict[str, Any]) -> None:
    """Every ``$ref`` is local, points at something, and no schema is defined only as itself.

    The validator and the generator otherwise fail with a raw traceback (or, for an
    external reference, try to fetch it).
    """
    refs = list(_refs(spec))
    for where, ref in refs:
        at = json_pointer([*where, "$ref"])
        if not isinstance(ref, str) or not (ref == "#" or ref.startswith("#/")):
            raise SpecError(path, at, f"$ref {str(ref)[:200]!r} points outside this document", _BUNDLE_FIX)
        if not _lookup(spec, ref)[0]:
            raise SpecError(
                path,
                at,
                f"$ref {ref!r} points to nothing in this document",
                "fix the reference, or add the missing definition under components",
            )
    for where, ref in refs:
        loop = _loop_from(spec, ref)
        if loop:
            raise SpecError(
                path,
                json_pointer([*where, "$ref"]),
                f"$ref loop: {' -> '.join(loop)} (each is defined only as the next, through $ref/allOf/anyOf/oneOf)",
                "give one of them real content (properties or a type), or drop the circular reference",
            )


def validate_spec(path: Path, spec: dict[str, Any]) -> None:
    """Validate against the OpenAPI schema; raise SpecError naming the first problem."""
    version = str(spec.get("openapi", ""))
    if not version.startswith("3."):
        raise SpecError(
            path,
            "#/openapi",
            f"OpenAPI {version or '?'} is not supported",
            "the generator reads OpenAPI 3.0 and 3.1 documents",
        )
    check_refs(path, spec)
    try:
        validate(spec)
    except OpenAPIValidationError as err:
        raise SpecError(
            path,
            json_pointer(list(err.absolute_path)),
            f"invalid OpenAPI: {err.message}",
            "fix the document at that place (or report it upstream) and run again",
        ) from None
    except (RecursionError, LookupError) as err:  # a reference the checks above did not foresee
        raise SpecError(
            path, "#", f"the validator could not follow the document ({type(err).__name__})", _BUNDLE_FIX
        ) from None


def operations(spec: dict[str, Any]) -> list[tuple[str, str]]:
    """Every (METHOD, path) the spec declares, sorted."""
    found = []
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if isinstance(item, dict) and method in item:
                found.append((method.upper(), path))
    return sorted(found)
