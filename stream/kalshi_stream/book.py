"""Local order books from ``orderbook_snapshot`` and ``orderbook_delta`` messages.

Kalshi's book holds bids only, on two sides: ``yes`` (bids to buy YES) and ``no``
(bids to buy NO). A NO bid at price p is a YES offer at 1 - p, so the best YES
ask is 1 minus the best NO bid. Prices and counts are kept as ``Decimal``, so every
sum is exact; each one is checked by ``numbers.fixed_point`` before it is used.

A book refuses what it cannot apply (``BookError``) and is left as it was. What
happens next depends on who owns the subscription:

- ``OrderBooks(stream)``: the stream does. A message a book cannot apply drops the
  books of its subscription and asks the stream to ``resync`` it (unsubscribe,
  resubscribe, a ``BookResync`` notice, a fresh snapshot); ``apply`` returns None
  and never raises, so the loop in the docs keeps its books alive by itself.
- ``OrderBook`` or ``OrderBooks()`` on their own (replaying recorded messages,
  say): nobody can resubscribe, so ``apply`` raises the ``BookError``.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, Protocol, overload

from kalshi_stream.errors import BookError, OutOfSequenceError
from kalshi_stream.messages import RawMessage
from kalshi_stream.notices import BookResync
from kalshi_stream.numbers import _DIGITS, COUNT_STEP, Kind, fixed_point
from kalshi_stream_messages.models import OrderbookDeltaPayload, OrderbookSnapshotPayload
from kalshi_stream_messages.types import deviations

__all__ = ["BookError", "Level", "OrderBook", "OrderBooks", "OutOfSequenceError", "Resyncer"]

logger = logging.getLogger("kalshi_stream")
ONE = Decimal(1)
ZERO = Decimal(0)
Level = tuple[Decimal, Decimal]  # (price in dollars, contracts)
_BOOK_TYPES = ("orderbook_snapshot", "orderbook_delta")
_DEAD_SIDS = 1024  # subscriptions given up on, remembered so their queued messages are ignored


class Resyncer(Protocol):
    """What ``OrderBooks`` needs from the stream that owns its subscriptions (``KalshiStream``)."""

    def resync(self, target: int, reason: str = ..., *, error: Exception | None = None) -> bool: ...


_SNAPSHOT_NEEDS = ("market_ticker",)
_DELTA_NEEDS = ("market_ticker", "price_dollars", "delta_fp", "side")
_PRICES_KEPT = 4096  # prices remembered per grid as checked (a few hundred per grid at most are real)
# grid -> {id(value): (value, the price it is)}: a price the reader hands over (the same Decimal object for
# the same text, from its cache) is checked once, not on every delta. Keyed by identity, never by equality:
# Decimal("0.5") and Decimal("0.50000000000") are equal, and the gate refuses the second. The entry holds
# its value, so the id cannot be reused while it is there.
_checked_prices: dict[Decimal | None, dict[int, tuple[object, Decimal]]] = {}
_NOTHING_CHECKED: dict[int, tuple[object, Decimal]] = {}


def _price(value: object, tick: Decimal | None, side: str | None = None) -> Decimal:
    """``fixed_point(value, "price", tick=tick)``, remembered for the value object (``side``: a snapshot's)."""
    seen = _checked_prices.get(tick)
    if seen is None:
        seen = _checked_prices[tick] = {}
    found = seen.get(id(value))
    if found is not None and found[0] is value:
        return found[1]
    price = fixed_point(value, "price", tick=tick, what=side and f"{side} price")
    if len(seen) >= _PRICES_KEPT:
        seen.clear()
    seen[id(value)] = (value, price)
    return price


def _count(value: object, kind: Kind, side: str | None = None) -> Decimal:
    """``fixed_point(value, kind)`` for a count or delta, at once for what Kalshi writes (``side``: a snapshot's).

    A Decimal of exactly two decimals (``same_quantum``: finite, on the 0.01-contract grid) and
    fewer than ``_DIGITS`` whole digits passes the gate's every check; anything else is its to judge.
    """
    if (
        type(value) is Decimal
        and value.same_quantum(COUNT_STEP)
        and value.adjusted() < _DIGITS
        and (kind == "delta" or value >= 0)
    ):
        return value
    return fixed_point(value, kind, what=side and f"{side} {kind}")


def _complete(message: OrderbookSnapshotPayload | OrderbookDeltaPayload, needed: tuple[str, ...]) -> None:
    """Refuse a message the tolerant reader kept although a field the book needs was missing or null."""
    msg = message.msg
    if (
        message._deviations is None  # as the spec says (the strict pass never records any): nothing lacking
        and getattr(msg, "_deviations", True) is None
        and type(message.sid) is int
        and type(message.seq) is int
    ):
        return
    lacking = {key: kind for key, kind in deviations(message).items() if key in ("sid", "seq", "msg")}
    if "msg" not in lacking:
        lacking.update({f"msg.{key}": kind for key, kind in deviations(message.msg).items() if key in needed})
    if lacking:
        what = ", ".join(f"{key} {kind}" for key, kind in sorted(lacking.items()))
        raise BookError(f"{message.type_} cannot be applied ({what}): an older or newer wire format; resubscribe")
    if type(message.sid) is not int or type(message.seq) is not int:
        raise BookError(f"{message.type_} without an integer sid and seq")


def _levels(pairs: Any, side: str, tick: Decimal | None) -> dict[Decimal, Decimal]:
    out: dict[Decimal, Decimal] = {}
    if not pairs:  # absent (UNSET) or null: Kalshi leaves an empty side out
        return out
    if not isinstance(pairs, (list, tuple)):
        raise BookError(f"{side} levels are a {type(pairs).__name__}, not a list")
    for pair in pairs:
        if not isinstance(pair, (list, tuple)) or len(pair) != 2:
            raise BookError(f"{side} level {str(pair)[:40]} is not [price, count]")
        price = _price(pair[0], tick, side)
        count = _count(pair[1], "count", side)
        if price in out:
            raise BookError(f"{side} price {price} is listed twice")
        if count:  # a level of zero contracts is no level
            out[price] = count
    return out


def _crossed(yes: Mapping[Decimal, Decimal], no: Mapping[Decimal, Decimal]) -> bool:
    """A YES bid at p and a NO bid at q with p + q >= $1 would have traded: no real book holds both."""
    return bool(yes) and bool(no) and max(yes) + max(no) >= ONE


class OrderBook:
    """The book of one market. ``apply(message)`` takes a snapshot or a delta (generated models).

    A delta must carry the subscription id of the snapshot and the next ``seq``
    (when ``check_sequence``); otherwise ``OutOfSequenceError`` is raised and the
    book is left as it was. Any other message it cannot apply (another market, a
    number that cannot be a Kalshi price or count, a level driven below zero, a
    crossed book, not a snapshot or delta at all) raises ``BookError``, the book
    unchanged. ``tick`` is the market's price grid when you know it (else $0.0001).
    For a subscription covering several markets, whose ``seq`` counts across all of
    them, use ``OrderBooks``.
    """

    def __init__(
        self, market_ticker: str | None = None, *, check_sequence: bool = True, tick: Decimal | None = None
    ) -> None:
        self.market_ticker = market_ticker
        self.check_sequence = check_sequence
        self.tick = tick
        self.sid: int | None = None
        self.seq: int | None = None
        self.yes: dict[Decimal, Decimal] = {}
        self.no: dict[Decimal, Decimal] = {}
        # Per side, $1 minus a bound at or above its best bid (the bound rises with a new best and stays
        # when levels go): a bid on the other side below it cannot cross, so only a bid at or above it
        # makes a delta look up this side's exact best (max).
        self._ceilings = {"yes": ONE, "no": ONE}

    # -- applying --------------------------------------------------------------------------------
    def apply(self, message: object) -> None:
        if isinstance(message, OrderbookSnapshotPayload):
            self.apply_snapshot(message)
        elif isinstance(message, OrderbookDeltaPayload):
            self.apply_delta(message)
        else:
            what = getattr(message, "type_", None) or type(message).__name__
            why = getattr(message, "error", None)
            raise BookError(f"{what!s:.40} is not an orderbook snapshot or delta" + (f" ({why})" if why else ""))

    def _check_market(self, ticker: object) -> str:
        if not isinstance(ticker, str):
            raise BookError(f"market_ticker {str(ticker)[:40]!r} is not a string")
        if self.market_ticker is not None and ticker != self.market_ticker:
            raise BookError(f"a message for {ticker[:60]} given to the book of {self.market_ticker}")
        return ticker

    def apply_snapshot(self, snapshot: OrderbookSnapshotPayload) -> None:
        """Replace the whole book (a snapshot also restarts the sequence)."""
        _complete(snapshot, _SNAPSHOT_NEEDS)
        self._apply_snapshot(snapshot)

    def _apply_snapshot(self, snapshot: OrderbookSnapshotPayload) -> None:  # _complete was checked
        msg = snapshot.msg
        ticker = self._check_market(msg.market_ticker)
        yes = _levels(getattr(msg, "yes_dollars_fp", None), "yes", self.tick)
        no = _levels(getattr(msg, "no_dollars_fp", None), "no", self.tick)
        if _crossed(yes, no):
            raise BookError(f"the snapshot of {ticker} is crossed: yes bid {max(yes)} + no bid {max(no)} >= $1")
        self.market_ticker = ticker
        self.yes, self.no, self.sid, self.seq = yes, no, snapshot.sid, snapshot.seq
        self._ceilings = {"yes": ONE - max(yes, default=ZERO), "no": ONE - max(no, default=ZERO)}

    def apply_delta(self, delta: OrderbookDeltaPayload) -> None:
        """Add ``delta_fp`` contracts at ``price_dollars`` on ``side`` (a level at zero disappears)."""
        _complete(delta, _DELTA_NEEDS)
        self._apply_delta(delta)

    def _apply_delta(self, delta: OrderbookDeltaPayload) -> None:  # _complete was checked
        # The hot path of a feed handler: the gate's checks are inlined where a value passes them at
        # once (a price checked before, a count of exactly two decimals); anything else goes to them.
        if self.check_sequence and (self.seq is None or delta.sid != self.sid or delta.seq != self.seq + 1):
            expected = None if self.seq is None else self.seq + 1
            raise OutOfSequenceError(expected, delta.seq, delta.sid)
        msg = delta.msg
        ticker = msg.market_ticker
        if ticker != self.market_ticker or self.market_ticker is None:
            ticker = self._check_market(ticker)
        side = msg.side
        if side == "yes":
            levels, other, other_side = self.yes, self.no, "no"
        elif side == "no":
            levels, other, other_side = self.no, self.yes, "yes"
        else:
            raise BookError(f"unknown side {str(side)[:40]!r}")
        value = msg.price_dollars
        found = _checked_prices.get(self.tick, _NOTHING_CHECKED).get(id(value))
        price = found[1] if found is not None and found[0] is value else _price(value, self.tick)
        change = msg.delta_fp
        if not (type(change) is Decimal and change.same_quantum(COUNT_STEP) and change.adjusted() < _DIGITS):
            change = fixed_point(change, "delta")
        count = levels.get(price, ZERO) + change
        if count < ZERO:
            raise BookError(f"{side} {price} would hold {count} contracts: the book is out of sync, resubscribe")
        ceilings = self._ceilings
        if change > ZERO and price >= ceilings[other_side] and other:  # it may cross: the exact best decides
            best = max(other)
            ceilings[other_side] = ONE - best
            if price + best >= ONE:
                raise BookError(f"{side} bid {price} crosses the best {other_side} bid {best}")
        if not count:
            levels.pop(price, None)
        else:
            levels[price] = count
            if price + ceilings[side] > ONE:  # a new best bid on this side
                ceilings[side] = ONE - price
        self.market_ticker = ticker
        self.sid, self.seq = delta.sid, delta.seq

    # -- reading ---------------------------------------------------------------------------------
    def levels(self, side: str) -> list[Level]:
        """Bids on ``side`` ("yes" or "no"), best (highest) first."""
        book = self.yes if side == "yes" else self.no
        return sorted(book.items(), reverse=True)

    def depth(self, side: str, levels: int = 5) -> list[Level]:
        return self.levels(side)[:levels]

    @staticmethod
    def _best(book: dict[Decimal, Decimal]) -> Level | None:
        if not book:
            return None
        price = max(book)
        return price, book[price]

    @property
    def best_yes_bid(self) -> Level | None:
        return self._best(self.yes)

    @property
    def best_no_bid(self) -> Level | None:
        return self._best(self.no)

    @property
    def best_yes_ask(self) -> Level | None:
        """The cheapest YES offer: a NO bid at p sells YES at 1 - p."""
        best = self._best(self.no)
        return None if best is None else (ONE - best[0], best[1])

    @property
    def best_no_ask(self) -> Level | None:
        best = self._best(self.yes)
        return None if best is None else (ONE - best[0], best[1])

    def __repr__(self) -> str:
        return (
            f"OrderBook({self.market_ticker!r}, seq={self.seq}, yes_bid={self.best_yes_bid}, "
            f"yes_ask={self.best_yes_ask}, levels={len(self.yes)}+{len(self.no)})"
        )


class OrderBooks:
    """The books of one or more markets fed by ``orderbook_delta`` subscriptions, ``seq`` checked per ``sid``.

    ``OrderBooks(stream)`` keeps itself alive: give it every message of the stream and a
    message it cannot apply never raises; it drops that subscription's books and asks
    ``stream`` to resync it (a ``BookResync`` notice, then fresh snapshots). ``errors``
    counts those, ``last_error`` holds the latest. Without a stream, ``apply`` raises
    ``BookError`` (``OutOfSequenceError`` for a broken sequence).

    ``ticks`` maps a market to its price grid when you know it (else Kalshi's finest, $0.0001).
    """

    def __init__(self, stream: Resyncer | None = None, *, ticks: Mapping[str, Decimal] | None = None) -> None:
        self.books: dict[str, OrderBook] = {}
        self.errors = 0
        self.last_error: BookError | None = None
        self._stream = stream
        self._ticks = dict(ticks or {})
        self._seq: dict[int, int] = {}
        self._markets: dict[int, set[str]] = {}  # sid -> the markets its snapshots opened
        self._dead: OrderedDict[int, None] = OrderedDict()  # sids handed back to the stream for a resync

    def __getitem__(self, market_ticker: str) -> OrderBook:
        return self.books[market_ticker]

    def __contains__(self, market_ticker: object) -> bool:
        return market_ticker in self.books

    @overload
    def apply(self, message: OrderbookSnapshotPayload | OrderbookDeltaPayload) -> OrderBook | None: ...

    @overload
    def apply(self, message: object) -> OrderBook | None: ...

    def apply(self, message: object) -> OrderBook | None:
        """Apply a snapshot or delta to its market's book and return that book.

        Any other message of a tracked subscription that carries a ``seq`` (the
        ``ok`` answering ``update_subscription``) only advances the sequence; a
        ``BookResync`` forgets its subscription's books; anything else is ignored.
        These return None, as does (with a stream) a message that started a resync.
        """
        kind = type(message)
        if kind is OrderbookDeltaPayload or kind is OrderbookSnapshotPayload:  # most messages: no other question
            sid = message.sid  # type: ignore[attr-defined]
        elif isinstance(message, BookResync):
            self.forget(message)
            return None
        else:
            sid = getattr(message, "sid", None)
            if isinstance(message, RawMessage) and isinstance(message.data, dict):
                sid = message.data.get("sid")  # a frame no model could read still names its subscription
        if self._stream is not None and type(sid) is int and sid in self._dead:
            if not (isinstance(message, OrderbookSnapshotPayload) and message.seq == 1):
                return None  # queued before its resync was asked for: its books are gone already
            del self._dead[sid]  # a new subscription under a reused number (sids restart on a new connection)
        try:
            return self._apply(message, sid)
        except BookError as err:
            if self._stream is None:
                raise
            self._give_up(sid, err)
            return None

    def _apply(self, message: object, sid: Any) -> OrderBook | None:
        if not isinstance(message, (OrderbookSnapshotPayload, OrderbookDeltaPayload)):
            if isinstance(message, RawMessage) and message.type_ in _BOOK_TYPES and type(sid) is int:
                raise BookError(f"an {message.type_} this client could not read: {message.error}")
            seq = getattr(message, "seq", None)
            if type(sid) is int and type(seq) is int and sid in self._seq:
                self._advance(sid, seq)
            return None
        needs = _SNAPSHOT_NEEDS if isinstance(message, OrderbookSnapshotPayload) else _DELTA_NEEDS
        _complete(message, needs)  # once: the book does not check again
        ticker = message.msg.market_ticker
        if not isinstance(ticker, str):
            raise BookError(f"market_ticker {str(ticker)[:40]!r} is not a string")
        last = self._seq.get(message.sid)
        if isinstance(message, OrderbookSnapshotPayload):
            # seq 1 starts a (re)subscription; otherwise a snapshot (of one more market) follows the last seq
            if last is not None and message.seq not in (1, last + 1):
                raise OutOfSequenceError(last + 1, message.seq, message.sid)
            book = OrderBook(ticker, check_sequence=False, tick=self._ticks.get(ticker))
            book._apply_snapshot(message)
            self.books[ticker] = book
            self._markets.setdefault(message.sid, set()).add(ticker)
        else:
            found = self.books.get(ticker)
            if last is None or message.seq != last + 1 or found is None:
                raise OutOfSequenceError(None if last is None else last + 1, message.seq, message.sid)
            book = found
            book._apply_delta(message)
        self._seq[message.sid] = message.seq
        return book

    def _advance(self, sid: int, seq: int) -> None:
        last = self._seq[sid]
        if seq != last + 1:
            raise OutOfSequenceError(last + 1, seq, sid)
        self._seq[sid] = seq

    def _give_up(self, sid: Any, error: BookError) -> None:
        """Drop the books of ``sid`` and hand it to the stream for a resync (stream attached)."""
        assert self._stream is not None
        self.errors += 1
        self.last_error = error
        if type(sid) is not int:  # no subscription to blame: nothing was applied, nothing to rebuild
            logger.warning("book message ignored: %s", error)
            return
        self._drop(sid)
        self._dead[sid] = None
        while len(self._dead) > _DEAD_SIDS:
            self._dead.popitem(last=False)
        started = self._stream.resync(sid, "book_error", error=error)
        logger.warning("sid %d: %s; %s", sid, error, "resyncing" if started else "already being rebuilt")

    def _drop(self, sid: int) -> None:
        self._seq.pop(sid, None)
        for ticker in self._markets.pop(sid, ()):
            book = self.books.get(ticker)
            if book is not None and book.sid in (sid, None):
                del self.books[ticker]

    def last_seq(self, sid: int | None) -> int | None:
        """The last ``seq`` applied for subscription ``sid`` (None: nothing yet)."""
        return None if sid is None else self._seq.get(sid)

    def forget(self, target: int | BookResync | None = None) -> None:
        """Drop books before fresh snapshots: every book (no argument), or those of one subscription
        (its ``sid``, or the ``BookResync`` notice announcing its rebuild)."""
        if target is None:
            self.books.clear()
            self._seq.clear()
            self._markets.clear()
            self._dead.clear()
            return
        if isinstance(target, BookResync):
            sids: Iterable[int | None] = (target.old_sid,)
            for ticker in target.subscription.market_tickers:
                self.books.pop(ticker, None)
        else:
            sids = (target,)
        for sid in sids:
            if sid is not None:
                self._drop(sid)
                self._dead.pop(sid, None)
