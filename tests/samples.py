"""Deterministic sample bodies built from an upstream spec's schemas, for parse tests.

``awkward=False`` fills every property with a plain legal value; ``awkward=True``
puts ``null`` in every nullable field and a value no enum declares in every enum
(what the live API sends after Kalshi grows an enum). Unlike the exchange's
seeded Sampler, it fills every field, so a parse test sees every field at once.
Kalshi's fixed-point strings (found by the pipeline's own rule, on the prepared
spec or a marked copy of an upstream one) get a fixed-point number, as Kalshi sends.
"""

from __future__ import annotations

import copy
from typing import Any

from codegen.rules import FIXED_POINT_KEY, type_fixed_point_numbers
from kalshi_exchange.data import merged, resolve

UNKNOWN_STR = "zz_added_upstream"
UNKNOWN_INT = 987654
MAX_DEPTH = 6
MAX_ITEMS = 16  # at most this many items even where minItems asks more (samples stay small)
FORMATTED = {
    "date-time": "2026-01-02T03:04:05+00:00",
    "date": "2026-01-02",
    "uuid": "00000000-0000-4000-8000-000000000007",
    "email": "trader@example.com",
    "uri": "https://example.com/x",
    "byte": "AAAA",
}
FIXED_POINT = {"dollars": "0.5600", "count": "10.00"}
# id(spec) -> (spec, a copy with the pipeline's fixed-point marks), so refs resolve to marked schemas.
_marked: dict[int, tuple[dict[str, Any], dict[str, Any]]] = {}


def with_fixed_point_marks(spec: dict[str, Any]) -> dict[str, Any]:
    """``spec`` with codegen.rules' fixed-point marks (a marked copy, made once per document)."""
    if id(spec) not in _marked:
        marked = copy.deepcopy(spec)
        type_fixed_point_numbers(marked)
        _marked[id(spec)] = (spec, marked)
    return _marked[id(spec)][1]


def sample(spec: dict[str, Any], schema: dict[str, Any], *, awkward: bool, depth: int = 0) -> Any:
    marked = with_fixed_point_marks(spec)
    components = (spec.get("components") or {}).get("schemas") or {}
    for name, component in components.items():  # a component of the unmarked document: its marked twin
        if component is schema:
            schema = marked["components"]["schemas"][name]
            break
    return _sample(marked, schema, awkward=awkward, depth=depth, fixed=None)


def _sample(spec: dict[str, Any], schema: dict[str, Any], *, awkward: bool, depth: int, fixed: str | None) -> Any:
    schema = merged(spec, schema)
    fixed = schema.get(FIXED_POINT_KEY, fixed)
    if awkward and schema.get("nullable"):
        return None
    if "enum" in schema:
        values = [v for v in schema["enum"] if v is not None]
        if awkward:
            return UNKNOWN_INT if schema.get("type") == "integer" else UNKNOWN_STR
        return values[0]
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return _sample(spec, schema[key][0], awkward=awkward, depth=depth + 1, fixed=fixed)
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        props = schema.get("properties") or {}
        required = set(schema.get("required") or [])
        if depth >= MAX_DEPTH:
            props = {k: v for k, v in props.items() if k in required}
        return {name: _sample(spec, prop, awkward=awkward, depth=depth + 1, fixed=None) for name, prop in props.items()}
    if kind == "array":
        least = schema.get("minItems")
        least = min(least, MAX_ITEMS) if isinstance(least, int) else 0  # a spec's minItems is untrusted
        if depth >= MAX_DEPTH and not least:
            return []
        # As many items as the schema needs (a [price, count] level is exactly two), else one.
        items = schema.get("items") or {}
        return [_sample(spec, items, awkward=awkward, depth=depth + 1, fixed=fixed) for _ in range(max(1, least))]
    if kind == "string":
        return FIXED_POINT[fixed] if fixed in FIXED_POINT else FORMATTED.get(schema.get("format", ""), "s")
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
