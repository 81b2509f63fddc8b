"""Each spec preparation rule on the smallest document that shows its defect."""

from __future__ import annotations

from typing import Any

from codegen.rules import (
    RULES,
    apply_rules,
    give_untyped_arrays_items,
    keep_cursors_opaque,
    keep_ref_sibling_keywords,
    repair_mojibake,
)


def _doc(schemas: dict[str, Any]) -> dict[str, Any]:
    return {"openapi": "3.0.0", "info": {"title": "t", "version": "1"}, "paths": {}, "components": {"schemas": schemas}}


def test_nullable_beside_ref_moves_onto_an_allof_wrapper() -> None:
    spec = _doc(
        {
            "Order": {
                "type": "object",
                "properties": {
                    "stp": {
                        "$ref": "#/components/schemas/Stp",
                        "nullable": True,
                        "description": "d",
                        "x-omitempty": True,
                    },
                    "plain": {"$ref": "#/components/schemas/Stp", "description": "only docs"},
                },
            }
        }
    )
    assert keep_ref_sibling_keywords(spec) == 1
    props = spec["components"]["schemas"]["Order"]["properties"]
    assert props["stp"] == {"allOf": [{"$ref": "#/components/schemas/Stp"}], "nullable": True, "description": "d"}
    assert props["plain"] == {"$ref": "#/components/schemas/Stp", "description": "only docs"}


def test_default_and_read_only_beside_ref_are_kept_too() -> None:
    spec = _doc({"A": {"properties": {"x": {"$ref": "#/components/schemas/B", "default": "b", "readOnly": True}}}})
    assert keep_ref_sibling_keywords(spec) == 1
    wrapped = spec["components"]["schemas"]["A"]["properties"]["x"]
    assert wrapped["allOf"] == [{"$ref": "#/components/schemas/B"}]
    assert (wrapped["default"], wrapped["readOnly"]) == ("b", True)


def test_array_without_items_gets_any_items_at_any_depth() -> None:
    spec = _doc(
        {
            "Level": {"type": "array", "minItems": 2, "maxItems": 2, "example": ["0.15", 100]},
            "Book": {"properties": {"yes": {"type": "array", "items": {"type": "array"}}}},
            "Fine": {"type": "array", "items": {"type": "string"}},
        }
    )
    assert give_untyped_arrays_items(spec) == 2
    assert spec["components"]["schemas"]["Level"]["items"] == {}
    assert spec["components"]["schemas"]["Book"]["properties"]["yes"]["items"]["items"] == {}
    assert spec["components"]["schemas"]["Fine"]["items"] == {"type": "string"}


def test_mojibake_is_repaired_in_prose_but_wire_values_stay() -> None:
    spec = _doc(
        {
            "Fp": {
                "type": "string",
                "description": "Requests accept 0\u00e2\u20ac\u201c2 decimals",
                "enum": ["7\u00c2\u00a2"],
                "example": "7\u00c2\u00a2",
            }
        }
    )
    spec["info"]["title"] = "7\u00c2\u00a2 / 93\u00c2\u00a2 \u201cquoted\u201d"
    assert repair_mojibake(spec) == 2
    fp = spec["components"]["schemas"]["Fp"]
    assert fp["description"] == "Requests accept 0\u20132 decimals"
    assert spec["info"]["title"] == "7\u00a2 / 93\u00a2 \u201cquoted\u201d"  # curly quotes are not mojibake
    assert fp["enum"] == ["7\u00c2\u00a2"] and fp["example"] == "7\u00c2\u00a2"


def test_rules_are_idempotent_and_counted_by_name() -> None:
    spec = _doc(
        {
            "A": {"type": "array", "description": "0\u00e2\u20ac\u201c2", "properties": {}},
            "B": {"properties": {"r": {"$ref": "#/x", "nullable": True}}},
        }
    )
    first = apply_rules(spec)
    assert first == {name: 0 for name in first} | {
        "keep_ref_sibling_keywords": 1,
        "give_untyped_arrays_items": 1,
        "repair_mojibake": 1,
    }
    assert set(apply_rules(spec).values()) == {0}
    assert [r.__name__ for r in RULES] == list(first)


def test_a_cursor_with_a_format_is_read_as_the_opaque_string_it_is() -> None:
    dated = {"type": "string", "format": "date-time"}
    spec = _doc(
        {
            "Page": {"type": "object", "properties": {"cursor": dict(dated), "items": {"type": "array", "items": {}}}},
            "Other": {"type": "object", "properties": {"cursor": dict(dated), "when": dict(dated)}},
        }
    )
    spec["components"]["parameters"] = {"Cursor": {"name": "cursor", "in": "query", "schema": dict(dated)}}
    ok = {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}}
    spec["paths"] = {
        "/pages": {"get": {"parameters": [{"$ref": "#/components/parameters/Cursor"}], "responses": {"200": ok}}},
        "/other": {"get": {"parameters": [{"name": "since", "in": "query", "schema": dict(dated)}], "responses": {}}},
    }
    assert keep_cursors_opaque(spec) == 2
    assert spec["components"]["parameters"]["Cursor"]["schema"] == {"type": "string"}
    assert spec["components"]["schemas"]["Page"]["properties"]["cursor"] == {"type": "string"}
    # Only a page's cursor and the cursor parameter: other date-times, and cursors elsewhere, keep their format.
    assert spec["components"]["schemas"]["Other"]["properties"] == {"cursor": dated, "when": dated}
    assert spec["paths"]["/other"]["get"]["parameters"][0]["schema"] == dated
    assert keep_cursors_opaque(spec) == 0
