"""The AsyncAPI front end of the pipeline: message models generated, stamped, reproducible."""

from __future__ import annotations

import ast
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.asyncapi import ERROR_CODES_KEY, MESSAGES_KEY, STREAM_PACKAGE, generate_stream
from codegen.generate import GenerationError
from codegen.pipeline import generate_product
from codegen.products import load_products
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
    generate_product(load_products()["trade-stream"], out, _asyncapi())  # as make generate does
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
    generate_product(load_products()["trade-stream"], tmp_path / "again", fresh / "_openapi.json")
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
        ("asyncapi: 1.2.0\ninfo: {title: x, version: '1'}\n", "AsyncAPI 1.2.0 is not supported"),
        ("asyncapi: '3'\ninfo: {title: x, version: '1'}\n", "AsyncAPI 3 is not supported"),
        ("asyncapi: 2.6.0\ninfo: {title: x, version: '1'}\n", "no payload schemas"),
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


def test_a_hostile_schema_name_is_refused(tmp_path: Path) -> None:
    """The spec is untrusted: a schema name that is not a plain identifier stops generation; nothing is written."""
    name = 'x"); import os #'
    doc = _one_message_document(name, "t")
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(doc))
    with pytest.raises(SpecError, match="does not match"):
        generate_stream(path, tmp_path / "out")
    assert not (tmp_path / "out" / STREAM_PACKAGE).exists()


HOSTILE_CONST = "evil\"'''\nimport os\n"


@pytest.fixture(scope="module")
def hostile_const_package(tmp_path_factory: pytest.TempPathFactory) -> Path | None:
    """The package generated for a ``type`` const that would break out of a string literal (None: refused)."""
    base = tmp_path_factory.mktemp("hostile")
    (base / "doc.json").write_text(json.dumps(_one_message_document("x", HOSTILE_CONST)))
    try:
        generate_stream(base / "doc.json", base / "out")
    except GenerationError:
        assert not (base / "out" / STREAM_PACKAGE).exists()
        return None
    return base / "out"


def _run_in(out: Path, code: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(out)}
    return subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=False)


def test_a_hostile_const_never_becomes_code(hostile_const_package: Path | None) -> None:
    """Refused, or generated as inert text: the module imports and holds no ``import os`` statement."""
    if hostile_const_package is None:
        return
    module = hostile_const_package / STREAM_PACKAGE / "models" / "x.py"
    imports = [
        alias.name
        for node in ast.walk(ast.parse(module.read_text()))
        if isinstance(node, ast.Import)
        for alias in node.names
    ]
    assert "os" not in imports
    result = _run_in(hostile_const_package, "import kalshi_stream_messages.models.x")
    assert result.returncode == 0, result.stderr[-2000:]


def test_a_const_with_quotes_round_trips(hostile_const_package: Path | None) -> None:
    assert hostile_const_package is not None
    check = (
        "import json, sys; from kalshi_stream_messages.models import X; "
        "const = json.loads(sys.argv[1]); print(X.from_dict({'type': const}).type_ == const)"
    )
    result = _run_in(hostile_const_package, check, json.dumps(HOSTILE_CONST))
    assert result.stdout.strip() == "True", result.stderr[-2000:]


def _one_message_document(name: str, const: str) -> dict[str, object]:
    return {
        "asyncapi": "3.0.0",
        "info": {"title": "t", "version": "1"},
        "components": {
            "messages": {"m": {"payload": {"$ref": f"#/components/schemas/{name}"}}},
            "schemas": {name: {"type": "object", "properties": {"type": {"type": "string", "const": const}}}},
        },
    }


def test_the_stream_models_pass_mypy_strict_unexcused(tmp_path: Path) -> None:
    bare = tmp_path / "mypy.ini"
    bare.write_text("[mypy]\n")  # no overrides: every module counts
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--config-file", str(bare), STREAM_PACKAGE],
        cwd=COMMITTED.parent,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:]


def test_the_stream_models_pass_mypy_strict() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", STREAM_PACKAGE],
        cwd=COMMITTED.parent,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:]
