"""What the orchestrator and the workers share: credentials, the adapter shape, the operation."""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, Sequence, Sized
from dataclasses import dataclass

# The small signed GET every SDK makes (each has it): GET /portfolio/order_groups.
SMALL_PATH = "/portfolio/order_groups"
PAGE_PATH = "/markets"
WIRE_PREFIX = "/trade-api/v2"
WS_PATH = "/trade-api/ws/v2"  # what a WebSocket handshake signs
KEY_KINDS = ("rsa", "ed25519")
# BENCH_PEERS_FIGURES=latency,drain runs only those figures (comma-separated; default all): for repeating one
# figure while working on it. The table keeps every row; a figure left out says so in a footnote.
FIGURES = ("import", "parse", "get", "aget", "firehose", "drain", "latency")
SELECTED = frozenset(f.strip() for f in os.environ.get("BENCH_PEERS_FIGURES", "").split(",") if f.strip()) or frozenset(
    FIGURES
)

Call = Callable[[], object]
AsyncCall = Callable[[], Awaitable[object]]
Close = Callable[[], Awaitable[None]]
# ticker -> side ("yes"/"no") -> {price: count} as wire strings ("0.4200": "300.00"): books compared across SDKs
Levels = dict[str, dict[str, dict[str, str]]]
# Decodes every frame into the SDK's typed messages and applies them to fresh books; returns a view of the books.
Firehose = Callable[[Sequence[str]], Callable[[], Levels]]
# (sid, seq, time.perf_counter() when the consumer holds the delta) per orderbook_delta; a client that
# resubscribes gets a new sid, whose seq starts again
Arrivals = list[tuple[int, int, float]]


@dataclass(frozen=True)
class Creds:
    kind: str  # "rsa" or "ed25519"
    key_id: str
    pem: str
    base_url: str  # http://127.0.0.1:PORT/trade-api/v2


@dataclass(frozen=True)
class Feed:
    """An orderbook subscription on the local exchange's WebSocket server, for the latency figure."""

    url: str  # ws://127.0.0.1:PORT/trade-api/ws/v2
    markets: tuple[str, ...]
    deltas: int  # the consumer stops after this many orderbook_delta messages


Listen = Callable[[Creds, Feed], Awaitable[Arrivals]]


@dataclass(frozen=True)
class Sdk:
    """One SDK, as the worker drives it. A figure it cannot do is None (or a key kind missing from ``keys``)."""

    parse: Callable[[bytes], Sized] | None  # body bytes -> the parsed list of markets
    signed_get: Callable[[Creds], Call] | None  # a ready client's small signed GET, sync
    async_get: Callable[[Creds], tuple[AsyncCall, Close]] | None  # built inside the running loop
    keys: tuple[str, ...] = KEY_KINDS
    firehose: Firehose | None = None  # decode + order-book maintenance of the orderbook firehose
    listen: Listen | None = None  # its WebSocket client subscribed to the local exchange (RSA key)


def book_levels(books: dict[str, tuple[dict[object, object], dict[object, object]]]) -> Levels:
    """Books held as {Decimal price: Decimal count} per side, as wire strings for comparison."""

    def wire(levels: dict[object, object]) -> dict[str, str]:
        return {f"{price:.4f}": f"{count:.2f}" for price, count in levels.items()}

    return {ticker: {"yes": wire(yes), "no": wire(no)} for ticker, (yes, no) in books.items()}
