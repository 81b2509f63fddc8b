"""Real recorded Kalshi responses (../shared/kalshi-responses) parse with every client we generate.

Each folder's index.json maps a recorded file to its operation (method and path
template). Every file is parsed by the committed client and by a client from every
corpus spec that has its operation: nothing may raise, and for the fields present,
to_dict() gives back what was sent. Fields a client's spec calls required but the
response lacks are reported as deviations (missing), never as errors.
"""

from __future__ import annotations

import importlib
import json
import os
from pathlib import Path
from typing import Any

import httpx
import pytest
from dateutil.parser import isoparse

from tests.conftest import IN_CI, ROOT, GeneratedClients, corpus_params, require_corpus
from tests.opcalls import blank_path, operation_modules

RESPONSES_DIR = Path(os.environ.get("KALSHI_RESPONSES_DIR", ROOT.parent / "shared" / "kalshi-responses"))
FOLDERS = sorted(p for p in RESPONSES_DIR.glob("*") if (p / "index.json").is_file())


def recorded() -> list[tuple[str, str, str, Any]]:
    """(file label, METHOD, path template, body) for every recorded response in every folder."""
    if not FOLDERS:
        if IN_CI:
            pytest.fail(f"CI=true but no recorded responses at {RESPONSES_DIR}")
        pytest.skip(f"no recorded responses at {RESPONSES_DIR} (set KALSHI_RESPONSES_DIR or check out ../shared)")
    found = []
    for folder in FOLDERS:
        index = json.loads((folder / "index.json").read_text())
        for name, where in sorted(index.items()):
            body = json.loads((folder / name).read_text())["response"]
            found.append((f"{folder.name}/{name}", where["method"].upper(), where["path"], body))
    return found


def _same(sent: Any, back: Any) -> bool:
    """to_dict() gives back what was sent; a date-time may come back in another spelling of the same instant."""
    if isinstance(sent, dict) and isinstance(back, dict):
        return sent.keys() == back.keys() and all(_same(sent[k], back[k]) for k in sent)
    if isinstance(sent, list) and isinstance(back, list):
        return len(sent) == len(back) and all(_same(a, b) for a, b in zip(sent, back, strict=True))
    if isinstance(sent, str) and isinstance(back, str) and sent != back:
        try:  # dateutil: Python 3.10's fromisoformat rejects "Z" and 5-digit fractions
            return bool(isoparse(sent) == isoparse(back))
        except ValueError:
            return False
    return (bool(sent == back) and type(sent) is type(back)) or (type(back) is float and sent == back)


def _parse_all(out: Path, label: str) -> tuple[int, int, list[str]]:
    """Parse every recorded file the client has an operation for; return (parsed, not applicable, deviations)."""
    modules = operation_modules(out)
    client = importlib.import_module("kalshi_trade_api.client").Client(base_url="http://127.0.0.1")
    types = importlib.import_module("kalshi_trade_api.types")
    parsed, not_applicable, deviations = 0, 0, []
    for name, method, path, body in recorded():
        module_name = modules.get((method, blank_path(path)))
        if module_name is None:
            not_applicable += 1
            continue
        module = importlib.import_module(module_name)
        result = module._parse_response(client=client, response=httpx.Response(200, json=body))
        where = f"{label}: {name} ({method} {path})"
        assert result is not None, where
        assert _same(body, result.to_dict()), where
        deviations += [f"{name}: {field} {kind}" for field, kind in types.deviations(result).items()]
        parsed += 1
    return parsed, not_applicable, deviations


def test_committed_client_reads_every_recorded_response(import_from: Any) -> None:
    import_from(ROOT / "generated")
    parsed, not_applicable, _ = _parse_all(ROOT / "generated", "committed client")
    assert parsed >= 40 and parsed + not_applicable == len(recorded())


def test_old_clients_report_missing_fields_instead_of_failing(import_from: Any) -> None:
    """The error body recorded as a success answer has none of its model's required fields."""
    import_from(ROOT / "generated")
    module = importlib.import_module("kalshi_trade_api.api.portfolio.get_portfolio_resting_order_total_value")
    types = importlib.import_module("kalshi_trade_api.types")
    (body,) = [b for n, _, _, b in recorded() if n.endswith("portfolio_total_resting_order_value_response.json")]
    result = module._parse_response(client=None, response=httpx.Response(200, json=body))
    assert types.missing_fields(result) == ["total_resting_order_value", "resting_order_value_breakdown"]
    assert result.total_resting_order_value is types.UNSET and result.to_dict() == body
    assert "not as the spec says: total_resting_order_value missing, resting_order_value_breakdown" in repr(result)


@pytest.mark.corpus
@pytest.mark.parametrize("spec_path", corpus_params())
def test_every_corpus_client_reads_every_recorded_response(
    spec_path: Path | None, generated_clients: GeneratedClients, import_from: Any
) -> None:
    out = generated_clients.get(require_corpus(spec_path))
    import_from(out)
    parsed, not_applicable, _ = _parse_all(out, out.name)
    assert parsed > 0 and parsed + not_applicable == len(recorded())
