"""One market's order book: resting orders in price-time priority, and matching against them.

Prices are YES prices (Decimal dollars). A bid buys YES at its price; an ask sells
YES at its price, which is buying NO at 1 - price. Trades happen at the resting
(maker) order's price.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

Side = Literal["bid", "ask"]
ONE = Decimal(1)


@dataclass
class Order:
    """An order as the engine keeps it; counts in contracts, price in YES dollars."""

    order_id: str
    user: str
    ticker: str
    side: Side
    price: Decimal
    initial: Decimal
    client_order_id: str = ""
    time_in_force: str = "good_till_canceled"
    self_trade_prevention: str = "taker_at_cross"
    post_only: bool = False
    reduce_only: bool = False
    order_group_id: str | None = None
    created_ms: int = 0
    updated_ms: int = 0
    filled: Decimal = Decimal(0)
    canceled: Decimal = Decimal(0)
    maker_cost: Decimal = Decimal(0)
    taker_cost: Decimal = Decimal(0)
    sequence: int = 0  # time priority: lower rests longer

    @property
    def remaining(self) -> Decimal:
        return self.initial - self.filled - self.canceled

    @property
    def status(self) -> str:
        if self.remaining > 0:
            return "resting"
        return "executed" if self.canceled == 0 else "canceled"

    def collateral(self, price: Decimal | None = None) -> Decimal:
        """What one contract of this order costs its owner at ``price`` (its own by default)."""
        at = self.price if price is None else price
        return at if self.side == "bid" else ONE - at


@dataclass(frozen=True)
class Match:
    """A resting order filled by an incoming one: ``count`` contracts at the maker's price."""

    maker: Order
    count: Decimal
    price: Decimal


@dataclass
class Book:
    """The resting orders of one market, best first on each side."""

    ticker: str
    bids: list[Order] = field(default_factory=list)
    asks: list[Order] = field(default_factory=list)

    def side(self, side: Side) -> list[Order]:
        return self.bids if side == "bid" else self.asks

    def rest(self, order: Order) -> None:
        """Queue ``order`` by price, then by its sequence (its time; an amend may keep an old one)."""
        queue = self.side(order.side)
        rank = _rank(order)
        index = 0
        while index < len(queue) and _rank(queue[index]) < rank:
            index += 1
        queue.insert(index, order)

    def remove(self, order: Order) -> None:
        queue = self.side(order.side)
        if order in queue:
            queue.remove(order)

    def crossing(self, side: Side, price: Decimal) -> Iterator[Order]:
        """Resting orders an incoming ``side`` order at ``price`` would trade with, in priority order."""
        for maker in list(self.asks if side == "bid" else self.bids):
            if (maker.price > price) if side == "bid" else (maker.price < price):
                return
            yield maker

    def levels(self, side: Side) -> list[tuple[Decimal, Decimal]]:
        """Kalshi's book view: YES bids as ``yes`` levels, asks as NO bids at 1 - price; best last."""
        totals: dict[Decimal, Decimal] = {}
        for order in self.side(side):
            price = order.price if side == "bid" else ONE - order.price
            totals[price] = totals.get(price, Decimal(0)) + order.remaining
        return sorted(totals.items())


def _rank(order: Order) -> tuple[Decimal, int]:
    """Priority in the queue, lowest first: better price, then earlier sequence."""
    return (-order.price if order.side == "bid" else order.price, order.sequence)
