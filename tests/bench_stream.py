"""Stream figures for ``make bench``: decode throughput vs json.loads, loopback latency vs a bare websockets client."""

from __future__ import annotations

import asyncio
import functools
import json
import statistics
import time
from collections.abc import Callable

from websockets.asyncio.client import connect

from kalshi_auth import websocket_headers
from kalshi_exchange import ExchangeServer, LocalExchange, StreamServer
from kalshi_stream import KalshiStream, OrderbookDeltaPayload, OrderBooks, parse_message
from tests.keyfactory import ed_key
from tests.peers.stream_data import FIREHOSE_DELTAS, FIREHOSE_MARKETS, orderbook_firehose

Report = Callable[..., None]
FRAMES, LATENCY_MESSAGES, MARKETS = 20_000, 600, ["KXDEMO-26JAN01-T50", "KXRAIN-26JAN01"]
# Measured 2.03-2.05 quiet, 1.88-2.00 with both cores busy (Python 3.11, msgspec as in the dev venv, 2026-12-05).
BOOKS_BUDGET = 2.3
DECODE_BUDGET = 1.5
DECODE_DEVIATING_BUDGET = 2.0


def _frames(server: StreamServer) -> list[str]:
    """Frames as the exchange sends them: order book deltas, and every other message type drawn from its schema."""
    feed = server.feed
    frames = []
    book = feed.books[MARKETS[0]]
    types = [t for t in feed.routes if t not in ("orderbook_delta", "ok", "error", "subscribed", "unsubscribed")]
    for seq in range(1, FRAMES + 1):
        if seq % 4:  # three in four frames are deltas, as on a busy book
            message = {"type": "orderbook_delta", "sid": 1, "seq": seq, "msg": book.change(feed.rng)}
        else:  # sid and seq as the exchange sends them: seq only where the message's schema has one
            type_ = types[seq % len(types)]
            message = {**feed.sample(type_, MARKETS), "sid": 2, **({"seq": seq} if feed.has_seq(type_) else {})}
        frames.append(json.dumps(message, separators=(",", ":")))
    return frames


def _added_upstream(frames: list[str]) -> list[str]:
    """The same frames, every one that is not a delta with a field this client's document does not list."""
    out = []
    for frame in frames:
        message = json.loads(frame)
        if message["type"] != "orderbook_delta":
            message["msg"]["added_upstream_fp"] = "1.00"
        out.append(json.dumps(message, separators=(",", ":")))
    return out


def bench_decode(report: Report, server: StreamServer) -> None:
    frames = _frames(server)
    for label, timed, budget in (
        ("", frames, DECODE_BUDGET),
        (", the other 1/4 each with a field added upstream", _added_upstream(frames), DECODE_DEVIATING_BUDGET),
    ):
        floor_of, ours_of = functools.partial(_each, json.loads, timed), functools.partial(_each, parse_message, timed)
        floor, best = _versus(floor_of, ours_of)
        report(
            f"decode {FRAMES} stream frames (3/4 orderbook deltas{label}), best of 5",
            f"parse_message {FRAMES / best:,.0f} msg/s vs json.loads {FRAMES / floor:,.0f} msg/s",
            best / floor,
            budget,
        )


def _each(fn: Callable[[str], object], frames: list[str]) -> None:
    for frame in frames:
        fn(frame)


def _versus(floor: Callable[[], object], work: Callable[[], object], rounds: int = 5) -> tuple[float, float]:
    """The best of ``rounds`` of each, interleaved so load on the machine hits both alike."""
    floors, ours = [], []
    for _ in range(rounds):
        floors.append(_timed(floor))
        ours.append(_timed(work))
    return min(floors), min(ours)


def bench_books(report: Report) -> None:
    """The orderbook firehose of ``make bench-peers`` through parse_message + OrderBooks, against json.loads."""
    frames, _ = orderbook_firehose(FIREHOSE_MARKETS, FIREHOSE_DELTAS)

    def loads() -> None:
        for frame in frames:
            json.loads(frame)

    def books() -> None:
        apply = OrderBooks().apply
        for frame in frames:
            apply(parse_message(frame))

    floor, best = _versus(loads, books)
    report(
        f"decode + order books, orderbook firehose ({FIREHOSE_MARKETS} snapshots, {FIREHOSE_DELTAS} deltas), best of 5",
        f"parse_message + OrderBooks {len(frames) / best:,.0f} frames/s vs json.loads {len(frames) / floor:,.0f}",
        best / floor,
        BOOKS_BUDGET,
    )


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


async def _ours(server: ExchangeServer, times: dict[tuple[int, int], float]) -> list[float]:
    lags = []
    async with KalshiStream("ed", ed_key(), url=server.ws_url) as stream:
        await stream.subscribe("orderbook_delta", market_tickers=MARKETS)
        async for message in stream:
            if isinstance(message, OrderbookDeltaPayload):
                lags.append(time.perf_counter() - times[(message.sid, message.seq)])
                if len(lags) == LATENCY_MESSAGES:
                    return lags
    raise RuntimeError("the stream ended")


async def _bare(server: ExchangeServer, times: dict[tuple[int, int], float]) -> list[float]:
    lags = []
    headers = websocket_headers("ed", ed_key(), url=server.ws_url)
    async with connect(server.ws_url, additional_headers=headers) as ws:
        command = {"id": 1, "cmd": "subscribe", "params": {"channels": ["orderbook_delta"], "market_tickers": MARKETS}}
        await ws.send(json.dumps(command))
        async for frame in ws:
            message = json.loads(frame)
            if message.get("type") == "orderbook_delta":
                lags.append(time.perf_counter() - times[(message["sid"], message["seq"])])
                if len(lags) == LATENCY_MESSAGES:
                    return lags
    raise RuntimeError("the connection ended")


def bench_latency(report: Report, server: ExchangeServer, stream: StreamServer) -> None:
    stream.emit_times = {}
    ours, bare = [], []
    for _ in range(2):  # interleaved so machine load hits both alike
        bare += asyncio.run(_bare(server, stream.emit_times))
        ours += asyncio.run(_ours(server, stream.emit_times))
    o, b = statistics.median(ours), statistics.median(bare)
    report(
        f"loopback latency, exchange publish -> async for, median of {len(ours)} deltas",
        f"KalshiStream {o * 1e6:.0f} us vs bare websockets + json.loads {b * 1e6:.0f} us",
        o / b,
    )


def main(report: Report) -> None:
    exchange = LocalExchange(keys={"ed": ed_key()})
    # The drawn feed: a benchmark wants books changing every round, with nobody trading.
    stream = StreamServer(exchange, interval=0.002, validate=False, follow_engine=False)
    with ExchangeServer(exchange, stream=stream) as server:
        bench_decode(report, stream)
        bench_books(report)
        bench_latency(report, server, stream)


if __name__ == "__main__":
    from tests.bench import report

    main(report)
