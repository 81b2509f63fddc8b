"""The markets a scenario lists: tickers, their event and series, status, title and price grid.

``LocalExchange.scenario(markets=...)`` fills ``Engine.listings``; from then on the
market and event operations answer from these listings (with the engine's books,
trades and settlements), and orders on an unlisted market are refused as Kalshi
refuses them. Without listings every market operation is drawn from the spec.
"""

from __future__ import annotations

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
# Known listing keys; any other key given for a market is a Market field, answered verbatim.
_KEYS = ("event_ticker", "series_ticker", "title", "status", "price_level_structure")


@dataclass(frozen=True)
class Listing:
    ticker: str
    event_ticker: str
    series_ticker: str
    title: str
    status: str = "active"
    price_level_structure: str = DEFAULT_GRID
    fields: Mapping[str, Any] = field(default_factory=dict)

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
    event = str(given.get("event_ticker") or (ticker.rsplit("-", 1)[0] if "-" in ticker else ticker))
    return Listing(
        ticker,
        event,
        str(given.get("series_ticker") or event.split("-", 1)[0]),
        str(given.get("title") or f"{ticker} resolves yes"),
        str(given.get("status") or "active"),
        grid,
        {k: v for k, v in given.items() if k not in _KEYS},
    )


def listings(markets: Iterable[str] | Mapping[str, Mapping[str, Any]]) -> list[Listing]:
    """Scenario input: tickers, or tickers mapped to their fields."""
    if isinstance(markets, Mapping):
        return [listing(ticker, fields) for ticker, fields in markets.items()]
    if isinstance(markets, str):
        raise TypeError("markets= takes a list of tickers or a mapping of ticker to fields, not one string")
    return [listing(ticker) for ticker in markets]
