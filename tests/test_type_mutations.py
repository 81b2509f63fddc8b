"""Single-field type mutations of real trading responses: a lossless value, or an error naming the path.

Every field (at any depth; the first item of each list) of the GetMarkets, GetOrders,
GetFills, GetPositions and orderbook responses is set, one at a time, to a value of
each other JSON type. Parsing must either raise ResponseParseError whose ``path`` is
that field, or give a model whose ``to_dict()`` gives back the mutated body with a
value the field's schema allows (an integer for a number; null kept and recorded as a
deviation where the spec has no null; anything for an untyped field).
"""

from __future__ import annotations

import copy
import importlib
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from kalshi_exchange.data import merged
from tests.conftest import ROOT
from tests.samples import json_response_schema, sample
from tests.test_real_responses import _same

OPERATIONS = {
    "GET /markets": "kalshi_trade_api.api.market.get_markets",
    "GET /portfolio/orders": "kalshi_trade_api.api.orders.get_orders",
    "GET /portfolio/fills": "kalshi_trade_api.api.portfolio.get_fills",
    "GET /portfolio/positions": "kalshi_trade_api.api.portfolio.get_positions",
    "GET /markets/{ticker}/orderbook": "kalshi_trade_api.api.market.get_market_orderbook",
}
OTHER_VALUES: dict[str, Any] = {
    "null": None,
    "boolean": True,
    "integer": 7,
    "number": 1.5,
    "string": "12",
    "array": [],
    "object": {},
}
JSON_TYPE = {type(None): "null", bool: "boolean", int: "integer", float: "number", str: "string"}
JSON_TYPE.update({list: "array", dict: "object"})


def _fields(
    spec: dict[str, Any], value: Any, schema: dict[str, Any], path: str
) -> Iterator[tuple[str, Any, dict[str, Any]]]:
    """(path, value, schema) of every object field below ``value``, lists entered at their first item."""
    schema = merged(spec, schema)
    alternatives = [merged(spec, s) for s in schema.get("anyOf", []) + schema.get("oneOf", [])]
    if isinstance(value, dict):
        props = dict(schema.get("properties") or {})
        for alt in alternatives:
            props.update(alt.get("properties") or {})
        for key, item in value.items():
            sub = props.get(key, {})
            yield f"{path}.{key}", item, merged(spec, sub)
            yield from _fields(spec, item, sub, f"{path}.{key}")
    elif isinstance(value, list) and value:
        items: dict[str, Any] = schema.get("items") or next((a["items"] for a in alternatives if a.get("items")), {})
        yield from _fields(spec, value[0], items, f"{path}[0]")


def _allowed(spec: dict[str, Any], schema: dict[str, Any]) -> set[str] | None:
    """JSON types the schema allows; None for an untyped (any) field."""
    options = [merged(spec, s) for s in schema.get("anyOf", []) + schema.get("oneOf", [])] or [schema]
    found: set[str] = set()
    for option in options:
        kind = option.get("type") or ("object" if "properties" in option else None)
        if kind is None:
            return None
        found.add(kind)
        if kind == "number":
            found.add("integer")
        if option.get("nullable") or schema.get("nullable"):
            found.add("null")
    return found


def _set(body: Any, path: str, value: Any) -> Any:
    out = copy.deepcopy(body)
    parts = path[1:].replace("[", ".[").split(".")[1:]
    node = out
    for part in parts[:-1]:
        node = node[int(part[1:-1])] if part.startswith("[") else node[part]
    node[parts[-1]] = value
    return out


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_every_single_field_type_mutation_is_lossless_or_names_its_path(operation: str, import_from: Any) -> None:
    import_from(ROOT / "generated")
    module = importlib.import_module(OPERATIONS[operation])
    errors = importlib.import_module("kalshi_trade_api.errors")
    types = importlib.import_module("kalshi_trade_api.types")
    spec = json.loads((ROOT / "generated" / "kalshi_trade_api" / "_openapi.json").read_text())
    method, path = operation.split(" ")
    found = json_response_schema(spec, spec["paths"][path][method.lower()])
    assert found is not None
    body = sample(spec, found[1], awkward=False)
    counts = {"raised with the path": 0, "lossless": 0}
    for where, original, schema in _fields(spec, body, found[1], "$"):
        allowed = _allowed(spec, schema)
        for kind, value in OTHER_VALUES.items():
            if kind == JSON_TYPE[type(original)]:
                continue
            mutated = _set(body, where, value)
            case = f"{operation} {where} := {value!r}"
            try:
                parsed = module._parse_response(client=None, response=httpx.Response(200, json=mutated))
            except errors.ResponseParseError as error:
                assert error.path == where, f"{case}: error names {error.path}"
                counts["raised with the path"] += 1
                continue
            assert _same(mutated, parsed.to_dict()), f"{case}: accepted but not given back as sent"
            deviation_null = value is None and "null" in types.deviations(_model_at(parsed, where)).values()
            assert allowed is None or kind in allowed or deviation_null, f"{case}: accepted a {kind} silently"
            counts["lossless"] += 1
    print(operation, counts)
    assert counts["raised with the path"] > 0 and counts["lossless"] > 0, counts


def _model_at(model: Any, path: str) -> Any:
    """The model object holding the field at ``path`` (where a deviation would be recorded)."""
    parts = path[1:].replace("[", ".[").split(".")[1:-1]
    node = model
    for part in parts:
        node = node[int(part[1:-1])] if part.startswith("[") else getattr(node, part, None) or node[part]
    return node
