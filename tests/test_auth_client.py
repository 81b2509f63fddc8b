"""kalshi_client end to end over httpx.MockTransport: signing, retries, errors, config. Sync and async twins."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from kalshi_auth import (
    APIConnectionError,
    APITimeoutError,
    BadRequestError,
    ConfigurationError,
    KalshiAPIError,
    KalshiSDKError,
    RateLimitedError,
    ResponseParseError,
    RetryPolicy,
    ServerError,
    UnauthorizedError,
    kalshi_client,
    urls,
)
from kalshi_trade_api.api.order_groups import get_order_groups
from kalshi_trade_api.models import GetOrderGroupsResponse
from tests.authcheck import verify
from tests.conftest import KALSHI_ENV_VARS
from tests.keyfactory import ed_key, pem, rsa_key

BASE = "http://127.0.0.1:9/trade-api/v2"
PATH = "/trade-api/v2/portfolio/order_groups"
OK = {"order_groups": [{"id": "g1", "is_auto_cancel_enabled": True, "contracts_limit_fp": "10.00"}]}
Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A MockTransport handler that answers from a script and keeps every request it saw."""

    def __init__(self, *answers: httpx.Response | Exception) -> None:
        self.answers, self.seen = list(answers), []  # type: ignore[var-annotated]

    def __call__(self, request: httpx.Request) -> httpx.Response:
        # A snapshot: the transport re-signs the same Request object on each attempt.
        self.seen.append(
            httpx.Request(
                request.method,
                request.url,
                headers=request.headers.copy(),
                content=request.read(),
                extensions=dict(request.extensions),
            )
        )
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        return answer


def _client(handler: Handler, **kwargs: Any) -> Any:
    kwargs.setdefault("retries", RetryPolicy(backoff_base=0.001, backoff_max=0.002))
    return kalshi_client(
        "key-0001", kwargs.pop("key", rsa_key()), base_url=BASE, transport=httpx.MockTransport(handler), **kwargs
    )


def _call_sync(client: Any) -> Any:
    return get_order_groups.sync(client=client)


def _call_async(client: Any) -> Any:
    return asyncio.run(get_order_groups.asyncio(client=client))


TWINS = pytest.mark.parametrize("call", [_call_sync, _call_async], ids=["sync", "async"])


@TWINS
def test_signed_get_parses_and_verifies(call: Callable[[Any], Any]) -> None:
    recorder = Recorder(httpx.Response(200, json=OK))
    result = call(_client(recorder))
    assert isinstance(result, GetOrderGroupsResponse) and isinstance(result.order_groups, list)
    assert result.order_groups[0].id == "g1"
    (request,) = recorder.seen
    verify(rsa_key().public_key(), request.headers, "GET", PATH)
    assert "authorization" not in request.headers
    assert request.extensions["timeout"] == {"connect": 5.0, "read": 10.0, "write": 10.0, "pool": 10.0}


@TWINS
def test_ed25519_key(call: Callable[[Any], Any]) -> None:
    recorder = Recorder(httpx.Response(200, json=OK))
    call(_client(recorder, key=pem(ed_key())))
    verify(ed_key().public_key(), recorder.seen[0].headers, "GET", PATH)


@TWINS
def test_429_then_200_retries_with_a_fresh_signature(call: Callable[[Any], Any]) -> None:
    # Retry-After (honoured) makes the two attempts at least 5 ms apart: distinct timestamps.
    recorder = Recorder(
        httpx.Response(429, headers={"Retry-After": "0.005"}, json={"code": "too_many"}), httpx.Response(200, json=OK)
    )
    assert call(_client(recorder)).order_groups[0].id == "g1"
    first, second = recorder.seen
    assert first.headers["KALSHI-ACCESS-TIMESTAMP"] != second.headers["KALSHI-ACCESS-TIMESTAMP"]
    for request in recorder.seen:
        verify(rsa_key().public_key(), request.headers, "GET", PATH)


