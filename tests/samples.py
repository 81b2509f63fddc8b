"""Deterministic sample bodies built from an upstream spec's schemas, for parse tests.

``awkward=False`` fills every property with a plain legal value; ``awkward=True``
puts ``null`` in every nullable field and a value no enum declares in every enum
(what the live API sends after Kalshi grows an enum). Unlike the exchange's
seeded Sampler, it fills every field, so a parse test sees every field at once.
"""

from __future__ import annotations

from typing import Any

from kalshi_exchange.data import merged, resolve

UNKNOWN_STR = "zz_added_upstream"
UNKNOWN_INT = 987654
MAX_DEPTH = 6
FORMATTED = {
    "date-time": "2026-01-02T03:04:05+00:00",
    "date": "2026-01-02",
    "uuid": "00000000-0000-4000-8000-000000000007",
    "email": "trader@example.com",
    "uri": "https://example.com/x",
    "byte": "AAAA",
}


def sample(spec: dict[str, Any], schema: dict[str, Any], *, awkward: bool, depth: int = 0) -> Any:
    schema = merged(spec, schema)
    if awkward and schema.get("nullable"):
        return None
    if "enum" in schema:
        values = [v for v in schema["enum"] if v is not None]
        if awkward:
            return UNKNOWN_INT if schema.get("type") == "integer" else UNKNOWN_STR
        return values[0]
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return sample(spec, schema[key][0], awkward=awkward, depth=depth + 1)
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        props = schema.get("properties") or {}
        required = set(schema.get("required") or [])
        if depth >= MAX_DEPTH:
            props = {k: v for k, v in props.items() if k in required}
        return {name: sample(spec, prop, awkward=awkward, depth=depth + 1) for name, prop in props.items()}
    if kind == "array":
        if depth >= MAX_DEPTH:
            return []
        return [sample(spec, schema.get("items") or {}, awkward=awkward, depth=depth + 1)]
    if kind == "string":
        return FORMATTED.get(schema.get("format", ""), "s")
    if kind == "integer":
        return 7
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    return "any"


def json_response_schema(spec: dict[str, Any], operation: dict[str, Any]) -> tuple[int, dict[str, Any]] | None:
    """The first 2xx ``application/json`` response schema of an operation, if any."""
    for code, response in sorted((operation.get("responses") or {}).items()):
        if str(code).startswith("2"):
            content = (resolve(spec, response).get("content") or {}).get("application/json") or {}
            if "schema" in content:
                return int(code), content["schema"]
    return None
