"""``make soak`` (stream): books for many markets, kept by the docs' loop, while the exchange trades and lies.

``python -m tests.soak_stream --seconds 600`` (``make soak``; ``SOAK_SECONDS`` sets the time). The
local exchange runs in a child process: its matching engine trades at random (makers resting and
cancelling, takers crossing), its WebSocket side streams the engine's books, and every fault it
knows is injected at random: lost and repeated sequence numbers, dropped, silent and deaf
connections, delayed frames, command errors, and hostile frames (deep, binary, not JSON,
oversized, deltas no book can apply, mislabelled answers). This process runs only the client,
``KalshiStream`` and ``OrderBooks(stream)`` in the loop ``docs/streaming.md`` shows, so its memory
is the client's own.

At the end trading stops, faults stop, and once the client has caught up every streamed book must
equal the exchange's book exactly, level by level (and the exchange's streamed book its engine's);
RSS at the end must be within 10% of RSS after warm-up; no error may have been logged; the counts
are printed. Exit status 0 when all of that holds. ``tests/test_soak_stream.py`` runs a few seconds
of it inside ``make test``.

``--product perps`` (``python -m tests.soak_perps_stream``) soaks the Perps stream the same way:
``KalshiStream(product="perps")`` and ``PerpsOrderBooks(stream)`` against the exchange's Perps
WebSocket side, whose books change at random (there is no Perps matching engine to trade), under
the same faults (an injected error 17, which the Perps document retired, is answered as its stand-in, 1).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import multiprocessing
import os
import random
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from multiprocessing.connection import Connection
from typing import Any, Literal

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

KEY_ID = "soak-key"
# (fault, weight): what the exchange is asked to do, at random, every FAULT_EVERY seconds or so.
FAULTS: list[tuple[tuple[str, dict[str, Any]], int]] = [
    (("skip_seq", {"count": 1}), 6),
    (("skip_seq", {"count": 3}), 2),
    (("repeat_seq", {"count": 2}), 6),
    (("delay", {"count": 5, "seconds": 0.3}), 3),
    (("error", {"code": 17}), 3),
    (("error", {"code": 18, "count": 2}), 2),
    (("drop", {}), 3),
    (("deaf", {}), 1),
    (("silence", {}), 1),
    (("hostile", {"frame": "deep"}), 2),
    (("hostile", {"frame": "binary"}), 2),
    (("hostile", {"frame": "not_json"}), 2),
    (("hostile", {"frame": "oversized"}), 1),
    (("hostile", {"frame": "bad_delta"}), 4),
    (("hostile", {"frame": "mislabel", "count": 2}), 2),
]
PRODUCTS = ("trade", "perps")
FAULT_EVERY = 0.8
LIVENESS = 2.0  # the client's liveness_timeout: a silent or deaf connection is replaced within ~2 s
RSS_TOLERANCE = 0.10


# -- the exchange, in a child process ------------------------------------------------------------------
def _exchange_process(conn: Connection, public_pem: bytes, markets: list[str], seed: int, product: str) -> None:
    from kalshi_exchange import LocalExchange, StreamServer
    from kalshi_exchange.engine import TradingError

    logging.disable(logging.CRITICAL)  # the exchange logs the faults it injects; the parent reports
    # world=None: any ticker trades (the default world lists its own markets only, and refused every order here).
    exchange = LocalExchange(
        keys={KEY_ID: public_pem}, rate_limit=None, starting_balance="1000000000", seed=seed, world=None
    )
    # Perps: no engine; the drawn feed changes its books (a few a round), as busy as the trading below.
    drawn = product != "trade"
    options: dict[str, Any] = {"product": product, "markets": tuple(markets), "interval": 0.01} if drawn else {}
    stream = StreamServer(exchange, heartbeat=5.0, seed=seed, **{"interval": 0.05, **options}).start()
    trading = threading.Event()
    trading.set()
    stopping = threading.Event()
    counts: Counter[str] = Counter()

    def trade() -> None:
        rng = random.Random(seed)  # test data
        resting: dict[str, deque[tuple[str, str]]] = {ticker: deque() for ticker in markets}
        while not stopping.is_set():
            if drawn or not trading.is_set():
                time.sleep(0.02)
                continue
            ticker = rng.choice(markets)
            user = rng.choice(("maker-a", "maker-b", "taker"))
            side: Literal["bid", "ask"] = "bid" if rng.random() < 0.5 else "ask"
            # Around the middle, so takers cross makers: trades, fills and crossed-then-cleared levels.
            cents = rng.randint(35, 55) if side == "bid" else rng.randint(45, 65)
            try:
                with exchange.engine_lock:
                    book = resting[ticker]
                    if book and (rng.random() < 0.35 or len(book) > 30):
                        index = 0 if len(book) > 30 else rng.randrange(len(book))  # the oldest, or any
                        owner, order_id = book[index]
                        del book[index]
                        exchange.engine.cancel(owner, order_id)  # refused if it filled meanwhile
                        counts["cancels"] += 1
                    else:
                        count = Decimal(rng.randint(1, 40))
                        order, fills = exchange.engine.place(user, ticker, side, Decimal(cents) / 100, count)
                        counts["orders"] += 1
                        counts["fills"] += len(fills)
                        if order.remaining > 0:
                            book.append((user, order.order_id))
            except TradingError:
                counts["refused"] += 1  # an order already filled, say
            time.sleep(0.004)

    trader = threading.Thread(target=trade, name="soak-trader", daemon=True)
    trader.start()
    conn.send(stream.url)
    try:
        while True:
            request = conn.recv()
            kind = request[0]
            if kind == "stop":
                break
            if kind == "inject":
                stream.inject(request[1], **request[2])
                conn.send(None)
            elif kind == "trading":
                (trading.set if request[1] else trading.clear)()
                if drawn:
                    (stream.resume if request[1] else stream.pause)()
                time.sleep(0.05)  # an order being placed finishes
                conn.send(None)
            elif kind == "subscriptions":
                listed = stream.connection_subscriptions()
                conn.send(listed[-1] if listed else [])
            elif kind == "books":
                # Trading is stopped: the two reads see the same state. (Never both locks at once:
                # the stream's thread takes its own, then the engine's.)
                streamed = {ticker: stream.book_levels(ticker) for ticker in request[1]}
                out = {}
                if drawn:  # the drawn books are the exchange's only books
                    conn.send({ticker: (levels, levels) for ticker, levels in streamed.items()})
                    continue
                with exchange.engine_lock:
                    for ticker in request[1]:
                        engine = exchange.engine.book(ticker)
                        wanted = {
                            "yes": {f"{p:.4f}": f"{c:.2f}" for p, c in engine.levels("bid")},
                            "no": {f"{p:.4f}": f"{c:.2f}" for p, c in engine.levels("ask")},
                        }
                        out[ticker] = (streamed[ticker], wanted)
                conn.send(out)
            elif kind == "counts":
                conn.send(dict(counts, connections=stream.connection_count))
    finally:
        stopping.set()
        trader.join(5)
        stream.stop()
        conn.close()


class Exchange:
    """The parent's handle on the child: one request at a time, from any coroutine."""

    def __init__(self, markets: list[str], seed: int, public_pem: bytes, product: str = "trade") -> None:
        context = multiprocessing.get_context("spawn")  # a clean interpreter: its memory is not ours
        self._conn, child = context.Pipe()
        self.process = context.Process(
            target=_exchange_process,
            args=(child, public_pem, markets, seed, product),
            name="soak-exchange",
            daemon=True,
        )
        self.process.start()
        child.close()
        if not self._conn.poll(60):
            raise RuntimeError("the soak's exchange did not start within 60 s")
        self.url: str = self._conn.recv()
        self._lock = asyncio.Lock()

    async def ask(self, *request: Any) -> Any:
        async with self._lock:
            return await asyncio.to_thread(self._call, request)

    def _call(self, request: tuple[Any, ...]) -> Any:
        self._conn.send(request)
        if not self._conn.poll(30):
            raise RuntimeError(f"the soak's exchange did not answer {request[0]} within 30 s")
        return self._conn.recv()

    def close(self) -> None:
        try:
            self._conn.send(("stop",))
        except (BrokenPipeError, OSError):
            pass
        self.process.join(10)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)


