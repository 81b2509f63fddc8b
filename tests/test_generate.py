"""The generation driver: atomic output, clear failures, the stamp, the config and the vendored spec."""

from __future__ import annotations

import hashlib
import importlib
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from openapi_python_client.config import ConfigFile
from ruamel.yaml import YAML

from codegen.generate import CONFIG, GenerationError, check_out_dir, generate
from codegen.rules import RULES
from codegen.specfile import SpecError, load_spec
from tests.conftest import CORPUS, IN_CI, ROOT

SEED = ROOT.parent / "shared" / "seed" / "000_f699569a383fb114.txt"
TINY = """openapi: 3.0.0
info: {title: Tiny, version: '1'}
paths:
  /things:
    get:
      operationId: GetThings
      responses:
        '200':
          description: ok
          content: {application/json: {schema: {$ref: '#/components/schemas/Things'}}}
components:
  schemas:
    Things: {type: object, properties: {names: {type: array, items: {type: string}}}}
"""


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def previous_output(tmp_path: Path) -> Path:
    spec = tmp_path / "tiny.yaml"
    spec.write_text(TINY)
    out = tmp_path / "out"
    generate(spec, out)
    return out


def test_generates_the_package_directly_inside_out(previous_output: Path) -> None:
    package = previous_output / "kalshi_trade_api"
    assert (package / "api" / "default" / "get_things.py").is_file()
    assert (package / "py.typed").is_file()
    assert not list(previous_output.rglob(".ruff_cache")), "tool caches leaked into the output"
    assert [p.name for p in previous_output.iterdir()] == ["kalshi_trade_api"], "build leftovers in OUT"


def test_invalid_spec_leaves_previous_output_untouched(previous_output: Path, tmp_path: Path) -> None:
    before = _snapshot(previous_output)
    bad = tmp_path / "bad.yaml"
    bad.write_text(TINY.replace("responses:", "responses: 7\n      x:"))
    with pytest.raises(SpecError) as caught:
        generate(bad, previous_output)
    assert str(bad) in str(caught.value) and "#/paths/~1things/get" in str(caught.value)
    assert _snapshot(previous_output) == before


def test_generator_warning_fails_and_leaves_previous_output_untouched(previous_output: Path, tmp_path: Path) -> None:
    before = _snapshot(previous_output)
    warns = tmp_path / "warns.yaml"
    # A valid document the generator cannot turn into code: a request body type it does not support.
    warns.write_text(
        TINY.replace(
            "      responses:",
            "      requestBody:\n        content:\n"
            "          application/x-weird: {schema: {type: string}}\n      responses:",
        )
    )
    with pytest.raises(GenerationError) as caught:
        generate(warns, previous_output)
    message = str(caught.value)
    assert str(warns) in message and "what to do" in message and "#/paths/~1things/get" in message
    assert _snapshot(previous_output) == before


def test_stamp_records_inputs_counts_and_preparation(previous_output: Path, tmp_path: Path) -> None:
    stamp = json.loads((previous_output / "kalshi_trade_api" / "_generation_stamp.json").read_text())
    assert stamp["spec_sha256"] == hashlib.sha256((tmp_path / "tiny.yaml").read_bytes()).hexdigest()
    assert stamp["config_sha256"] == hashlib.sha256(CONFIG.read_bytes()).hexdigest()
    assert stamp["generator"] == "openapi-python-client 0.28.4"
    assert (stamp["operation_count"], stamp["model_count"]) == (1, 1)
    assert list(stamp["normalization"]) == [rule.__name__ for rule in RULES]


def test_generation_is_deterministic(previous_output: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    generate(tmp_path / "tiny.yaml", again)
    assert _snapshot(again) == _snapshot(previous_output)


def test_generator_config_uses_only_known_keys() -> None:
    keys = set(YAML(typ="safe", pure=True).load(CONFIG.read_text()))
    assert keys <= set(ConfigFile.model_fields), (
        f"unknown keys (silently ignored): {keys - set(ConfigFile.model_fields)}"
    )
    assert ConfigFile.load_from_path(CONFIG).package_name_override == "kalshi_trade_api"


def _seed_block() -> bytes:
    if not SEED.exists():
        if IN_CI:
            pytest.fail(f"CI=true but the seed document is missing at {SEED}")
        pytest.skip(f"seed document not found at {SEED}")
    lines = SEED.read_bytes().splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith(b"````yaml"))
    end = next(i for i in range(start + 1, len(lines)) if lines[i].rstrip(b"\r\n") == b"````")
    return b"".join(lines[start + 1 : end])


