"""Order round trips per second against the in-process exchange (make bench; python -m tests.bench_trading)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Literal

from kalshi_auth import RetryPolicy, kalshi_client
from kalshi_auth.client import KalshiClient
from kalshi_exchange import ExchangeTransport, LocalExchange
from tests.keyfactory import ed_key, rsa_key

ORDERS = 400
TICKER = "KXBENCH-26JAN01-T50"
Report = Callable[..., None]


def main(report: Report) -> None:
    from kalshi_trade_api.api.orders import cancel_order_v2, create_order_v2
    from kalshi_trade_api.models import CreateOrderV2Request

    # Unmetered: a benchmark measures order round trips a second, far past the Basic write budget.
    exchange = LocalExchange(keys={"maker": ed_key(), "taker": rsa_key()}, rate_limit=None)
    transport = ExchangeTransport(exchange)
    maker, taker = (
        kalshi_client(
            name,
            key,
            base_url="http://127.0.0.1/trade-api/v2",
            transport=transport,
            retries=RetryPolicy.off(),
            rate_limit=None,
        )
        for name, key in (("maker", ed_key()), ("taker", rsa_key()))
    )

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
    report(
        f"in-process order round trips, {ORDERS} create (+fill) / {ORDERS // 2} create+cancel pairs",
        f"{filling:.0f} orders/s filling, {resting:.0f} requests/s placing and canceling",
    )


if __name__ == "__main__":
    main(lambda name, value, *rest: print(f"{name}: {value}"))
