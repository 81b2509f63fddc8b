"""One market's public numbers as the engine has them: best prices, last trade, volume, open interest.

The ticker stream channel and the REST market listings both read a ``Quote``, so
the two agree with each other and with the order book.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal

from kalshi_exchange.engine import Engine, Tally

ZERO, ONE = Decimal(0), Decimal(1)


@dataclass(frozen=True)
class Quote:
    """YES prices in dollars; an empty side's best price is None."""

    ticker: str
    yes_bid: Decimal | None
    yes_ask: Decimal | None
    last_price: Decimal  # 0 before the first trade
    volume: Decimal  # contracts traded
    dollar_volume: Decimal  # sum of contracts x YES price traded
    open_interest: Decimal  # YES contracts held (each is matched by a NO contract someone holds)

    @property
    def dollar_open_interest(self) -> Decimal:
        """Open interest valued at the last price (Kalshi does not say how it values it)."""
        return self.open_interest * self.last_price


def quote(engine: Engine, ticker: str) -> Quote:
    """``ticker``'s quote now (the caller holds the engine's lock)."""
    book = engine.book(ticker)
    tally = engine.tallies.get(ticker, Tally())
    held = sum(
        (max(a.positions[ticker].count, ZERO) for a in engine.ledger.accounts.values() if ticker in a.positions), ZERO
    )
    return Quote(
        ticker,
        book.bids[0].price if book.bids else None,
        book.asks[0].price if book.asks else None,
        tally.last_price,
        tally.volume,
        tally.dollar_volume,
        held + tally.history_open_interest,
    )


def whole_dollars(value: Decimal) -> int:
    return int(value.to_integral_value(rounding=ROUND_FLOOR))
