"""The exchange's markets: tickers, their event and series, status or timeline, title and price grid.

The default world (world.py) and ``LocalExchange.scenario(markets=...)`` fill
``Engine.listings``; the market and event operations answer from these listings (with
the engine's books, trades and settlements), and orders on an unlisted market are
refused as Kalshi refuses them. Without listings (``LocalExchange(world=None)``) every
market operation is drawn from the spec and any ticker trades.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

# Kalshi's price level structures: (start, end, step) ranges in dollars, covering $0-$1.
GRIDS: dict[str, tuple[tuple[Decimal, Decimal, Decimal], ...]] = {
    "linear_cent": ((Decimal(0), Decimal(1), Decimal("0.01")),),
    "deci_cent": ((Decimal(0), Decimal(1), Decimal("0.001")),),
    "tapered_deci_cent": (
        (Decimal(0), Decimal("0.1"), Decimal("0.001")),
        (Decimal("0.1"), Decimal("0.9"), Decimal("0.01")),
        (Decimal("0.9"), Decimal(1), Decimal("0.001")),
    ),
}
DEFAULT_GRID = "linear_cent"
# GetMarkets' ``status`` filter speaks of a market's phase; a Market's ``status`` names its state.
STATUS_FILTER = {
    "unopened": {"initialized"},
    "open": {"active"},
    "paused": {"inactive"},
    "closed": {"closed"},
    "settled": {"determined", "disputed", "amended", "finalized"},
}
SETTLED_STATES = frozenset({"determined", "disputed", "amended", "finalized"})
# Known listing keys; any other key given for a market is a Market field, answered verbatim.
_KEYS = ("event_ticker", "series_ticker", "title", "status", "price_level_structure", "open_time", "close_time")
MARKET_STATES = ("initialized", "inactive", "active", "closed", "determined", "disputed", "amended", "finalized")


@dataclass(frozen=True)
class Listing:
    ticker: str
    event_ticker: str
    series_ticker: str
    title: str
    status: str | None = None  # a fixed status; None: from the timeline and the exchange's clock
    price_level_structure: str = DEFAULT_GRID
    fields: Mapping[str, Any] = field(default_factory=dict)
    open_ms: int | None = None  # None: opened long ago
    close_ms: int | None = None  # None: closes far ahead

    def status_at(self, now_ms: int) -> str:
        """The market's status at ``now_ms`` (before any settlement by the engine)."""
        if self.status:
            return self.status
        if self.open_ms is not None and now_ms < self.open_ms:
            return "initialized"
        if self.close_ms is not None and now_ms >= self.close_ms:
            return "closed"
        return "active"

    @property
    def grid(self) -> tuple[tuple[Decimal, Decimal, Decimal], ...]:
        return GRIDS[self.price_level_structure]

    def step_at(self, price: Decimal) -> Decimal:
        """The grid's step where ``price`` falls (the finer one on a boundary)."""
        steps = [step for start, end, step in self.grid if start <= price <= end]
        return min(steps) if steps else self.grid[0][2]

    def on_grid(self, price: Decimal) -> bool:
        """A price an order may have: strictly between $0 and $1, on the step of a range it falls in."""
        return 0 < price < 1 and any(
            start <= price <= end and (price - start) % step == 0 for start, end, step in self.grid
        )


def listing(ticker: str, given: Mapping[str, Any] | None = None) -> Listing:
    """A listing for ``ticker``; event and series tickers default to its prefixes (``KXFED-26MAR04-T42``
    is in event ``KXFED-26MAR04`` of series ``KXFED``)."""
    given = dict(given or {})
    grid = str(given.get("price_level_structure") or DEFAULT_GRID)
    if grid not in GRIDS:
        raise ValueError(f"{ticker}: price_level_structure={grid!r}; one of {', '.join(GRIDS)}")
    status = given.get("status") or None
    if status is not None and status not in MARKET_STATES:
        raise ValueError(f"{ticker}: status={status!r}; one of {', '.join(MARKET_STATES)}")
    event = str(given.get("event_ticker") or (ticker.rsplit("-", 1)[0] if "-" in ticker else ticker))
    return Listing(
        ticker,
        event,
        str(given.get("series_ticker") or event.split("-", 1)[0]),
        str(given.get("title") or f"{ticker} resolves yes"),
        status,
        grid,
        {k: v for k, v in given.items() if k not in _KEYS},
        _moment_ms(ticker, "open_time", given.get("open_time")),
        _moment_ms(ticker, "close_time", given.get("close_time")),
    )


def _moment_ms(ticker: str, name: str, value: object) -> int | None:
    """``open_time``/``close_time``: epoch seconds, an ISO 8601 time, or an aware datetime."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise ValueError(f"{ticker}: {name}={value!r} is not an ISO 8601 time like 2027-01-01T00:00:00Z") from None
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            raise ValueError(f"{ticker}: {name} needs a time zone (2027-01-01T00:00:00Z)")
        return int(value.timestamp() * 1000)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return int(value * 1000)
    raise ValueError(f"{ticker}: {name}={value!r}: give epoch seconds or an ISO 8601 time")


HOUR_MS, DAY_MS = 3_600_000, 86_400_000


def listings(markets: Iterable[str] | Mapping[str, Mapping[str, Any]], now_ms: int | None = None) -> list[Listing]:
    """Scenario input: tickers, or tickers mapped to their fields.

    With ``now_ms``, a market given without ``open_time``/``close_time`` gets a timeline that
    agrees with its status at that moment: an open one opened a day ago and closes in 30 days,
    a closed or settled one closed an hour ago, an unopened one opens in a day.
    """
    if isinstance(markets, str):
        raise TypeError("markets= takes a list of tickers or a mapping of ticker to fields, not one string")
    given = markets if isinstance(markets, Mapping) else {ticker: {} for ticker in markets}
    out = []
    for ticker, fields in given.items():
        fields = dict(fields or {})
        if now_ms is not None and fields.get("open_time") is None and fields.get("close_time") is None:
            status = fields.get("status") or "active"
            if status == "initialized":
                opens, closes = now_ms + DAY_MS, now_ms + 30 * DAY_MS
            elif status == "closed" or status in SETTLED_STATES:
                opens, closes = now_ms - 30 * DAY_MS, now_ms - HOUR_MS
            else:
                opens, closes = now_ms - DAY_MS, now_ms + 30 * DAY_MS
            fields.update(open_time=opens / 1000, close_time=closes / 1000)
        out.append(listing(str(ticker), fields))
    return out


def check_market_fields(
    spec: Mapping[str, Any], markets: Iterable[str] | Mapping[str, Mapping[str, Any]]
) -> Iterable[str] | Mapping[str, Mapping[str, Any]]:
    """``markets`` as given, after checking that every field names a listing key or a Market field.

    A misspelled field (``staus``) would otherwise be sent verbatim and dropped by the schema.
    """
    if isinstance(markets, str):
        raise TypeError("markets= takes a list of tickers or a mapping of ticker to fields, not one string")
    if not isinstance(markets, Mapping):
        return list(markets)
    schema = ((spec.get("components") or {}).get("schemas") or {}).get("Market") or {}
    known = set(_KEYS) | set(schema.get("properties") or {})
    for ticker, fields in markets.items():
        if not isinstance(fields, Mapping):
            raise ValueError(f"markets[{ticker!r}]: give a mapping of fields (or {{}}), not {fields!r}")
        unknown = sorted(set(fields) - known)
        if unknown:
            raise ValueError(
                f"markets[{ticker!r}]: unknown field {unknown[0]!r}; use {', '.join(_KEYS)} or a Market field"
            )
    return markets
