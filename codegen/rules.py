"""Spec preparation rules: general repairs applied to a working copy of the spec.

Each rule takes the parsed document, changes it in place and returns how many
places it changed. Rules never look at ``info.version`` or at a schema's name:
they describe a defect, so a spec bump that repeats the defect is repaired too.
"""

from __future__ import annotations

import copy
import re
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


_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _operation_objects(spec: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for item in (spec.get("paths") or {}).values():
        if isinstance(item, dict):
            for method in _HTTP_METHODS:
                operation = item.get(method)
                if isinstance(operation, dict):
                    yield operation


def make_security_explicit(spec: dict[str, Any]) -> int:
    """Give every operation its effective ``security``, so the generator sees which need credentials.

    OpenAPI: an operation without ``security`` inherits the document's, and an empty
    requirement (``{}``) among the alternatives means credentials are optional. The
    generator reads only the operation's own list and takes any non-empty one as secured,
    so inherited security is copied down and optional security becomes ``[]`` (public:
    a signed client still signs it). What is secured decides which operations refuse
    ``kalshi_public_client`` before sending anything.
    """
    inherited = spec.get("security")
    changed = 0
    for operation in _operation_objects(spec):
        if "security" not in operation and isinstance(inherited, list) and inherited:
            operation["security"] = copy.deepcopy(inherited)
            changed += 1
        requirements = operation.get("security")
        if isinstance(requirements, list) and requirements and any(r == {} for r in requirements):
            operation["security"] = []
            changed += 1
    return changed


# An acronym in capitals followed by a plural "s" that ends the word: "RFQs" in "GetRFQs".
_ACRONYM_PLURAL = re.compile(r"([A-Z]{2,})s(?![a-z])")


def readable_name(name: str) -> str:
    """``name`` with each plural acronym written as one word, so its snake_case stays whole.

    The generator splits words before each capital followed by lowercase letters, so
    ``GetRFQs`` becomes ``get_rf_qs``; written ``GetRfqs`` it becomes ``get_rfqs``.
    Other names are returned unchanged (``GetRFQ`` -> ``get_rfq`` already reads well).
    """
    return _ACRONYM_PLURAL.sub(lambda match: match.group(1).capitalize() + "s", name)


def readable_operation_ids(spec: dict[str, Any]) -> int:
    """Rewrite operationIds with a plural acronym (``GetRFQs`` -> ``GetRfqs``): module ``get_rfqs``.

    The operationId names the generated module and function names only; it never goes
    on the wire. Schema names are left as published (they are class names, and
    ``$ref``s point at them); their module names follow :func:`module_name_overrides`.
    """
    changed = 0
    for operation in _operation_objects(spec):
        operation_id = operation.get("operationId")
        if isinstance(operation_id, str) and readable_name(operation_id) != operation_id:
            operation["operationId"] = readable_name(operation_id)
            changed += 1
    return changed


def module_name_overrides(spec: dict[str, Any]) -> dict[str, dict[str, str]]:
    """The generator's ``class_overrides`` that give models named with a plural acronym a readable module.

    ``GetRFQsResponse`` keeps its class name and lives in ``get_rfqs_response`` instead of
    ``get_rf_qs_response``. Keys are the generator's class names for the component schemas.
    """
    from openapi_python_client.utils import ClassName

    overrides: dict[str, dict[str, str]] = {}
    schemas = (spec.get("components") or {}).get("schemas") or {}
    for name in schemas:
        if isinstance(name, str) and readable_name(name) != name:
            overrides[str(ClassName(name, ""))] = {"module_name": readable_name(name)}
    return overrides


# -- money: Kalshi's fixed-point numbers -------------------------------------------------------------
# The key the templates read (codegen/templates/reader.py.jinja): "dollars" or "count" on a property
# whose string values (at any list depth) are fixed-point numbers.
FIXED_POINT_KEY = "x-kalshi-fixed-point"
# Set (true) beside it on a list whose items are arrays of exactly two fixed-point strings (minItems ==
# maxItems == 2: an order book's [price, count] levels): the model types them tuple[Decimal, Decimal],
# immutable pairs a cache can share (types.FIXED_POINT_PAIRS), instead of lists.
FIXED_POINT_PAIRS_KEY = "x-kalshi-fixed-point-pairs"
# Kalshi's naming convention (FixedPointCount: 'referred to as "fp" in field names'; prices and
# amounts are ``*_dollars``): the suffix says what a field holds.
_FIXED_POINT_SUFFIXES = (("_fp", "count"), ("_dollars", "dollars"))
# Keys whose values are wire data or our own annotations, never schemas.
_DATA_KEYS = frozenset({"example", "examples", "default", "enum", "const"})
_REF_PREFIX = "#/components/schemas/"
# A plain fixed-point number as Kalshi writes one: ASCII digits, an optional sign and fraction.
FIXED_POINT_TEXT = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


def fixed_point_kind_of_name(name: str) -> str | None:
    """``"count"`` for ``*_fp``, ``"dollars"`` for ``*_dollars``, None for a name that says nothing."""
    lowered = name.lower()
    return next((kind for suffix, kind in _FIXED_POINT_SUFFIXES if lowered.endswith(suffix)), None)


def _property_maps(node: Json) -> Iterator[dict[str, Any]]:
    """The ``properties`` mapping of every schema in the document (wire data and extensions skipped)."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            props = current.get("properties")
            if isinstance(props, dict):
                yield props
            stack.extend(v for k, v in current.items() if k not in _DATA_KEYS and not str(k).startswith("x-"))
        elif isinstance(current, list):
            stack.extend(current)


def _string_leaf(
    spec: dict[str, Any], schema: Json, arrays: list[dict[str, Any]] | None = None
) -> tuple[dict[str, Any] | None, list[str]]:
    """The string schema a property's values are made of, through ``$ref``, single-member ``allOf``,
    a union with null only (on the property itself, not on list items), and array ``items`` at any
    depth; with the component schemas on the way (and the array schemas, outermost first, appended
    to ``arrays``). (None, ...) when the values are not all strings (objects, numbers, untyped, real
    unions, lists that admit null items)."""
    components = (spec.get("components") or {}).get("schemas") or {}
    through: list[str] = []
    in_list = False
    for _ in range(32):  # deeper than any real chain; a $ref cycle stops here
        if not isinstance(schema, dict):
            return None, through
        ref = schema.get("$ref")
        if isinstance(ref, str):
            name = ref[len(_REF_PREFIX) :] if ref.startswith(_REF_PREFIX) else None
            if name is None or name not in components:
                return None, through
            through.append(name)
            schema = components[name]
            continue
        members = [s for key in ("allOf", "anyOf", "oneOf") for s in schema.get(key) or []]
        alternatives = [s for s in members if not _is_null_schema(s)]
        if members:
            if len(alternatives) != 1 or "properties" in schema or (in_list and len(members) > 1):
                return None, through
            schema = alternatives[0]
            continue
        kinds = schema.get("type")
        kinds = [k for k in kinds if k != "null"] if isinstance(kinds, list) else [kinds]
        if in_list and (kinds != [schema.get("type")] or schema.get("nullable")):
            return None, through  # list items that may be null
        if kinds == ["array"]:
            if arrays is not None:
                arrays.append(schema)
            schema, in_list = schema.get("items"), True
            continue
        plain = "enum" not in schema and "const" not in schema and schema.get("format") in (None, "decimal")
        return (schema if kinds == ["string"] and plain else None), through
    return None, through


def _is_null_schema(schema: Json) -> bool:
    return isinstance(schema, dict) and schema.get("type") == "null" and len(schema) == 1


def type_fixed_point_numbers(spec: dict[str, Any]) -> int:
    """Mark the properties whose strings are Kalshi fixed-point numbers (read as ``decimal.Decimal``).

    Kalshi's documented convention: prices and amounts are ``*_dollars`` strings, contract
    counts ``*_fp`` strings (its ``FixedPointDollars``/``FixedPointCount`` schemas). A string
    property is fixed-point when
    - its name ends in ``_dollars`` or ``_fp`` (arrays too: ``yes_dollars`` holds
      ``[price, count]`` string levels), or
    - its values are of a schema that such a named property uses (``price`` and ``count``
      refer to the same ``FixedPointDollars``/``FixedPointCount`` as ``yes_price_dollars``), or
    - its schema says ``format: decimal`` (the OpenAPI format registry's fixed-point decimal).
    The mark (``x-kalshi-fixed-point: dollars | count``) sits on the property's own schema,
    where the model template reads it; strings with a format, an enum or a const are never
    fixed-point, nor is one whose default is not a plain fixed-point string. A field named by
    the convention but not a string (``orderbook_fp``, an object) is left alone. A fixed-point
    list of arrays of exactly two (``minItems == maxItems == 2``: [price, count] levels) is also
    marked ``x-kalshi-fixed-point-pairs``: its items are read as ``tuple[Decimal, Decimal]``.
    """
    maps = list(_property_maps(spec))
    # Component schemas named by convention-following properties: the fixed-point types.
    type_kinds: dict[str, set[str]] = {}
    for props in maps:
        for name, schema in props.items():
            kind = fixed_point_kind_of_name(str(name))
            leaf, through = _string_leaf(spec, schema)
            if kind is not None and leaf is not None:
                for component in through:
                    type_kinds.setdefault(component, set()).add(kind)
    changed = 0
    for props in maps:
        for name, schema in props.items():
            arrays: list[dict[str, Any]] = []
            leaf, through = _string_leaf(spec, schema, arrays)
            if leaf is None or not isinstance(schema, dict):
                continue
            by_type = set().union(*(type_kinds.get(c, set()) for c in through))
            kind = fixed_point_kind_of_name(str(name))
            if kind is None and by_type:
                kind = "count" if by_type == {"count"} else "dollars"  # used for both: dollars (no int)
            if kind is None and leaf.get("format") == "decimal":
                kind = "dollars"
            default = schema.get("default", leaf.get("default"))
            if default is not None and not (isinstance(default, str) and FIXED_POINT_TEXT.fullmatch(default)):
                kind = None  # the model's default must be a number the converter takes
            if kind is not None and schema.get(FIXED_POINT_KEY) != kind:
                schema[FIXED_POINT_KEY] = kind
                changed += 1
            # Only a list of pairs (depth 2): the templates read no other shape of pair.
            level = arrays[1] if len(arrays) == 2 else {}
            pairs = kind is not None and level.get("minItems") == level.get("maxItems") == 2
            if pairs and schema.get(FIXED_POINT_PAIRS_KEY) is not True:
                schema[FIXED_POINT_PAIRS_KEY] = True
                changed += 1
            elif not pairs and FIXED_POINT_PAIRS_KEY in schema:
                del schema[FIXED_POINT_PAIRS_KEY]
                changed += 1
    return changed


def remove_fixed_point_marks(spec: dict[str, Any]) -> None:
    """Take this rule's marks off a prepared document, so preparing it again counts the same places."""
    for props in _property_maps(spec):
        for schema in props.values():
            if isinstance(schema, dict):
                schema.pop(FIXED_POINT_KEY, None)
                schema.pop(FIXED_POINT_PAIRS_KEY, None)


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
    make_security_explicit,
    readable_operation_ids,
    keep_cursors_opaque,
    type_fixed_point_numbers,
)


def apply_rules(spec: dict[str, Any]) -> dict[str, int]:
    """Run every rule on ``spec`` in place; return ``{rule name: places changed}``."""
    return {rule.__name__: rule(spec) for rule in RULES}
