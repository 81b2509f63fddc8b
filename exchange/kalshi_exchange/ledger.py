"""Each user's money and contracts: cash, collateral held by resting orders, positions, fills.

Exact Decimal dollars throughout. A YES contract bought at p costs p, a NO contract
1 - p; a YES and a NO of the same market held together are redeemed at once for
$1 (what Kalshi calls netting), which is how selling a position pays out.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from decimal import Decimal

from kalshi_exchange.book import ONE, Order, Side

ZERO = Decimal(0)


class InsufficientBalance(Exception):
    """The user's available cash does not cover an order's collateral."""


@dataclass
class Position:
    """Contracts held in one market: positive YES, negative NO, with the cost of each held lot."""

    ticker: str
    lots: deque[tuple[Decimal, Decimal]] = field(default_factory=deque)  # (count, cost per contract), oldest first
    count: Decimal = ZERO
    realized: Decimal = ZERO
    traded: Decimal = ZERO
    traded_count: Decimal = ZERO  # contracts bought and sold (volume)
    fees: Decimal = ZERO
    updated_ms: int = 0

    @property
    def exposure(self) -> Decimal:
        return sum((count * cost for count, cost in self.lots), ZERO)


@dataclass(frozen=True)
class FillRecord:
    """One side of a trade as its user sees it."""

    fill_id: str
    trade_id: str
    order_id: str
    user: str
    ticker: str
    side: Side
    count: Decimal
    price: Decimal  # YES price
    is_taker: bool
    ts_ms: int


@dataclass(frozen=True)
class SettlementRecord:
    ticker: str
    user: str
    result: str
    count: Decimal
    cost: Decimal  # what the settled contracts had cost
    payout: Decimal
    ts_ms: int


@dataclass
class Account:
    user: str
    cash: Decimal
    reserved: Decimal = ZERO  # collateral of resting orders, not part of cash
    positions: dict[str, Position] = field(default_factory=dict)
    fills: list[FillRecord] = field(default_factory=list)
    settlements: list[SettlementRecord] = field(default_factory=list)
    updated_ms: int = 0

    def position(self, ticker: str) -> Position:
        return self.positions.setdefault(ticker, Position(ticker))

    def reserve(self, amount: Decimal) -> None:
        if amount > self.cash:
            raise InsufficientBalance(f"needs ${amount} of collateral, ${self.cash} available")
        self.cash -= amount
        self.reserved += amount

    def release(self, amount: Decimal) -> None:
        self.cash += amount
        self.reserved -= amount


class Ledger:
    """All accounts; every user starts with ``starting_balance`` dollars."""

    def __init__(self, starting_balance: Decimal) -> None:
        self.starting_balance = starting_balance
        self.accounts: dict[str, Account] = {}

    def account(self, user: str) -> Account:
        if user not in self.accounts:
            self.accounts[user] = Account(user, self.starting_balance)
        return self.accounts[user]

    def fill(self, order: Order, count: Decimal, price: Decimal, ts_ms: int) -> None:
        """``order`` traded ``count`` at YES ``price``: its collateral pays, the position moves."""
        account = self.account(order.user)
        account.release(count * order.collateral())  # held at the order's price, paid at the trade's
        cost = order.collateral(price)
        account.cash -= count * cost
        position = account.position(order.ticker)
        position.traded += count * cost
        position.traded_count += count
        direction = ONE if order.side == "bid" else -ONE
        opposite = position.count * direction < 0
        closing = min(count, abs(position.count)) if opposite else ZERO
        left = closing
        while left > 0:  # the oldest held lots are redeemed against the new contracts, $1 a pair
            lot_count, lot_cost = position.lots[0]
            used = min(left, lot_count)
            position.realized += used * (ONE - cost - lot_cost)
            account.cash += used
            left -= used
            if used == lot_count:
                position.lots.popleft()
            else:
                position.lots[0] = (lot_count - used, lot_cost)
        if count > closing:
            position.lots.append((count - closing, cost))
        position.count += direction * count
        position.updated_ms = account.updated_ms = ts_ms

    def settle(self, ticker: str, result: str, ts_ms: int) -> None:
        """Pay $1 for each contract of the winning side (``result`` "yes" or "no"); the rest expire."""
        for account in self.accounts.values():
            position = account.positions.get(ticker)
            if position is None or position.count == 0:
                continue
            won = (position.count > 0) == (result == "yes")
            payout = abs(position.count) if won else ZERO
            cost = position.exposure
            position.realized += payout - cost
            account.cash += payout
            record = SettlementRecord(ticker, account.user, result, position.count, cost, payout, ts_ms)
            account.settlements.append(record)
            position.lots.clear()
            position.count = ZERO
            position.updated_ms = account.updated_ms = ts_ms
