"""The orderbook firehose every SDK decodes: the same frames, written once per run.

Frames are built the way the local exchange publishes its orderbook channel
(``kalshi_exchange.stream_feed``: real book state, so snapshot + deltas rebuild
each book exactly, wire strings ``"0.4200"`` / ``"300.00"``, compact JSON), in the
shape of the AsyncAPI document's own examples (``orderbookWithBothSides``,
``priceLevelUpdate``: a delta carries ``ts``), and every frame is validated
against its schema before it is used.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import json
import os
import statistics
import threading
from collections.abc import Iterator, Mapping
from typing import Any

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed

from kalshi_exchange import LocalExchange, StreamServer
from kalshi_exchange.stream_feed import StreamFeed
from tests.peers.common import Levels
from tests.peers.server import PublicKey

# The orderbook firehose (decode + books): one subscription over FIREHOSE_MARKETS markets, a snapshot each, then deltas.
FIREHOSE_MARKETS, FIREHOSE_DELTAS = 200, 20_000
# Loopback latency: the local exchange publishes STREAM_BURST deltas every STREAM_INTERVAL seconds (its timer
# fires about every 1.1 ms), over LATENCY_MARKETS markets; each consumer's first LATENCY_WARMUP deltas are not
# counted (connection and snapshots settling), the next LATENCY_DELTAS are.
STREAM_INTERVAL = 0.001
STREAM_BURST = int(os.environ.get("BENCH_PEERS_STREAM_BURST", "10"))
LATENCY_MARKETS, LATENCY_WARMUP, LATENCY_DELTAS = 50, 500, 3000
# Each consumer is timed on four connections per round, in this order: the second half mirrors the first, so
# neither holds the better places. In an A/A test (the floor against itself, 9 rounds of A,B,B,A,A,B,B,A) the
# connections timed 2nd, 3rd, 6th and 7th had a ~15% higher median p99 than the others.
LATENCY_ORDER = ("floor", "sdk", "sdk", "floor", "sdk", "floor", "floor", "sdk")
SID = 7
SEED_CHANGES = 60  # random changes per book before its snapshot: ~10-25 levels a side
_START = datetime.datetime(2026, 12, 3, 14, 30, tzinfo=datetime.timezone.utc)


def quantiles(lags: list[float]) -> tuple[float, float]:
    """p50 and p99 of latencies."""
    cuts = statistics.quantiles(lags, n=100, method="inclusive")
    return cuts[49], cuts[98]


def tickers(count: int) -> list[str]:
    """Real-shaped tickers: one event's strikes, several events."""
    return [f"KXBTCD-26DEC{3 + i // 50:02d}17-T{100_000 + 250 * (i % 50)}.99" for i in range(count)]


def _frame(message: dict[str, Any]) -> str:
    return json.dumps(message, separators=(",", ":"))


def orderbook_firehose(markets: int, deltas: int, seed: int = 19) -> tuple[list[str], Levels]:
    """One ``orderbook_delta`` subscription (one sid) over ``markets`` markets.

    A snapshot per market (seq 1..markets, both sides non-empty: kalshi-sdk refuses
    a snapshot missing a side, which Kalshi sends for an empty one), then
    ``deltas`` deltas on random markets, ``seq`` counting across all of them as
    Kalshi counts it per subscription. About one delta in four removes contracts.
    Also returns every book after the last frame, as wire strings: each SDK's books must match.
    """
    names = tickers(markets)
    feed = StreamFeed(seed=seed, markets=tuple(names), seeded=False)
    rng = feed.rng
    frames: list[str] = []
    seq = 0
    for name in names:
        book = feed.books[name]
        for _ in range(SEED_CHANGES):
            book.change(rng)
        while not (book.yes and book.no):
            book.change(rng)
        seq += 1
        snapshot = {"type": "orderbook_snapshot", "sid": SID, "seq": seq, "msg": book.snapshot_msg()}
        frames.append(_checked(feed, snapshot))
    for number in range(deltas):
        seq += 1
        msg = feed.books[rng.choice(names)].change(rng)
        stamp = _START + datetime.timedelta(microseconds=137 * number + rng.randrange(100))
        msg["ts"] = stamp.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        frames.append(_checked(feed, {"type": "orderbook_delta", "sid": SID, "seq": seq, "msg": msg}, number))
    books = {name: {side: feed.books[name].levels(side) for side in ("yes", "no")} for name in names}
    return frames, books


def _checked(feed: StreamFeed, message: dict[str, Any], number: int = 0) -> str:
    if number % 50 == 0:  # the schema check costs ~1 ms a frame: every snapshot, one delta in 50
        feed.validate(message)
    return _frame(message)


@contextlib.contextmanager
def exchange(keys: Mapping[str, PublicKey], interval: float, burst: int, markets: list[str]) -> Iterator[StreamServer]:
    """The local exchange's WebSocket server, publishing ``burst`` deltas every ``interval`` seconds over ``markets``.

    Its drawn feed (books changing at random, nobody trading), no schema check per frame
    (the figure times the consumers, not the exchange), and ``emit_times`` for the latencies.
    """
    local = LocalExchange(keys=dict(keys))
    server = StreamServer(
        local, interval=interval, burst=burst, markets=tuple(markets), validate=False, follow_engine=False, heartbeat=60
    )
    server.start()
    try:
        yield server
    finally:
        server.stop()


class Blaster:
    """A WebSocket server on 127.0.0.1 that answers a subscribe with the firehose, as fast as the socket takes it.

    For the throughput figure: the local exchange's publisher (one change at a time, in
    Python) cannot outpace a consumer, this can. No compression, so the server's
    cost per frame stays small.
    """

    def __init__(self, frames: list[str]) -> None:
        self.frames = frames
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="bench-blaster", daemon=True)
        self._server: Server | None = None

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/trade-api/ws/v2"

    def __enter__(self) -> Blaster:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(timeout=10)
        return self

    async def _start(self) -> None:
        self._server = await serve(self._serve, "127.0.0.1", 0, compression=None, max_size=2**20)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _serve(self, ws: ServerConnection) -> None:
        try:
            async for frame in ws:  # the subscribe (or anything else) starts the firehose; later commands are ignored
                command = json.loads(frame)
                if command.get("cmd") != "subscribe":
                    continue
                ack = {"id": command.get("id"), "type": "subscribed", "msg": {"channel": "orderbook_delta", "sid": SID}}
                await ws.send(json.dumps(ack))
                for text in self.frames:
                    await ws.send(text)
        except ConnectionClosed:
            pass

    def __exit__(self, *exc: object) -> None:
        async def stop() -> None:
            if self._server is not None:
                self._server.close()
                await self._server.wait_closed()

        asyncio.run_coroutine_threadsafe(stop(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