# -- the client, here -------------------------------------------------------------------------------
def rss_bytes() -> int:
    """This process's resident memory now (Linux /proc; elsewhere the peak, from getrusage)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


class _Counting(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.counts: Counter[str] = Counter()
        self.errors: deque[str] = deque(maxlen=5)

    def emit(self, record: logging.LogRecord) -> None:
        self.counts[record.levelname] += 1
        if record.levelno >= logging.ERROR:
            self.errors.append(record.getMessage()[:300])


@dataclass
class Result:
    seconds: float
    markets: int
    product: str = "trade"
    counts: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def report(self) -> str:
        lines = [f"stream soak ({self.product}): {self.seconds:g}s, {self.markets} markets"]
        lines += [f"  {key}: {value}" for key, value in self.counts.items()]
        lines += [f"  PROBLEM: {problem}" for problem in self.problems] or ["  clean"]
        return "\n".join(lines)


async def _soak(
    seconds: float, markets: list[str], seed: int, fault_every: float, result: Result, progress: Callable[[str], None]
) -> None:
    from kalshi_stream import BookResync, KalshiStream, OrderBooks, PerpsOrderBooks, RawMessage

    product = result.product
    key = ed25519.Ed25519PrivateKey.generate()  # throwaway, never written anywhere
    public_pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    exchange = await asyncio.to_thread(Exchange, markets, seed, public_pem, product)
    rng = random.Random(seed)  # test schedule
    injected: Counter[str] = Counter()
    try:
        stream = KalshiStream(
            KEY_ID,
            key,
            url=exchange.url,
            liveness_timeout=LIVENESS,
            command_timeout=2.0,
            backoff_base=0.05,
            backoff_max=1.0,
            product=product,
        )
        book_types = {stream.product.model(t).__name__ for t in ("orderbook_snapshot", "orderbook_delta")}
        async with stream:
            (sub,) = await stream.subscribe("orderbook_delta", market_tickers=markets)
            books = OrderBooks(stream) if product == "trade" else PerpsOrderBooks(stream)
            seen: Counter[str] = Counter()

            async def consume() -> None:  # the loop of docs/streaming.md, counting
                async for message in stream:
                    if isinstance(message, BookResync):
                        books.forget(message)
                    else:
                        books.apply(message)
                    seen[type(message).__name__] += 1

            consumer = asyncio.create_task(consume())
            loop = asyncio.get_running_loop()
            start = loop.time()
            warm_at, warm_rss, peak = start + min(120.0, seconds * 0.25), 0, 0
            next_report = start + 60
            choices, weights = zip(*FAULTS, strict=True)
            first_round = rng.sample(choices, len(choices))  # every fault once, then at random by weight
            while (now := loop.time()) < start + seconds:
                await asyncio.sleep(rng.uniform(0.25, 1.75) * fault_every)
                kind, options = first_round.pop() if first_round else rng.choices(choices, weights)[0]
                await exchange.ask("inject", kind, options)
                injected[kind if kind != "hostile" else f"hostile {options['frame']}"] += 1
                if consumer.done():
                    break
                if not warm_rss and now >= warm_at:
                    gc.collect()
                    warm_rss = rss_bytes()
                peak = max(peak, rss_bytes())
                if now >= next_report:
                    next_report += 60
                    progress(
                        f"  {now - start:5.0f}s: {stream.stats.messages} messages, {stream.stats.resyncs} resyncs, "
                        f"{stream.stats.reconnects} reconnects, RSS {rss_bytes() / 2**20:.1f} MiB"
                    )
            if consumer.done():
                result.problems.append(f"the consumer's loop ended: {consumer.exception()!r}")
                return

            # Quiet: no faults, no trading; let delayed frames and resyncs finish, then compare.
            await exchange.ask("trading", False)
            await asyncio.sleep(LIVENESS + 1.5)
            exact, last_difference = False, ""
            for _ in range(60):
                exact, last_difference = await _compare(exchange, stream, sub, books, markets)
                if exact:
                    break
                await asyncio.sleep(0.5)
            gc.collect()
            end_rss = rss_bytes()
            consumer.cancel()
            await asyncio.gather(consumer, return_exceptions=True)
            stats = stream.stats
            traded = await exchange.ask("counts")
            result.counts.update(
                messages=stats.messages,
                book_messages=sum(seen[name] for name in book_types),
                raw_messages=seen[RawMessage.__name__],
                gaps=stats.gaps,
                duplicates=stats.duplicates,
                resyncs=f"{stats.resyncs} {dict(stats.resync_reasons)}",
                book_errors=books.errors,
                reconnects=stats.reconnects,
                dropped_on_overflow=stats.dropped,
                protocol_errors=stats.protocol_errors,
                resubscribe_failures=stats.resubscribe_failures,
                faults_injected=f"{sum(injected.values())} {dict(sorted(injected.items()))}",
                exchange=f"{traded.get('orders', 0)} orders, {traded.get('fills', 0)} fills, "
                f"{traded.get('cancels', 0)} cancels, {traded.get('refused', 0)} refused"
                if product == "trade"
                else "drawn books (no Perps engine)",
                rss_after_warm_up=f"{warm_rss / 2**20:.1f} MiB",
                rss_at_end=f"{end_rss / 2**20:.1f} MiB",
                rss_peak=f"{peak / 2**20:.1f} MiB",
            )
            if not exact:
                result.problems.append(f"books not exact after the quiet period: {last_difference}")
            if warm_rss and end_rss > warm_rss * (1 + RSS_TOLERANCE):
                result.problems.append(f"RSS grew from {warm_rss / 2**20:.1f} to {end_rss / 2**20:.1f} MiB (> 10%)")
            if stats.internal_errors:
                result.problems.append(f"{stats.internal_errors} frame(s) hit the client's internal-error net")
            if not stats.resyncs or not stats.reconnects:
                result.problems.append("the soak did not exercise resyncs and reconnects: run it longer")
            if not seen[stream.product.model("orderbook_delta").__name__]:
                result.problems.append("no book ever changed: the books compared were the snapshots (or empty)")
    finally:
        await asyncio.to_thread(exchange.close)


async def _compare(exchange: Exchange, stream: Any, sub: Any, books: Any, markets: list[str]) -> tuple[bool, str]:
    """Whether every streamed book equals the exchange's, once the client read up to the last seq sent."""
    current = [entry for entry in await exchange.ask("subscriptions") if entry[1] == "orderbook_delta"]
    if len(current) != 1 or current[0][0] != sub.sid:
        return False, f"the subscription is being restored (server {current}, client sid {sub.sid})"
    sid, _, _, last = current[0]
    for _ in range(40):
        if (books.last_seq(sid) or 0) >= last:
            break
        await asyncio.sleep(0.05)
    else:
        return False, f"the client read seq {books.last_seq(sid)} of {last}"
    levels = await exchange.ask("books", markets)
    for ticker in markets:
        streamed, engine = levels[ticker]
        if streamed != engine:
            return False, f"{ticker}: the exchange's streamed book {streamed} is not its engine's {engine}"
        if ticker not in books:
            return False, f"{ticker}: no book"
        book = books[ticker]
        mine = {side: {f"{p:.4f}": f"{c:.2f}" for p, c in book.levels(side)} for side in streamed}
        if mine != streamed:
            return False, f"{ticker}: client {mine} != exchange {streamed}"
    return True, ""


