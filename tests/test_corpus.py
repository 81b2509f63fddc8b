"""Every real upstream spec generates a complete, importable client that parses live-like data."""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
from openapi_python_client.utils import snake_case

from codegen.rules import readable_name
from codegen.specfile import load_spec, operations
from tests.conftest import CORPUS, IN_CI, ROOT, GeneratedClients, corpus_params, require_corpus
from tests.opcalls import blank_path, operation_modules
from tests.samples import UNKNOWN_STR, json_response_schema, sample
from tests.typecheck import mypy_strict

CALL_STYLES = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


def _expects_class(schema: dict[str, Any]) -> bool:
    return bool(schema.get("enum")) or "properties" in schema or schema.get("type") == "object" or "allOf" in schema


@pytest.mark.corpus
@pytest.mark.parametrize("spec_path", corpus_params())
def test_spec_generates_a_complete_client(spec_path: Path | None, generated_clients: GeneratedClients) -> None:
    spec_path = require_corpus(spec_path)
    out = generated_clients.get(spec_path)  # raises on any generator warning
    package = out / "kalshi_trade_api"
    spec = load_spec(spec_path)

    modules = operation_modules(out)
    expected = {(m, blank_path(p)) for m, p in operations(spec)}
    assert expected - modules.keys() == set(), "operations without a generated module"
    source_of = {key: (out / modules[key].replace(".", "/")).with_suffix(".py").read_text() for key in expected}
    for key, text in source_of.items():
        for style in CALL_STYLES:
            assert re.search(rf"^(async )?def {style}\(", text, re.M), f"{key}: no {style}()"

    schemas = (spec.get("components") or {}).get("schemas") or {}
    missing = [
        name
        for name, schema in schemas.items()
        if _expects_class(schema) and not (package / "models" / f"{snake_case(readable_name(name))}.py").exists()
    ]
    assert missing == [], "schemas dropped by the generator"

    stamp = json.loads((package / "_generation_stamp.json").read_text())
    assert stamp["operation_count"] == len(expected)


@pytest.mark.corpus
@pytest.mark.parametrize("spec_path", corpus_params())
def test_responses_parse_nulls_and_unknown_enums(
    spec_path: Path | None, generated_clients: GeneratedClients, import_from: Any
) -> None:
    spec_path = require_corpus(spec_path)
    out = generated_clients.get(spec_path)
    import_from(out)
    client_module = importlib.import_module("kalshi_trade_api.client")
    client = client_module.Client(base_url="http://127.0.0.1", raise_on_unexpected_status=True)
    spec = load_spec(spec_path)  # the upstream document, as the live API behaves
    modules = operation_modules(out)
    parsed_ops = 0
    for method, path in operations(spec):
        found = json_response_schema(spec, spec["paths"][path][method.lower()])
        if found is None:
            continue
        status, schema = found
        module = importlib.import_module(modules[(method, blank_path(path))])
        for awkward in (False, True):
            body = sample(spec, schema, awkward=awkward)
            response = httpx.Response(status, json=body)
            parsed = module._parse_response(client=client, response=response)
            where = f"{spec_path.name} {method} {path} awkward={awkward}"
            assert parsed is not None, where
            # What was parsed is what was sent: nothing lost, unknown enum values kept raw.
            assert parsed.to_dict() == body, where
        parsed_ops += 1
    assert parsed_ops > 0


def test_unknown_enum_value_survives_in_a_real_model(generated_clients: GeneratedClients, import_from: Any) -> None:
    spec_path = next((p for p in CORPUS if p.name == "openapi-3.31.0.yaml"), None)
    if spec_path is None and not IN_CI:
        pytest.skip("3.31.0 not in the corpus")
    import_from(generated_clients.get(require_corpus(spec_path)))
    models = importlib.import_module("kalshi_trade_api.models.order_status")
    types = importlib.import_module("kalshi_trade_api.types")
    status = models.check_order_status(UNKNOWN_STR, "status", received=True)
    assert status == UNKNOWN_STR and isinstance(status, types.UnknownEnumValue)
    assert models.check_order_status("resting") == "resting"
    with pytest.raises(ValueError, match="'canceled', 'executed', 'resting'"):
        models.check_order_status(UNKNOWN_STR)


@pytest.mark.corpus
def test_latest_corpus_client_passes_mypy_strict(generated_clients: GeneratedClients) -> None:
    spec_path = max(CORPUS, key=lambda p: [int(x) for x in re.findall(r"\d+", p.stem)], default=None)
    out = generated_clients.get(require_corpus(spec_path))
    mypy_strict("kalshi_trade_api", out)


def test_committed_client_passes_mypy_strict() -> None:
    mypy_strict("kalshi_trade_api", ROOT / "generated")