@TWINS
def test_retries_give_up_with_a_typed_error(call: Callable[[Any], Any]) -> None:
    recorder = Recorder(httpx.Response(503, text="<html>busy</html>", headers={"content-type": "text/html"}))
    with pytest.raises(ServerError) as caught:
        call(_client(recorder, retries=RetryPolicy(max_attempts=3, backoff_base=0.001)))
    assert len(recorder.seen) == 3
    assert caught.value.body == b"<html>busy</html>" and caught.value.status_code == 503
    assert "text/html" in str(caught.value)


@TWINS
def test_connection_errors_are_retried_then_typed(call: Callable[[Any], Any]) -> None:
    recorder = Recorder(httpx.ConnectError("refused"), httpx.Response(200, json=OK))
    assert call(_client(recorder)).order_groups[0].id == "g1"
    assert len(recorder.seen) == 2
    with pytest.raises(APIConnectionError, match="2 attempt"):
        call(_client(Recorder(httpx.RemoteProtocolError("dropped")), retries=1))
    with pytest.raises(APITimeoutError, match="timeout"):
        call(_client(Recorder(httpx.ReadTimeout("slow"))))


@pytest.mark.parametrize("method", ["POST", "DELETE"])
def test_post_and_delete_are_not_retried_unless_asked(method: str) -> None:
    recorder = Recorder(httpx.Response(429, json={"code": "rate_limited", "message": "slow down"}))
    client = _client(recorder).get_httpx_client()
    with pytest.raises(RateLimitedError) as caught:
        client.request(method, "/portfolio/orders", json={"ticker": "X"})
    assert len(recorder.seen) == 1 and caught.value.code == "rate_limited"
    opted = Recorder(httpx.Response(429), httpx.Response(200, json={}))
    response = (
        _client(opted, retries=RetryPolicy(retry_non_idempotent=True, backoff_base=0.001))
        .get_httpx_client()
        .request(method, "/portfolio/orders", json={"ticker": "X"})
    )
    assert response.status_code == 200 and len(opted.seen) == 2
    verify(rsa_key().public_key(), opted.seen[1].headers, method, "/trade-api/v2/portfolio/orders")


def test_async_post_is_not_retried() -> None:
    recorder = Recorder(httpx.Response(503))

    async def go() -> None:
        await _client(recorder).get_async_httpx_client().post("/portfolio/orders", json={})

    with pytest.raises(ServerError):
        asyncio.run(go())
    assert len(recorder.seen) == 1


def test_retries_off_sends_once() -> None:
    recorder = Recorder(httpx.Response(429))
    with pytest.raises(RateLimitedError):
        _call_sync(_client(recorder, retries=False))
    assert len(recorder.seen) == 1


@TWINS
@pytest.mark.parametrize(
    ("status", "body", "cls", "fields"),
    [
        (
            400,
            {"code": "invalid_parameters", "message": "bad ticker", "details": "ticker", "service": "trading"},
            BadRequestError,
            ("invalid_parameters", "bad ticker", "ticker", "trading"),
        ),
        (
            401,
            {"error": {"code": "unauthorized", "message": "bad sig"}},
            UnauthorizedError,
            ("unauthorized", "bad sig", None, None),
        ),
        (409, {"code": "conflict"}, KalshiAPIError, ("conflict", None, None, None)),
        (500, b"", ServerError, (None, None, None, None)),
    ],
)
def test_error_statuses_are_typed(
    call: Callable[[Any], Any], status: int, body: Any, cls: type[KalshiAPIError], fields: tuple[Any, ...]
) -> None:
    answer = httpx.Response(status, json=body) if isinstance(body, dict) else httpx.Response(status, content=body)
    with pytest.raises(cls) as caught:
        call(_client(Recorder(answer), retries=False))
    error = caught.value
    assert isinstance(error, KalshiSDKError)
    assert (error.code, error.message, error.details, error.service) == fields
    assert (error.status_code, error.method, error.path) == (status, "GET", PATH)
    if status == 401:
        assert "demo key" in str(error) and "clock" in str(error) and "key id" in str(error)


