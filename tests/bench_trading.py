"""Order round trips per second against the in-process exchange (make bench; python -m tests.bench_trading).

The floor, measured in the same run: the same signed client sending the same orders to an
``httpx.MockTransport`` that answers each with a canned valid body, so the ratio is what the
exchange adds (routing, signature check, request and response validation, matching) to what
the client costs anyway. The exchange validates every request and every answer it sends.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from typing import Any, Literal

import httpx

from kalshi_auth import RetryPolicy, kalshi_client
from kalshi_auth.client import KalshiClient
from kalshi_exchange import ExchangeTransport, LocalExchange
from tests.keyfactory import ed_key

ORDERS = 400
TICKER = "KXBENCH-26JAN01-T50"
BASE = "http://127.0.0.1/trade-api/v2"
Report = Callable[..., None]
# The issue that set the target measured ~450 orders/s (2.2 ms a round trip) before validation was compiled.
BUDGET = 6.0  # exchange time / floor time (before compiled validation: ~12 on the same machine)


def _canned(request: httpx.Request) -> httpx.Response:
    """What the exchange would answer, without the exchange: a placed order, a cancel."""
    order_id = str(uuid.uuid4())
    if request.method == "POST":
        body: dict[str, Any] = {
            "order_id": order_id,
            "client_order_id": "",
            "fill_count": "0.00",
            "remaining_count": "1.00",
            "ts_ms": 1_796_000_000_000,
        }
        return httpx.Response(201, content=json.dumps(body).encode(), headers={"content-type": "application/json"})
    body = {"order_id": order_id, "client_order_id": "", "reduced_by": "1.00", "ts_ms": 1_796_000_000_000}
    return httpx.Response(200, content=json.dumps(body).encode(), headers={"content-type": "application/json"})


def _round_trips(maker: KalshiClient, taker: KalshiClient) -> tuple[float, float]:
    """(orders a second creating and filling, requests a second placing and canceling)."""
    from kalshi_trade_api.api.orders import cancel_order_v2, create_order_v2
    from kalshi_trade_api.models import CreateOrderV2Request

    def order(client: KalshiClient, side: Literal["bid", "ask"], price: str) -> str:
        body = CreateOrderV2Request(
            ticker=TICKER,
            side=side,
            count="1",
            price=price,
            time_in_force="good_till_canceled",
            self_trade_prevention_type="taker_at_cross",
        )
        return create_order_v2.sync(client=client, body=body).order_id

    start = time.perf_counter()
    for index in range(ORDERS // 2):  # a resting bid and the ask that fills it: two orders, one trade
        order(maker, "bid", f"0.{10 + index % 80:02d}")
        order(taker, "ask", "0.01")
    filling = ORDERS / (time.perf_counter() - start)
    start = time.perf_counter()
    for _ in range(ORDERS // 2):  # place and cancel
        cancel_order_v2.sync(order(maker, "bid", "0.05"), client=maker)
    resting = ORDERS / (time.perf_counter() - start)
    return filling, resting


def _clients(transport: httpx.BaseTransport) -> tuple[KalshiClient, KalshiClient]:
    maker, taker = (
        kalshi_client(name, ed_key(), base_url=BASE, transport=transport, retries=RetryPolicy.off(), rate_limit=None)
        for name in ("maker", "taker")
    )
    return maker, taker


def main(report: Report) -> None:
    # Unmetered: a benchmark measures order round trips a second, far past the Basic write budget.
    exchange = LocalExchange(keys={"maker": ed_key(), "taker": ed_key()}, rate_limit=None)
    exchange.scenario(markets=[TICKER])
    floor_filling, floor_resting = _round_trips(*_clients(httpx.MockTransport(_canned)))
    filling, resting = _round_trips(*_clients(ExchangeTransport(exchange)))
    report(
        f"in-process order round trips, {ORDERS} create (+fill), {ORDERS // 2} create+cancel pairs",
        f"{filling:.0f} orders/s filling, {resting:.0f} requests/s placing and canceling "
        f"({1000 / filling:.2f} ms an order) vs the client alone on a canned transport "
        f"{floor_filling:.0f} / {floor_resting:.0f}",
        floor_filling / filling,
        BUDGET,
    )


if __name__ == "__main__":
    main(lambda name, value, *rest: print(f"{name}: {value}" + (f" ratio {rest[0]:.2f}" if rest else "")))
