"""Each spec preparation rule on the smallest document that shows its defect."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from codegen.rules import (
    RULES,
    apply_rules,
    give_untyped_arrays_items,
    keep_cursors_opaque,
    keep_ref_sibling_keywords,
    make_security_explicit,
    module_name_overrides,
    readable_name,
    readable_operation_ids,
    repair_mojibake,
)
from codegen.specfile import load_spec
from tests.conftest import corpus_params, require_corpus


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
    spec["paths"] = {"/rfqs": {"get": {"operationId": "GetRFQs", "responses": {}}}}
    spec["security"] = [{"key": []}]
    first = apply_rules(spec)
    assert first == {name: 0 for name in first} | {
        "keep_ref_sibling_keywords": 1,
        "give_untyped_arrays_items": 1,
        "repair_mojibake": 1,
        "make_security_explicit": 1,
        "readable_operation_ids": 1,
    }
    assert set(apply_rules(spec).values()) == {0}
    assert [r.__name__ for r in RULES] == list(first)


def _ops(*operations: dict[str, Any]) -> dict[str, Any]:
    spec = _doc({})
    spec["paths"] = {f"/p{i}": {"get": op} for i, op in enumerate(operations)}
    return spec


KEY: dict[str, list[str]] = {"kalshiAccessKey": [], "kalshiAccessSignature": []}


def test_security_is_inherited_from_the_document_unless_the_operation_says_otherwise() -> None:
    spec = _ops({"operationId": "A"}, {"operationId": "B", "security": []}, {"operationId": "C", "security": [KEY]})
    spec["security"] = [{"bearer": []}]
    assert make_security_explicit(spec) == 1
    a, b, c = (spec["paths"][f"/p{i}"]["get"] for i in range(3))
    assert a["security"] == [{"bearer": []}] and b["security"] == [] and c["security"] == [KEY]
    a["security"][0]["bearer"].append("x")  # a copy, not the document's own list
    assert spec["security"] == [{"bearer": []}]


def test_an_empty_requirement_makes_credentials_optional_so_the_operation_is_public() -> None:
    spec = _ops({"operationId": "A", "security": [{}, KEY]}, {"operationId": "B", "security": [KEY]}, {})
    assert make_security_explicit(spec) == 1
    assert [spec["paths"][f"/p{i}"]["get"].get("security") for i in range(3)] == [[], [KEY], None]


def test_readable_name_joins_plural_acronyms_only() -> None:
    from openapi_python_client.utils import snake_case

    cases = {
        "GetRFQs": "get_rfqs",
        "GetRFQsResponse": "get_rfqs_response",
        "getRFQs": "get_rfqs",
        "ListAPIKeyIDs": "list_api_key_ids",
        "GetRFQ": "get_rfq",  # already whole
        "GetRFQQuote": "get_rfq_quote",
        "CreateFCMSubtrader": "create_fcm_subtrader",
        "GetMarkets": "get_markets",
        "RFQsettings": "rf_qsettings",  # "s" starts a word: not a plural, left as the generator splits it
        "PnLs": "pn_ls",  # mixed-case acronyms are not recognised
    }
    assert {name: snake_case(readable_name(name)) for name in cases} == cases


def test_operation_ids_are_rewritten_and_schemas_keep_their_names_with_readable_modules() -> None:
    spec = _ops({"operationId": "GetRFQs"}, {"operationId": "GetRFQ"}, {})
    spec["components"]["schemas"] = {"GetRFQsResponse": {"type": "object"}, "RFQ": {"type": "object"}}
    assert readable_operation_ids(spec) == 1
    assert [spec["paths"][f"/p{i}"]["get"].get("operationId") for i in range(3)] == ["GetRfqs", "GetRFQ", None]
    assert set(spec["components"]["schemas"]) == {"GetRFQsResponse", "RFQ"}
    assert module_name_overrides(spec) == {"GetRFQsResponse": {"module_name": "GetRfqsResponse"}}


@pytest.mark.parametrize("spec_path", corpus_params())
def test_no_plural_acronym_is_split_in_any_corpus_name(spec_path: Path | None) -> None:
    """Every operationId and schema name of every document: after the rule, an acronym's plural is one word."""
    import re

    from openapi_python_client.utils import snake_case

    spec = load_spec(require_corpus(spec_path))
    names = [
        op["operationId"]
        for op in (o for item in spec["paths"].values() for o in item.values())
        if isinstance(op, dict) and "operationId" in op
    ]
    names += list((spec.get("components") or {}).get("schemas") or {})
    changed: dict[str, str] = {}
    for name in names:
        words = snake_case(readable_name(name)).split("_")
        for acronym in re.findall(r"([A-Z]{2,}s)(?![a-z])", name):
            assert acronym.lower() in words, (name, words)
        if readable_name(name) != name:
            changed[name] = snake_case(readable_name(name))
    # The case the rule was written for, wherever the document has it.
    if "GetRFQs" in names:
        assert changed["GetRFQs"] == "get_rfqs" and changed["GetRFQsResponse"] == "get_rfqs_response"


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
