"""The local exchange itself: validation, signature checks, responses, faults, both forms, the CLI."""

from __future__ import annotations

import asyncio
import base64
import json
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import serialization

from kalshi_auth import (
    APIConnectionError,
    APITimeoutError,
    KalshiAuth,
    RateLimitedError,
    ResponseParseError,
    RetryPolicy,
    ServerError,
    kalshi_client,
)
from kalshi_exchange import ExchangeServer, ExchangeTransport, Fault, LocalExchange
from tests.keyfactory import ed_key, rsa_key

BASE = "http://127.0.0.1/trade-api/v2"
SECURED: list[dict[str, list[str]]] = [
    {"kalshiAccessKey": [], "kalshiAccessSignature": [], "kalshiAccessTimestamp": []}
]
ERRORS = {
    "description": "error",
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}},
}
SPEC: dict[str, Any] = {
    "openapi": "3.0.0",
    "info": {"title": "Inline", "version": "1"},
    "servers": [{"url": "https://api.example/trade-api/v2"}],
    "paths": {
        "/things": {
            "get": {
                "operationId": "GetThings",
                "security": SECURED,
                "parameters": [
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 10}}
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Things"}}},
                    },
                    "400": ERRORS,
                },
            },
            "post": {
                "operationId": "CreateThing",
                "security": SECURED,
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["name"],
                                "properties": {"name": {"type": "string"}, "count": {"type": "integer", "minimum": 1}},
                            }
                        }
                    },
                },
                "responses": {
                    "201": {
                        "description": "made",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Thing"},
                                "example": {"id": "from-example", "price": 0.5},
                            }
                        },
                    }
                },
            },
        },
        "/things/{id}": {
            "delete": {
                "operationId": "DeleteThing",
                "security": SECURED,
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"204": {"description": "gone"}},
            }
        },
        "/status": {
            "get": {
                "operationId": "GetStatus",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["ok"],
                                    "properties": {"ok": {"type": "boolean"}},
                                }
                            }
                        },
                    }
                },
            }
        },
    },
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": {"type": "string"},
                    "price": {"type": "number", "nullable": True},
                    "note": {"type": "string"},
                },
            },
            "Things": {
                "type": "object",
                "required": ["things"],
                "properties": {
                    "things": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}},
                    "cursor": {"type": "string"},
                },
            },
            "ErrorResponse": {
                "type": "object",
                "properties": {k: {"type": "string"} for k in ("code", "message", "details", "service")},
            },
        },
        "securitySchemes": {
            name: {"type": "apiKey", "in": "header", "name": header}
            for name, header in (
                ("kalshiAccessKey", "KALSHI-ACCESS-KEY"),
                ("kalshiAccessSignature", "KALSHI-ACCESS-SIGNATURE"),
                ("kalshiAccessTimestamp", "KALSHI-ACCESS-TIMESTAMP"),
            )
        },
    },
}


def _raw(exchange: LocalExchange, key: Any = None, key_id: str = "k1", **auth: Any) -> httpx.Client:
    """A plain signed httpx client (no typed errors), to look at the exchange's raw answers."""
    signer = KalshiAuth(key_id, key or rsa_key(), base_url=BASE, **auth)
    return httpx.Client(transport=ExchangeTransport(exchange), base_url=BASE, auth=signer)


@pytest.fixture
def exchange() -> LocalExchange:
    # Unmetered: tests here send dozens of requests in a burst, past the Basic tier's 20 reads.
    return LocalExchange(SPEC, keys={"k1": rsa_key(), "k2": ed_key().public_key()}, seed=3, rate_limit=None)


def _kalshi_error(response: httpx.Response, status: int, code: str) -> dict[str, str]:
    assert response.status_code == status, response.text
    (body,) = response.json().values()  # nested under "error", as the live API sends it
    assert set(response.json()) == {"error"}
    assert set(body) == {"code", "message", "details", "service"} and body["code"] == code
    return dict(body)


def test_valid_signed_requests_with_rsa_and_ed25519(exchange: LocalExchange) -> None:
    assert _raw(exchange).get("/things", params={"limit": 3}).status_code == 200
    assert _raw(exchange, ed_key(), key_id="k2").get("/things").status_code == 200
    assert [s.verified for s in exchange.seen] == [True, True]
    assert _raw(exchange).post("/things", json={"name": "n", "count": 2}).status_code == 201
    assert _raw(exchange).delete("/things/abc").status_code == 204


def test_signature_problems_are_401_in_kalshi_shape(exchange: LocalExchange) -> None:
    plain = httpx.Client(transport=ExchangeTransport(exchange), base_url=BASE)
    assert "KALSHI-ACCESS-KEY" in _kalshi_error(plain.get("/things"), 401, "missing_authentication")["message"]
    _kalshi_error(_raw(exchange, key_id="nobody").get("/things"), 401, "unknown_api_key")
    _kalshi_error(_raw(exchange, ed_key()).get("/things"), 401, "invalid_signature")  # k1 is the RSA key
    skewed = _raw(exchange, clock=lambda: time.time() - 45)  # a client clock 45 s behind
    assert "+45" in _kalshi_error(skewed.get("/things"), 401, "timestamp_out_of_window")["message"]
    assert plain.get("/status").status_code == 200  # unsecured operations need no headers


