"""Schema-driven response data, deterministic for a seed, including the awkward legal cases.

Stdlib only. ``awkward`` is the chance, at each decision, of the legal value a
careless client chokes on: ``null`` in a nullable field, an optional field left
out, an empty array.
"""

from __future__ import annotations

import datetime
import random
import uuid
from typing import Any

MAX_DEPTH = 6
_EPOCH = datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)


def resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """Follow ``$ref`` chains to the schema they name."""
    while "$ref" in schema:
        node: Any = spec
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        schema = node
    return schema


def merged(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """Resolve refs and fold ``allOf`` into one schema (the wrapper's keywords win).

    Keywords written beside a ``$ref`` count, as the live API behaves.
    """
    if "$ref" in schema and len(schema) > 1:
        siblings = {k: v for k, v in schema.items() if k != "$ref"}
        return {**merged(spec, {"$ref": schema["$ref"]}), **siblings}
    schema = resolve(spec, schema)
    if "allOf" not in schema:
        return schema
    out: dict[str, Any] = {"properties": {}, "required": []}
    for part in schema["allOf"]:
        for key, value in merged(spec, part).items():
            if key == "properties":
                out["properties"].update(value)
            elif key == "required":
                out["required"] += value
            else:
                out.setdefault(key, value)
    out.update({k: v for k, v in schema.items() if k != "allOf"})
    if not out["properties"]:
        del out["properties"]
    return out


class Sampler:
    """Draws values valid for a schema from a seeded ``random.Random``."""

    def __init__(self, spec: dict[str, Any], rng: random.Random, *, awkward: float = 0.3) -> None:
        self.spec, self.rng, self.awkward = spec, rng, awkward

    def _odd(self) -> bool:
        return self.rng.random() < self.awkward

    def value(self, schema: dict[str, Any], depth: int = 0) -> Any:
        schema = merged(self.spec, schema)
        if schema.get("nullable") and self._odd():
            return None
        if "const" in schema:  # OpenAPI 3.1 (the stream messages' ``type``)
            return schema["const"]
        if "enum" in schema:
            return self.rng.choice([v for v in schema["enum"] if v is not None])
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return self.value(self.rng.choice(schema[key]), depth + 1)
        kind = schema.get("type")
        if "example" in schema and kind not in ("object", "array") and self.rng.random() < 0.5:
            return schema["example"]  # the spec's own example reads like real data ("10.00")
        if kind == "object" or "properties" in schema:
            return self._object(schema, depth)
        if kind == "array":
            return self._array(schema, depth)
        if kind == "string":
            return self._string(schema)
        if kind == "integer":
            return self._integer(schema)
        if kind == "number":
            low, high = self._bounds(schema, 0.0, 100.0)
            return round(self.rng.uniform(low, high), 2)
        if kind == "boolean":
            return self.rng.random() < 0.5
        return self.rng.choice(["any", 7, True])

    def _object(self, schema: dict[str, Any], depth: int) -> dict[str, Any]:
        required = set(schema.get("required") or [])
        out = {}
        for name, prop in (schema.get("properties") or {}).items():
            if name in required or (depth < MAX_DEPTH and not self._odd()):
                out[name] = self.value(prop, depth + 1)
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and not schema.get("properties") and depth < MAX_DEPTH and not self._odd():
            out["key"] = self.value(extra, depth + 1)
        return out

    def _array(self, schema: dict[str, Any], depth: int) -> list[Any]:
        low = int(schema.get("minItems", 0))
        high = max(low, min(int(schema.get("maxItems", low + 2)), low + 2))
        count = low if depth >= MAX_DEPTH or self._odd() else self.rng.randint(min(max(low, 1), high), high)
        return [self.value(schema.get("items") or {}, depth + 1) for _ in range(count)]

    def _string(self, schema: dict[str, Any]) -> str:
        fmt = schema.get("format")
        moment = _EPOCH + datetime.timedelta(seconds=self.rng.randrange(86_400 * 365))
        if fmt == "date-time":
            return moment.isoformat()
        if fmt == "date":
            return moment.date().isoformat()
        if fmt == "uuid":
            return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))
        text = f"s{self.rng.randrange(10_000)}"
        low, high = int(schema.get("minLength", 0)), schema.get("maxLength")
        text = text.ljust(low, "x")
        return text[: int(high)] if high is not None else text

    def _integer(self, schema: dict[str, Any]) -> int:
        low, high = self._bounds(schema, 0, 1000)
        return self.rng.randint(int(low), int(high))

    @staticmethod
    def _bounds(schema: dict[str, Any], low: Any, high: Any) -> tuple[Any, Any]:
        if "minimum" in schema:
            low = schema["minimum"] + (1 if schema.get("exclusiveMinimum") is True else 0)
        if "maximum" in schema:
            high = schema["maximum"] - (1 if schema.get("exclusiveMaximum") is True else 0)
        if high < low:  # only one bound given, on the far side of the default range
            low, high = (low, low) if "minimum" in schema else (high, high)
        return low, high
