"""Fault and load tests against the local exchange over real HTTP on 127.0.0.1 (bounded in count and time)."""

from __future__ import annotations

import asyncio
import importlib
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from codegen.generate import generate
from kalshi_auth import (
    APIConnectionError,
    APITimeoutError,
    KalshiSDKError,
    RateLimitedError,
    ResponseParseError,
    RetryPolicy,
    ServerError,
    UnauthorizedError,
    kalshi_client,
)
from kalshi_exchange import ExchangeServer, Fault, LocalExchange
from tests.keyfactory import ed_key, rsa_key
from tests.test_exchange import SPEC

FAST_RETRIES = RetryPolicy(backoff_base=0.01, backoff_max=0.05)


@pytest.fixture(scope="module")
def inline_client(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("inline")
    (base / "spec.json").write_text(json.dumps(SPEC))
    generate(base / "spec.json", base / "out")
    return base / "out"


@pytest.fixture
def served(inline_client: Path, import_from: Any) -> Iterator[tuple[LocalExchange, ExchangeServer, Any]]:
    import_from(inline_client)
    api = importlib.import_module("kalshi_trade_api.api.default")
    # Unmetered: the load tests send thousands of requests with the client's pacing off.
    exchange = LocalExchange(inline_client, keys={"rsa": rsa_key(), "ed": ed_key()}, seed=5, rate_limit=None)
    with ExchangeServer(exchange) as server:
        yield exchange, server, api


def _client(server: ExchangeServer, **kwargs: Any) -> Any:
    kwargs.setdefault("retries", FAST_RETRIES)
    kwargs.setdefault("rate_limit", None)  # the exchange here meters nothing; pacing is tested on its own
    return kalshi_client("rsa", rsa_key(), base_url=server.base_url, **kwargs)


def _get_things(api: Any, client: Any, mode: str) -> Any:
    module = importlib.import_module(f"{api.__name__}.get_things")
    return module.sync(client=client) if mode == "sync" else asyncio.run(module.asyncio(client=client))


TWINS = pytest.mark.parametrize("mode", ["sync", "async"])


@TWINS
def test_429_three_times_then_200_every_attempt_freshly_signed(served: Any, mode: str) -> None:
    exchange, server, api = served
    exchange.inject("status", status=429, count=3)
    assert _get_things(api, _client(server), mode).things is not None
    assert [s.status for s in exchange.seen] == [429, 429, 429, 200]
    assert all(s.verified for s in exchange.seen)
    # RSA-PSS salts are random: four distinct signatures prove four signings, not one re-sent.
    assert len({s.signature for s in exchange.seen}) == 4


@TWINS
def test_post_rate_limited_is_sent_once(served: Any, mode: str) -> None:
    exchange, server, api = served
    exchange.inject("status", status=429, count=None)
    create = importlib.import_module(f"{api.__name__}.create_thing")
    models = importlib.import_module("kalshi_trade_api.models")
    body = models.CreateThingBody(name="n")
    with pytest.raises(RateLimitedError) as caught:
        if mode == "sync":
            create.sync(client=_client(server), body=body)
        else:
            asyncio.run(create.asyncio(client=_client(server), body=body))
    assert len(exchange.seen) == 1 and caught.value.status_code == 429


@TWINS
@pytest.mark.parametrize(
    ("fault", "error", "raw"),
    [
        (Fault("status", status=500), ServerError, b"injected HTTP 500"),
        (Fault("html", status=502), ServerError, b"<html>"),
        (Fault("malformed_json"), ResponseParseError, b"not json"),
        (Fault("truncated_json"), ResponseParseError, None),
        (Fault("empty_body"), ResponseParseError, b""),
        (Fault("drop"), APIConnectionError, None),
        (Fault("delay", seconds=1.0), APITimeoutError, None),
    ],
    ids=["500", "html", "malformed", "truncated", "empty", "drop", "slow"],
)
def test_faults_are_typed_errors_and_the_client_recovers(
    served: Any, mode: str, fault: Fault, error: type[KalshiSDKError], raw: bytes | None
) -> None:
    exchange, server, api = served
    if error is ResponseParseError:  # the class of the client loaded for this test (see import_from)
        error = importlib.import_module("kalshi_trade_api.errors").ResponseParseError
    # Until cleared: aiohttp (the async pool with [fast]) resends an idempotent GET once after a connection
    # closed without an answer (RFC 9112, 9.3.1), so a one-shot "drop" would be absorbed there.
    exchange.faults.add(Fault(fault.kind, status=fault.status, seconds=fault.seconds, count=None))
    client = _client(server, retries=False, timeout=0.3)
    module = importlib.import_module(f"{api.__name__}.get_things")

    async def twice() -> tuple[BaseException | None, Any]:
        # One event loop for both calls: an AsyncClient's connections belong to the loop that opened them.
        try:
            await module.asyncio(client=client)
        except Exception as err:  # checked against the expected type below
            exchange.faults.clear()
            return err, await module.asyncio(client=client)
        return None, None

    started = time.monotonic()
    if mode == "sync":
        with pytest.raises(error) as caught:
            module.sync(client=client)
        failure: BaseException | None = caught.value
        exchange.faults.clear()
        after = module.sync(client=client)
    else:
        failure, after = asyncio.run(twice())
    assert time.monotonic() - started < 5, "nothing may hang"
    assert isinstance(failure, error), failure
    if raw is not None:
        kept: bytes = getattr(failure, "body", None) or getattr(failure, "content", None) or b""
        assert raw in kept or kept == raw
    assert after.things is not None  # the same client still works


@TWINS
def test_clock_skew_beyond_the_window_is_401_with_the_hint(served: Any, mode: str) -> None:
    exchange, server, api = served
    exchange.clock = lambda: time.time() + 90
    with pytest.raises(UnauthorizedError) as caught:
        _get_things(api, _client(server), mode)
    assert caught.value.code == "timestamp_out_of_window" and "clock" in str(caught.value)


def test_concurrency_async_1000_at_50_in_flight_and_8_threads_on_one_sync_client(served: Any) -> None:
    exchange, server, api = served
    module = importlib.import_module(f"{api.__name__}.get_things")
    client = _client(server, retries=False, timeout=30.0)
    errors: list[BaseException] = []

    async def many() -> int:
        gate = asyncio.Semaphore(50)

        async def one() -> None:
            async with gate:
                await module.asyncio(client=client)

        results = await asyncio.gather(*(one() for _ in range(1000)), return_exceptions=True)
        errors.extend(r for r in results if isinstance(r, BaseException))
        return len(results)

    assert asyncio.run(asyncio.wait_for(many(), timeout=120)) == 1000

    def worker() -> None:
        for _ in range(40):
            try:
                module.sync(client=client)
            except BaseException as err:  # collected, asserted below
                errors.append(err)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert errors == []
    assert len(exchange.seen) == 1000 + 8 * 40
    assert all(s.verified and s.status == 200 for s in exchange.seen)