def test_signature_over_the_query_is_rejected(exchange: LocalExchange) -> None:
    exchange.add_key("k1", ed_key())
    timestamp = str(int(time.time() * 1000))
    message = f"{timestamp}GET/trade-api/v2/things?limit=2".encode()
    headers = {
        "KALSHI-ACCESS-KEY": "k1",
        "KALSHI-ACCESS-TIMESTAMP": timestamp,
        "KALSHI-ACCESS-SIGNATURE": base64.b64encode(ed_key().sign(message)).decode(),
    }
    plain = httpx.Client(transport=ExchangeTransport(exchange), base_url=BASE)
    _kalshi_error(plain.get("/things", params={"limit": 2}, headers=headers), 401, "invalid_signature")


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status", "code", "says"),
    [
        ("GET", "/things", {"params": {"limit": "many"}}, 400, "invalid_request", "limit"),
        ("GET", "/things", {"params": {"limit": 50}}, 400, "invalid_request", "maximum"),
        ("POST", "/things", {"json": {"count": 0}}, 400, "invalid_request", "name"),
        (
            "POST",
            "/things",
            {"content": b"{not json", "headers": {"content-type": "application/json"}},
            400,
            "invalid_request",
            "deserialize",
        ),
        ("GET", "/nothing/here", {}, 404, "not_found", "/nothing/here"),
        ("PUT", "/things", {}, 405, "method_not_allowed", "GET"),
    ],
)
def test_invalid_requests_say_what_was_wrong(
    exchange: LocalExchange, method: str, path: str, kwargs: dict[str, Any], status: int, code: str, says: str
) -> None:
    body = _kalshi_error(_raw(exchange).request(method, path, **kwargs), status, code)
    assert says in body["message"] + body["details"] and body["service"] == "local-exchange"


def test_responses_are_valid_deterministic_and_awkward(exchange: LocalExchange) -> None:
    bodies = [_raw(exchange).get("/things").json() for _ in range(40)]
    again = LocalExchange(SPEC, keys={"k1": rsa_key()}, seed=3, rate_limit=None)  # 40 reads in a burst
    assert [_raw(again).get("/things").json() for _ in range(40)] == bodies
    for body in bodies:
        assert exchange.check_response("GET", "/things", 200, json.dumps(body).encode()) == []
    things = [t for b in bodies for t in b["things"]]
    seen: Counter[str] = Counter()
    seen.update("empty" for b in bodies if not b["things"])
    seen.update("no-cursor" for b in bodies if "cursor" not in b)
    seen.update("null-price" for t in things if "price" in t and t["price"] is None)
    seen.update("no-note" for t in things if "note" not in t)
    assert set(seen) == {"empty", "no-cursor", "null-price", "no-note"}, seen
    other = LocalExchange(SPEC, keys={"k1": rsa_key()}, seed=4)
    assert [_raw(other).get("/things").json() for _ in range(5)] != bodies[:5]


def test_spec_example_comes_first(exchange: LocalExchange) -> None:
    assert _raw(exchange).post("/things", json={"name": "n"}).json() == {"id": "from-example", "price": 0.5}
    assert _raw(exchange).post("/things", json={"name": "n"}).json() != {"id": "from-example", "price": 0.5}


def test_check_response_rejects_wrong_bodies(exchange: LocalExchange) -> None:
    assert exchange.check_response("GET", "/things", 200, b'{"things": [{"price": 1}]}')  # id missing
    assert exchange.check_response("GET", "/things", 200, b'{"things": []}') == []


def test_faults_per_operation_and_counted(exchange: LocalExchange) -> None:
    exchange.inject("status", status=503, count=2, operation="GET /things")
    exchange.inject("html", operation="GetStatus")
    client = _raw(exchange)
    assert [client.get("/things").status_code for _ in range(3)] == [503, 503, 200]
    assert client.post("/things", json={"name": "x"}).status_code == 201  # other operations unaffected
    page = client.get("/status")
    assert page.status_code == 502 and page.headers["content-type"] == "text/html" and b"<html>" in page.content
    assert client.get("/status").status_code == 200
    with pytest.raises(ValueError, match="unknown fault kind"):
        Fault("explode")  # type: ignore[arg-type]


