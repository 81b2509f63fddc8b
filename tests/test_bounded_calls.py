"""Bounded work per call: one deadline, a body size cap, Retry-After that never shortens backoff, typed failures.

Sync and async twins throughout. Servers are on 127.0.0.1 or in process; every loop is bounded.
"""

from __future__ import annotations

import asyncio
import gzip
import random
import socket
import threading
import time
import tracemalloc
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import anyio
import httpx
import pytest

from kalshi_auth import (
    APITimeoutError,
    BadRequestError,
    ConfigurationError,
    KalshiSDKError,
    ResponseParseError,
    RetryPolicy,
    ServerError,
    kalshi_client,
)
from kalshi_auth import transport as transport_module
from kalshi_auth.errors import ResponseTooLargeError
from kalshi_auth.signing import KalshiAuth
from kalshi_auth.transport import DEFAULT_DEADLINE, DEFAULT_MAX_RESPONSE_BYTES, AsyncKalshiTransport, KalshiTransport
from kalshi_trade_api.api.order_groups import get_order_groups
from tests.keyfactory import ed_key

BASE = "http://127.0.0.1:9/trade-api/v2"
OK_BODY = b'{"order_groups": []}'


def _sync(client: Any) -> Any:
    return get_order_groups.sync(client=client)


def _async(client: Any) -> Any:
    return asyncio.run(get_order_groups.asyncio(client=client))


TWINS = pytest.mark.parametrize("call", [_sync, _async], ids=["sync", "async"])


def _client(handler: Callable[[httpx.Request], httpx.Response], **kwargs: Any) -> Any:
    kwargs.setdefault("retries", False)
    kwargs.setdefault("rate_limit", None)
    return kalshi_client("key-0001", ed_key(), base_url=BASE, transport=httpx.MockTransport(handler), **kwargs)


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that arrives in pieces, as from the network (httpx.Response(content=...) would read it at once)."""

    def __init__(self, pieces: Iterator[bytes]) -> None:
        self.pieces = pieces

    def __iter__(self) -> Iterator[bytes]:
        yield from self.pieces

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self.pieces:
            yield piece


# -- the deadline -------------------------------------------------------------------------------------


class Trickle:
    """An HTTP server on 127.0.0.1 that sends a 200's body one byte every ``every`` seconds (finite)."""

    def __init__(self, body: bytes, every: float) -> None:
        self.body, self.every = body, every
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        self.sock.settimeout(0.2)
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            try:
                conn.recv(65536)
                head = f"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {len(self.body)}\r\n\r\n"
                conn.sendall(head.encode())
                for byte in self.body:
                    if self.stop.wait(self.every):
                        return
                    conn.sendall(bytes([byte]))
            except OSError:
                return  # the client hung up: that is the point

    def __enter__(self) -> Trickle:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(5)
        self.sock.close()


def _loopback_client(port: int, *, timeout: float, deadline: float) -> Any:
    return kalshi_client(
        "key-0001",
        ed_key(),
        base_url=f"http://127.0.0.1:{port}/trade-api/v2",
        timeout=timeout,
        deadline=deadline,
        retries=False,
        rate_limit=None,
    )


@TWINS
def test_deadline_stops_a_trickling_body(call: Callable[[Any], Any]) -> None:
    # 40 bytes at one per 0.1 s: 4 s to finish, and each byte restarts the 0.5 s read timeout.
    with Trickle(OK_BODY.ljust(40), every=0.1) as server:
        client = _loopback_client(server.port, timeout=0.5, deadline=1.0)
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match="deadline"):
            call(client)
        assert time.monotonic() - started < 3.5, "the call outlived its deadline by more than one read timeout"


def test_async_deadline_holds_on_the_anyio_route_too(monkeypatch: pytest.MonkeyPatch) -> None:
    # Python 3.10 (no asyncio.timeout) and trio take anyio's cancel scope instead of asyncio's timer.
    monkeypatch.setattr(transport_module, "_asyncio_timer", lambda: None)
    test_deadline_stops_a_trickling_body(_async)