def soak(
    seconds: float,
    markets: int = 24,
    seed: int = 16,
    progress: Callable[[str], None] = print,
    fault_every: float = FAULT_EVERY,
    product: str = "trade",
) -> Result:
    """Run the stream soak for ``seconds`` (a fault every ``fault_every`` seconds on average) against
    ``product``'s WebSocket API; the result says what happened and what went wrong."""
    tickers = [f"KXSOAK-{n:02d}" for n in range(markets)]
    result = Result(seconds, markets, product)
    handler = _Counting()
    for name in ("kalshi_stream", "kalshi_stream_messages", "kalshi_perps_stream_messages", "websockets"):
        log = logging.getLogger(name)
        log.addHandler(handler)
        log.propagate = False  # counted, not printed: the soak injects faults on purpose
    try:
        asyncio.run(_soak(seconds, tickers, seed, fault_every, result, progress))
    finally:
        for name in ("kalshi_stream", "kalshi_stream_messages", "kalshi_perps_stream_messages", "websockets"):
            log = logging.getLogger(name)
            log.removeHandler(handler)
            log.propagate = True
    result.counts["log_records"] = dict(handler.counts)
    if handler.counts["ERROR"] or handler.counts["CRITICAL"]:
        result.problems.append(f"errors were logged: {list(handler.errors)}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.soak_stream", description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=float(os.environ.get("SOAK_SECONDS", "600")))
    parser.add_argument("--markets", type=int, default=24)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--product", choices=PRODUCTS, default="trade")
    args = parser.parse_args(argv)
    print(f"stream soak ({args.product}): {args.seconds:g}s, {args.markets} markets, seed {args.seed}", flush=True)
    result = soak(
        args.seconds, args.markets, args.seed, progress=lambda line: print(line, flush=True), product=args.product
    )
    print(result.report(), flush=True)
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