def _typed_client(exchange: LocalExchange, **kwargs: Any) -> Any:
    return kalshi_client("k1", rsa_key(), base_url=BASE, transport=ExchangeTransport(exchange), **kwargs)


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(
    ("fault", "error"),
    [
        (Fault("status", status=500), ServerError),
        (Fault("html"), ServerError),
        (Fault("malformed_json"), ResponseParseError),
        (Fault("truncated_json"), ResponseParseError),
        (Fault("empty_body"), ResponseParseError),
        (Fault("drop"), APIConnectionError),
        (Fault("delay", seconds=0.3), APITimeoutError),
    ],
)
def test_each_fault_is_a_typed_client_error_in_process(mode: str, fault: Fault, error: type[Exception]) -> None:
    from kalshi_trade_api.api.order_groups import get_order_groups

    exchange = LocalExchange(keys={"k1": rsa_key()})  # the vendored spec of the committed client
    exchange.faults.add(fault)
    client = _typed_client(exchange, retries=False, timeout=0.1)
    with pytest.raises(error):
        if mode == "sync":
            get_order_groups.sync(client=client)
        else:
            asyncio.run(get_order_groups.asyncio(client=client))
    assert get_order_groups.sync(client=client) is not None  # still usable


def test_real_server_from_python() -> None:
    from kalshi_trade_api.api.order_groups import get_order_groups

    exchange = LocalExchange(keys={"k1": rsa_key()})
    with ExchangeServer(exchange) as server:
        assert server.base_url.startswith("http://127.0.0.1:") and server.port > 0
        client = kalshi_client("k1", rsa_key(), base_url=server.base_url)
        assert get_order_groups.sync(client=client) is not None
        exchange.inject("status", status=429, count=1)
        assert get_order_groups.sync(client=client) is not None  # retried past the 429
        assert [s.status for s in exchange.seen] == [200, 429, 200] and all(s.verified for s in exchange.seen)
    with pytest.raises(httpx.ConnectError):
        httpx.get(server.base_url + "/portfolio/order_groups", timeout=2)


def test_command_line_server_starts_serves_and_stops(tmp_path: Path) -> None:
    public = tmp_path / "k1.pub.pem"
    public.write_bytes(
        ed_key().public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "kalshi_exchange", "--key", f"k1={public}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert "local Kalshi exchange on http://127.0.0.1:" in line, process.stderr.read() if process.stderr else ""
        url = line.split(" on ")[1].split(" ")[0]
        client = kalshi_client("k1", ed_key(), base_url=url, retries=RetryPolicy.off())
        assert client.get_httpx_client().get("/portfolio/order_groups").status_code == 200
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
    finally:
        process.kill()


def test_core_sdk_does_not_load_the_exchange() -> None:
    code = (
        "import sys, kalshi_auth, kalshi_trade_api; "
        "assert not {'openapi_core', 'uvicorn', 'kalshi_exchange'} & set(sys.modules), sys.modules.keys()"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_rate_limit_error_is_typed_over_the_transport() -> None:
    from kalshi_trade_api.api.order_groups import get_order_groups

    exchange = LocalExchange(keys={"k1": rsa_key()})
    exchange.inject("status", status=429, count=None)
    with pytest.raises(RateLimitedError):
        get_order_groups.sync(client=_typed_client(exchange, retries=RetryPolicy(max_attempts=2, backoff_base=0.001)))
    assert len(exchange.seen) == 2


def test_validator_copy_reads_nullable_wrappers_and_enums_like_the_client() -> None:
    from kalshi_exchange.core import for_validator

    spec: dict[str, Any] = json.loads(json.dumps(SPEC))
    spec["components"]["schemas"]["Price"] = {"type": "string", "example": "0.50"}
    spec["components"]["schemas"]["Thing"]["properties"]["close"] = {
        "allOf": [{"$ref": "#/components/schemas/Price"}],
        "nullable": True,
        "description": "null before a trade",
    }
    spec["paths"]["/things"]["get"]["parameters"].append(
        {
            "name": "mve",
            "in": "query",
            "schema": {"type": "string", "enum": ["exclude"], "nullable": True, "default": None},
        }
    )
    prepared = for_validator(spec)
    close = prepared["components"]["schemas"]["Thing"]["properties"]["close"]
    assert close == {"type": "string", "example": "0.50", "nullable": True, "description": "null before a trade"}
    assert spec["components"]["schemas"]["Thing"]["properties"]["close"]["allOf"]  # the original is untouched
    exchange = LocalExchange(spec, keys={"k1": rsa_key()})
    assert _raw(exchange).get("/things").status_code == 200  # omitted nullable-enum parameter is fine
    body = b'{"things": [{"id": "a", "close": null}]}'
    assert exchange.check_response("GET", "/things", 200, body) == []
    assert exchange.check_response("GET", "/things", 200, b'{"things": [{"id": "a", "close": 5}]}')


def test_unsatisfiable_schema_is_a_clear_500() -> None:
    spec: dict[str, Any] = json.loads(json.dumps(SPEC))
    spec["components"]["schemas"]["Thing"]["properties"]["id"] = {"type": "integer", "minimum": 5, "maximum": 1}
    exchange = LocalExchange(spec, keys={"k1": rsa_key()}, awkward=0.0)
    body = _kalshi_error(_raw(exchange).post("/things", json={"name": "n"}), 500, "exchange_error")
    assert "POST /things" in body["message"]
