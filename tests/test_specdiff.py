"""The change summary printed by update-spec."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from codegen.specdiff import summarize
from codegen.specfile import load_spec
from tests.conftest import CORPUS_DIR, IN_CI

BASE: dict[str, Any] = {
    "openapi": "3.0.0",
    "info": {"title": "t", "version": "1"},
    "paths": {"/a": {"get": {"operationId": "A", "responses": {"200": {"description": "ok"}}}}},
    "components": {
        "schemas": {
            "M": {
                "type": "object",
                "properties": {"s": {"type": "string", "enum": ["x", "y"]}, "n": {"type": "integer"}},
            },
            "Gone": {"type": "string"},
        }
    },
}


def test_reports_each_kind_of_change() -> None:
    new = copy.deepcopy(BASE)
    new["paths"]["/a"]["get"]["parameters"] = [{"name": "q", "in": "query", "schema": {"type": "string"}}]
    new["paths"]["/b"] = {"post": {"responses": {"201": {"description": "ok"}}}}
    props = new["components"]["schemas"]["M"]["properties"]
    props["s"]["enum"] = ["y", "z"]
    props["n"] = {"type": "string"}
    props["added"] = {"type": "boolean"}
    del new["components"]["schemas"]["Gone"]
    new["components"]["schemas"]["Fresh"] = {"type": "object"}
    diff = summarize(BASE, new)
    assert diff.operations_added == ["POST /b"] and diff.operations_changed == ["GET /a"]
    assert (diff.schemas_added, diff.schemas_removed) == (["Fresh"], ["Gone"])
    assert diff.properties_added == ["M.added"]
    assert diff.properties_type_changed == ["M.n: integer -> string"]
    assert (diff.enum_values_added, diff.enum_values_removed) == (["M.s: 'z'"], ["M.s: 'x'"])


def test_documentation_only_change_is_no_api_change() -> None:
    new = copy.deepcopy(BASE)
    new["paths"]["/a"]["get"]["description"] = "reworded"
    assert summarize(BASE, new).render().startswith("no API changes")


def test_real_breaking_bump_3_15_to_3_31() -> None:
    old, new = CORPUS_DIR / "openapi-3.15.0.yaml", CORPUS_DIR / "openapi-3.31.0.yaml"
    if not (old.exists() and new.exists()):
        if IN_CI:
            pytest.fail(f"CI=true but the corpus is missing at {CORPUS_DIR}")
        pytest.skip("corpus not available")
    diff = summarize(load_spec(Path(old)), load_spec(Path(new)))
    # The corpus README: the v1 order write endpoints are gone, 30 operations added.
    assert {"POST /portfolio/orders", "DELETE /portfolio/orders/{order_id}", "POST /portfolio/orders/batched"} <= set(
        diff.operations_removed
    )
    assert len(diff.operations_added) == 30
    assert len(diff.operations_added) - len(diff.operations_removed) == 117 - 96