def test_seed_spec_block_generates_a_working_one_operation_client(tmp_path: Path, import_from: Any) -> None:
    """Where the project began (the Get Order Groups page's spec block) stays a pipeline input."""
    (tmp_path / "seed.yaml").write_bytes(_seed_block())
    stamp = generate(tmp_path / "seed.yaml", tmp_path / "out")
    assert stamp["operation_count"] == 1
    import_from(tmp_path / "out")
    module = importlib.import_module("kalshi_trade_api.api.order_groups.get_order_groups")
    client_module = importlib.import_module("kalshi_trade_api.client")
    body = {"order_groups": [{"id": "g1", "is_auto_cancel_enabled": True}]}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    client = client_module.AuthenticatedClient(
        base_url="http://127.0.0.1", token="", httpx_args={"transport": transport}
    )
    assert [g.id for g in module.sync(client=client).order_groups] == ["g1"]


def test_vendored_spec_is_a_published_document_byte_for_byte() -> None:
    """Whatever version is vendored, it is the upstream file as published, never an edited copy."""
    vendored = ROOT / "openapi.yaml"
    if vendored.read_bytes() in {p.read_bytes() for p in CORPUS}:
        return  # a published file, byte for byte (so of the same version): no spec needs loading
    version = load_spec(vendored)["info"]["version"]
    same_version = [p for p in CORPUS if load_spec(p)["info"]["version"] == version]
    if not same_version:
        pytest.skip(f"no corpus spec with version {version} to compare against")
    assert vendored.read_bytes() in {p.read_bytes() for p in same_version}


def test_committed_client_matches_its_stamp() -> None:
    stamp = json.loads((ROOT / "generated" / "kalshi_trade_api" / "_generation_stamp.json").read_text())
    assert stamp["spec_sha256"] == hashlib.sha256((ROOT / "openapi.yaml").read_bytes()).hexdigest()
    assert stamp["config_sha256"] == hashlib.sha256(CONFIG.read_bytes()).hexdigest()


def test_out_keeps_everything_but_the_package(previous_output: Path, tmp_path: Path) -> None:
    (previous_output / "mine.py").write_text("keep me\n")
    (previous_output / "vendor").mkdir()
    (previous_output / "vendor" / "other.txt").write_text("and me\n")
    generate(tmp_path / "tiny.yaml", previous_output)
    assert (previous_output / "mine.py").read_text() == "keep me\n"
    assert (previous_output / "vendor" / "other.txt").read_text() == "and me\n"
    assert sorted(p.name for p in previous_output.iterdir()) == ["kalshi_trade_api", "mine.py", "vendor"]


def test_failed_generation_creates_nothing(tmp_path: Path) -> None:
    warns = tmp_path / "warns.yaml"
    warns.write_text(
        TINY.replace(
            "      responses:",
            "      requestBody:\n        content:\n"
            "          application/x-weird: {schema: {type: string}}\n      responses:",
        )
    )
    with pytest.raises(GenerationError):
        generate(warns, tmp_path / "new" / "deeper")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["warns.yaml"]


def test_refuses_out_holding_the_repository_or_the_spec(tmp_path: Path) -> None:
    # The repository cases are checked without calling generate(): a regression must not cost the checkout.
    for out in (ROOT, ROOT.parent, ROOT.parent.parent):
        with pytest.raises(GenerationError, match=r"refusing OUT=.*this repository"):
            check_out_dir(ROOT / "openapi.yaml", out)
    (tmp_path / "specs").mkdir()
    spec = tmp_path / "specs" / "tiny.yaml"
    spec.write_text(TINY)
    (tmp_path / "specs" / "notes.txt").write_text("mine\n")
    for out in (tmp_path, tmp_path / "specs"):
        with pytest.raises(GenerationError, match=r"refusing OUT=.*the spec") as caught:
            generate(spec, out)
        assert "what to do" in str(caught.value)
    assert sorted(p.name for p in (tmp_path / "specs").iterdir()) == ["notes.txt", "tiny.yaml"]


def test_refuses_to_replace_a_package_it_did_not_write(tmp_path: Path) -> None:
    spec = tmp_path / "tiny.yaml"
    spec.write_text(TINY)
    theirs = tmp_path / "out" / "kalshi_trade_api"
    theirs.mkdir(parents=True)
    (theirs / "handwritten.py").write_text("x = 1\n")
    with pytest.raises(GenerationError, match="not written by this pipeline"):
        generate(spec, tmp_path / "out")
    assert (theirs / "handwritten.py").read_text() == "x = 1\n"
