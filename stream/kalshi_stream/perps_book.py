"""Local order books from the Perps API's ``orderbook_snapshot`` and ``orderbook_delta`` messages.

A Perps (margin) market's book is two-sided: bids and asks, each a price in US dollars
-> contracts (``bid``/``ask`` in a snapshot, ``side`` ``"bid"``/``"ask"`` in a delta). Unlike
an event contract's book (YES and NO bids on a $1 contract, ``OrderBook``), a perpetual's
price has no $1 ceiling, and the book is crossed when the best bid reaches the best ask.

Everything else is ``OrderBook``'s: prices and counts are ``Decimal``s that passed the same
gate (``numbers.fixed_point``, kind ``usd`` for prices: plainly written, above $0, on the
market's grid, $0.0001 unless ``tick`` says); a message a book cannot apply is a ``BookError``
and changes nothing; ``PerpsOrderBooks(stream)`` (a ``PerpsStream``) turns it into a resync
and never raises, so the loop in the docs keeps its books alive by itself.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from kalshi_perps_stream_messages.models import MarginOrderbookDeltaPayload, MarginOrderbookSnapshotPayload
from kalshi_perps_stream_messages.types import deviations
from kalshi_stream.book import Level, Resyncer
from kalshi_stream.errors import BookError, OutOfSequenceError
from kalshi_stream.messages import RawMessage
from kalshi_stream.notices import BookResync
from kalshi_stream.numbers import fixed_point

__all__ = ["PerpsOrderBook", "PerpsOrderBooks"]

logger = logging.getLogger("kalshi_stream")
ZERO = Decimal(0)
_BOOK_TYPES = ("orderbook_snapshot", "orderbook_delta")
_DEAD_SIDS = 1024  # subscriptions given up on, remembered so their queued messages are ignored
Snapshot = MarginOrderbookSnapshotPayload
Delta = MarginOrderbookDeltaPayload


def _complete(message: Snapshot | Delta, needed: tuple[str, ...]) -> None:
    """Refuse a message the tolerant reader kept although a field the book needs was missing or null."""
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
    if not pairs:  # absent (UNSET) or null: an empty side
        return out
    if not isinstance(pairs, (list, tuple)):
        raise BookError(f"{side} levels are a {type(pairs).__name__}, not a list")
    for pair in pairs:
        if not isinstance(pair, (list, tuple)) or len(pair) != 2:
            raise BookError(f"{side} level {str(pair)[:40]} is not [price, count]")
        price = fixed_point(pair[0], "usd", tick=tick, what=f"{side} price")
        count = fixed_point(pair[1], "count", what=f"{side} count")
        if price in out:
            raise BookError(f"{side} price {price} is listed twice")
        if count:  # a level of zero contracts is no level
            out[price] = count
    return out


class PerpsOrderBook:
    """The book of one Perps market. ``apply(message)`` takes a snapshot or a delta (generated models).

    As ``OrderBook``: a delta must carry the snapshot's subscription id and the next ``seq``
    (when ``check_sequence``), else ``OutOfSequenceError``; anything else it cannot apply
    (another market, a number that cannot be a price or count, a level driven below zero, a
    crossed book: a bid at or above the best ask) raises ``BookError``, the book unchanged.
    """

    def __init__(
        self, market_ticker: str | None = None, *, check_sequence: bool = True, tick: Decimal | None = None
    ) -> None:
        self.market_ticker = market_ticker
        self.check_sequence = check_sequence
        self.tick = tick
        self.sid: int | None = None
        self.seq: int | None = None
        self.bids: dict[Decimal, Decimal] = {}
        self.asks: dict[Decimal, Decimal] = {}

    # -- applying --------------------------------------------------------------------------------
    def apply(self, message: object) -> None:
        if isinstance(message, Snapshot):
            self.apply_snapshot(message)
        elif isinstance(message, Delta):
            self.apply_delta(message)
        else:
            what = getattr(message, "type_", None) or type(message).__name__
            why = getattr(message, "error", None)
            raise BookError(f"{what!s:.40} is not a Perps orderbook snapshot or delta" + (f" ({why})" if why else ""))

    def _check_market(self, ticker: object) -> str:
        if not isinstance(ticker, str):
            raise BookError(f"market_ticker {str(ticker)[:40]!r} is not a string")
        if self.market_ticker is not None and ticker != self.market_ticker:
            raise BookError(f"a message for {ticker[:60]} given to the book of {self.market_ticker}")
        return ticker

    def apply_snapshot(self, snapshot: Snapshot) -> None:
        """Replace the whole book (a snapshot also restarts the sequence)."""
        _complete(snapshot, ("market_ticker",))
        msg = snapshot.msg
        ticker = self._check_market(msg.market_ticker)
        bids = _levels(getattr(msg, "bid", None), "bid", self.tick)
        asks = _levels(getattr(msg, "ask", None), "ask", self.tick)
        if bids and asks and max(bids) >= min(asks):
            raise BookError(f"the snapshot of {ticker} is crossed: best bid {max(bids)} >= best ask {min(asks)}")
        self.market_ticker = ticker
        self.bids, self.asks, self.sid, self.seq = bids, asks, snapshot.sid, snapshot.seq

    def apply_delta(self, delta: Delta) -> None:
        """Add ``delta`` contracts at ``price`` on ``side`` (a level at zero disappears)."""
        _complete(delta, ("market_ticker", "price", "delta", "side"))
        if self.check_sequence and (self.seq is None or delta.sid != self.sid or delta.seq != self.seq + 1):
            expected = None if self.seq is None else self.seq + 1
            raise OutOfSequenceError(expected, delta.seq, delta.sid)
        msg = delta.msg
        ticker = self._check_market(msg.market_ticker)
        side = msg.side
        if side not in ("bid", "ask"):
            raise BookError(f"unknown side {str(side)[:40]!r}")
        levels = self.bids if side == "bid" else self.asks
        price = fixed_point(msg.price, "usd", tick=self.tick)
        change = fixed_point(msg.delta, "delta")
        count = levels.get(price, ZERO) + change
        if count < 0:
            raise BookError(f"{side} {price} would hold {count} contracts: the book is out of sync, resubscribe")
        if change > 0:
            if side == "bid" and self.asks and price >= min(self.asks):
                raise BookError(f"bid {price} crosses the best ask {min(self.asks)}")
            if side == "ask" and self.bids and price <= max(self.bids):
                raise BookError(f"ask {price} crosses the best bid {max(self.bids)}")
        if count == 0:
            levels.pop(price, None)
        else:
            levels[price] = count
        self.market_ticker = ticker
        self.sid, self.seq = delta.sid, delta.seq

    # -- reading ---------------------------------------------------------------------------------
    def levels(self, side: str) -> list[Level]:
        """``"bid"`` (highest first) or ``"ask"`` (lowest first): best first, as (price, contracts)."""
        if side not in ("bid", "ask"):
            raise ValueError(f"side is 'bid' or 'ask', not {side!r}")
        if side == "bid":
            return sorted(self.bids.items(), reverse=True)
        return sorted(self.asks.items())

    def depth(self, side: str, levels: int = 5) -> list[Level]:
        return self.levels(side)[:levels]

    @property
    def best_bid(self) -> Level | None:
        if not self.bids:
            return None
        price = max(self.bids)
        return price, self.bids[price]

    @property
    def best_ask(self) -> Level | None:
        if not self.asks:
            return None
        price = min(self.asks)
        return price, self.asks[price]

    @property
    def spread(self) -> Decimal | None:
        """Best ask minus best bid (None while a side is empty)."""
        bid, ask = self.best_bid, self.best_ask
        return None if bid is None or ask is None else ask[0] - bid[0]

    def __repr__(self) -> str:
        return (
            f"PerpsOrderBook({self.market_ticker!r}, seq={self.seq}, bid={self.best_bid}, ask={self.best_ask}, "
            f"levels={len(self.bids)}+{len(self.asks)})"
        )


class PerpsOrderBooks:
    """The books of one or more Perps markets fed by ``orderbook_delta`` subscriptions, ``seq`` checked per ``sid``.

    ``OrderBooks`` for the Perps API: ``PerpsOrderBooks(stream)`` (a ``PerpsStream``) never
    raises on a message it cannot apply; it drops that subscription's books and asks the
    stream to resync it (a ``BookResync`` notice, then fresh snapshots). Without a stream,
    ``apply`` raises ``BookError`` (``OutOfSequenceError`` for a broken sequence).
    ``ticks`` maps a market to its price grid when you know it (else $0.0001).
    """

    def __init__(self, stream: Resyncer | None = None, *, ticks: Mapping[str, Decimal] | None = None) -> None:
        self.books: dict[str, PerpsOrderBook] = {}
        self.errors = 0
        self.last_error: BookError | None = None
        self._stream = stream
        self._ticks = dict(ticks or {})
        self._seq: dict[int, int] = {}
        self._markets: dict[int, set[str]] = {}  # sid -> the markets its snapshots opened
        self._dead: OrderedDict[int, None] = OrderedDict()  # sids handed back to the stream for a resync

    def __getitem__(self, market_ticker: str) -> PerpsOrderBook:
        return self.books[market_ticker]

    def __contains__(self, market_ticker: object) -> bool:
        return market_ticker in self.books

    def apply(self, message: object) -> PerpsOrderBook | None:
        """Apply a snapshot or delta to its market's book and return that book.

        As ``OrderBooks.apply``: any other message of a tracked subscription that carries a
        ``seq`` only advances the sequence; a ``BookResync`` forgets its subscription's books;
        anything else is ignored. These return None, as does (with a stream) a message that
        started a resync.
        """
        if isinstance(message, BookResync):
            self.forget(message)
            return None
        sid = getattr(message, "sid", None)
        if isinstance(message, RawMessage) and isinstance(message.data, dict):
            sid = message.data.get("sid")  # a frame no model could read still names its subscription
        if self._stream is not None and type(sid) is int and sid in self._dead:
            if not (isinstance(message, Snapshot) and message.seq == 1):
                return None  # queued before its resync was asked for: its books are gone already
            del self._dead[sid]  # a new subscription under a reused number (sids restart on a new connection)
        try:
            return self._apply(message, sid)
        except BookError as err:
            if self._stream is None:
                raise
            self._give_up(sid, err)
            return None

    def _apply(self, message: object, sid: Any) -> PerpsOrderBook | None:
        if not isinstance(message, (Snapshot, Delta)):
            if isinstance(message, RawMessage) and message.type_ in _BOOK_TYPES and type(sid) is int:
                raise BookError(f"an {message.type_} this client could not read: {message.error}")
            seq = getattr(message, "seq", None)
            if type(sid) is int and type(seq) is int and sid in self._seq:
                if seq != self._seq[sid] + 1:
                    raise OutOfSequenceError(self._seq[sid] + 1, seq, sid)
                self._seq[sid] = seq
            return None
        _complete(message, ("market_ticker",))
        ticker = message.msg.market_ticker
        if not isinstance(ticker, str):
            raise BookError(f"market_ticker {str(ticker)[:40]!r} is not a string")
        last = self._seq.get(message.sid)
        if isinstance(message, Snapshot):
            # seq 1 starts a (re)subscription; otherwise a snapshot (of one more market) follows the last seq
            if last is not None and message.seq not in (1, last + 1):
                raise OutOfSequenceError(last + 1, message.seq, message.sid)
            book = PerpsOrderBook(ticker, check_sequence=False, tick=self._ticks.get(ticker))
            book.apply_snapshot(message)
            self.books[ticker] = book
            self._markets.setdefault(message.sid, set()).add(ticker)
        else:
            found = self.books.get(ticker)
            if last is None or message.seq != last + 1 or found is None:
                raise OutOfSequenceError(None if last is None else last + 1, message.seq, message.sid)
            book = found
            book.apply_delta(message)
        self._seq[message.sid] = message.seq
        return book

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