@TWINS
@pytest.mark.parametrize(
    "body",
    [
        b"<html>Just a moment...</html>",
        b'{"order_groups": [{"id": "g1", "is_auto',  # truncated
        b"",
        b'{"order_groups": [{"id": 7, "is_auto_cancel_enabled": true}]}',  # a wrong type (a missing field is tolerated)
        b'["not", "an", "object"]',
    ],
    ids=["html", "truncated", "empty", "wrong-type", "wrong-shape"],
)
def test_unparseable_2xx_body_is_a_typed_error_with_the_raw_body(call: Callable[[Any], Any], body: bytes) -> None:
    answer = httpx.Response(200, content=body)
    with pytest.raises(ResponseParseError) as caught:
        call(_client(Recorder(answer)))
    assert caught.value.content == answer.content and caught.value.status_code == 200
    assert caught.value.operation == "GET /portfolio/order_groups"
    if b'"id": 7' in body:
        assert caught.value.path == "$.order_groups[0].id" and "$.order_groups[0].id" in str(caught.value)


def test_client_is_usable_after_errors() -> None:
    recorder = Recorder(httpx.Response(500), httpx.Response(200, json=OK))
    client = _client(recorder, retries=False)
    with pytest.raises(ServerError):
        _call_sync(client)
    assert _call_sync(client).order_groups[0].id == "g1"