class Silent:
    """A server on 127.0.0.1 that accepts and reads but never answers (closed on exit)."""

    def __enter__(self) -> int:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.held: list[socket.socket] = []
        self.stop = threading.Event()
        threading.Thread(target=self._hold, daemon=True).start()
        return int(self.sock.getsockname()[1])

    def _hold(self) -> None:
        self.sock.settimeout(0.1)
        while not self.stop.is_set():
            try:
                self.held.append(self.sock.accept()[0])
            except OSError:
                continue

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        for conn in self.held:
            conn.close()
        self.sock.close()


@TWINS
def test_a_deadline_shorter_than_the_timeout_cuts_the_wait(call: Callable[[Any], Any]) -> None:
    with Silent() as port:
        client = _loopback_client(port, timeout=20.0, deadline=0.5)
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            call(client)
        assert time.monotonic() - started < 3.0, "a 20 s read timeout outlived the 0.5 s deadline"


@TWINS
def test_retries_share_the_deadline(call: Callable[[Any], Any]) -> None:
    seen: list[float] = []

    def busy(request: httpx.Request) -> httpx.Response:
        seen.append(time.monotonic())
        return httpx.Response(503, json={"code": "busy"})

    policy = RetryPolicy(max_attempts=200, backoff_base=0.02, backoff_max=0.02, deadline=60.0)
    # The last 503 (the next wait would pass the deadline) or the deadline itself (it passed during one).
    with pytest.raises((ServerError, APITimeoutError)):
        call(_client(busy, retries=policy, deadline=0.3))
    assert 1 < len(seen) < 200 and seen[-1] - seen[0] < 0.3


@pytest.mark.parametrize(
    "bounds",
    [{"deadline": 0}, {"deadline": -1.0}, {"deadline": float("nan")}, {"max_response_bytes": 0}, {"deadline": True}],
)
def test_nonsense_bounds_are_configuration_errors(bounds: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError):
        kalshi_client("key-0001", ed_key(), base_url=BASE, **bounds)


def test_deadline_and_cap_are_on_by_default() -> None:
    client = kalshi_client("key-0001", ed_key(), base_url=BASE)
    for transport in (client.get_httpx_client()._transport, client.get_async_httpx_client()._transport):
        assert isinstance(transport, (KalshiTransport, AsyncKalshiTransport))
        assert transport.deadline == DEFAULT_DEADLINE == 30.0
        assert transport.max_response_bytes == DEFAULT_MAX_RESPONSE_BYTES == 64 * 1024 * 1024


# -- the size cap --------------------------------------------------------------------------------------


@TWINS
def test_gzip_bomb_stops_at_the_cap_without_inflating(call: Callable[[Any], Any]) -> None:
    bomb = gzip.compress(b" " * (64 * 1024 * 1024), compresslevel=9)  # ~64 KiB on the wire
    assert len(bomb) < 200_000

    def answer(request: httpx.Request) -> httpx.Response:
        pieces = (bomb[i : i + 16384] for i in range(0, len(bomb), 16384))
        return httpx.Response(200, headers={"content-encoding": "gzip"}, stream=Chunks(pieces))

    tracemalloc.start()
    try:
        with pytest.raises(ResponseTooLargeError) as caught:
            call(_client(answer, max_response_bytes=1024 * 1024))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert caught.value.limit == 1024 * 1024 and "max_response_bytes" in str(caught.value)
    assert peak < 16 * 1024 * 1024, f"{peak:,} bytes in memory for a body capped at 1 MiB"


@TWINS
@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "chunked"])
def test_plain_body_over_the_cap_is_refused(call: Callable[[Any], Any], declared: bool) -> None:
    group = b'{"id": "g", "is_auto_cancel_enabled": true}'
    body = b'{"order_groups": [' + group + b"," + b",".join([group] * 4000) + b"]}"

    def answer(request: httpx.Request) -> httpx.Response:
        headers = {"content-length": str(len(body))} if declared else {}
        return httpx.Response(200, headers=headers, stream=Chunks(iter([body[:1000], body[1000:]])))

    with pytest.raises(ResponseTooLargeError):
        call(_client(answer, max_response_bytes=100_000))
    assert len(call(_client(answer, max_response_bytes=None)).order_groups) == 4001  # no cap: read whole


