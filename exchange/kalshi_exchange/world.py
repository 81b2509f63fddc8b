"""The default world: a few series, events and markets in every phase, with books, trades and settled history.

``LocalExchange()`` starts from it, so a script written against Kalshi sees a world that
could be Kalshi's without any set-up: open markets with a bid below the ask, a closed one
waiting for its result, settled ones with their results, an unopened one, a paused one.
Tickers are fixed (tests name them); times are placed around the exchange's clock when the
exchange is made (an open market opened in the past and closes in the future). Prices,
sizes and the trade history are drawn from the exchange's seed, the same for the same seed.

``scenario(markets=...)`` replaces the world's markets (or, with ``extend=True``, adds to them).
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from kalshi_exchange.engine import Engine, TradeRecord
from kalshi_exchange.listings import Listing, listing

HOUR_MS, DAY_MS = 3_600_000, 86_400_000
WORLD_MAKER = "world-maker"  # the other traders whose orders make the world's books
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Series:
    """A series as GetSeries shows it; ``fields`` are further Series fields, sent verbatim."""

    ticker: str
    title: str
    category: str = "Economics"
    frequency: str = "custom"
    tags: tuple[str, ...] = ()
    sources: tuple[tuple[str, str], ...] = ()  # (name, url)
    fields: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Event:
    """An event as GetEvent shows it (its markets are the listings naming it)."""

    event_ticker: str
    series_ticker: str
    title: str
    sub_title: str = ""
    mutually_exclusive: bool = False
    category: str = ""
    strike_ms: int | None = None
    fields: Mapping[str, Any] = field(default_factory=dict)


@dataclass
class World:
    """What the default world (or a scenario) puts on the exchange."""

    series: dict[str, Series] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    markets: list[Listing] = field(default_factory=list)
    fair: dict[str, Decimal] = field(default_factory=dict)  # an open market's fair YES price: its book's centre
    results: dict[str, str] = field(default_factory=dict)  # settled history: ticker -> "yes" / "no"


# (series ticker, title, category, frequency, tags, settlement source)
_SERIES = (
    ("KXFED", "Fed funds rate", "Economics", "monthly", ("Fed", "Interest rates"), "Federal Reserve"),
    (
        "KXHIGHNY",
        "Highest temperature in NYC",
        "Climate and Weather",
        "daily",
        ("Weather",),
        "National Weather Service",
    ),
    ("KXBTCD", "Bitcoin price at 5pm EST", "Crypto", "daily", ("BTC",), "CF Benchmarks"),
    ("KXNBAGAME", "Professional basketball game", "Sports", "custom", ("Basketball",), "NBA"),
)
_SOURCES = {
    "Federal Reserve": "https://www.federalreserve.gov",
    "National Weather Service": "https://www.weather.gov",
    "CF Benchmarks": "https://www.cfbenchmarks.com",
    "NBA": "https://www.nba.com",
}
# (event ticker, title, sub title, mutually exclusive, phase, opened hours ago, closes in hours,
#  markets: (suffix, YES sub title, fair price for open ones / result for settled ones))
_EVENTS: tuple[tuple[str, str, str, bool, str, int, int, tuple[tuple[str, str, str], ...]], ...] = (
    (
        "KXFED-27JAN",
        "Fed funds upper bound after the January 2027 meeting",
        "After Jan 27, 2027",
        False,
        "open",
        24 * 20,
        24 * 50,
        (
            ("T3.75", "Above 3.75%", "0.86"),
            ("T4.00", "Above 4.00%", "0.61"),
            ("T4.25", "Above 4.25%", "0.34"),
            ("T4.50", "Above 4.50%", "0.12"),
        ),
    ),
    (
        "KXFED-26DEC",
        "Fed funds upper bound after the December 2026 meeting",
        "After Dec 9, 2026",
        False,
        "settled",
        24 * 60,
        -24 * 4,
        (("T3.75", "Above 3.75%", "yes"), ("T4.00", "Above 4.00%", "yes"), ("T4.25", "Above 4.25%", "no")),
    ),
    (
        "KXHIGHNY-26DEC06",
        "Highest temperature in NYC tomorrow",
        "On Dec 6, 2026",
        True,
        "open",
        30,
        18,
        (
            ("T39", "39° or below", "0.08"),
            ("B40.5", "40° to 41°", "0.27"),
            ("B42.5", "42° to 43°", "0.38"),
            ("T44", "44° or above", "0.27"),
        ),
    ),
    (
        "KXHIGHNY-26DEC05",
        "Highest temperature in NYC today",
        "On Dec 5, 2026",
        True,
        "closed",
        54,
        -2,
        (("T39", "39° or below", "0.03"), ("B40.5", "40° to 41°", "0.91"), ("T42", "42° or above", "0.04")),
    ),
    (
        "KXHIGHNY-26DEC04",
        "Highest temperature in NYC yesterday",
        "On Dec 4, 2026",
        True,
        "settled",
        78,
        -26,
        (("T39", "39° or below", "no"), ("B40.5", "40° to 41°", "yes"), ("T42", "42° or above", "no")),
    ),
    (
        "KXBTCD-26DEC0617",
        "Bitcoin price on Dec 6, 2026 at 5pm EST",
        "Dec 6, 2026 at 5pm EST",
        False,
        "unopened",
        -6,
        30,
        (("T95000", "$95,000 or above", "0.50"), ("T100000", "$100,000 or above", "0.30")),
    ),
    (
        "KXBTCD-26DEC0517",
        "Bitcoin price on Dec 5, 2026 at 5pm EST",
        "Dec 5, 2026 at 5pm EST",
        False,
        "paused",
        20,
        6,
        (("T95000", "$95,000 or above", "0.55"),),
    ),
    (
        "KXNBAGAME-26DEC06BOSLAL",
        "Boston at Los Angeles L",
        "BOS at LAL (Dec 6)",
        True,
        "open",
        24 * 3,
        28,
        (("BOS", "Boston", "0.57"), ("LAL", "Los Angeles L", "0.43")),
    ),
)


def default_world(now_ms: int) -> World:
    """The world's objects, placed around ``now_ms`` (the exchange's clock when it was made)."""
    anchor = now_ms - now_ms % 60_000  # whole minutes: the same times for every call of one exchange
    world = World()
    for ticker, title, category, frequency, tags, source in _SERIES:
        world.series[ticker] = Series(ticker, title, category, frequency, tags, ((source, _SOURCES[source]),))
    for event_ticker, title, sub_title, exclusive, phase, opened_h, closes_h, markets in _EVENTS:
        series = world.series[event_ticker.split("-", 1)[0]]
        open_ms, close_ms = anchor - opened_h * HOUR_MS, anchor + closes_h * HOUR_MS
        world.events[event_ticker] = Event(
            event_ticker, series.ticker, title, sub_title, exclusive, series.category, close_ms
        )
        for suffix, yes_sub_title, value in markets:
            ticker = f"{event_ticker}-{suffix}"
            given: dict[str, Any] = {
                "title": f"{title}: {yes_sub_title}?",
                "yes_sub_title": yes_sub_title,
                "no_sub_title": yes_sub_title,
                "open_time": open_ms / 1000,
                "close_time": close_ms / 1000,
            }
            if phase == "paused":
                given["status"] = "inactive"
            if phase == "settled":
                given["status"] = "finalized"
                world.results[ticker] = value
            elif value:
                world.fair[ticker] = Decimal(value)
            world.markets.append(listing(ticker, given))
    return world


def series_from(ticker: str, given: Mapping[str, Any]) -> Series:
    """A scenario's series: ``title``, ``category``, ``frequency``, ``tags``; any other key a Series field."""
    given = dict(given or {})
    tags = given.pop("tags", ())
    return Series(
        ticker,
        str(given.pop("title", ticker)),
        str(given.pop("category", "Economics")),
        str(given.pop("frequency", "custom")),
        tuple(str(tag) for tag in tags),
        fields=given,
    )


