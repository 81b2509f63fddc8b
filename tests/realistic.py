"""Real-shaped response pages for benchmarks: every schema field filled with a value like Kalshi's.

The one-letter strings of tests/samples.py make ``json.loads`` unusually cheap and
so the parse ratio misleading. Here each item is a recorded item from
../shared/kalshi-responses (real tickers, titles, timestamps) completed with every
field the schema lists, filled by what its name says it holds (``*_dollars`` a price
like ``"0.5600"``, ``*_fp`` a count like ``"125.00"``, and so every field the pipeline
types as fixed-point; ids as UUIDs, date-times as Kalshi writes them).
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

from codegen.rules import FIXED_POINT_KEY
from kalshi_exchange.data import merged
from tests.samples import with_fixed_point_marks

RECORDED = Path(__file__).resolve().parent.parent.parent / "shared" / "kalshi-responses" / "2026-01"


def value_for(spec: dict[str, Any], schema: dict[str, Any], name: str, depth: int = 0) -> Any:
    """A realistic value for a field called ``name`` with ``schema``."""
    schema = merged(spec, schema)
    options = schema.get("anyOf") or schema.get("oneOf")
    if options:
        return value_for(spec, options[0], name, depth)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type") or ("object" if "properties" in schema else "string")
    if kind == "object":
        if depth > 4:
            return {}
        props = schema.get("properties") or {}
        if not props and isinstance(schema.get("additionalProperties"), dict):
            extra = schema["additionalProperties"]
            return {key: value_for(spec, extra, key, depth + 1) for key in ("Elections", "Sports")}
        return {key: value_for(spec, sub, key, depth + 1) for key, sub in props.items()}
    if kind == "array":
        item = schema.get("items") or {}
        if not item:  # a [price, count] level
            return ["0.5600", "125.00"]
        return [value_for(spec, item, name, depth + 1) for _ in range(2)]
    if kind == "integer":
        return 1_736_712_490 if name.endswith(("_ts", "_time")) else 1234
    if kind == "number":
        return 0.56
    if kind == "boolean":
        return True
    return _string_for(name, schema)


def _string_for(name: str, schema: dict[str, Any]) -> str:
    if schema.get("format") == "date-time" or name.endswith("_time"):
        return "2026-01-12T22:08:10.446961Z"
    if schema.get(FIXED_POINT_KEY) == "count" or name.endswith("_fp"):
        return "125.00"
    if schema.get(FIXED_POINT_KEY) == "dollars" or name.endswith("_dollars") or "price" in name:
        return "0.5600"
    if "count" in name:
        return "125.00"
    if "ticker" in name:
        return "KXNFLGAME-26JAN12HOUPIT-PIT"
    if name.endswith("id") or name.endswith("_ids"):
        return str(uuid.uuid5(uuid.NAMESPACE_URL, name))
    if "title" in name or "rules" in name:
        return "Houston at Pittsburgh: will Pittsburgh win the game on January 12?"
    return "Houston at Pittsburgh"


def _items_schema(spec: dict[str, Any], page_schema: dict[str, Any], field: str) -> dict[str, Any]:
    return merged(spec, merged(spec, page_schema)["properties"][field]["items"])


def page(spec: dict[str, Any], schema_name: str, field: str, recorded: str, count: int) -> dict[str, Any]:
    """A ``schema_name`` page whose ``field`` holds ``count`` items: recorded ones, completed from the schema."""
    spec = with_fixed_point_marks(spec)
    page_schema = {"$ref": f"#/components/schemas/{schema_name}"}
    item_schema = _items_schema(spec, page_schema, field)
    template = value_for(spec, item_schema, field)
    seen = json.loads((RECORDED / recorded).read_text())["response"][field] or [{}]
    items = []
    for i in range(count):
        item = dict(template)
        item.update({k: v for k, v in seen[i % len(seen)].items() if k in template and v is not None})
        for key in ("ticker", "order_id", "trade_id", "fill_id"):
            if key in item:
                item[key] = f"{item[key]}-{i}"
        items.append(item)
    body = value_for(spec, page_schema, "page")
    body[field] = items
    return dict(body, cursor="CgsIkpKazwYQ8M6WSRIWS1hORkxHQU1FLTI2SkFOMTJIT1VQSVQ")


def orderbook(spec: dict[str, Any], levels: int) -> dict[str, Any]:
    """An orderbook response with ``levels`` [price, count] levels a side, on the cent grid."""
    book = [[f"{(i % 99 + 1) / 100:.4f}", f"{(i * 37) % 5000 + 1}.00"] for i in range(levels)]
    return {"orderbook_fp": {"yes_dollars": book, "no_dollars": list(reversed(book))}}