@TWINS
def test_gzip_body_under_the_cap_parses(call: Callable[[Any], Any]) -> None:
    packed = gzip.compress(b'{"order_groups": [{"id": "g1", "is_auto_cancel_enabled": true}]}')

    def answer(request: httpx.Request) -> httpx.Response:
        assert request.headers["accept-encoding"] == "gzip, deflate"
        return httpx.Response(200, headers={"content-encoding": "gzip"}, stream=Chunks(iter([packed])))

    assert call(_client(answer)).order_groups[0].id == "g1"


@TWINS
def test_corrupt_gzip_is_a_typed_error(call: Callable[[Any], Any]) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-encoding": "gzip"}, stream=Chunks(iter([b"not gzip at all"])))

    with pytest.raises(ResponseParseError, match="could not be decoded"):
        call(_client(answer))


# -- Retry-After ---------------------------------------------------------------------------------------


def _waits(retry_after: str | None, *, is_async: bool, monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits between four attempts at a 429 carrying ``retry_after``, with a seeded jitter."""
    waits: list[float] = []
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    inner = httpx.MockTransport(lambda r: httpx.Response(429, headers=headers, json={"code": "slow"}))
    auth = KalshiAuth("key-0001", ed_key(), base_url=BASE)
    policy = RetryPolicy(max_attempts=4, backoff_base=0.25, backoff_max=4.0)
    random.seed(1234)
    request = httpx.Request("GET", BASE + "/portfolio/order_groups")
    if is_async:

        async def fake_sleep(seconds: float) -> None:
            waits.append(seconds)

        with monkeypatch.context() as patch:
            patch.setattr(anyio, "sleep", fake_sleep)
            asyncio.run(AsyncKalshiTransport(inner, auth, policy).handle_async_request(request))
    else:
        KalshiTransport(inner, auth, policy, sleep=waits.append).handle_request(request)
    return waits


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("value", ["-5", "0", "nan", "-inf", "Wed, 21 Oct 2015 07:28:00 GMT", "soon"])
def test_retry_after_never_shortens_the_backoff(value: str, is_async: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    computed = _waits(None, is_async=is_async, monkeypatch=monkeypatch)
    assert len(computed) == 3 and all(w > 0 for w in computed)
    assert _waits(value, is_async=is_async, monkeypatch=monkeypatch) == computed


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_retry_after_can_lengthen_the_wait(is_async: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _waits("1.5", is_async=is_async, monkeypatch=monkeypatch) == [1.5, 1.5, 1.5]


# -- every failure typed -------------------------------------------------------------------------------

DEEP = b"[" * 100_000 + b"]" * 100_000


@TWINS
def test_deeply_nested_error_body_is_a_typed_error(call: Callable[[Any], Any]) -> None:
    with pytest.raises(BadRequestError) as caught:
        call(_client(lambda r: httpx.Response(400, content=DEEP, headers={"content-type": "application/json"})))
    assert caught.value.status_code == 400 and caught.value.body == DEEP


@TWINS
def test_deeply_nested_success_body_is_a_parse_error(call: Callable[[Any], Any]) -> None:
    with pytest.raises(KalshiSDKError):
        call(_client(lambda r: httpx.Response(200, content=DEEP, headers={"content-type": "application/json"})))


@TWINS
def test_non_standard_status_is_a_typed_error_or_a_response(call: Callable[[Any], Any]) -> None:
    try:
        call(_client(lambda r: httpx.Response(299, content=OK_BODY, headers={"content-type": "application/json"})))
    except KalshiSDKError:
        pass  # a typed error is fine; a raw ValueError is not
