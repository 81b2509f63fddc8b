"""The compiled validators (kalshi_exchange/validation.py) reach openapi-core's verdicts on every operation.

For each operation of the served spec: a valid request, then one broken parameter or body at a
time (a wrong type, an empty value, a value past a bound, a missing required field, not JSON),
and a drawn valid answer with a required field removed or given a wrong type. The compiled
verdict (valid or not) must be openapi-core's for every one: the speed-up weakens nothing.
"""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Iterator
from typing import Any

import pytest

from kalshi_exchange import LocalExchange
from kalshi_exchange.core import _CoreRequest, _Route
from kalshi_exchange.data import Sampler, merged, resolve

BASE = "/trade-api/v2"
# openapi-core also checks that the security scheme's headers are there (the exchange verifies them before).
SIGNED = {"kalshi-access-key": "k", "kalshi-access-signature": "s", "kalshi-access-timestamp": "1"}


@pytest.fixture(scope="module")
def exchange() -> LocalExchange:
    return LocalExchange(rate_limit=None)


def _value(schema: dict[str, Any]) -> str:
    kind = schema.get("type")
    if "enum" in schema:
        return str(next(v for v in schema["enum"] if v is not None)).lower()
    return {"integer": str(schema.get("minimum", 1)), "boolean": "true", "number": "1.5"}.get(kind or "", "abc")


def _cases(exchange: LocalExchange, route: _Route) -> Iterator[tuple[str, str, list[tuple[str, str]], bytes | None]]:
    """(label, path, query, body) for a valid request and for broken ones."""
    spec = exchange.spec
    item = spec["paths"][route.template]
    params = [resolve(spec, p) for p in [*(item.get("parameters") or []), *(route.operation.get("parameters") or [])]]
    path = BASE + route.template
    for p in params:
        if p["in"] == "path":
            path = path.replace("{" + p["name"] + "}", "X1")
    query: list[tuple[str, str]] = []
    for p in params:
        if p["in"] == "query" and p.get("required"):
            schema = resolve(spec, p["schema"])
            query.append(
                (
                    p["name"],
                    _value(resolve(spec, schema.get("items") or {}) if schema.get("type") == "array" else schema),
                )
            )
    body_spec = route.operation.get("requestBody")
    body: bytes | None = None
    body_schema: dict[str, Any] = {}
    if body_spec:
        media = resolve(spec, body_spec)["content"]["application/json"]
        body_schema = merged(spec, media.get("schema") or {})
        example = media.get("example", body_schema.get("example"))
        if example is None:
            example = Sampler(spec, random.Random(0), awkward=0).value(body_schema)
        body = json.dumps(example).encode()
    yield "valid", path, query, body
    for p in params:
        if p["in"] != "query":
            continue
        schema = resolve(spec, p["schema"])
        others = [(k, v) for k, v in query if k != p["name"]]
        if schema.get("type") in ("integer", "boolean", "number"):
            yield f"{p['name']}=many", path, [*others, (p["name"], "many")], body
            yield f"{p['name']}=", path, [*others, (p["name"], "")], body
        if "maximum" in schema:
            yield f"{p['name']} past maximum", path, [*others, (p["name"], str(schema["maximum"] + 1))], body
        if "minimum" in schema:
            yield f"{p['name']} below minimum", path, [*others, (p["name"], str(schema["minimum"] - 1))], body
        if "enum" in schema:
            yield f"{p['name']} not in enum", path, [*others, (p["name"], "no-such-value")], body
    if body is not None:
        yield "not JSON", path, query, b"{not json"
        yield "a list", path, query, b"[]"
        document = json.loads(body)
        for name in body_schema.get("required") or []:
            if isinstance(document, dict) and name in document:
                yield f"no {name}", path, query, json.dumps({k: v for k, v in document.items() if k != name}).encode()
        for name, prop in (body_schema.get("properties") or {}).items():
            kind = merged(spec, prop).get("type")
            if kind in ("string", "integer", "boolean", "array") and isinstance(document, dict):
                wrong = {"string": 12, "integer": "twelve", "boolean": "yes", "array": {"a": 1}}[kind]
                yield f"{name} wrong type", path, query, json.dumps({**document, name: wrong}).encode()


def _core_verdict(exchange: LocalExchange, request: _CoreRequest) -> bool:
    try:
        exchange._api().validate_request(request)
    except Exception:
        return False
    return True


def test_compiled_request_validation_agrees_with_openapi_core(exchange: LocalExchange) -> None:
    checked, refused, disagreements = 0, 0, []
    for route in exchange._routes:
        assert route.compiled is not None, route.name
        for label, path, query, body in _cases(exchange, route):
            request = _CoreRequest("http://127.0.0.1", route.method, path, query, SIGNED, body or b"")
            relative = path[len(BASE) :]
            problem = route.compiled.request_problem(
                route.path_params(relative), query, request.body, request.content_type
            )
            if (problem is None) != _core_verdict(exchange, request):
                disagreements.append(f"{route.name} {label}: compiled says {problem}")
            checked, refused = checked + 1, refused + (problem is not None)
    assert disagreements == [], disagreements[:10]
    assert checked > 600 and refused > 400  # both verdicts, many times


def test_compiled_response_validation_agrees_with_openapi_core(exchange: LocalExchange) -> None:
    checked, disagreements = 0, []
    for route in exchange._routes:
        status, content = exchange._success(route.operation)
        if content is None:
            continue
        schema = merged(exchange.spec, content["schema"])
        request = _CoreRequest("http://127.0.0.1", route.method, BASE + route.template, [], {}, b"")
        for seed in range(3):
            good = Sampler(exchange.spec, random.Random(seed), awkward=0.3).value(schema)
            variants = [("drawn", good)]
            for name in schema.get("required") or []:
                if isinstance(good, dict) and name in good:
                    variants.append((f"no {name}", {k: v for k, v in good.items() if k != name}))
                    broken = copy.deepcopy(good)
                    broken[name] = {"not": "this"} if not isinstance(good[name], dict) else 7
                    variants.append((f"{name} wrong type", broken))
            for label, document in variants:
                body = json.dumps(document).encode()
                compiled = route.compiled.response_problems(status, body) if route.compiled else []
                request.route = None  # openapi-core's own verdict
                core = exchange.response_problems(request, status, body)
                if (compiled == []) != (core == []):
                    disagreements.append(f"{route.name} {label}: compiled {compiled[:1]} openapi-core {core[:1]}")
                checked += 1
    assert disagreements == [], disagreements[:10]
    assert checked > 500
