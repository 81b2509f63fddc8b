"""Upstream defects repaired through OpenAPI Overlay 1.0 files: applied to the parsed copy (never
the vendored file), reported, and refused once a repair no longer finds its defect."""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from codegen.overlay import apply_overlay, load_overlay
from codegen.products import load_products
from codegen.specfile import SpecError, load_spec, validate_spec
from codegen.update import update_spec

PRODUCTS = load_products()
REPAIRED = [name for name, product in PRODUCTS.items() if product.overlay is not None]
SCM = PRODUCTS["scm"]
STRAY = "YYYY-MM-DD. Defaults to the most recent ET settlement day whose settlement window has closed."


def _overlay(tmp_path: Path, *actions: dict[str, Any]) -> Path:
    path = tmp_path / "overlay.json"
    path.write_text(json.dumps({"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}))
    return path


def _apply(tmp_path: Path, doc: dict[str, Any], *actions: dict[str, Any]) -> list[Any]:
    return apply_overlay(doc, _overlay(tmp_path, *actions), document_path=tmp_path / "doc.yaml")


# --- the products' repairs ----------------------------------------------------------------------


def test_scm_is_refused_as_published_at_the_broken_parameter() -> None:
    with pytest.raises(SpecError) as caught:
        validate_spec(SCM.document, load_spec(SCM.document))
    assert caught.value.pointer == "#/paths/~1margin~1large_trader_positions/get/parameters/0"


@pytest.mark.parametrize("name", REPAIRED)
def test_every_repair_is_still_needed(name: str) -> None:
    """Fails once upstream fixes a defect (an action then selects or changes nothing): delete that action."""
    product = PRODUCTS[name]
    assert product.overlay is not None
    raw = load_spec(product.document)
    with pytest.raises(SpecError):  # the defect is still there as published
        validate_spec(product.document, copy.deepcopy(raw))
    applied = apply_overlay(raw, product.overlay, document_path=product.document)
    assert len(applied) == len(load_overlay(product.overlay)["actions"])
    validate_spec(product.document, raw)  # and the repairs are all it needs


def test_the_scm_repair_restores_what_its_author_wrote() -> None:
    doc = load_spec(SCM.document)
    assert SCM.overlay is not None
    apply_overlay(doc, SCM.overlay, document_path=SCM.document)
    (param,) = doc["paths"]["/margin/large_trader_positions"]["get"]["parameters"]
    assert param == {
        "name": "report_date",
        "in": "query",
        "required": False,
        "schema": {"type": "string", "format": "date"},
        "description": f"ET settlement day to report, {STRAY}",
    }
    position = doc["components"]["schemas"]["GetLargeTraderPositionsResponse"]["properties"]["positions"]
    assert position["items"]["properties"]["position"] == {
        "type": "integer",
        "description": "Signed reportable contract count; positive long, negative short.",
    }


def test_the_stamp_reports_each_repair_and_the_vendored_file_is_untouched() -> None:
    root = Path(__file__).resolve().parent.parent
    stamp = json.loads((root / "generated" / SCM.package / "_generation_stamp.json").read_text())
    assert SCM.overlay is not None
    assert stamp["overlay"]["sha256"] == hashlib.sha256(SCM.overlay.read_bytes()).hexdigest()
    assert [a["action"] for a in stamp["overlay"]["applied"]] == ["remove", "update", "remove", "update"]
    assert stamp["overlay"]["applied"][0]["nodes"] == ["#/paths/~1margin~1large_trader_positions/get/parameters/0"]
    assert all(a["description"] for a in stamp["overlay"]["applied"])
    assert stamp["spec_sha256"] == hashlib.sha256(SCM.document.read_bytes()).hexdigest()
    assert hashlib.sha256(SCM.document.read_bytes()).hexdigest() == (
        "2d9ab3a55ee0775a70b493ea8acb6e06dffdad2c11619ac9d2351a4a89923e68"  # as Kalshi published it
    )


def _fixed_upstream(tmp_path: Path) -> Path:
    """The SCM document as Kalshi would fix it: the two descriptions quoted."""
    text = SCM.document.read_text()
    for broken in (
        f"description: ET settlement day to report, {STRAY} }}",
        "description: Signed reportable contract count; positive long, negative short. }",
    ):
        assert broken in text
        text = text.replace(broken, broken.replace("description: ", 'description: "').replace(" }", '" }'))
    fixed = tmp_path / "fixed.yaml"
    fixed.write_text(text)
    validate_spec(fixed, load_spec(fixed))  # valid as published now
    return fixed


def test_a_repair_upstream_made_unnecessary_is_refused_by_name(tmp_path: Path) -> None:
    assert SCM.overlay is not None
    with pytest.raises(SpecError) as caught:
        apply_overlay(load_spec(_fixed_upstream(tmp_path)), SCM.overlay, document_path=SCM.document)
    assert caught.value.pointer == "#/actions/0/target"
    assert "selects nothing" in caught.value.problem and "report_date" in caught.value.problem
    assert "if upstream fixed it, delete this action" in caught.value.fix


def test_update_spec_with_the_fixed_document_changes_nothing_and_says_why(tmp_path: Path) -> None:
    fixed = _fixed_upstream(tmp_path)
    before = SCM.document.read_bytes()
    out = tmp_path / "generated"
    out.mkdir()
    with pytest.raises(SpecError, match="selects nothing"):
        update_spec(url=None, file=fixed, test_command="false", product=SCM, out_dir=out)
    assert SCM.document.read_bytes() == before and list(out.iterdir()) == []


# --- Overlay 1.0 as implemented -----------------------------------------------------------------


def test_update_merges_into_objects_and_appends_to_arrays(tmp_path: Path) -> None:
    doc = {"a": {"keep": 1, "replace": "old", "deep": {"x": 1}, "list": [1]}, "arr": [{"n": 1}]}
    applied = _apply(
        tmp_path,
        doc,
        {"target": "$.a", "description": "merge", "update": {"replace": "new", "deep": {"y": 2}, "list": [2], "z": 0}},
        {"target": "$.arr", "description": "append", "update": {"n": 2}},
    )
    assert doc == {
        "a": {"keep": 1, "replace": "new", "deep": {"x": 1, "y": 2}, "list": [1, 2], "z": 0},
        "arr": [{"n": 1}, {"n": 2}],
    }
    assert [(a.action, a.nodes) for a in applied] == [("update", ("#/a",)), ("update", ("#/arr",))]


def test_remove_takes_every_selected_node_out_of_its_container(tmp_path: Path) -> None:
    doc = {"items": [{"k": 1}, {"k": 2}, {"k": 1}, {"k": 3}], "obj": {"gone": {}, "kept": {}}}
    _apply(
        tmp_path,
        doc,
        {"target": "$.items[?@.k == 1]", "description": "drop ones", "remove": True},
        {"target": "$.obj.gone", "description": "drop", "remove": True},
    )
    assert doc == {"items": [{"k": 2}, {"k": 3}], "obj": {"kept": {}}}


@pytest.mark.parametrize(
    ("action", "problem"),
    [
        ({"target": "$.nothing", "description": "d", "remove": True}, "selects nothing"),
        ({"target": "$.a", "description": "d", "update": {"v": 1}}, "changes nothing"),
        ({"target": "$.a.v", "description": "d", "remove": True}, "a int: Overlay 1.0 targets objects or arrays"),
        ({"target": "$.a", "description": "d", "update": {"v": [1]}}, "cannot merge a list into the int at #/a/v"),
        ({"target": "$.a", "description": "d", "update": 3}, "update must be an object"),
        ({"target": "$.a", "update": {"v": 2}}, "every repair must say why"),
        ({"target": "$.a", "description": " ", "update": {"v": 2}}, "every repair must say why"),
        ({"target": "$.a", "description": "d", "update": {}, "remove": True}, "exactly one of update and remove"),
        ({"target": "$.a", "description": "d"}, "exactly one of update and remove"),
        ({"target": "$.a", "description": "d", "remove": True, "copy": "$.b"}, "unknown key\\(s\\) 'copy'"),
        ({"target": "a", "description": "d", "remove": True}, "starting with \\$"),
        ({"target": "$.a[?@.v ==]", "description": "d", "remove": True}, "not an RFC 9535 JSONPath query"),
    ],
)
def test_actions_it_cannot_apply_are_refused_with_the_reason(
    tmp_path: Path, action: dict[str, Any], problem: str
) -> None:
    doc = {"a": {"v": 1}}
    with pytest.raises(SpecError, match=problem) as caught:
        _apply(tmp_path, doc, action)
    assert caught.value.pointer.startswith("#/actions/0")


@pytest.mark.parametrize(
    ("overlay", "problem"),
    [
        ({"overlay": "1.1.0", "info": {"title": "t", "version": "1"}, "actions": []}, "is not 1.0.x"),
        ({"overlay": "1.0.0", "info": {"title": "t"}, "actions": []}, "info needs a title and a version"),
        ({"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": []}, "at least one action"),
        ({"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": [1], "more": 1}, "'more'"),
    ],
)
def test_overlay_documents_it_cannot_use_are_refused(tmp_path: Path, overlay: dict[str, Any], problem: str) -> None:
    path = tmp_path / "overlay.json"
    path.write_text(json.dumps(overlay))
    with pytest.raises(SpecError, match=problem):
        load_overlay(path)