def event_from(ticker: str, given: Mapping[str, Any]) -> Event:
    """A scenario's event: ``title``, ``sub_title``, ``series_ticker``, ``mutually_exclusive``, ``category``."""
    given = dict(given or {})
    return Event(
        ticker,
        str(given.pop("series_ticker", ticker.split("-", 1)[0])),
        str(given.pop("title", ticker)),
        str(given.pop("sub_title", "")),
        bool(given.pop("mutually_exclusive", False)),
        str(given.pop("category", "")),
        fields=given,
    )


def clear_world(engine: Engine) -> None:
    """Take the listed markets off the exchange: their books' resting orders, history, catalog."""
    for ticker in list(engine.listings):
        book = engine.books.get(ticker)
        for order in [*book.bids, *book.asks] if book else ():
            engine.cancel(order.user, order.order_id)
    for order_id in [i for i, order in engine.orders.items() if order.user == WORLD_MAKER]:
        del engine.orders[order_id]  # the world's own traders leave with it
    gone = set(engine.listings)
    engine.trades[:] = [t for t in engine.trades if t.ticker not in gone]
    for ticker in gone:
        engine.tallies.pop(ticker, None)
        engine.quotes.pop(ticker, None)
        engine.settled.pop(ticker, None)
        engine.settled_at.pop(ticker, None)
    engine.listings.clear()
    engine.series.clear()
    engine.events.clear()


