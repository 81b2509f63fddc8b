"""Other traders: a background thread that quotes and trades the world's open markets, so books move.

The default world's books stand still until someone trades. A stream consumer under test
(or ``make demo``) wants a market that moves: ``with Crowd(exchange): ...`` has a separate
user post and cancel orders at and behind the best prices, and now and then take the best
offer, through the engine, so the REST book, the trades and the WebSocket feed (which
follows the engine) all show the same activity. Seeded, bounded in rate; it never crosses
the book with a resting order, so every open market keeps a bid below its ask.
"""

from __future__ import annotations

import random
import threading
from decimal import Decimal
from types import TracebackType

from kalshi_exchange.book import Side
from kalshi_exchange.core import LocalExchange
from kalshi_exchange.engine import TradingError

CROWD = "crowd"  # the user whose orders the crowd places
CENT = Decimal("0.01")


class Crowd:
    """``with Crowd(exchange, interval=0.05): ...``: one action every ``interval`` seconds until the block ends."""

    def __init__(
        self, exchange: LocalExchange, tickers: list[str] | None = None, *, interval: float = 0.05, seed: int = 0
    ) -> None:
        self.exchange, self.interval = exchange, interval
        self._tickers = tickers
        self._rng = random.Random(f"{seed}:crowd")  # noqa: S311 - simulated traders, not secrets
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.actions = 0

    def tickers(self) -> list[str]:
        engine = self.exchange.engine
        if self._tickers is not None:
            return list(self._tickers)
        return sorted(t for t, m in engine.listings.items() if engine.market_status(m) == "active")

    def step(self) -> None:
        """One action on one open market: quote at or behind the touch, cancel a quote, or take the best offer."""
        engine = self.exchange.engine
        with self.exchange.engine_lock:
            tickers = [t for t in self.tickers() if engine.book(t).bids and engine.book(t).asks]
            if not tickers:
                return
            ticker = self._rng.choice(tickers)
            book = engine.book(ticker)
            mine = [o for o in (*book.bids, *book.asks) if o.user == CROWD]
            roll = self._rng.random()
            try:
                if mine and roll < 0.35:
                    order = self._rng.choice(mine)
                    engine.cancel(CROWD, order.order_id)
                elif roll < 0.85:
                    side: Side = "bid" if self._rng.random() < 0.5 else "ask"
                    best = book.bids[0].price if side == "bid" else book.asks[0].price
                    behind = CENT * self._rng.randrange(0, 3)
                    price = best - behind if side == "bid" else best + behind
                    if CENT <= price <= 1 - CENT:
                        count = Decimal(self._rng.randrange(1, 40))
                        engine.place(CROWD, ticker, side, price, count, post_only=True)
                else:
                    side = "bid" if self._rng.random() < 0.5 else "ask"
                    price = book.asks[0].price if side == "bid" else book.bids[0].price
                    count = Decimal(self._rng.randrange(1, 10))
                    engine.place(CROWD, ticker, side, price, count, time_in_force="immediate_or_cancel")
            except TradingError:
                pass  # a refusal (post-only that would cross after all, a closed market) is the crowd's business
            self.actions += 1

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.step()

    def start(self) -> Crowd:
        engine = self.exchange.engine
        with self.exchange.engine_lock:
            account = engine.ledger.account(CROWD)
            account.cash = max(account.cash, Decimal(10_000_000))
        self._thread = threading.Thread(target=self._run, name="kalshi-exchange-crowd", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)

    def __enter__(self) -> Crowd:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()
