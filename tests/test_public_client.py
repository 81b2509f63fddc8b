"""kalshi_public_client: everything kalshi_client does but signing; secured operations refused unsent."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from kalshi_auth import (
    ENVIRONMENTS,
    APIConnectionError,
    CredentialsRequiredError,
    KalshiPublicClient,
    KalshiSDKError,
    NotFoundError,
    ResponseTooLargeError,
    RetryPolicy,
    kalshi_client,
    kalshi_public_client,
    paginate,
)
from kalshi_auth.signing import redact_key_id
from kalshi_trade_api.api.market import get_markets
from kalshi_trade_api.api.portfolio import get_balance, get_positions
from kalshi_trade_api.models import GetMarketsResponse
from tests.conftest import KALSHI_ENV_VARS, ROOT
from tests.keyfactory import ed_key

BASE = "http://127.0.0.1:9/trade-api/v2"
MARKETS = {"markets": [], "cursor": ""}


class Recorder:
    def __init__(self, *answers: httpx.Response | Exception) -> None:
        self.answers = list(answers)
        self.seen: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        # A fresh response each time: one answer may serve several requests, sync and async.
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)


def _public(recorder: Recorder, **kwargs: Any) -> KalshiPublicClient:
    kwargs.setdefault("retries", RetryPolicy(backoff_base=0.001, backoff_max=0.002))
    return kalshi_public_client(base_url=BASE, transport=httpx.MockTransport(recorder), **kwargs)


def _sync(client: Any, **kwargs: Any) -> GetMarketsResponse:
    return get_markets.sync(client=client, **kwargs)


def _async(client: Any, **kwargs: Any) -> GetMarketsResponse:
    return asyncio.run(get_markets.asyncio(client=client, **kwargs))


TWINS = pytest.mark.parametrize("call", [_sync, _async], ids=["sync", "async"])


@pytest.fixture(autouse=True)
def _no_kalshi_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in KALSHI_ENV_VARS:
        monkeypatch.delenv(name, raising=False)


@TWINS
def test_public_operations_go_out_unsigned_and_are_retried(call: Callable[..., GetMarketsResponse]) -> None:
    recorder = Recorder(httpx.Response(503, json={"code": "busy"}), httpx.Response(200, json=MARKETS))
    assert isinstance(call(_public(recorder), status="open"), GetMarketsResponse)
    assert len(recorder.seen) == 2
    for request in recorder.seen:
        assert request.url.path == "/trade-api/v2/markets" and request.url.params["status"] == "open"
        assert not [name for name in request.headers if name.lower().startswith("kalshi-access")]
        assert "authorization" not in request.headers
        assert request.headers["user-agent"].startswith("kalshi-trade-api-python/")


@TWINS
def test_errors_deadline_and_size_cap_are_kalshi_clients(call: Callable[..., GetMarketsResponse]) -> None:
    with pytest.raises(NotFoundError):
        call(_public(Recorder(httpx.Response(404, json={"error": {"code": "not_found", "message": "no"}}))))
    with pytest.raises(ResponseTooLargeError):
        call(_public(Recorder(httpx.Response(200, content=b" " * 5000 + b"{}")), max_response_bytes=1000))
    refused = Recorder(httpx.ConnectError("refused"))
    # Retried, but only within the call's deadline (0.1 s): a handful of attempts, not 1,000.
    with pytest.raises(APIConnectionError):
        call(_public(refused, deadline=0.1, retries=RetryPolicy(max_attempts=1000, backoff_base=0.01, deadline=60)))
    assert 1 < len(refused.seen) < 20


def test_pacing_applies_to_the_public_client() -> None:
    recorder = Recorder(httpx.Response(200, json=MARKETS))
    paced = _public(recorder, rate_limit="basic").get_httpx_client()._transport
    assert getattr(paced, "pacer", None) is not None and getattr(paced, "auth", "x") is None
    unpaced = _public(recorder, rate_limit=None).get_httpx_client()._transport
    assert getattr(unpaced, "pacer", "x") is None


def test_public_pagination_follows_cursors() -> None:
    pages = [
        httpx.Response(200, json={"markets": [], "cursor": "c2"}),
        httpx.Response(200, json={"markets": [], "cursor": ""}),
    ]
    recorder = Recorder(*pages, httpx.Response(500))
    assert list(paginate(get_markets, client=_public(recorder, retries=False))) == []
    assert [r.url.params.get("cursor") for r in recorder.seen] == [None, "c2"]


def test_secured_operations_are_refused_before_any_request() -> None:
    recorder = Recorder(httpx.Response(200, json={"balance": 1}))
    client = _public(recorder)
    with pytest.raises(CredentialsRequiredError) as caught:
        get_balance.sync(client=client)  # type: ignore[arg-type]  # mypy refuses it first
    message = str(caught.value)
    assert "GET /portfolio/balance" in message and "private key" in message and "kalshi_client(" in message
    assert isinstance(caught.value, KalshiSDKError) and caught.value.operation == "GET /portfolio/balance"
    with pytest.raises(CredentialsRequiredError):
        asyncio.run(get_balance.asyncio_detailed(client=client))  # type: ignore[arg-type]
    with pytest.raises(CredentialsRequiredError):
        list(get_positions.paginate(client=client))  # type: ignore[arg-type]
    assert recorder.seen == []


def test_credential_variables_are_never_read_and_the_server_comes_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KALSHI_PRIVATE_KEY", "not a key at all")
    monkeypatch.setenv("KALSHI_API_KEY_ID", "someone-elses-key")
    assert repr(kalshi_public_client()).startswith(f"KalshiPublicClient(base_url={ENVIRONMENTS['prod']!r}, unsigned")
    monkeypatch.setenv("KALSHI_ENV", "demo")
    assert f"base_url={ENVIRONMENTS['demo']!r}" in repr(kalshi_public_client())
    monkeypatch.setenv("KALSHI_BASE_URL", "http://127.0.0.1:8080/trade-api/v2/")
    client = kalshi_public_client()
    assert "base_url='http://127.0.0.1:8080/trade-api/v2'" in repr(client) and "someone" not in repr(client)
    assert "base_url='https://x.test/v2'" in repr(kalshi_public_client(base_url="https://x.test/v2"))


def test_context_managers_hand_back_the_same_clients() -> None:
    recorder = Recorder(httpx.Response(200, json=MARKETS))
    public = _public(recorder)
    with public as entered:
        assert entered is public
        _sync(entered)
    signed = kalshi_client("key-0001", ed_key(), base_url=BASE, transport=httpx.MockTransport(recorder))

    async def enter() -> None:
        async with signed as entered:
            assert entered is signed
            await get_markets.asyncio(client=entered)

    asyncio.run(enter())


def test_the_async_side_works_across_event_loops() -> None:
    recorder = Recorder(httpx.Response(200, json=MARKETS))
    client = _public(recorder)
    for _ in range(3):
        _async(client)
    assert len(recorder.seen) == 3


def test_the_operation_index_marks_public_operations() -> None:
    index = (ROOT / "generated" / "kalshi_trade_api" / "OPERATIONS.md").read_text()
    markets = next(line for line in index.splitlines() if "`GET /markets`" in line)
    balance = next(line for line in index.splitlines() if "`GET /portfolio/balance`" in line)
    assert "*public*" in markets and "*public*" not in balance


@pytest.mark.parametrize(
    ("key_id", "shown"),
    [
        ("a952bcbe-1f2d-4c5e-9a8b-0123456789ab", "...89ab"),
        ("local-walkthrough-key", "...-key"),
        ("abcdefgh", "...efgh"),
        ("key-01", "...-01"),  # 6 characters: at most half
        ("k", "..."),
    ],
)
def test_key_ids_show_their_last_4_characters_and_never_more_than_half(key_id: str, shown: str) -> None:
    assert redact_key_id(key_id) == shown
    client = kalshi_client(key_id, ed_key(), base_url=BASE)
    assert f"key_id={shown!r}" in repr(client)
    if len(key_id) > 1:
        assert key_id not in repr(client)


def test_a_public_client_program_loads_no_key_material() -> None:
    """The public route needs neither a key nor the variables: a fresh process with none set works."""
    code = (
        "import httpx\n"
        "from kalshi_auth import kalshi_public_client\n"
        "from kalshi_trade_api.api.market import get_markets\n"
        "t = httpx.MockTransport(lambda r: httpx.Response(200, json={'markets': [], 'cursor': ''}))\n"
        "print(get_markets.sync(client=kalshi_public_client(transport=t)).markets)\n"
    )
    env = {"PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0 and result.stdout.strip() == "[]", result.stderr[-2000:]
