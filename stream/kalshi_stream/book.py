"""A local order book for one market, from ``orderbook_snapshot`` and ``orderbook_delta`` messages.

Kalshi's book holds bids only, on two sides: ``yes`` (bids to buy YES) and ``no``
(bids to buy NO). A NO bid at price p is a YES offer at 1 - p, so the best YES
ask is 1 minus the best NO bid. Prices are dollar strings (``"0.0800"``) and
counts fixed-point strings (``"300.00"``); both are kept as ``Decimal``, so every
sum is exact.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any, overload

from kalshi_stream.errors import StreamError
from kalshi_stream_messages.models import OrderbookDeltaPayload, OrderbookSnapshotPayload
from kalshi_stream_messages.types import deviations

ONE = Decimal(1)
_DELTA_NEEDS = ("market_ticker", "price_dollars", "delta_fp", "side")
Level = tuple[Decimal, Decimal]  # (price in dollars, contracts)


class BookError(StreamError):
    """A message the book cannot apply: another market, a malformed number, a level driven below zero."""


class OutOfSequenceError(BookError):
    """A delta whose ``seq`` does not follow the last one applied: resubscribe for a fresh snapshot."""

    def __init__(self, expected: int | None, got: int, sid: int) -> None:
        self.expected, self.got, self.sid = expected, got, sid
        if expected is None:
            super().__init__(f"delta seq {got} (sid {sid}) before any snapshot")
        else:
            super().__init__(f"delta seq {got} (sid {sid}) out of sequence: expected {expected}")


def _complete(message: OrderbookSnapshotPayload | OrderbookDeltaPayload, needed: tuple[str, ...]) -> None:
    """Refuse a message the tolerant reader kept although a field the book needs was missing or null."""
    # The common case first: the reader recorded nothing (``_deviations``, which ``deviations`` reads, is None).
    if getattr(message, "_deviations", None) is None and getattr(message.msg, "_deviations", None) is None:
        return
    lacking = {key: kind for key, kind in deviations(message).items() if key in ("sid", "seq", "msg")}
    if "msg" not in lacking:
        lacking.update({f"msg.{key}": kind for key, kind in deviations(message.msg).items() if key in needed})
    if lacking:
        what = ", ".join(f"{key} {kind}" for key, kind in sorted(lacking.items()))
        raise BookError(f"{message.type_} cannot be applied ({what}): an older or newer wire format; resubscribe")


# Price strings repeat (a market has at most 99 one-cent levels, a few more at finer ticks): each one is read
# once. Bounded, since every string in it came from the server.
_PRICES: dict[str, Decimal] = {}
_PRICES_HELD = 4096


def _decimal(text: Any, what: str) -> Decimal:
    try:
        value = text if type(text) is Decimal else Decimal(str(text))
    except InvalidOperation:
        raise BookError(f"{what} {text!r} is not a decimal number") from None
    if not value.is_finite():
        raise BookError(f"{what} {text!r} is not finite")
    return value


def _price(text: Any) -> Decimal:
    value = _PRICES.get(text) if type(text) is str else None
    if value is None:
        value = _decimal(text, "price")
        if type(text) is str and len(_PRICES) < _PRICES_HELD:
            _PRICES[text] = value
    return value


def _levels(pairs: Iterable[Sequence[Any]] | None, side: str) -> dict[Decimal, Decimal]:
    out: dict[Decimal, Decimal] = {}
    for pair in pairs or ():
        if len(pair) < 2:
            raise BookError(f"{side} level {pair!r} is not [price, count]")
        count = _decimal(pair[1], f"{side} count")
        if count > 0:
            out[_decimal(pair[0], f"{side} price")] = count
    return out


class OrderBook:
    """The book of one market. ``apply(message)`` takes a snapshot or a delta (generated models).

    A delta must carry the subscription id of the snapshot and the next ``seq``
    (when ``check_sequence``); otherwise ``OutOfSequenceError`` is raised and the
    book is left as it was. For a subscription covering several markets, whose
    ``seq`` counts across all of them, use ``OrderBooks``.
    """

    def __init__(self, market_ticker: str | None = None, *, check_sequence: bool = True) -> None:
        self.market_ticker = market_ticker
        self.check_sequence = check_sequence
        self.sid: int | None = None
        self.seq: int | None = None
        self.yes: dict[Decimal, Decimal] = {}
        self.no: dict[Decimal, Decimal] = {}

    # -- applying --------------------------------------------------------------------------------
    def apply(self, message: OrderbookSnapshotPayload | OrderbookDeltaPayload) -> None:
        if isinstance(message, OrderbookSnapshotPayload):
            self.apply_snapshot(message)
        else:
            self.apply_delta(message)

    def _check_market(self, ticker: str) -> None:
        if self.market_ticker is None:
            self.market_ticker = ticker
        elif ticker != self.market_ticker:
            raise BookError(f"a message for {ticker} given to the book of {self.market_ticker}")

    def apply_snapshot(self, snapshot: OrderbookSnapshotPayload) -> None:
        """Replace the whole book (a snapshot also restarts the sequence)."""
        _complete(snapshot, ("market_ticker",))
        msg = snapshot.msg
        self._check_market(msg.market_ticker)
        yes = _levels(_maybe(msg, "yes_dollars_fp"), "yes")
        no = _levels(_maybe(msg, "no_dollars_fp"), "no")
        self.yes, self.no, self.sid, self.seq = yes, no, snapshot.sid, snapshot.seq

    def apply_delta(self, delta: OrderbookDeltaPayload) -> None:
        """Add ``delta_fp`` contracts at ``price_dollars`` on ``side`` (a level at zero disappears)."""
        _complete(delta, _DELTA_NEEDS)
        if self.check_sequence and (self.seq is None or delta.sid != self.sid or delta.seq != self.seq + 1):
            expected = None if self.seq is None else self.seq + 1
            raise OutOfSequenceError(expected, delta.seq, delta.sid)
        self._check_market(delta.msg.market_ticker)
        self._change(delta)

    def _change(self, delta: OrderbookDeltaPayload) -> None:
        """The delta's change to its side, once the message is known complete and in sequence."""
        msg = delta.msg
        side = msg.side
        levels = self.yes if side == "yes" else self.no if side == "no" else None
        if levels is None:
            raise BookError(f"unknown side {side!r}")
        price = _price(msg.price_dollars)
        held = levels.get(price)
        count = _decimal(msg.delta_fp, "delta") if held is None else held + _decimal(msg.delta_fp, "delta")
        if count < 0:
            raise BookError(f"{side} {price} would hold {count} contracts: the book is out of sync, resubscribe")
        if count == 0:
            levels.pop(price, None)
        else:
            levels[price] = count
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


