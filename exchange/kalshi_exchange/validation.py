"""Request and response validation compiled once per operation: the exchange's hot path.

openapi-core finds the path, resolves every ``$ref`` and builds its schema validators again
on each request and response (~90% of an in-process order round trip). The exchange knows
each request's operation already, so it compiles, once per operation, what openapi-core
would check: each parameter's cast (string, integer, number, boolean, and arrays of them
as repeated ``form`` keys) and schema, the JSON body's schema (OpenAPI 3.0's write rules),
and each documented response's schema (read rules), with openapi-schema-validator's OAS 3.0
validators and format checker, the ones openapi-core itself uses. The checks are the same;
only the work is done once. An operation with a shape this compiler does not take (a
``content`` parameter, a header or cookie parameter, a non-JSON body, another style) raises
``Unsupported`` and keeps openapi-core's validation.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from jsonschema.exceptions import ValidationError, best_match
from jsonschema.protocols import Validator
from openapi_schema_validator import OAS30ReadValidator, OAS30WriteValidator, oas30_format_checker

from kalshi_exchange.data import resolve

_TRUE, _FALSE = ("y", "yes", "t", "true", "on", "1"), ("n", "no", "f", "false", "off", "0")  # openapi-core's


class Unsupported(Exception):
    """An operation shape the compiler does not take: openapi-core validates it instead."""


@dataclass(frozen=True)
class _Parameter:
    name: str
    location: str  # "path" or "query"
    required: bool
    kind: str  # the schema's type
    items: str | None  # an array's item type
    validator: Validator


def _cast(kind: str | None, value: str) -> Any:
    """A query or path value as the schema's type, the way openapi-core casts it."""
    if kind == "integer":
        return int(value)
    if kind == "number":
        return float(value)
    if kind == "boolean":
        lowered = value.lower()
        if lowered in _TRUE:
            return True
        if lowered in _FALSE:
            return False
        raise ValueError("not a boolean")
    if kind in ("string", None):
        return value
    raise ValueError(f"cannot cast to {kind}")


def _message(errors: Iterable[ValidationError]) -> str | None:
    error = best_match(errors)
    if error is None:
        return None
    where = "/".join(str(part) for part in error.absolute_path)
    return f"{where}: {error.message}" if where else error.message


