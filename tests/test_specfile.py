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
