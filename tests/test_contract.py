"""The contract suite: every operation of every spec, end to end through kalshi_client and the local exchange."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from kalshi_auth import KalshiSDKError, kalshi_client
from kalshi_exchange import ExchangeTransport, LocalExchange
from tests.conftest import ROOT, GeneratedClients, corpus_params, require_corpus
from tests.keyfactory import ed_key, rsa_key
from tests.opcalls import Operation, arguments, discover

BASE = "http://127.0.0.1/trade-api/v2"


@dataclass
class ContractReport:
    spec: str
    called: int = 0
    passed: int = 0
    failures: list[str] = field(default_factory=list)


REPORTS: list[ContractReport] = []


def _check_call(exchange: LocalExchange, op: Operation, call: Any, report: ContractReport, label: str) -> None:
    report.called += 1
    before = len(exchange.seen)
    try:
        parsed = call()
    except (KalshiSDKError, TypeError, ValueError, KeyError) as err:  # recorded, named, and the run goes on
        seen = exchange.seen[-1] if len(exchange.seen) > before else None
        report.failures.append(f"{op.name} [{label}]: {type(err).__name__}: {str(err)[:300]} ({seen})")
        return
    seen = exchange.seen[-1]
    problems = []
    if len(exchange.seen) != before + 1:
        problems.append(f"{len(exchange.seen) - before} requests sent")
    if not 200 <= seen.status < 300:
        problems.append(f"status {seen.status}")
    if op.secured and not seen.verified:
        problems.append("signature not verified")
    if parsed is not None:
        body = json.dumps(parsed.to_dict()).encode()
        problems += exchange.check_response(op.method, seen.path[len(exchange.base_path) :], seen.status, body)
    if problems:
        report.failures.append(f"{op.name} [{label}]: {'; '.join(problems)[:400]}")
    else:
        report.passed += 1


def run_contract(name: str, out: Path) -> ContractReport:
    # Spec-driven answers for every operation: the calls carry sampled ids and prices, which the
    # trading engine would rightly refuse (its answers are checked in test_exchange_trading.py). Unmetered:
    # four calls per operation, back to back with the client's pacing off, are far past the Basic tier.
    exchange = LocalExchange(
        out, keys={"rsa-key": rsa_key(), "ed-key": ed_key()}, seed=11, trading=False, rate_limit=None
    )
    spec = exchange.spec
    report = ContractReport(name)
    clients = {
        label: kalshi_client(key_id, key, base_url=BASE, transport=ExchangeTransport(exchange), rate_limit=None)
        for label, key_id, key in (("rsa", "rsa-key", rsa_key()), ("ed25519", "ed-key", ed_key()))
    }
    for index, op in enumerate(discover(spec, out)):
        client = clients["rsa" if index % 2 == 0 else "ed25519"]
        for optional in (False, True):
            kwargs = arguments(spec, op, optional=optional)
            which = "all params" if optional else "required"
            sync = op.module.sync
            _check_call(exchange, op, lambda f=sync, c=client, k=kwargs: f(client=c, **k), report, f"sync, {which}")
            _check_call(
                exchange,
                op,
                lambda f=op.module.asyncio, c=client, k=kwargs: asyncio.run(f(client=c, **k)),
                report,
                f"asyncio, {which}",
            )
    REPORTS.append(report)
    return report


def _assert_clean(report: ContractReport) -> None:
    assert report.called > 0
    assert report.failures == [], f"{report.spec}: {len(report.failures)} failed:\n" + "\n".join(report.failures[:20])
    assert report.passed == report.called


def test_contract_vendored_spec(import_from: Any) -> None:
    import_from(ROOT / "generated")
    _assert_clean(run_contract("openapi.yaml (vendored)", ROOT / "generated"))


@pytest.mark.corpus
@pytest.mark.parametrize("spec_path", corpus_params())
def test_contract_corpus_spec(spec_path: Path | None, generated_clients: GeneratedClients, import_from: Any) -> None:
    spec_path = require_corpus(spec_path)
    out = generated_clients.get(spec_path)
    import_from(out)
    _assert_clean(run_contract(spec_path.name, out))