def test_environment_variables(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in KALSHI_ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(ConfigurationError, match="KALSHI_API_KEY_ID"):
        kalshi_client()
    monkeypatch.setenv("KALSHI_API_KEY_ID", "key-0001")
    with pytest.raises(ConfigurationError, match=r"KALSHI_PRIVATE_KEY_PATH.*KALSHI_PRIVATE_KEY"):
        kalshi_client()
    key_file = tmp_path / "k.pem"
    key_file.write_bytes(pem(rsa_key(), b"pw"))
    key_file.chmod(0o600)
    monkeypatch.setenv("KALSHI_PRIVATE_KEY_PATH", str(key_file))
    monkeypatch.setenv("KALSHI_PRIVATE_KEY_PASSPHRASE", "pw")
    monkeypatch.setenv("KALSHI_ENV", "demo")
    assert kalshi_client().get_httpx_client().base_url == "https://demo-api.kalshi.co/trade-api/v2/"
    monkeypatch.delenv("KALSHI_PRIVATE_KEY_PATH")
    monkeypatch.delenv("KALSHI_PRIVATE_KEY_PASSPHRASE")
    monkeypatch.setenv("KALSHI_PRIVATE_KEY", pem(ed_key()).decode())
    monkeypatch.setenv("KALSHI_ENV", "prod-external")
    assert kalshi_client().get_httpx_client().base_url == "https://external-api.kalshi.com/trade-api/v2/"
    monkeypatch.setenv("KALSHI_BASE_URL", "http://127.0.0.1:8123/trade-api/v2")
    assert kalshi_client().get_httpx_client().base_url == "http://127.0.0.1:8123/trade-api/v2/"
    monkeypatch.delenv("KALSHI_BASE_URL")
    monkeypatch.setenv("KALSHI_ENV", "staging")
    with pytest.raises(ConfigurationError, match="unknown environment 'staging'"):
        kalshi_client()


def test_reprs_and_logs_never_show_secrets(caplog: pytest.LogCaptureFixture) -> None:
    key_pem = pem(rsa_key()).decode()
    recorder = Recorder(httpx.Response(429, headers={"Retry-After": "0"}), httpx.Response(200, json=OK))
    with caplog.at_level(logging.DEBUG):
        client = kalshi_client(
            "abcdefgh-SECRETID-1234", key_pem, base_url=BASE, transport=httpx.MockTransport(recorder)
        )
        _call_sync(client)
    signature = recorder.seen[-1].headers["KALSHI-ACCESS-SIGNATURE"]
    texts = [repr(client), str(client), repr(client.get_httpx_client()._transport), caplog.text]
    for text in texts:
        assert "SECRETID" not in text and signature not in text and key_pem.splitlines()[1] not in text
    assert "retrying GET" in caplog.text


def test_sync_only_transport_refuses_async_clearly() -> None:
    client = _client(Recorder(httpx.Response(200, json=OK)))
    assert _call_sync(client) is not None

    class SyncOnly(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, json=OK)

    only = kalshi_client("k", ed_key(), base_url=BASE, transport=SyncOnly())
    with pytest.raises(ConfigurationError, match="sync-only"):
        _call_async(only)


def test_client_repr_says_where_and_how_never_bearer() -> None:
    client = kalshi_client("abcdefgh-SECRETID-1234", ed_key(), base_url=BASE, timeout=3.0, retries=2)
    text = repr(client)
    assert text.startswith(f"KalshiClient(base_url={BASE!r}, key_id='...1234', key_kind='ed25519'")
    assert "connect=3.0" in text and "max_attempts=3" in text
    assert "Bearer" not in text and "Authorization" not in text and "SECRETID" not in text


ASYNC_ACROSS_LOOPS = """
import asyncio, sys
if {without_aiohttp!r}:
    sys.modules["httpx_aiohttp"] = None  # as without the [fast] extra: httpx's own pool
sys.path.insert(0, {root!r})
from tests.keyfactory import rsa_key
from kalshi_auth import kalshi_client
from kalshi_exchange import ExchangeServer, LocalExchange
from kalshi_trade_api.api.order_groups import get_order_groups
key = rsa_key()
exchange = LocalExchange(keys={{"k": key.public_key()}})
with ExchangeServer(exchange) as server:
    client = kalshi_client("k", key, base_url=server.base_url)
    for _ in range(3):  # each asyncio.run is a new event loop; keep-alive connections stay open between calls
        asyncio.run(get_order_groups.asyncio(client=client))
    print(sum(seen.verified for seen in exchange.seen))
"""


@pytest.mark.parametrize("without_aiohttp", [False, True], ids=["aiohttp-pool", "httpx-pool"])
def test_async_side_works_from_one_event_loop_after_another_without_warnings(without_aiohttp: bool) -> None:
    """Each asyncio.run gets its own pool, closed as that loop shuts down: no 'Event loop is closed'."""
    import subprocess
    import sys

    root = str(Path(__file__).resolve().parent.parent)
    code = ASYNC_ACROSS_LOOPS.format(root=root, without_aiohttp=without_aiohttp)
    result = subprocess.run(
        [sys.executable, "-X", "dev", "-W", "error::ResourceWarning", "-c", code],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0 and result.stdout.strip() == "3", result.stderr[-2000:]
    assert result.stderr == ""


def test_async_requests_ride_aiohttps_pool_when_installed() -> None:
    import ssl

    from kalshi_auth.client import async_network_transport

    transport = async_network_transport(ssl.create_default_context())
    assert type(transport).__module__.startswith("httpx_aiohttp")


@TWINS
def test_cookies_set_by_a_response_are_kept_and_sent_back(call: Callable[[Any], Any]) -> None:
    # httpx's cookie pass is skipped for answers without Set-Cookie; one that sets a cookie still stores it.
    recorder = Recorder(
        httpx.Response(200, json=OK, headers={"Set-Cookie": "AWSALB=sticky-1; Path=/"}),
        httpx.Response(200, json=OK),
    )
    client = kalshi_client(
        "key-0001", ed_key(), base_url=BASE, transport=httpx.MockTransport(recorder), rate_limit=None
    )
    call(client)
    call(client)
    call(client)
    assert "cookie" not in recorder.seen[0].headers
    assert [r.headers.get("cookie") for r in recorder.seen[1:]] == ["AWSALB=sticky-1", "AWSALB=sticky-1"]


def _fresh_python(code: str) -> str:
    """What ``code`` prints in a new interpreter (nothing imported yet), run from the repository root."""
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_a_sync_program_never_loads_asyncio() -> None:
    # ~10 ms of import a sync-only bot does not pay; the async side imports them when it first runs.
    code = (
        "import sys, httpx; from kalshi_auth import kalshi_client; "
        "from kalshi_trade_api.api.order_groups import get_order_groups; "
        "from tests.keyfactory import ed_key; "
        "c = kalshi_client('k', ed_key(), base_url='http://127.0.0.1:9/trade-api/v2', rate_limit=None, "
        "transport=httpx.MockTransport(lambda r: httpx.Response(200, json={'order_groups': []}))); "
        "get_order_groups.sync(client=c); "
        "print(sorted(m for m in ('asyncio', 'anyio') if m in sys.modules))"
    )
    assert _fresh_python(code).strip() == "[]"


@pytest.mark.parametrize("cls", [urls.Client, urls.AsyncClient], ids=["sync", "async"])
def test_each_path_is_merged_once_and_as_httpx_merges_it(cls: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # The cache must hand out exactly httpx's own merge, follow a new base_url and stay bounded.
    plain = httpx.Client(base_url=BASE)
    client = cls(base_url=BASE)
    paths = [
        "/portfolio/order_groups",
        "/markets/KX%2FA?x=1",
        "markets/KXBTC-26DEC31",
        "/events/E1/",
        "https://elsewhere.example/trade-api/v2/x",
    ]
    for path in paths:
        assert client._merge_url(path) == plain._merge_url(path)
        assert client._merge_url(path) is client._merge_url(path)  # a cache hit: the same URL object
    assert client._merge_url(httpx.URL("/a")) == plain._merge_url(httpx.URL("/a"))  # not a str: httpx's way
    client.base_url = plain.base_url = "http://127.0.0.1:10/other/v2"
    for path in paths:
        assert client._merge_url(path) == plain._merge_url(path)
    monkeypatch.setattr(urls, "_MAX_PATHS", 3)
    for n in range(10):
        assert client._merge_url(f"/markets/M{n}") == plain._merge_url(f"/markets/M{n}")
    assert len(client._merged) <= 3
    request = client.build_request("GET", "/portfolio/order_groups", params={"limit": 5})
    assert str(request.url) == "http://127.0.0.1:10/other/v2/portfolio/order_groups?limit=5"


def test_kalshi_client_uses_the_merging_clients() -> None:
    client = _client(Recorder(httpx.Response(200, json=OK)))
    assert type(client.get_httpx_client()) is urls.Client
    assert type(client.get_async_httpx_client()) is urls.AsyncClient


def test_cryptography_and_the_optional_helpers_load_when_first_used() -> None:
    # Importing the SDK and an operation loads neither cryptography (the first key does) nor the
    # DataFrame, pagination and WebSocket helpers (their first use does); both then work as before.
    code = (
        "import sys; from kalshi_auth import kalshi_client; "
        "from kalshi_trade_api.api.order_groups import get_order_groups; "
        "late = ('cryptography', 'kalshi_auth.frames', 'kalshi_auth.pagination', 'kalshi_auth.websocket'); "
        "print(sorted(m for m in late if m in sys.modules)); "
        "from tests.keyfactory import ed_key; "
        "kalshi_client('k', ed_key(), base_url='http://127.0.0.1:9/trade-api/v2'); "
        "from kalshi_auth import paginate, to_dataframe, websocket_headers; "
        "print(sorted(m for m in late if m in sys.modules))"
    )
    before, after = _fresh_python(code).split("\n")[:2]
    assert before == "[]"
    assert after == str(
        sorted(["cryptography", "kalshi_auth.frames", "kalshi_auth.pagination", "kalshi_auth.websocket"])
    )


def test_type_hints_of_every_function_taking_a_key_resolve_to_the_key_classes() -> None:
    # pydantic's validate_call, typer and sphinx read annotations with typing.get_type_hints; with
    # cryptography imported late, the key classes must still resolve, wherever the function lives.
    code = (
        "import sys, typing; "
        "from kalshi_auth import kalshi_client, load_signing_key, perps_client, websocket_headers; "
        "from kalshi_auth.keys import SigningKey; from kalshi_auth.signing import KalshiAuth; "
        "from kalshi_stream import KalshiStream; from kalshi_stream.connection import signer; "
        "print('cryptography' in sys.modules); "
        "fs = (kalshi_client, load_signing_key, perps_client, websocket_headers, SigningKey.__init__, "
        "KalshiAuth.__init__, KalshiStream.__init__, signer); "
        "hints = [str(typing.get_type_hints(f)) for f in fs]; "
        "print([f.__qualname__ for f, h in zip(fs, hints) if 'rsa.RSAPrivateKey' not in h "
        "or 'ed25519.Ed25519PrivateKey' not in h])"
    )
    imported, unresolved = _fresh_python(code).split("\n")[:2]
    assert imported == "False"  # naming the classes in annotations did not import cryptography
    assert unresolved == "[]"
