"""The trading engine: markets' books, every order ever placed, and the ledger they move.

Plain Python and Decimal, no HTTP: ``trading.py`` maps the API's order endpoints
onto it. Rules follow Kalshi's documentation: price-time priority, trades at the
resting order's price, self-trade prevention (``taker_at_cross`` cancels the
incoming order's rest, ``maker`` cancels the resting order), good-till-canceled /
immediate-or-cancel / fill-or-kill, post-only, reduce-only (immediate-or-cancel
only), order groups whose contract limit (over a rolling 15 s) cancels and blocks their orders.
"""

from __future__ import annotations

import random
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from kalshi_exchange.book import Book, Order, Side
from kalshi_exchange.ledger import ZERO, FillRecord, InsufficientBalance, Ledger
from kalshi_exchange.listings import SETTLED_STATES, Listing, listing

TICK = Decimal("0.0001")  # the finest a dollar price is written (4 decimals); a market's grid is checked on placing
COUNT_STEP = Decimal("0.01")
TIME_IN_FORCE = ("good_till_canceled", "immediate_or_cancel", "fill_or_kill")
SELF_TRADE = ("taker_at_cross", "maker")
GROUP_WINDOW_MS = 15_000  # an order group's contract limit counts fills over this rolling window
# How long a client_order_id stays taken (see ``Engine.taken``). Kalshi refuses a duplicate "among live
# and recent orders" without publishing the window; we keep an id taken while its order rests and for
# 24 hours (exchange clock) after the order took it, long enough for any retry loop to be refused.
DEDUP_WINDOW_MS = 24 * 3600 * 1000


def user_uuid(user: str) -> str:
    """The user id the API shows for a key's user: a UUID, as Kalshi's are, the same for the same key."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"kalshi-exchange-user:{user}"))


class TradingError(Exception):
    """A request the exchange refuses, as Kalshi's error (status, code, message)."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


@dataclass
class Tally:
    """One market's trading so far: the last price, contracts and dollars traded."""

    last_price: Decimal = Decimal(0)  # 0 until the first trade
    volume: Decimal = Decimal(0)
    dollar_volume: Decimal = Decimal(0)
    history_open_interest: Decimal = Decimal(0)  # held by traders of a world's history (no accounts here)


@dataclass(frozen=True)
class TradeRecord:
    """One trade on the exchange, as GetTrades shows it: YES price, contracts, the taker's book side."""

    trade_id: str
    ticker: str
    count: Decimal
    price: Decimal
    taker_side: Side
    ts_ms: int


@dataclass
class OrderGroup:
    group_id: str
    user: str
    limit: Decimal
    fills: deque[tuple[int, Decimal]] = field(default_factory=deque)  # (ms, contracts) within the window
    triggered: bool = False
    order_ids: list[str] = field(default_factory=list)


def parse_price(text: object, name: str = "price") -> Decimal:
    """A dollar price between $0 and $1; "56" (cents where dollars are meant) is refused. The market's
    grid (cents unless its listing says otherwise) is checked by ``Engine.place``."""
    try:
        price = Decimal(str(text))
    except InvalidOperation:
        raise TradingError(400, "invalid_price", f"{name}={text!r} is not a dollar amount like '0.5600'") from None
    if not price.is_finite() or not 0 < price < 1:
        hint = f" (cents? send '{price / 100:.4f}')" if price.is_finite() and 1 <= price <= 99 else ""
        raise TradingError(400, "invalid_price", f"{name}={text!r} is outside $0.01-$0.99{hint}")
    if price % TICK:
        raise TradingError(400, "invalid_price", f"{name}={text!r} has more than 4 decimals; not on any price grid")
    return price


def parse_count(text: object, name: str = "count", *, zero: bool = False) -> Decimal:
    """A contract count, a positive multiple of 0.01 (zero too when ``zero``)."""
    try:
        count = Decimal(str(text))
    except InvalidOperation:
        raise TradingError(400, "invalid_count", f"{name}={text!r} is not a contract count like '10.00'") from None
    if not count.is_finite() or count < 0 or (count == 0 and not zero) or count % COUNT_STEP:
        raise TradingError(400, "invalid_count", f"{name}={text!r} must be a positive multiple of 0.01 contracts")
    return count