def _maybe(obj: Any, name: str) -> Any:
    """An optional generated field: absent (the generator's UNSET, falsy) reads as None."""
    value = getattr(obj, name, None)
    return value if value else None


class OrderBooks:
    """The books of one or more markets fed by ``orderbook_delta`` subscriptions, ``seq`` checked per ``sid``."""

    def __init__(self) -> None:
        self.books: dict[str, OrderBook] = {}
        self._seq: dict[int, int] = {}

    def __getitem__(self, market_ticker: str) -> OrderBook:
        return self.books[market_ticker]

    def __contains__(self, market_ticker: object) -> bool:
        return market_ticker in self.books

    @overload
    def apply(self, message: OrderbookSnapshotPayload | OrderbookDeltaPayload) -> OrderBook: ...

    @overload
    def apply(self, message: object) -> OrderBook | None: ...

    def apply(self, message: object) -> OrderBook | None:
        """Apply a snapshot or delta to its market's book and return that book.

        Any other message of a tracked subscription that carries a ``seq`` (the
        ``ok`` answering ``update_subscription``) only advances the sequence;
        anything else is ignored. Both return None.
        """
        if not isinstance(message, (OrderbookSnapshotPayload, OrderbookDeltaPayload)):
            sid, seq = getattr(message, "sid", None), getattr(message, "seq", None)
            if isinstance(sid, int) and isinstance(seq, int) and sid in self._seq:
                self._advance(sid, seq)
            return None
        if isinstance(message, OrderbookDeltaPayload):
            _complete(message, _DELTA_NEEDS)
            last = self._seq.get(message.sid)
            book = self.books.get(message.msg.market_ticker)
            if last is None or message.seq != last + 1 or book is None:
                raise OutOfSequenceError(None if last is None else last + 1, message.seq, message.sid)
            book._change(message)  # its market's book (keyed by ticker), checked complete and in sequence
        else:
            _complete(message, ("market_ticker",))
            last = self._seq.get(message.sid)
            # seq 1 starts a (re)subscription; otherwise a snapshot (of one more market) follows the last seq
            if last is not None and message.seq not in (1, last + 1):
                raise OutOfSequenceError(last + 1, message.seq, message.sid)
            ticker = message.msg.market_ticker
            book = self.books[ticker] = OrderBook(ticker, check_sequence=False)
            book.apply_snapshot(message)
        self._seq[message.sid] = message.seq
        return book

    def _advance(self, sid: int, seq: int) -> None:
        last = self._seq[sid]
        if seq != last + 1:
            raise OutOfSequenceError(last + 1, seq, sid)
        self._seq[sid] = seq

    def last_seq(self, sid: int | None) -> int | None:
        """The last ``seq`` applied for subscription ``sid`` (None: nothing yet)."""
        return None if sid is None else self._seq.get(sid)

    def forget(self, sid: int | None = None) -> None:
        """Drop every book (or the sequence of one sid), e.g. before a resubscription's snapshots."""
        if sid is None:
            self.books.clear()
            self._seq.clear()
        else:
            self._seq.pop(sid, None)
