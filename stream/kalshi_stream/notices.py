"""What the client itself tells the consumer, in line with the messages (same ``type_``/``to_dict``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(eq=False)
class Subscription:
    """One channel subscription. ``sid`` is the server's id for it now: it changes when the client
    resubscribes (after a sequence gap or a reconnect), so keep the object, not the sid."""

    channel: str
    params: dict[str, Any] = field(default_factory=dict)  # subscribe params besides ``channels``
    sid: int | None = None

    @property
    def market_tickers(self) -> list[str]:
        tickers = self.params.get("market_tickers")
        if tickers is None and "market_ticker" in self.params:
            return [self.params["market_ticker"]]
        return list(tickers or [])

    def __repr__(self) -> str:
        return f"Subscription({self.channel!r}, sid={self.sid}, markets={self.market_tickers})"


@dataclass(frozen=True)
class BookResync:
    """An ``orderbook_delta`` subscription is being rebuilt: drop its book(s); fresh snapshots follow.

    ``reason``: ``"gap"`` (a ``seq`` was missed or went back: ``expected``/``got``),
    ``"overflow"`` (the consumer fell behind and the backlog was dropped), ``"reconnect"``,
    ``"book_error"`` (a book could not apply a message: ``error`` says why) or
    ``"requested"`` (``KalshiStream.resync``). ``OrderBooks.forget(notice)`` drops exactly
    the books it names.
    """

    subscription: Subscription
    reason: str
    old_sid: int | None
    expected: int | None = None
    got: int | None = None
    error: Exception | None = None
    type_: str = field(default="book_resync", init=False)

    def to_dict(self) -> dict[str, Any]:
        out = {"type": self.type_, "reason": self.reason, "channel": self.subscription.channel, "sid": self.old_sid}
        if self.error is not None:
            out["error"] = str(self.error)
        return out


@dataclass(frozen=True)
class ResubscribeFailed:
    """Restoring a subscription (after a resync or reconnect) failed; the client retries with backoff.

    Keeps happening until the server accepts it again or you ``unsubscribe`` it: a market that
    closed answers ``MarketNotFoundError`` for good, say. ``attempt`` counts from 1.
    """

    subscription: Subscription
    error: Exception
    attempt: int
    type_: str = field(default="resubscribe_failed", init=False)

    def to_dict(self) -> dict[str, Any]:
        channel, attempt = self.subscription.channel, self.attempt
        return {"type": self.type_, "channel": channel, "error": str(self.error), "attempt": attempt}


@dataclass(frozen=True)
class SequenceGap:
    """A sequenced channel other than the order book skipped ``seq`` numbers: messages were lost."""

    subscription: Subscription
    expected: int
    got: int
    type_: str = field(default="sequence_gap", init=False)

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type_, "sid": self.subscription.sid, "expected": self.expected, "got": self.got}


@dataclass(frozen=True)
class Reconnected:
    """The connection dropped and is back, on a freshly signed handshake; every subscription is resent."""

    attempts: int
    subscriptions: tuple[Subscription, ...]
    type_: str = field(default="reconnected", init=False)

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type_, "attempts": self.attempts, "subscriptions": len(self.subscriptions)}


@dataclass(frozen=True)
class Overflow:
    """The consumer fell ``dropped`` messages behind a full queue; they were discarded (policy ``resync``)."""

    dropped: int
    type_: str = field(default="overflow", init=False)

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type_, "dropped": self.dropped}
