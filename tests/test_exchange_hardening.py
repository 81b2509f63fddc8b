"""The local exchange holds the line: hostile request bytes get a 4xx, never a 500 (in process and over HTTP)."""

from __future__ import annotations

import socket
from typing import Any

import httpx
import pytest

from kalshi_auth import KalshiAuth
from kalshi_exchange import ExchangeServer, LocalExchange
from tests.keyfactory import ed_key
from tests.test_exchange import SPEC

HOST = "http://127.0.0.1"
MARKETS_SPEC: dict[str, Any] = {
    "openapi": "3.0.0",
    "info": {"title": "Markets", "version": "1"},
    "servers": [{"url": "https://api.example/trade-api/v2"}],
    "paths": {
        "/markets": {
            "get": {
                "operationId": "GetMarkets",
                "parameters": [
                    {"name": "cursor", "in": "query", "schema": {"type": "string"}},
                    {"name": "tickers", "in": "query", "schema": {"type": "string", "minLength": 1}},
                    {"name": "status", "in": "query", "schema": {"type": "string", "enum": ["open", "closed"]}},
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1}},
                ],
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {}}}}},
            }
        }
    },
}


def _signed(method: str, path: str) -> dict[str, str]:
    auth = KalshiAuth("k", ed_key(), base_url=HOST + "/trade-api/v2")
    return auth.headers_for(method, httpx.URL(HOST + path))


@pytest.fixture
def exchange() -> LocalExchange:
    return LocalExchange(SPEC, keys={"k": ed_key()})


def test_non_utf8_body_on_a_signed_post_is_a_400(exchange: LocalExchange) -> None:
    headers = {**_signed("POST", "/trade-api/v2/things"), "content-type": "application/json"}
    answer = exchange.handle("POST", "/trade-api/v2/things", [], headers, b'{"name": "\xff\xfe"}')
    assert answer.status == 400 and b"UTF-8" in answer.body


@pytest.mark.parametrize("timestamp", ["\u00b2", "9" * 5000, "\uff11\uff12\uff13", "-1", "1e12", " 1", ""])
def test_odd_timestamps_are_a_401(exchange: LocalExchange, timestamp: str) -> None:
    headers = {**_signed("GET", "/trade-api/v2/things"), "KALSHI-ACCESS-TIMESTAMP": timestamp}
    answer = exchange.handle("GET", "/trade-api/v2/things", [], headers, b"")
    assert answer.status == 401, answer


def test_405_says_what_is_allowed(exchange: LocalExchange) -> None:
    answer = exchange.handle("PUT", "/trade-api/v2/things", [], _signed("PUT", "/trade-api/v2/things"), b"")
    assert answer.status == 405 and dict(answer.headers) == {"Allow": "GET, POST"}


@pytest.mark.parametrize("method", ["get", "Get", "gEt"])
def test_methods_are_case_sensitive(exchange: LocalExchange, method: str) -> None:
    answer = exchange.handle(method, "/trade-api/v2/status", [], {}, b"")
    assert answer.status == 405 and dict(answer.headers) == {"Allow": "GET"}


@pytest.mark.parametrize(
    ("query", "status"),
    [("cursor", 200), ("tickers", 400), ("status", 400), ("limit", 400)],
    ids=["plain-string-allows-empty", "minLength-1", "enum", "integer"],
)
def test_empty_query_values_are_judged_by_the_schema(query: str, status: int) -> None:
    exchange = LocalExchange(MARKETS_SPEC)
    answer = exchange.handle("GET", "/trade-api/v2/markets", [(query, "")], {}, b"")
    assert answer.status == status, answer.body


# -- the same over real HTTP, where the bytes are the client's to choose ----------------------------------


def _raw(server: ExchangeServer, request: bytes) -> tuple[int, dict[str, str], bytes]:
    with socket.create_connection((server.host, server.port), timeout=10) as conn:
        conn.sendall(request)
        data = b""
        while chunk := conn.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines[1:])
    return int(lines[0].split()[1]), {k.lower(): v for k, v in headers.items()}, body


def test_over_http_hostile_bytes_get_4xx(exchange: LocalExchange) -> None:
    with ExchangeServer(exchange) as server:
        signed = _signed("POST", "/trade-api/v2/things")
        body = b'{"name": "\xff\xfe"}'
        lines = [f"{k}: {v}" for k, v in signed.items()]
        request = (
            "POST /trade-api/v2/things HTTP/1.1\r\nHost: x\r\nConnection: close\r\ncontent-type: application/json\r\n"
            + "\r\n".join(lines)
            + f"\r\ncontent-length: {len(body)}\r\n\r\n"
        ).encode() + body
        assert _raw(server, request)[0] == 400

        get = _signed("GET", "/trade-api/v2/things")
        for stamp in (b"\xb2", b"9" * 5000, "\uff11\uff12\uff13".encode()):
            heads = b"".join(f"{k}: {v}\r\n".encode() for k, v in get.items() if k != "KALSHI-ACCESS-TIMESTAMP")
            request = b"GET /trade-api/v2/things HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + heads
            status, _, reply = _raw(server, request + b"KALSHI-ACCESS-TIMESTAMP: " + stamp + b"\r\n\r\n")
            assert status == 401 and b"invalid_timestamp" in reply  # (a chunked body)

        status, headers, _ = _raw(server, b"get /trade-api/v2/status HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        assert status == 405 and headers["allow"] == "GET"
        status, _, _ = _raw(server, b"GET /trade-api/v2/st\xc3\xa4tus HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        assert 400 <= status < 500
