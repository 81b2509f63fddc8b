"""Loading and validating specs: YAML 1.2 semantics and errors that say where and what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen.specfile import SpecError, json_pointer, load_spec, operations, validate_spec

MINIMAL = "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\n"


def test_yes_and_no_stay_strings(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(MINIMAL + "components:\n  schemas:\n    Book:\n      required: [yes, no]\n")
    assert load_spec(path)["components"]["schemas"]["Book"]["required"] == ["yes", "no"]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("openapi: 3.0.0\ninfo: [unclosed\n", "not valid YAML/JSON: line"),
        ("<html><body>502 Bad Gateway</body></html>\n", "not an OpenAPI document"),
        ("- just\n- a list\n", "not an OpenAPI document"),
    ],
)
def test_unparseable_input_names_file_and_problem(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    with pytest.raises(SpecError) as caught:
        load_spec(path)
    assert problem in str(caught.value) and str(path) in str(caught.value) and "what to do" in str(caught.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match="cannot read the file"):
        load_spec(tmp_path / "absent.yaml")


def test_invalid_document_reports_a_json_pointer(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(MINIMAL.replace("paths: {}", "paths:\n  /a/b:\n    get:\n      responses: {'200': {}}"))
    with pytest.raises(SpecError) as caught:
        validate_spec(path, load_spec(path))
    assert caught.value.pointer.startswith("#/paths/~1a~1b/get/responses")


def test_swagger_2_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text("swagger: '2.0'\nopenapi: '2.0'\n")
    with pytest.raises(SpecError, match="not supported"):
        validate_spec(path, load_spec(path))


def test_operations_and_pointer_helpers(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(MINIMAL.replace("paths: {}", "paths:\n  /x:\n    get: {}\n    delete: {}\n    parameters: []"))
    assert operations(load_spec(path)) == [("DELETE", "/x"), ("GET", "/x")]
    assert json_pointer(["paths", "/a~b", "get"]) == "#/paths/~1a~0b/get"


BROKEN_REFS = {
    "missing": ("{$ref: '#/components/schemas/Nope'}", "Things: {type: object}", "points to nothing"),
    "external": ("{$ref: 'other.yaml#/Things'}", "Things: {type: object}", "points outside this document"),
    "remote": ("{$ref: 'https://example.invalid/s.yaml#/X'}", "Things: {type: object}", "points outside"),
    "cyclic": (
        "{$ref: '#/components/schemas/A'}",
        "A: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/A'}",
        "$ref loop",
    ),
    "cyclic_allof": (
        "{$ref: '#/components/schemas/A'}",
        "A: {allOf: [{$ref: '#/components/schemas/B'}]}\n    B: {allOf: [{$ref: '#/components/schemas/A'}]}",
        "$ref loop",
    ),
}
REF_SPEC = """openapi: 3.0.0
info: {title: t, version: '1'}
paths:
  /things:
    get:
      responses:
        '200':
          description: ok
          content: {application/json: {schema: SCHEMA}}
components:
  schemas:
    COMPONENTS
"""


@pytest.mark.parametrize("case", sorted(BROKEN_REFS))
def test_broken_refs_name_file_pointer_and_fix(tmp_path: Path, case: str) -> None:
    schema, components, problem = BROKEN_REFS[case]
    path = tmp_path / f"{case}.yaml"
    path.write_text(REF_SPEC.replace("SCHEMA", schema).replace("COMPONENTS", components))
    with pytest.raises(SpecError) as caught:
        validate_spec(path, load_spec(path))
    message = str(caught.value)
    assert problem in message and str(path) in message and "what to do" in message
    assert caught.value.pointer.endswith("/$ref") and caught.value.pointer.startswith("#/")


def test_recursion_through_properties_is_a_valid_tree(tmp_path: Path) -> None:
    path = tmp_path / "tree.yaml"
    node = "Node: {type: object, properties: {kids: {type: array, items: {$ref: '#/components/schemas/Node'}}}}"
    path.write_text(REF_SPEC.replace("SCHEMA", "{$ref: '#/components/schemas/Node'}").replace("COMPONENTS", node))
    validate_spec(path, load_spec(path))
