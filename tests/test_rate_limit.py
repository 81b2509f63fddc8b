"""Client-side pacing to Kalshi's token budgets, and the local exchange metering the same budgets per key."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

from kalshi_auth import APITimeoutError, ConfigurationError, KalshiAuth, RateLimitedError, kalshi_client
from kalshi_auth.ratelimit import TIERS, Pacer, RateLimit, TokenBucket, request_cost
from kalshi_auth.transport import AsyncKalshiTransport, KalshiTransport
from kalshi_exchange import ExchangeServer, LocalExchange
from kalshi_trade_api.api.order_groups import get_order_groups
from tests.conftest import ROOT
from tests.keyfactory import ed_key

BASE = "http://127.0.0.1:9/trade-api/v2"
OK: dict[str, Any] = {"order_groups": []}


def _pacer(client: Any) -> Pacer | None:
    transport = client.get_httpx_client()._transport
    assert isinstance(transport, KalshiTransport)
    return transport.pacer


@pytest.mark.parametrize(
    ("method", "path", "body", "expected"),
    [
        ("GET", "/markets", b"", ("read", 10)),
        ("GET", "/portfolio/orders", b"", ("read", 10)),
        ("POST", "/portfolio/orders", b"{}", ("write", 10)),
        ("POST", "/portfolio/events/orders", b"{}", ("write", 10)),
        ("DELETE", "/portfolio/orders/abc", b"", ("write", 10)),
        ("POST", "/portfolio/orders/abc/amend", b"{}", ("write", 10)),
        ("PUT", "/portfolio/order_groups/g/reset", b"", ("write", 10)),
        ("POST", "/communications/quotes", b"{}", ("write", 10)),
        ("POST", "/portfolio/orders/batched", json.dumps({"orders": [{}] * 7}).encode(), ("write", 70)),
        ("DELETE", "/portfolio/orders/batched", json.dumps({"ids": ["a"] * 20}).encode(), ("write", 40)),
        ("POST", "/portfolio/orders/batched", b"[not json", ("write", 10)),
        ("POST", "/portfolio/subaccounts", b"{}", ("read", 10)),
        # Perps: the same rule on its own paths; SCM: nothing is an order resource
        ("POST", "/margin/orders", b"{}", ("write", 10)),
        ("DELETE", "/margin/orders/abc", b"", ("write", 10)),
        ("PUT", "/margin/order_groups/g/trigger", b"", ("write", 10)),
        ("GET", "/margin/orders", b"", ("read", 10)),
        ("POST", "/portfolio/margin/subaccounts/transfer", b"{}", ("read", 10)),
        ("POST", "/margin/withdraw_settlement_balance", b"{}", ("read", 10)),
    ],
)
def test_what_a_request_costs(method: str, path: str, body: bytes, expected: tuple[str, int]) -> None:
    assert request_cost(method, path, body) == expected


def test_each_products_writes_are_its_order_and_order_group_changes() -> None:
    """Kalshi's write bucket, by one rule for every product's document: order placement, amends,
    cancels, order groups, RFQs and quotes; everything else (transfers, subaccounts, SCM) reads."""
    writes: dict[str, set[str]] = {}
    for package in ("kalshi_trade_api", "kalshi_perps", "kalshi_scm"):
        spec = json.loads((ROOT / "generated" / package / "_openapi.json").read_text())
        writes[package] = {
            op["operationId"]
            for path, item in spec["paths"].items()
            for method, op in item.items()
            if isinstance(op, dict) and request_cost(method, path)[0] == "write"
        }
    assert writes["kalshi_perps"] == {
        "CreateMarginOrder",
        "CancelMarginOrder",
        "DecreaseMarginOrder",
        "AmendMarginOrder",
        "CreateMarginOrderGroup",
        "DeleteMarginOrderGroup",
        "ResetMarginOrderGroup",
        "TriggerMarginOrderGroup",
        "UpdateMarginOrderGroupLimit",
    }
    assert writes["kalshi_scm"] == set()
    trade = writes["kalshi_trade_api"]
    assert {"CreateOrderV2", "BatchCancelOrdersV2", "CreateOrderGroup", "CreateRFQ", "AcceptQuote"} <= trade
    assert not {"CreateApiKey", "CreateSubaccount", "ApplySubaccountTransfer", "GetOrders"} & trade


def test_token_bucket_reserves_in_order_and_refills() -> None:
    now = [0.0]
    bucket = TokenBucket(rate=100, capacity=50, clock=lambda: now[0])
    assert [bucket.reserve(10) for _ in range(5)] == [0.0] * 5
    assert bucket.reserve(10) == pytest.approx(0.1)
    assert bucket.reserve(10) == pytest.approx(0.2)  # queued behind the previous reservation
    assert bucket.reserve(10, max_wait=0.25) is None  # would wait 0.3 s: nothing spent
    now[0] = 1.0
    assert bucket.take(30) and not bucket.take(30)


def test_default_paces_to_basic_with_one_budget_for_sync_and_async() -> None:
    client = kalshi_client("key-0001", ed_key(), base_url=BASE)
    sync_pacer = _pacer(client)
    assert isinstance(sync_pacer, Pacer) and sync_pacer.limit == TIERS["basic"] == RateLimit(read=200, write=100)
    async_transport = client.get_async_httpx_client()._transport
    assert isinstance(async_transport, AsyncKalshiTransport) and async_transport.pacer is sync_pacer
    premier = _pacer(kalshi_client("k", ed_key(), base_url=BASE, rate_limit="Premier"))
    assert premier is not None and premier.limit == RateLimit(read=1000, write=1000)
    assert _pacer(kalshi_client("k", ed_key(), base_url=BASE, rate_limit=None)) is None
    for bad in ("gold", -1, 3.5):
        with pytest.raises(ConfigurationError):
            kalshi_client("k", ed_key(), base_url=BASE, rate_limit=bad)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="positive number"):
        RateLimit(read=0, write=10)


def _sync_burst(client: Any, count: int) -> list[Any]:
    return [get_order_groups.sync(client=client) for _ in range(count)]


def _async_burst(client: Any, count: int) -> list[Any]:
    async def burst() -> list[Any]:
        return list(await asyncio.gather(*(get_order_groups.asyncio(client=client) for _ in range(count))))

    return asyncio.run(burst())


TWINS = pytest.mark.parametrize("burst", [_sync_burst, _async_burst], ids=["sync", "async"])


@TWINS
def test_an_unpaced_burst_draws_kalshis_429_from_the_exchange(burst: Any) -> None:
    # 20 read tokens a second and a one-second bucket: two requests, then 429s.
    exchange = LocalExchange(keys={"k": ed_key()}, rate_limit=RateLimit(read=20, write=10))
    with ExchangeServer(exchange) as server:
        client = kalshi_client("k", ed_key(), base_url=server.base_url, rate_limit=None, retries=False)
        with pytest.raises(RateLimitedError) as caught:
            burst(client, 8)
    assert caught.value.status_code == 429 and caught.value.body == b'{"error": "too many requests"}'
    assert caught.value.message == "too many requests" and "non-Kalshi" not in str(caught.value)
    assert 429 in [s.status for s in exchange.seen]
    # As Kalshi: no Retry-After (nor any other header) on the 429.
    path = "/trade-api/v2/portfolio/order_groups"
    headers = KalshiAuth("k", ed_key(), base_url=BASE).headers_for("GET", httpx.URL("http://127.0.0.1:9" + path))
    answer = exchange.handle("GET", path, [], headers, b"")
    assert (answer.status, answer.headers) == (429, ())


@TWINS
def test_pacing_keeps_a_burst_inside_the_exchange_budget(burst: Any) -> None:
    # The same budget on both sides: 9 requests at once, then 10 a second; the exchange 429s nothing.
    budget = RateLimit(read=100, write=50)
    exchange = LocalExchange(keys={"k": ed_key()}, rate_limit=budget)
    with ExchangeServer(exchange) as server:
        client = kalshi_client("k", ed_key(), base_url=server.base_url, rate_limit=budget, retries=False)
        assert len(burst(client, 15)) == 15
    assert [s.status for s in exchange.seen] == [200] * 15


BATCH_SPEC: dict[str, Any] = {
    "openapi": "3.0.0",
    "info": {"title": "Batch", "version": "1"},
    "servers": [{"url": "https://api.example/trade-api/v2"}],
    "components": {
        "securitySchemes": {
            f"kalshiAccess{part.title()}": {"type": "apiKey", "in": "header", "name": f"KALSHI-ACCESS-{part.upper()}"}
            for part in ("key", "signature", "timestamp")
        }
    },
    "security": [{"kalshiAccessKey": [], "kalshiAccessSignature": [], "kalshiAccessTimestamp": []}],
    "paths": {
        "/portfolio/orders/batched": {
            "post": {
                "requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}},
                "responses": {"201": {"description": "made"}},
            }
        }
    },
}


def test_the_exchange_bills_batches_per_item_to_the_write_bucket_of_each_key() -> None:
    exchange = LocalExchange(
        BATCH_SPEC, keys={"k": ed_key(), "other": ed_key()}, rate_limit=RateLimit(read=1000, write=50)
    )
    path = "/trade-api/v2/portfolio/orders/batched"

    def post(key_id: str, items: int) -> int:
        auth = KalshiAuth(key_id, ed_key(), base_url="http://127.0.0.1/trade-api/v2")
        headers = {**auth.headers_for("POST", httpx.URL("http://127.0.0.1" + path)), "content-type": "application/json"}
        return exchange.handle("POST", path, [], headers, json.dumps({"orders": [{}] * items}).encode()).status

    assert post("k", 10) == 201  # 100 tokens: the whole two-second write bucket
    assert post("k", 1) == 429
    assert post("other", 10) == 201  # budgets are per key


@TWINS
def test_a_429_empties_the_clients_bucket(burst: Any) -> None:
    answers = iter([httpx.Response(429, json={"error": "too many requests"}), httpx.Response(200, json=OK)])
    client = kalshi_client(
        "k", ed_key(), base_url=BASE, transport=httpx.MockTransport(lambda r: next(answers)), retries=False
    )
    pacer = _pacer(client)
    assert pacer is not None
    with pytest.raises(RateLimitedError):
        burst(client, 1)
    assert pacer.buckets["read"].reserve(10, max_wait=0) is None  # the next request waits for a refill


@TWINS
def test_pacing_that_would_outlast_the_deadline_is_a_typed_error(burst: Any) -> None:
    client = kalshi_client(
        "k",
        ed_key(),
        base_url=BASE,
        transport=httpx.MockTransport(lambda r: httpx.Response(200, json=OK)),
        rate_limit=RateLimit(read=10, write=10),  # one request a second
        deadline=0.2,
    )
    with pytest.raises(APITimeoutError, match="pacing to the read budget"):
        burst(client, 3)


def _balance_burst(exchange: LocalExchange, most: int) -> tuple[int, RateLimitedError | None]:
    """GETs of the balance, unpaced and unretried, until the first 429 (at most ``most``): (answered, the 429)."""
    from kalshi_exchange import ExchangeTransport
    from kalshi_trade_api.api.portfolio import get_balance

    client = kalshi_client(
        "k", ed_key(), base_url=BASE, transport=ExchangeTransport(exchange), rate_limit=None, retries=False
    )
    for answered in range(most):
        try:
            get_balance.sync(client=client)
        except RateLimitedError as limited:
            return answered, limited
    return most, None


def test_the_exchange_meters_at_the_basic_tier_by_default() -> None:
    exchange = LocalExchange(keys={"k": ed_key()})
    assert exchange.rate_limit == TIERS["basic"]
    # Basic: 200 read tokens a second in a one-second bucket, 10 a GET. The client's own pacing is off,
    # so the burst goes out as fast as the exchange answers: 20 fit the full bucket, a 429 comes soon after.
    answered, limited = _balance_burst(exchange, 200)
    assert limited is not None, "200 unpaced reads never drew a 429"
    assert answered >= 20
    assert limited.status_code == 429 and limited.body == b'{"error": "too many requests"}'
    assert [s.status for s in exchange.seen][answered] == 429 and exchange.seen[answered].verified


def test_rate_limit_none_meters_nothing() -> None:
    exchange = LocalExchange(keys={"k": ed_key()}, rate_limit=None)
    assert exchange.rate_limit is None
    assert _balance_burst(exchange, 60) == (60, None)
    assert {s.status for s in exchange.seen} == {200}


def test_the_command_line_meters_at_basic_unless_told() -> None:
    from kalshi_exchange.__main__ import build_parser

    parser = build_parser()
    assert parser.parse_args([]).rate_limit == TIERS["basic"]
    assert parser.parse_args(["--rate-limit", "Premier"]).rate_limit == TIERS["premier"]
    assert parser.parse_args(["--rate-limit", "none"]).rate_limit is None
    with pytest.raises(SystemExit):
        parser.parse_args(["--rate-limit", "gold"])
