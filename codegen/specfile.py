"""Reading and validating an OpenAPI document, with errors that say where and what to do."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


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
    try:
        validate(spec)
    except OpenAPIValidationError as err:
        raise SpecError(
            path,
            json_pointer(list(err.absolute_path)),
            f"invalid OpenAPI: {err.message}",
            "fix the document at that place (or report it upstream) and run again",
        ) from None


def operations(spec: dict[str, Any]) -> list[tuple[str, str]]:
    """Every (METHOD, path) the spec declares, sorted."""
    found = []
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if isinstance(item, dict) and method in item:
                found.append((method.upper(), path))
    return sorted(found)
