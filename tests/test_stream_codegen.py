"""The AsyncAPI front end of the pipeline: message models generated, stamped, reproducible."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from codegen.asyncapi import ERROR_CODES_KEY, MESSAGES_KEY, STREAM_PACKAGE, generate_stream
from codegen.generate import GenerationError
from codegen.specfile import SpecError, load_document
from tests.conftest import IN_CI, ROOT

ASYNCAPI = ROOT.parent / "shared" / "kalshi-asyncapi" / "asyncapi-2.0.0.yaml"
COMMITTED = ROOT / "generated" / STREAM_PACKAGE


def _asyncapi() -> Path:
    if not ASYNCAPI.exists():
        if IN_CI:
            pytest.fail(f"CI=true but the AsyncAPI document is missing at {ASYNCAPI}")
        pytest.skip(f"AsyncAPI document not found at {ASYNCAPI}")
    return ASYNCAPI


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("stream") / "out"
    generate_stream(_asyncapi(), out)
    return out / STREAM_PACKAGE


def test_every_server_message_of_the_document_has_a_route_and_a_model(fresh: Path) -> None:
    doc = load_document(_asyncapi())
    prepared = json.loads((fresh / "_openapi.json").read_text())
    routed = {route["schema"] for routes in prepared[MESSAGES_KEY].values() for route in routes}
    schemas = doc["components"]["schemas"]
    for message in doc["components"]["messages"].values():
        ref = message["payload"].get("$ref", "")
        name = ref.rsplit("/", 1)[-1]
        if "const" in (schemas.get(name, {}).get("properties", {}).get("type") or {}):
            assert name in routed
    models = (fresh / "models" / "__init__.py").read_text()
    for routes in prepared[MESSAGES_KEY].values():
        for route in routes:
            assert route["class"] in models
    assert [route["msg"] for route in prepared[MESSAGES_KEY]["ok"]] == ["object", "array"]
    assert prepared[ERROR_CODES_KEY]["22"] == "shard_factor must be <= 100" and len(prepared[ERROR_CODES_KEY]) == 22


def test_stamp_records_the_asyncapi_source(fresh: Path) -> None:
    stamp = json.loads((fresh / "_generation_stamp.json").read_text())
    assert stamp["spec_file"] == ASYNCAPI.name
    assert stamp["spec_sha256"] == hashlib.sha256(ASYNCAPI.read_bytes()).hexdigest()
    assert stamp["message_type_count"] == len(json.loads((fresh / "_openapi.json").read_text())[MESSAGES_KEY])


def test_prepared_document_regenerates_the_package_byte_for_byte(fresh: Path, tmp_path: Path) -> None:
    generate_stream(fresh / "_openapi.json", tmp_path / "again")
    assert _snapshot(tmp_path / "again" / STREAM_PACKAGE) == _snapshot(fresh)


def test_committed_package_is_the_current_document_generated(fresh: Path) -> None:
    assert _snapshot(COMMITTED) == _snapshot(fresh), "run: make generate-stream, and commit generated/"


def test_generating_the_stream_leaves_the_rest_client_alone(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "kalshi_trade_api").mkdir(parents=True)
    (out / "kalshi_trade_api" / "keep.py").write_text("x = 1\n")
    generate_stream(COMMITTED / "_openapi.json", out)
    assert (out / "kalshi_trade_api" / "keep.py").read_text() == "x = 1\n"
    assert (out / STREAM_PACKAGE / "models" / "__init__.py").is_file()


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("asyncapi: 2.6.0\ninfo: {title: x, version: '1'}\n", "AsyncAPI 2.6.0 is not supported"),
        ("asyncapi: 3.0.0\ninfo: {title: x, version: '1'}\n", "no payload schemas"),
        ("openapi: 3.0.0\ninfo: {title: x, version: '1'}\npaths: {}\n", "neither an AsyncAPI document"),
        ("- a list\n", "not a YAML/JSON mapping"),
    ],
)
def test_documents_it_cannot_use_are_refused_with_the_reason(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "doc.yaml"
    path.write_text(text)
    with pytest.raises(SpecError, match=problem):
        generate_stream(path, tmp_path / "out")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("name", "const"),
    [('x"); import os #', "t"), ("x", "evil\"'''\nimport os\n")],
    ids=["schema-name", "type-const"],
)
def test_hostile_names_and_consts_are_refused_not_run(tmp_path: Path, name: str, const: str) -> None:
    """The spec is untrusted: text that would break out of a string literal stops generation; nothing is written."""
    doc = {
        "asyncapi": "3.0.0",
        "info": {"title": "t", "version": "1"},
        "components": {
            "messages": {"m": {"payload": {"$ref": f"#/components/schemas/{name}"}}},
            "schemas": {name: {"type": "object", "properties": {"type": {"type": "string", "const": const}}}},
        },
    }
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(doc))
    with pytest.raises((SpecError, GenerationError)):
        generate_stream(path, tmp_path / "out")
    assert not (tmp_path / "out" / STREAM_PACKAGE).exists()