class Engine:
    """Markets, orders, order groups and the ledger; one lock around it is the caller's job."""

    def __init__(self, seed: int, clock_ms: Callable[[], int], starting_balance: Decimal = Decimal(10_000)) -> None:
        self._rng = random.Random(f"{seed}:engine")  # noqa: S311 - ids, not secrets
        self.clock_ms = clock_ms
        self.ledger = Ledger(starting_balance)
        self.books: dict[str, Book] = {}
        self.orders: dict[str, Order] = {}
        self.groups: dict[str, OrderGroup] = {}
        self.settled: dict[str, str] = {}
        self.settled_at: dict[str, int] = {}  # when each settled market settled (ms)
        self.tallies: dict[str, Tally] = {}
        # The markets a scenario listed; when there are any, only they trade (see listings.py).
        self.listings: dict[str, Listing] = {}
        self.trades: list[TradeRecord] = []  # every trade, oldest first (a world's history, then the engine's)
        # Best YES bid and ask whenever they change, per market: (ms, bid, ask), for candlesticks.
        self.quotes: dict[str, list[tuple[int, Decimal | None, Decimal | None]]] = {}
        self.series: dict[str, Any] = {}  # world.Series by ticker (the catalog the market data answers from)
        self.events: dict[str, Any] = {}  # world.Event by ticker
        # (user, client_order_id) -> (the order that took it, when it took it in ms): see ``taken``.
        self._client_ids: dict[tuple[str, str], tuple[Order, int]] = {}
        self._sequence = 0
        self.listeners: list[Callable[[str, object], None]] = []  # (event, payload): the stream side hooks in

    def new_id(self) -> str:
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))

    def book(self, ticker: str) -> Book:
        return self.books.setdefault(ticker, Book(ticker))

    def listing_of(self, ticker: str) -> Listing:
        """The market's listing; without scenario listings any ticker trades, on the cent grid."""
        if not self.listings:
            return listing(ticker)
        found = self.listings.get(ticker)
        if found is None:
            raise TradingError(404, "market_not_found", f"market {ticker} is not listed")
        return found

    def market_status(self, market: Listing) -> str:
        """The market's status now: settled by the engine, fixed by its listing, or from its timeline."""
        if market.ticker in self.settled:
            return market.status if market.status in SETTLED_STATES else "determined"
        return market.status_at(self.clock_ms())

    def record_history(self, trades: list[TradeRecord]) -> None:
        """Trades from before the exchange existed (a world's history): the trade log, tallies, quotes."""
        for trade in trades:
            self.trades.append(trade)
            tally = self.tallies.setdefault(trade.ticker, Tally())
            tally.last_price = trade.price
            tally.volume += trade.count
            tally.dollar_volume += trade.count * trade.price
            tally.history_open_interest = (tally.volume * Decimal("0.4")).to_integral_value()
            # The taker met the best price on the other side; the book stood a cent wide around it.
            bid, ask = (
                (trade.price - TICK * 100, trade.price)
                if trade.taker_side == "bid"
                else (trade.price, trade.price + TICK * 100)
            )
            self.quotes.setdefault(trade.ticker, []).append((trade.ts_ms, bid, ask))
        self.trades.sort(key=lambda trade: trade.ts_ms)

    def _note_quote(self, ticker: str) -> None:
        book = self.books.get(ticker)
        if book is None:
            return
        bid = book.bids[0].price if book.bids else None
        ask = book.asks[0].price if book.asks else None
        history = self.quotes.setdefault(ticker, [])
        if not history or history[-1][1:] != (bid, ask):
            history.append((self.clock_ms(), bid, ask))

    def check_price(self, ticker: str, price: Decimal, name: str = "price") -> None:
        market = self.listing_of(ticker)
        if not market.on_grid(price):
            step = market.step_at(price)
            raise TradingError(400, "invalid_price", f"{name}={price} is not on the market's ${step} price grid")

    def _emit(self, event: str, payload: object) -> None:
        if event == "order" and isinstance(payload, Order):
            self._note_quote(payload.ticker)
        for listener in self.listeners:
            listener(event, payload)

    def taken(self, user: str, client_order_id: str) -> Order | None:
        """The order holding ``client_order_id`` for ``user``: one that rests now, or that took the id
        (placed with it, or amended to it) within ``DEDUP_WINDOW_MS``; None when the id is free."""
        if not client_order_id:
            return None
        held = self._client_ids.get((user, client_order_id))
        if held is None:
            return None
        order, since_ms = held
        if order.remaining > 0 or self.clock_ms() - since_ms < DEDUP_WINDOW_MS:
            return order
        return None

    def _refuse_duplicate(self, user: str, client_order_id: str) -> None:
        existing = self.taken(user, client_order_id)
        if existing is not None:
            raise TradingError(
                409,
                "order_already_exists",
                f"an order with client_order_id {client_order_id!r} already exists ({existing.status})",
            )

    def _hold_id(self, order: Order, client_order_id: str) -> None:
        if client_order_id:
            self._client_ids[(order.user, client_order_id)] = (order, self.clock_ms())

    def order_of(self, user: str, order_id: str) -> Order:
        order = self.orders.get(order_id)
        if order is None or order.user != user:
            raise TradingError(404, "not_found", f"order {order_id} not found")
        return order

    # -- placing ---------------------------------------------------------------------------------
    def place(
        self,
        user: str,
        ticker: str,
        side: Side,
        price: Decimal,
        count: Decimal,
        *,
        time_in_force: str = "good_till_canceled",
        self_trade_prevention: str = "taker_at_cross",
        post_only: bool = False,
        reduce_only: bool = False,
        client_order_id: str = "",
        order_group_id: str | None = None,
    ) -> tuple[Order, list[FillRecord]]:
        status = self.market_status(self.listing_of(ticker))
        if status != "active":
            raise TradingError(409, "market_closed", f"market {ticker} is {status}, not active")
        self.check_price(ticker, price)
        if time_in_force not in TIME_IN_FORCE:
            raise TradingError(400, "invalid_order", f"time_in_force={time_in_force!r}; one of {TIME_IN_FORCE}")
        if reduce_only and time_in_force != "immediate_or_cancel":
            raise TradingError(400, "invalid_order", "reduce_only orders must be immediate_or_cancel")
        self._refuse_duplicate(user, client_order_id)
        group = self._group_for(user, order_group_id)
        account = self.ledger.account(user)
        if reduce_only:
            held = account.position(ticker).count
            reducing = held < 0 if side == "bid" else held > 0
            count = min(count, abs(held)) if reducing else ZERO
            if count == 0:
                raise TradingError(400, "invalid_order", f"reduce_only: a {side} would not reduce the {held} position")
        book = self.book(ticker)
        self._sequence += 1
        now = self.clock_ms()
        order = Order(
            self.new_id(),
            user,
            ticker,
            side,
            price,
            count,
            client_order_id,
            time_in_force,
            self_trade_prevention,
            post_only,
            reduce_only,
            order_group_id,
            now,
            now,
            sequence=self._sequence,
        )
        crossing = list(book.crossing(side, price))
        if post_only and crossing:
            raise TradingError(409, "post_only_cross", f"post_only {side} at {price} would cross the book")
        if time_in_force == "fill_or_kill" and self._fillable(order, crossing) < count:
            raise TradingError(409, "fill_or_kill_insufficient_resting_volume", "fill_or_kill could not fill")
        try:
            account.reserve(count * order.collateral())
        except InsufficientBalance as err:
            raise TradingError(400, "insufficient_balance", str(err)) from None
        self.orders[order.order_id] = order
        self._hold_id(order, client_order_id)
        if group is not None:
            group.order_ids.append(order.order_id)
        fills = self._match(order, book)
        if order.remaining > 0 and time_in_force != "good_till_canceled":
            self._cancel(order, order.remaining)
        elif order.remaining > 0:
            book.rest(order)
        self._emit("order", order)
        return order, fills

    def _fillable(self, order: Order, crossing: list[Order]) -> Decimal:
        """Contracts ``order`` would fill against ``crossing`` as ``_match`` would take them: self-trade
        prevention stops at (``taker_at_cross``) or skips (``maker``) the taker's own resting orders, and
        a fill that reaches an order group's limit cancels the rest of that group (the taker's own
        group: the taker itself)."""
        now = self.clock_ms()
        counted: dict[str, Decimal] = {}  # group id -> contracts within its window, fills so far included

        def reaches_limit(group_id: str | None, count: Decimal) -> bool:
            group = self.groups.get(group_id or "")
            if group is None:
                return False
            if group.group_id not in counted:
                recent = (c for ms, c in group.fills if ms > now - GROUP_WINDOW_MS)
                counted[group.group_id] = sum(recent, ZERO)
            counted[group.group_id] += count
            return counted[group.group_id] >= group.limit

        wanted, filled, canceled_groups = order.remaining, ZERO, set()
        for maker in crossing:
            if filled >= wanted:
                break
            if maker.user == order.user:
                if order.self_trade_prevention == "maker":
                    continue
                break
            if maker.order_group_id in canceled_groups or maker.remaining == 0:
                continue
            take = min(wanted - filled, maker.remaining)
            filled += take
            if reaches_limit(maker.order_group_id, take):
                canceled_groups.add(maker.order_group_id)
            if reaches_limit(order.order_group_id, take):
                break  # the taker's own group cancels the taker
        return filled

    def _match(self, order: Order, book: Book) -> list[FillRecord]:
        fills: list[FillRecord] = []
        for maker in book.crossing(order.side, order.price):
            if order.remaining == 0:
                break
            if maker.remaining == 0:  # canceled during this match (its order group reached its limit)
                continue
            if maker.user == order.user:
                if order.self_trade_prevention == "maker":
                    self._cancel(maker, maker.remaining)
                    continue
                self._cancel(order, order.remaining)
                break
            count = min(order.remaining, maker.remaining)
            fills += self._trade(order, maker, count)
        return fills

    def _trade(self, taker: Order, maker: Order, count: Decimal) -> list[FillRecord]:
        now, price, trade_id = self.clock_ms(), maker.price, self.new_id()
        records = []
        for order, is_taker in ((maker, False), (taker, True)):
            self.ledger.fill(order, count, price, now)
            cost = count * order.collateral(price)
            order.filled += count
            order.updated_ms = now
            if is_taker:
                order.taker_cost += cost
            else:
                order.maker_cost += cost
            record = FillRecord(
                self.new_id(),
                trade_id,
                order.order_id,
                order.user,
                order.ticker,
                order.side,
                count,
                price,
                is_taker,
                now,
            )
            self.ledger.account(order.user).fills.append(record)
            records.append(record)
            self._emit("fill", record)
        if maker.remaining == 0:
            self.book(maker.ticker).remove(maker)
        self.trades.append(TradeRecord(trade_id, maker.ticker, count, price, taker.side, now))
        tally = self.tallies.setdefault(maker.ticker, Tally())
        tally.last_price, tally.volume, tally.dollar_volume = (
            price,
            tally.volume + count,
            tally.dollar_volume + count * price,
        )
        self._emit("order", maker)
        self._emit("trade", (taker, maker, count, price, trade_id))
        for order in (maker, taker):
            self._count_toward_group(order, count)
        return records

    # -- changing --------------------------------------------------------------------------------
    def _cancel(self, order: Order, count: Decimal) -> None:
        """Take ``count`` contracts off ``order``, releasing their collateral."""
        if count <= 0:
            return
        self.ledger.account(order.user).release(count * order.collateral())
        order.canceled += count
        order.updated_ms = self.clock_ms()
        if order.remaining == 0:
            self.book(order.ticker).remove(order)
        self._emit("order", order)

    def cancel(self, user: str, order_id: str) -> tuple[Order, Decimal]:
        order = self.order_of(user, order_id)
        reduced = order.remaining
        if reduced == 0:
            raise TradingError(409, "order_not_resting", f"order {order_id} is {order.status}")
        self._cancel(order, reduced)
        return order, reduced

    def decrease(self, user: str, order_id: str, by: Decimal | None, to: Decimal | None) -> Order:
        order = self.order_of(user, order_id)
        if (by is None) == (to is None):
            raise TradingError(400, "invalid_order", "give exactly one of reduce_by and reduce_to")
        if order.remaining == 0:
            raise TradingError(409, "order_not_resting", f"order {order_id} is {order.status}")
        cut = by if by is not None else order.remaining - (to if to is not None else ZERO)
        if cut <= 0 or cut > order.remaining:
            raise TradingError(400, "invalid_order", f"cannot reduce {order.remaining} resting contracts by {cut}")
        self._cancel(order, cut)
        return order

    def amend(
        self, user: str, order_id: str, price: Decimal, total: Decimal, client_order_id: str = ""
    ) -> tuple[Order, list[FillRecord]]:
        """New price and total count (filled + resting); a new price or a larger size loses time priority.

        Checks everything before changing anything: a refused amend leaves the order (and its
        ``client_order_id``, which ``client_order_id`` replaces on success) as it was."""
        order = self.order_of(user, order_id)
        if order.remaining == 0:
            raise TradingError(409, "order_not_resting", f"order {order_id} is {order.status}")
        if total <= order.filled:
            raise TradingError(400, "invalid_order", f"count {total} must exceed the {order.filled} already filled")
        self.check_price(order.ticker, price)
        if client_order_id and client_order_id != order.client_order_id:
            self._refuse_duplicate(user, client_order_id)
        account = self.ledger.account(user)
        book = self.book(order.ticker)
        if order.post_only and any(book.crossing(order.side, price)):
            raise TradingError(409, "post_only_cross", f"post_only {order.side} at {price} would cross the book")
        # What rests after the amend: the new total less what already filled (earlier decreases no longer count).
        new_remaining = total - order.filled
        old_hold = order.remaining * order.collateral()
        new_hold = (total - order.filled) * order.collateral(price)
        if new_hold - old_hold > account.cash:
            raise TradingError(400, "insufficient_balance", f"the amend needs ${new_hold - old_hold} more collateral")
        loses_priority = price != order.price or new_remaining > order.remaining
        book.remove(order)
        account.release(old_hold)
        order.price, order.initial, order.canceled = price, total, ZERO
        account.reserve(new_hold)
        order.updated_ms = self.clock_ms()
        if client_order_id:
            order.client_order_id = client_order_id
            self._hold_id(order, client_order_id)
        if loses_priority:
            self._sequence += 1
            order.sequence = self._sequence
        fills = self._match(order, book)
        if order.remaining > 0:
            book.rest(order)
        self._emit("order", order)
        return order, fills

    # -- order groups ----------------------------------------------------------------------------
    def create_group(self, user: str, limit: Decimal) -> OrderGroup:
        group = OrderGroup(self.new_id(), user, limit)
        self.groups[group.group_id] = group
        self._emit("group", ("created", group))
        return group

    def group_of(self, user: str, group_id: str) -> OrderGroup:
        group = self.groups.get(group_id)
        if group is None or group.user != user:
            raise TradingError(404, "not_found", f"order group {group_id} not found")
        return group

    def _group_for(self, user: str, group_id: str | None) -> OrderGroup | None:
        if not group_id:
            return None
        group = self.group_of(user, group_id)
        if group.triggered:
            raise TradingError(409, "order_group_triggered", f"order group {group_id} hit its limit; reset it first")
        return group

    def _count_toward_group(self, order: Order, count: Decimal) -> None:
        group = self.groups.get(order.order_group_id or "")
        if group is None:
            return
        now = self.clock_ms()
        group.fills.append((now, count))
        while group.fills and group.fills[0][0] <= now - GROUP_WINDOW_MS:
            group.fills.popleft()
        if sum((c for _, c in group.fills), ZERO) >= group.limit:
            self.trigger_group(group)

    def trigger_group(self, group: OrderGroup) -> None:
        """Cancel every resting order of the group and block new ones until a reset."""
        group.triggered = True
        self._cancel_group_orders(group)
        self._emit("group", ("triggered", group))

    def _cancel_group_orders(self, group: OrderGroup) -> None:
        for order_id in group.order_ids:
            order = self.orders[order_id]
            self._cancel(order, order.remaining)

    def reset_group(self, group: OrderGroup) -> None:
        group.triggered = False
        group.fills.clear()
        self._emit("group", ("reset", group))

    def delete_group(self, group: OrderGroup) -> None:
        """Cancel the group's resting orders and forget it."""
        self._cancel_group_orders(group)
        del self.groups[group.group_id]
        self._emit("group", ("deleted", group))

    def set_group_limit(self, group: OrderGroup, limit: Decimal) -> None:
        group.limit = limit
        self._emit("group", ("limit_updated", group))

    # -- settlement ------------------------------------------------------------------------------
    def settle(self, ticker: str, result: str) -> None:
        """Close the market: cancel its resting orders, pay $1 a winning contract (``result`` yes/no)."""
        if result not in ("yes", "no"):
            raise ValueError(f"result={result!r}: 'yes' or 'no'")
        settled = self.settled.get(ticker)
        if settled == result:
            return  # settled already, the same way: nothing more to pay
        if settled is not None:
            raise ValueError(f"market {ticker} settled {settled!r} already; a settlement is final")
        book = self.book(ticker)
        for order in [*book.bids, *book.asks]:
            self._cancel(order, order.remaining)
        self.settled[ticker] = result
        self.settled_at[ticker] = self.clock_ms()
        self.ledger.settle(ticker, result, self.clock_ms())
        self._emit("settled", ticker)
