"""Schemathesis against the loopback exchange: no request bytes, valid or not, may get a 5xx.

Bounded: a few examples per operation and mode, on the inline spec, the vendored spec and (when the
corpus is present and it differs from the vendored one) the newest corpus spec, prepared the way the
pipeline prepares it.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.core.result import Ok

from codegen.rules import apply_rules
from codegen.specfile import load_spec
from kalshi_auth.keys import load_signing_key
from kalshi_auth.signing import signed_message
from kalshi_exchange import ExchangeServer, LocalExchange
from tests.conftest import CORPUS, IN_CI, ROOT
from tests.keyfactory import ed_key
from tests.test_exchange import SPEC

EXAMPLES = 4  # per operation and generation mode
TIME_BUDGET = 60.0  # seconds per spec, a guard: a slow machine stops early and says how far it got


class Signed(requests.auth.AuthBase):
    """Kalshi's headers over the exact request target requests sends, so secured operations get past 401."""

    def __init__(self) -> None:
        self.key = load_signing_key(ed_key())

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        timestamp = str(int(time.time() * 1000))
        path = (request.path_url or "/").split("?", 1)[0]
        signature = self.key.sign(signed_message(timestamp, str(request.method), path))
        request.headers.update(
            {
                "KALSHI-ACCESS-KEY": "fuzz",
                "KALSHI-ACCESS-TIMESTAMP": timestamp,
                "KALSHI-ACCESS-SIGNATURE": base64.b64encode(signature).decode(),
            }
        )
        return request


def _prepared(path: Path) -> dict[str, Any]:
    spec = load_spec(path)
    apply_rules(spec)
    return spec


def _specs() -> list[Any]:
    params: list[Any] = [
        pytest.param(lambda: SPEC, id="inline"),
        pytest.param(lambda: _prepared(ROOT / "openapi.yaml"), id="vendored"),
    ]
    newest = [p for p in CORPUS if p.stem.endswith("3.31.0")]
    if not newest:
        if IN_CI:
            params.append(pytest.param(None, id="corpus-missing"))
    elif newest[0].read_bytes() != (ROOT / "openapi.yaml").read_bytes():  # the same bytes: "vendored" is it
        params.append(pytest.param(lambda: _prepared(newest[0]), id=newest[0].stem))
    return params


@pytest.fixture
def session() -> Iterator[requests.Session]:
    with requests.Session() as s:
        s.auth = Signed()
        yield s


@pytest.mark.parametrize("load", _specs())
def test_no_request_gets_a_5xx(load: Any, session: requests.Session) -> None:
    if load is None:
        pytest.fail("CI=true but the spec corpus is missing")
    spec = load()
    # Unmetered: schemathesis sends hundreds of requests as fast as it can; a 429 would hide the answers.
    exchange = LocalExchange(spec, keys={"fuzz": ed_key()}, seed=3, rate_limit=None)
    schema = schemathesis.openapi.from_dict(exchange.spec)
    failures: list[str] = []
    ran = 0
    started = time.monotonic()
    with ExchangeServer(exchange) as server:
        for result in schema.get_all_operations():
            if not isinstance(result, Ok):
                failures.append(f"schemathesis could not read an operation: {result.err()}")
                continue
            operation = result.ok()
            for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
                if time.monotonic() - started > TIME_BUDGET:
                    break

                @given(case=operation.as_strategy(generation_mode=mode))
                @settings(
                    max_examples=EXAMPLES,
                    deadline=None,
                    database=None,
                    derandomize=True,
                    phases=[Phase.explicit, Phase.generate],
                    suppress_health_check=list(HealthCheck),
                )
                def call(case: Any) -> None:
                    response = case.call(base_url=server.base_url, session=session, timeout=10)
                    if response.status_code >= 500:
                        failures.append(
                            f"{case.method} {case.formatted_path}: {response.status_code} {response.text[:200]}"
                        )

                try:
                    call()
                except Unsatisfiable:  # nothing to negate (no parameters, no body): no case to send
                    continue
                ran += 1
    assert ran > 0
    assert failures == [], f"{len(failures)} 5xx answers, e.g. {failures[:3]}"
    print(f"{ran} operation x mode runs in {time.monotonic() - started:.1f}s, {len(exchange.seen)} requests")
