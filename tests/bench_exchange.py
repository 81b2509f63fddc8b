"""Loopback throughput for ``make bench``: kalshi_client vs a bare httpx client on the same local exchange."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import httpx

from kalshi_auth import KalshiAuth, RetryPolicy, kalshi_client
from kalshi_exchange import ExchangeServer, LocalExchange
from tests.keyfactory import ed_key

SYNC_REQUESTS, ASYNC_REQUESTS, IN_FLIGHT = 300, 1000, 50
Report = Callable[..., None]


def _rate(count: int, seconds: float) -> float:
    return count / seconds


def main(report: Report) -> None:
    from kalshi_trade_api.api.order_groups import get_order_groups

    # A wide window lets the floor re-send one valid signature: the server does the same work for both.
    # Unmetered: a benchmark measures throughput, far past any tier's budget.
    exchange = LocalExchange(keys={"ed": ed_key()}, window=3600, rate_limit=None)
    with ExchangeServer(exchange) as server:
        path = server.base_url + "/portfolio/order_groups"
        fixed = KalshiAuth("ed", ed_key(), base_url=server.base_url).headers_for("GET", httpx.URL(path))
        client = kalshi_client("ed", ed_key(), base_url=server.base_url, retries=RetryPolicy.off(), rate_limit=None)

        with httpx.Client(headers=fixed) as bare:
            start = time.perf_counter()
            for _ in range(SYNC_REQUESTS):
                bare.get(path).raise_for_status()
            floor = _rate(SYNC_REQUESTS, time.perf_counter() - start)
        start = time.perf_counter()
        for _ in range(SYNC_REQUESTS):
            get_order_groups.sync(client=client)
        ours = _rate(SYNC_REQUESTS, time.perf_counter() - start)
        report(
            f"loopback throughput, sync, {SYNC_REQUESTS} sequential GETs",
            f"{ours:.0f} req/s vs bare httpx {floor:.0f} req/s",
            floor / ours,
        )

        async def burst(call: Callable[[], object]) -> float:
            gate = asyncio.Semaphore(IN_FLIGHT)

            async def one() -> None:
                async with gate:
                    await call()  # type: ignore[misc]

            start = time.perf_counter()
            await asyncio.gather(*(one() for _ in range(ASYNC_REQUESTS)))
            return _rate(ASYNC_REQUESTS, time.perf_counter() - start)

        async def run() -> tuple[float, float]:
            async with httpx.AsyncClient(headers=fixed) as abare:
                afloor = await burst(lambda: abare.get(path))
            aclient = kalshi_client(
                "ed", ed_key(), base_url=server.base_url, retries=RetryPolicy.off(), rate_limit=None
            )
            async with aclient:
                aours = await burst(lambda: get_order_groups.asyncio(client=aclient))
            return afloor, aours

        afloor, aours = asyncio.run(run())
        report(
            f"loopback throughput, async, {ASYNC_REQUESTS} GETs at {IN_FLIGHT} in flight",
            f"{aours:.0f} req/s vs bare httpx {afloor:.0f} req/s",
            afloor / aours,
        )
        failed = [s for s in exchange.seen if s.status != 200 or not s.verified]
        report("loopback requests rejected or unverified", f"{len(failed)} of {len(exchange.seen)}")
