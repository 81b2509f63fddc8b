"""Spec preparation rules: general repairs applied to a working copy of the spec.

Each rule takes the parsed document, changes it in place and returns how many
places it changed. Rules never look at ``info.version`` or at a schema's name:
they describe a defect, so a spec bump that repeats the defect is repaired too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import ftfy

Json = Any
Rule = Callable[[dict[str, Any]], int]

# Keywords that change what a value may be. OpenAPI 3.0 ignores every sibling
# of ``$ref``, so the generator drops these unless they move onto a wrapper.
_SEMANTIC_REF_SIBLINGS = ("nullable", "default", "readOnly", "writeOnly")
# Documentation keys worth keeping on the wrapper (they end up in docstrings).
_DOC_REF_SIBLINGS = ("description", "deprecated", "example")
# Keys whose string values are prose for people, never values sent on the wire.
_PROSE_KEYS = frozenset({"description", "summary", "title"})


def _schema_nodes(node: Json) -> Iterator[dict[str, Any]]:
    """Every mapping in the document, depth first (schemas sit at any depth)."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            yield current
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)


def keep_ref_sibling_keywords(spec: dict[str, Any]) -> int:
    """Move ``nullable``/``default``/... written beside a ``$ref`` onto an ``allOf`` wrapper.

    ``{$ref: X, nullable: true}`` becomes ``{allOf: [{$ref: X}], nullable: true}``,
    which OpenAPI 3.0 (and the generator) honour, so ``null`` parses where the
    upstream author declared it.
    """
    changed = 0
    for node in _schema_nodes(spec):
        ref = node.get("$ref")
        if not isinstance(ref, str) or not any(key in node for key in _SEMANTIC_REF_SIBLINGS):
            continue
        kept = {key: node[key] for key in _SEMANTIC_REF_SIBLINGS + _DOC_REF_SIBLINGS if key in node}
        node.clear()
        node["allOf"] = [{"$ref": ref}]
        node.update(kept)
        changed += 1
    return changed


def give_untyped_arrays_items(spec: dict[str, Any]) -> int:
    """Give ``type: array`` without ``items`` an ``items: {}`` (any value).

    JSON Schema reads a missing ``items`` as "any items"; the generator instead
    drops the schema and every schema that uses it (Kalshi's ``[price, count]``
    tuple levels took the orderbook responses with them).
    """
    changed = 0
    for node in _schema_nodes(spec):
        if node.get("type") == "array" and "items" not in node and "prefixItems" not in node:
            node["items"] = {}
            changed += 1
    return changed


def repair_mojibake(spec: dict[str, Any]) -> int:
    """Repair UTF-8 text that was decoded as cp1252 (``0\u00e2\u20ac\u201c2`` for ``0\u20132``) in prose only.

    Only documentation keys are touched: enum values, defaults and examples are
    wire data and stay byte-for-byte as published.
    """
    changed = 0
    for node in _schema_nodes(spec):
        for key in _PROSE_KEYS:
            text = node.get(key)
            if isinstance(text, str):
                fixed = ftfy.fix_encoding(text)
                if fixed != text:
                    node[key] = fixed
                    changed += 1
    return changed


def _local_target(spec: dict[str, Any], node: Json) -> Json:
    """``node``, or what its local ``$ref`` chain points at (bounded: a loop is checked elsewhere)."""
    for _ in range(16):
        ref = node.get("$ref") if isinstance(node, dict) else None
        if not isinstance(ref, str) or not ref.startswith("#/"):
            return node
        target: Json = spec
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            target = target.get(part) if isinstance(target, dict) else None
        node = target
    return node


def _drop_format(schema: Json) -> int:
    if isinstance(schema, dict) and schema.get("type") == "string" and "format" in schema:
        del schema["format"]
        return 1
    return 0


def keep_cursors_opaque(spec: dict[str, Any]) -> int:
    """Read a page cursor as the opaque string it is, even where the document gives it a ``format``.

    A ``cursor`` query parameter typed ``{type: string, format: date-time}`` (and the ``cursor``
    of the page that returns it) becomes a datetime: re-serialized, it may no longer be the text
    the server sent ("Z" turned "+00:00", precision changed), and the page walker, which follows
    string cursors, stops after the first page. Dropping the format on exactly those two places
    hands the server back its own bytes.
    """
    changed = 0
    for item in (spec.get("paths") or {}).values():
        for operation in item.values() if isinstance(item, dict) else ():
            if not isinstance(operation, dict):
                continue
            params = [_local_target(spec, p) for p in operation.get("parameters") or []]
            cursor = [p for p in params if isinstance(p, dict) and p.get("in") == "query" and p.get("name") == "cursor"]
            if not cursor:
                continue
            changed += sum(_drop_format(_local_target(spec, p.get("schema"))) for p in cursor)
            for code, response in (operation.get("responses") or {}).items():
                content = (_local_target(spec, response) or {}).get("content") if str(code).startswith("2") else None
                for media in (content or {}).values():
                    page = _local_target(spec, (media or {}).get("schema"))
                    properties = page.get("properties") if isinstance(page, dict) else None
                    if isinstance(properties, dict):
                        changed += _drop_format(_local_target(spec, properties.get("cursor")))
    return changed


# Applied in this order; the stamp reports each rule's count under its name.
RULES: tuple[Rule, ...] = (
    keep_ref_sibling_keywords,
    give_untyped_arrays_items,
    repair_mojibake,
    keep_cursors_opaque,
)


def apply_rules(spec: dict[str, Any]) -> dict[str, int]:
    """Run every rule on ``spec`` in place; return ``{rule name: places changed}``."""
    return {rule.__name__: rule(spec) for rule in RULES}