class CompiledOperation:
    """What openapi-core checks for one operation, prepared once."""

    def __init__(self, spec: dict[str, Any], path_item: Mapping[str, Any], operation: Mapping[str, Any]) -> None:
        self._components = spec.get("components") or {}
        self._spec = spec
        declared: dict[tuple[str, str], dict[str, Any]] = {}
        for parameter in [*(path_item.get("parameters") or []), *(operation.get("parameters") or [])]:
            parameter = resolve(spec, parameter)
            declared[(parameter.get("name", ""), parameter.get("in", ""))] = parameter  # the operation's win
        self.parameters = [self._parameter(p) for p in declared.values()]
        self.has_body = bool(operation.get("requestBody"))
        self.body_required, self.body = self._body(operation)
        self.responses = {str(code): self._response(r) for code, r in (operation.get("responses") or {}).items()}

    # -- compiling -----------------------------------------------------------------------------------
    def _validator(self, schema: Mapping[str, Any], reading: bool) -> Validator:
        root = {"allOf": [dict(schema)], "components": self._components}
        cls = OAS30ReadValidator if reading else OAS30WriteValidator
        validator: Validator = cls(root, format_checker=oas30_format_checker)
        return validator

    def _parameter(self, parameter: Mapping[str, Any]) -> _Parameter:
        location = parameter.get("in")
        if location not in ("path", "query") or "content" in parameter or "schema" not in parameter:
            raise Unsupported(f"parameter {parameter.get('name')!r} in {location}")
        if parameter.get("style", "form" if location == "query" else "simple") not in ("form", "simple"):
            raise Unsupported(f"style {parameter.get('style')!r}")
        schema = resolve(self._spec, parameter["schema"])
        kind = schema.get("type")
        items = None
        if kind == "array":
            if location != "query" or parameter.get("explode", True) is not True:
                raise Unsupported("an array not sent as repeated query keys")
            items = resolve(self._spec, schema.get("items") or {}).get("type")
            if items not in ("string", "integer", "number", "boolean", None):
                raise Unsupported(f"array of {items}")
        elif kind not in ("string", "integer", "number", "boolean", None):
            raise Unsupported(f"a {kind} parameter")
        required = bool(parameter.get("required")) or location == "path"
        return _Parameter(
            parameter["name"], location, required, kind or "string", items, self._validator(schema, False)
        )

    def _body(self, operation: Mapping[str, Any]) -> tuple[bool, Validator | None]:
        body = operation.get("requestBody")
        if not body:
            return False, None
        body = resolve(self._spec, body)
        content = body.get("content") or {}
        if set(content) - {"application/json"}:
            raise Unsupported(f"request content {sorted(content)}")
        media = content.get("application/json") or {}
        schema = media.get("schema")
        return bool(body.get("required")), self._validator(schema, False) if schema is not None else None

    def _response(self, response: Mapping[str, Any]) -> Validator | None:
        content = resolve(self._spec, dict(response)).get("content") or {}
        media = content.get("application/json")
        if media is None:
            if content:
                raise Unsupported(f"response content {sorted(content)}")
            return None
        schema = media.get("schema")
        return self._validator(schema, True) if schema is not None else None

    # -- checking ------------------------------------------------------------------------------------
    def request_problem(
        self, path_params: Mapping[str, str], query: Iterable[tuple[str, str]], body: bytes | None, content_type: str
    ) -> tuple[str, str] | None:
        """(what, why) for the first problem of a request, or None when it is valid."""
        values: dict[str, list[str]] = {}
        for name, value in query:
            values.setdefault(name, []).append(value)
        for parameter in self.parameters:
            given = [path_params[parameter.name]] if parameter.name in path_params else []
            if parameter.location == "query":
                given = values.get(parameter.name, [])
            if not given:
                if parameter.required:
                    return f"Missing required {parameter.location} parameter", parameter.name
                continue
            if parameter.location == "query" and any(v == "" for v in given):
                return (
                    f"Empty query parameter value: {parameter.name}",
                    f"Value of {parameter.name} parameter cannot be empty",
                )
            try:
                cast = (
                    [_cast(parameter.items, v) for v in given]
                    if parameter.kind == "array"
                    else _cast(parameter.kind, given[0])
                )
            except ValueError:
                shown = given if parameter.kind == "array" else given[0]
                return "Failed to cast value", f"{parameter.name}: {shown!r} is not a valid {parameter.kind}"
            why = _message(parameter.validator.iter_errors(cast))
            if why is not None:
                return f"Invalid {parameter.location} parameter: {parameter.name}", why
        if body is None:
            if self.body_required:
                return "Missing request body", "the operation requires a JSON body"
            return None
        if not self.has_body:
            return None  # openapi-core ignores a body the operation does not describe
        if content_type.split(";")[0].strip() != "application/json":
            return "Content for content type not found", f"{content_type!r}: send application/json"
        try:
            document = json.loads(body)
        except ValueError as err:
            return "Failed to deserialize request body", f"the body is not JSON: {err}"
        if self.body is not None:
            why = _message(self.body.iter_errors(document))
            if why is not None:
                return "Request body validation error", why
        return None

    def response_problems(self, status: int, body: bytes) -> list[str]:
        """Why ``body`` is not a valid ``status`` answer (empty when it is)."""
        if str(status) in self.responses:
            validator = self.responses[str(status)]
        elif "default" in self.responses:
            validator = self.responses["default"]
        else:
            return [f"Unknown response http status: {status}"]
        if validator is None:
            return []
        try:
            document = json.loads(body)
        except ValueError as err:
            return [f"Failed to deserialize response body: {err}"]
        why = _message(validator.iter_errors(document))
        return [] if why is None else [f"Response data validation error: {why}"]