def install(engine: Engine, world: World, seed: int, now_ms: int, *, replace: bool = True) -> None:
    """Put ``world`` on ``engine``: its catalog, its history of trades, its settled results and its books."""
    if replace:
        engine.listings.clear()
        engine.series.clear()
        engine.events.clear()
    engine.series.update(world.series)
    engine.events.update(world.events)
    engine.listings.update((m.ticker, m) for m in world.markets)
    rng = random.Random(f"{seed}:world")  # noqa: S311 - test data
    history: list[TradeRecord] = []
    for market in world.markets:
        if market.open_ms is None or market.open_ms >= now_ms:
            continue
        if market.ticker not in world.fair and market.ticker not in world.results:
            continue  # a scenario's market starts without history
        end = min(now_ms, market.close_ms or now_ms)
        result = world.results.get(market.ticker)
        fair = world.fair.get(market.ticker, Decimal("0.50"))
        target = (Decimal("0.97") if result == "yes" else Decimal("0.03")) if result else fair
        history += _history(rng, market.ticker, market.open_ms, end, target)
    history.sort(key=lambda trade: trade.ts_ms)
    engine.record_history(history)
    for market in world.markets:
        if market.ticker in world.results:
            engine.settled[market.ticker] = world.results[market.ticker]
            engine.settled_at[market.ticker] = (market.close_ms or now_ms) + HOUR_MS
    maker = engine.ledger.account(WORLD_MAKER)
    maker.cash = max(maker.cash, Decimal(10_000_000))
    for market in world.markets:
        centre = world.fair.get(market.ticker)
        if centre is None or engine.market_status(market) != "active":
            continue
        for step in (1, 2, 3):
            for side, price in (("bid", centre - step * CENT), ("ask", centre + step * CENT)):
                if CENT <= price <= 1 - CENT:
                    size = Decimal(rng.randrange(5, 250))
                    engine.place(WORLD_MAKER, market.ticker, side, price, size, post_only=True)  # type: ignore[arg-type]


def _history(rng: random.Random, ticker: str, start_ms: int, end_ms: int, target: Decimal) -> Iterable[TradeRecord]:
    """A seeded trade history between ``start_ms`` and ``end_ms``, walking on the cent grid toward ``target``."""
    count = rng.randrange(12, 40)
    price = min(max(target + CENT * rng.randrange(-15, 16), CENT), 1 - CENT)
    moments = sorted(rng.randrange(start_ms, max(start_ms + 1, end_ms - 60_000)) for _ in range(count))
    for index, ts_ms in enumerate(moments):
        left = count - index
        drift = (target - price) / left  # reach the target by the last trade
        price = min(max((price + drift + CENT * rng.randrange(-2, 3)).quantize(CENT), CENT), 1 - CENT)
        if index == count - 1:
            price = target
        side = "bid" if rng.random() < 0.5 else "ask"
        trade_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        yield TradeRecord(trade_id, ticker, Decimal(rng.randrange(1, 60)), price, side, ts_ms)  # type: ignore[arg-type]
