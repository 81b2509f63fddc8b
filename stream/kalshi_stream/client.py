"""``KalshiStream``: Kalshi's WebSocket API on asyncio, over the ``websockets`` library.

What it takes from ``websockets``: the connection, the handshake's extra
headers, and keepalive (client pings; a missing pong closes the connection,
which is the liveness check). What it does itself, and why:

- **Reconnect loop.** ``websockets``' reconnecting iterator resends the headers
  it was given once, and Kalshi's signature carries a timestamp, so each
  attempt must be signed anew (and before its newest releases, its backoff was
  tunable only process-wide, through environment variables). Here every
  attempt is signed afresh, waits a capped exponential backoff with full
  jitter, and then resubscribes every subscription. The backoff keeps growing
  across connections that die young (a server that accepts and hangs up gets
  ever slower retries) and starts over only after a connection proved healthy
  by staying up ``liveness_timeout`` seconds (a full keepalive round trip). No
  redirect is ever followed (see ``connection._NoRedirects``).
- **Answers are checked against their command**: a ``subscribed`` naming another
  channel, a reused or missing ``sid``, an ``ok`` where ``subscribed`` was due, is a
  ``StreamProtocolError`` for the command that waits for it, never silence.
- **Sequence tracking** per subscription: a repeat of the last ``seq`` is dropped; a
  gap (or a ``seq`` going back) in an orderbook subscription unsubscribes and
  resubscribes it (a fresh snapshot) after a ``BookResync`` notice; elsewhere it
  yields a ``SequenceGap`` notice. ``OrderBooks(stream)`` asks for the same resync
  (``resync``) when a book cannot apply a message. Resyncs of one subscription that
  follow each other quickly wait a growing backoff, so a server that keeps sending
  broken books cannot make the client hammer it.
- **Restoring a subscription never gives up silently**: a failed resubscription is
  retried with backoff, each failure queued as a ``ResubscribeFailed`` notice; a
  subscription the server kept although the client lost track of it (an answer lost
  or mislabelled) is found with ``list_subscriptions`` and unsubscribed.
- **Who reads the socket.** A consumer that keeps up reads it itself: ``async for``
  calls ``recv`` and routes the frame in its own task, with no queue and no task
  switch between the socket and your code (a reader task in between cost
  50-100 us of loopback latency per message, measured in ``make bench-peers``). The
  reader task reads instead whenever the consumer cannot: before ``async for``
  starts, while the consumer has been away for a ``_PRESENCE_TICK`` (busy with
  other awaits), while a command waits for its answer and the consumer is not in
  ``recv``, once the consumer falls more than ``connection.MAX_QUEUE`` frames
  behind (until it has caught up with the socket), and for every reconnect. Only
  one of the two is ever inside ``recv``.
- **Bounded queue** between the reader task and ``async for``, in messages
  (``queue_size``) and in bytes (``queue_bytes``, an estimate of what the decoded
  messages hold, see ``inbox.frame_weight``). Policy ``"resync"`` (default): when
  the consumer falls behind either bound, the backlog is discarded (notices are
  kept), an ``Overflow`` notice is queued, and every order book is resubscribed, so
  a slow consumer sees fresh books, never silently stale ones. Policy ``"block"``:
  the reader waits for room; the socket then stops being read, and if that lasts
  past ``liveness_timeout`` the connection is dropped and restored (Kalshi
  disconnects slow readers too). A frame that would decode into more than
  ``queue_bytes`` is not decoded at all (a ``RawMessage`` with the frame).
- **No frame ends the stream**: a frame that cannot be typed is a ``RawMessage``
  (``parse_message`` never raises), and should handling one frame ever fail, the
  failure is logged and delivered as a ``RawMessage`` too. The stream ends only
  when you close it, or for good with a typed ``StreamError`` (refused handshake,
  reconnect attempts exhausted), the socket closed either way.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Literal, Protocol

import httpx
from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed

from kalshi_auth.errors import ConfigurationError
from kalshi_auth.keys import Passphrase, PrivateKeyInput, SigningKey
from kalshi_auth.signing import redact_key_id
from kalshi_stream.connection import backoff, open_connection, signer
from kalshi_stream.errors import (
    AlreadySubscribedError,
    CommandTimeoutError,
    StreamClosedError,
    StreamDisconnectedError,
    StreamError,
    StreamProtocolError,
    UnknownSubscriptionIdError,
    error_for_code,
)
from kalshi_stream.inbox import Inbox, frame_weight
from kalshi_stream.messages import Message, RawMessage, decode, parse_object
from kalshi_stream.notices import BookResync, Overflow, Reconnected, ResubscribeFailed, SequenceGap, Subscription
from kalshi_stream.products import TRADE, StreamProduct, stream_product

logger = logging.getLogger("kalshi_stream")
OverflowPolicy = Literal["resync", "block"]
_ANSWERS = frozenset({"subscribed", "unsubscribed", "ok", "error"})
_BOOK = "orderbook_delta"
_NOTICE_WEIGHT = 256  # what a notice holds, for the queue's byte bound
# A consumer that has not been inside ``async for`` for a whole tick is away: the reader task reads for
# it (so the queue's overflow policy and command answers work as ever). Short enough that a consumer
# busy elsewhere never leaves the socket unread for long, long enough to cost nothing (one timer).
_PRESENCE_TICK = 0.01


@dataclass
class StreamStats:
    """Counters since the stream was created."""

    messages: int = 0
    reconnects: int = 0
    gaps: int = 0
    duplicates: int = 0
    resyncs: int = 0
    dropped: int = 0  # discarded on overflow
    stale: int = 0  # for a subscription no longer current (after unsubscribe or resync)
    protocol_errors: int = 0  # answers that did not match their command
    resubscribe_failures: int = 0  # failed attempts to restore a subscription (each retried)
    internal_errors: int = 0  # frames whose handling failed unexpectedly (delivered as RawMessage)
    peak_queued_bytes: int = 0  # the most the queue held at once, in ``queue_bytes`` terms
    direct: int = 0  # messages ``async for`` read from the socket itself, never queued (of ``messages``)
    resync_reasons: Counter[str] = field(default_factory=Counter)  # "gap", "overflow", "book_error", ...
    parsed: Counter[str] = field(default_factory=Counter)  # frames read, by the class they parsed into


@dataclass
class _Pending:
    cmd: str
    future: asyncio.Future[list[dict[str, Any]]]
    expected: int
    subs: list[Subscription] = field(default_factory=list)
    sids: list[int] = field(default_factory=list)
    answers: list[dict[str, Any]] = field(default_factory=list)


class ListedSubscription(Protocol):
    """One item of ``list_subscriptions`` (each product's generated model has these two fields)."""

    @property
    def channel(self) -> str: ...

    @property
    def sid(self) -> int: ...


class _End:
    """Queued last: ``async for`` ends (or raises the stream's fatal error)."""


_END = _End()
Item = Message | _End


class KalshiStream:
    """A signed, self-healing subscription to Kalshi's WebSocket API.

    ``async with KalshiStream(...) as stream: await stream.subscribe(...); async for m in stream: ...``

    Credentials, environment and ``base_url`` work as for ``kalshi_client`` (same
    arguments, same KALSHI_* variables); ``url`` (or ``KALSHI_WS_URL``) names the
    WebSocket endpoint directly, e.g. ``ExchangeServer.ws_url``. ``clock`` (seconds since
    the epoch) stamps the handshake signatures: a test's ``kalshi_clock``, say.

    ``product`` picks the WebSocket API (``kalshi_stream.products``): ``"trade"`` (the
    default) or ``"perps"`` (``PerpsStream``), each with its own generated models, URLs
    and URL variable; every guarantee below holds for each alike.
    """

    product: StreamProduct = TRADE

    def __init__(
        self,
        key_id: str | None = None,
        private_key: PrivateKeyInput | SigningKey | None = None,
        *,
        passphrase: Passphrase = None,
        environment: str | None = None,
        base_url: str | httpx.URL | None = None,
        url: str | None = None,
        queue_size: int = 10_000,
        queue_bytes: int = 2**26,
        overflow: OverflowPolicy = "resync",
        liveness_timeout: float = 20.0,
        command_timeout: float = 10.0,
        open_timeout: float = 10.0,
        reconnect: bool = True,
        backoff_base: float = 0.5,
        backoff_max: float = 30.0,
        max_reconnect_attempts: int | None = None,
        max_message_size: int = 2**20,
        clock: Callable[[], float] = time.time,
        product: str | StreamProduct | None = None,
    ) -> None:
        if product is not None:
            self.product = stream_product(product)
        if overflow not in ("resync", "block"):
            raise ConfigurationError(f"overflow must be 'resync' or 'block', not {overflow!r}")
        if queue_size < 16:
            raise ConfigurationError("queue_size must be at least 16")
        if queue_bytes < 2**16:
            raise ConfigurationError("queue_bytes must be at least 65536 (64 KiB)")
        self.url = url or self.product.websocket_url(environment, base_url)
        self._routes = self.product.routes
        self._strict = self.product.strict
        self._key_id, self._auth = signer(key_id, private_key, passphrase, self.url, clock)
        self.overflow: OverflowPolicy = overflow
        self.queue_bytes = queue_bytes
        self.liveness_timeout, self.command_timeout, self.open_timeout = liveness_timeout, command_timeout, open_timeout
        self.reconnect, self.backoff_base, self.backoff_max = reconnect, backoff_base, backoff_max
        self.max_reconnect_attempts, self.max_message_size = max_reconnect_attempts, max_message_size
        self.stats = StreamStats()
        self.subscriptions: list[Subscription] = []
        self._inbox: Inbox[Item] = Inbox(queue_size, queue_bytes)
        self._ws: ClientConnection | None = None  # the connection commands go to; None while reconnecting
        self._connection: ClientConnection | None = None  # the last one opened, closed by close() whatever happened
        self._runner: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._restoring: dict[Subscription, asyncio.Task[None]] = {}
        self._resync_streaks: dict[Subscription, tuple[int, float]] = {}
        self._pending: dict[int, _Pending] = {}
        self._ids = itertools.count(1)
        self._by_sid: dict[int, Subscription] = {}
        self._last_seq: dict[int, int] = {}
        self._streak = 0  # reconnect attempts since the last healthy connection
        self._fatal: BaseException | None = None
        self._closing = False
        self._overflowing = False
        # Who reads the socket (see the module's docstring): never both at once.
        self._pulling = False  # the consumer is inside ws.recv()
        self._reading = False  # the reader task is inside ws.recv() or queueing what it read
        self._waiting = False  # the consumer waits for the queue (the reader is reading, or none can)
        self._present = False  # the consumer entered ``async for`` since the last tick
        self._away = True  # until ``async for`` starts, the reader task reads
        self._draining = False  # the consumer fell behind: the reader task reads until the socket is empty
        self._dropped: ClientConnection | None = None  # a connection the consumer saw close
        self._handover = asyncio.Event()  # wakes the reader task to ask again whether to read
        self._ticker: asyncio.TimerHandle | None = None

    def __repr__(self) -> str:
        state = "closed" if self._closing else "connected" if self._ws is not None else "not connected"
        return f"{type(self).__name__}(url={self.url!r}, key_id={redact_key_id(self._key_id)!r}, {state})"

    @property
    def queued_bytes(self) -> int:
        """What the queue holds now, in the terms of ``queue_bytes``."""
        return self._inbox.bytes

    # -- lifecycle -----------------------------------------------------------------------------
    async def __aenter__(self) -> KalshiStream:
        await self.connect()
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def connect(self) -> None:
        """Open the first connection (raises ``StreamAuthError``, ``StreamRedirectError`` or
        ``StreamDisconnectedError`` at once)."""
        if self._closing:
            raise StreamClosedError("this stream was closed; create a new one")
        if self._runner is None:
            ws = self._ws = self._connection = await self._open()
            self._runner = asyncio.create_task(self._run(ws), name="kalshi-stream-reader")
            self._ticker = asyncio.get_running_loop().call_later(_PRESENCE_TICK, self._tick)

    async def close(self) -> None:
        """Close the connection and stop every task of this stream; ``async for`` then ends."""
        if self._closing:
            return
        self._closing = True
        if self._ticker is not None:
            self._ticker.cancel()
        tasks = [t for t in (self._runner, *self._tasks) if t is not None]
        for task in tasks:
            task.cancel()
        if self._connection is not None:
            await self._connection.close()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._fail_pending(StreamClosedError("the stream was closed"))
        self._end()

    def _end(self, error: BaseException | None = None) -> None:
        if error is not None and self._fatal is None:
            self._fatal = error
        self._inbox.put_nowait(_END)  # past the bounds if need be: the consumer must not wait forever

    # -- consuming -----------------------------------------------------------------------------
    def __aiter__(self) -> KalshiStream:
        return self

    async def __anext__(self) -> Message:
        self._present, self._away = True, False
        inbox = self._inbox
        item = inbox.get_nowait() if inbox else await self._next()  # no coroutine while messages wait
        if isinstance(item, _End):
            self._inbox.put_nowait(item)  # later calls end too
            if self._fatal is not None:
                raise self._fatal
            raise StopAsyncIteration
        return item

    async def _next(self) -> Item:
        """The next message when none is queued: read from the socket here, or wait for the reader task."""
        inbox = self._inbox
        while True:
            if inbox:
                return inbox.get_nowait()
            ws = self._ws
            if self._reading:  # the reader waits on an empty socket (or for room): it caught up, and so have we
                self._draining = False
            elif not (ws is None or ws is self._dropped or self._draining or self._closing):
                frame = await self._pull(ws)
                if frame is None:
                    continue
                try:
                    routed = self._route(frame)
                except Exception as err:  # as in the reader: one frame lost, never the stream
                    self._internal_error(frame, err)
                    continue
                if routed is None:
                    continue
                self._count(routed[0])
                self.stats.direct += 1
                if not inbox:
                    return routed[0]
                inbox.put_nowait(*routed)  # behind the notices the frame produced (a gap, say)
                self._note_peak()
                continue
            self._waiting = True
            try:
                await inbox.wait()  # the reader queues or nudges
            finally:
                self._waiting = False

    async def _pull(self, ws: ClientConnection) -> str | bytes | None:
        """One frame read by the consumer (None: the connection closed, the reader task takes over)."""
        self._pulling = True
        try:
            frame = await ws.recv()
        except ConnectionClosed:
            self._dropped = ws
            return None
        finally:
            self._pulling = False
            if self._dropped is ws or (self._pending and self._answers_due()):
                self._handover.set()
        if getattr(getattr(ws, "recv_messages", None), "paused", False):
            # websockets stopped reading the network (MAX_QUEUE frames wait): the consumer is behind.
            # The reader task reads everything there is, so the queue's overflow policy can act.
            self._draining = True
            self._handover.set()
        return frame

    def _answers_due(self) -> bool:
        return any(not pending.future.done() for pending in self._pending.values())

    def _reader_reads(self, ws: ClientConnection) -> bool:
        """Whether the reader task should read ``ws`` now (the consumer is not in ``recv`` and cannot read it)."""
        if self._pulling:
            return False
        return ws is self._dropped or self._away or self._draining or self._answers_due()

    def _tick(self) -> None:
        """Every ``_PRESENCE_TICK``: a consumer not seen in ``async for`` since the last tick is away."""
        if self._closing:
            return
        self._ticker = asyncio.get_running_loop().call_later(_PRESENCE_TICK, self._tick)
        if self._present or self._pulling or self._waiting:
            self._present = False
        elif not self._away:
            self._away = True
            self._handover.set()

    # -- commands ------------------------------------------------------------------------------
    async def subscribe(
        self, channels: str | Sequence[str], *, market_tickers: Sequence[str] | None = None, **params: Any
    ) -> list[Subscription]:
        """Subscribe to one or more channels; one ``Subscription`` per channel, once each is acknowledged.

        ``params`` are passed as Kalshi defines them (``market_ticker``, ``send_initial_snapshot``, ...).
        An answer that does not match (another channel, no ``sid``) raises ``StreamProtocolError``.
        """
        names = [channels] if isinstance(channels, str) else list(channels)
        if not names:
            raise ValueError("subscribe needs at least one channel")
        if market_tickers is not None:
            params["market_tickers"] = list(market_tickers)
        subs = [Subscription(name, dict(params)) for name in names]
        self.subscriptions.extend(subs)
        try:
            await self._subscribe(subs)
        except BaseException:
            for sub in subs:  # all or nothing: the caller holds none of them
                if sub in self.subscriptions:
                    self.subscriptions.remove(sub)
                if sub.sid is not None:
                    sid = sub.sid
                    self._unbind(sub)
                    self._discard_sid(sid)
            raise
        return subs

    async def _subscribe(self, subs: list[Subscription]) -> None:
        params = {"channels": [s.channel for s in subs], **subs[0].params}
        await self._command("subscribe", params, expected=len(subs), subs=subs)

    async def unsubscribe(self, *subscriptions: Subscription) -> None:
        """Stop the given subscriptions (their messages still queued are delivered)."""
        subs = [s for s in subscriptions if s in self.subscriptions]
        for sub in subs:
            self.subscriptions.remove(sub)
            self._resync_streaks.pop(sub, None)
            task = self._restoring.pop(sub, None)
            if task is not None:
                task.cancel()
        sids = [s.sid for s in subs if s.sid is not None]
        for sub in subs:
            self._unbind(sub)
        if sids:
            await self._command("unsubscribe", {"sids": sids}, expected=len(sids), sids=sids)

    async def update_subscription(
        self,
        subscription: Subscription,
        *,
        add_markets: Sequence[str] = (),
        delete_markets: Sequence[str] = (),
    ) -> list[str]:
        """Add or remove markets of a subscription (one action per call); returns its markets now."""
        if bool(add_markets) == bool(delete_markets):
            raise ValueError("pass add_markets or delete_markets (one of them)")
        if subscription.sid is None:
            raise StreamDisconnectedError("the subscription is being restored; try again")
        action, tickers = ("add_markets", add_markets) if add_markets else ("delete_markets", delete_markets)
        params = {"sids": [subscription.sid], "market_tickers": list(tickers), "action": action}
        (answer,) = await self._command("update_subscription", params)
        current = subscription.market_tickers
        current = (
            current + [t for t in tickers if t not in current]
            if add_markets
            else [t for t in current if t not in tickers]
        )
        msg = answer.get("msg")
        listed = msg.get("market_tickers") if isinstance(msg, dict) else None
        subscription.params.pop("market_ticker", None)
        valid = isinstance(listed, list) and all(isinstance(t, str) for t in listed)
        subscription.params["market_tickers"] = list(listed) if valid and listed is not None else current
        return subscription.market_tickers

    async def list_subscriptions(self) -> list[ListedSubscription]:
        """The server's list of this connection's subscriptions (channel and sid)."""
        (answer,) = await self._command("list_subscriptions", None)
        parsed: Any = parse_object(answer, "", self._routes)
        listing = self.product.model("ok", array=True)
        if listing is None or not isinstance(parsed, listing):
            self.stats.protocol_errors += 1
            raise StreamProtocolError(f"list_subscriptions was answered with an unreadable list: {answer!r}"[:300])
        return list(parsed.msg)

    def resync(self, target: Subscription | int, reason: str = "requested", *, error: Exception | None = None) -> bool:
        """Rebuild an order book subscription (``Subscription`` or its current ``sid``): a ``BookResync``
        notice, then unsubscribe, resubscribe and fresh snapshots, in the background.

        ``OrderBooks(stream)`` calls it when a book cannot apply a message. Returns False when
        there is nothing to do: not a current orderbook subscription, or already being rebuilt.
        """
        sub = target if isinstance(target, Subscription) else self._by_sid.get(target)
        if self._closing or sub is None or sub.sid is None or sub.channel != _BOOK or sub not in self.subscriptions:
            return False
        self._resync(sub, reason, error=error)
        return True

    async def _command(
        self,
        cmd: str,
        params: dict[str, Any] | None,
        *,
        expected: int = 1,
        subs: Sequence[Subscription] = (),
        sids: Sequence[int] = (),
    ) -> list[dict[str, Any]]:
        ws = self._ws
        if self._closing:
            raise StreamClosedError("the stream is closed")
        if ws is None:
            raise StreamDisconnectedError("not connected (reconnecting); try again")
        command_id = next(self._ids)
        future: asyncio.Future[list[dict[str, Any]]] = asyncio.get_running_loop().create_future()
        self._pending[command_id] = _Pending(cmd, future, expected, list(subs), list(sids))
        frame: dict[str, Any] = {"id": command_id, "cmd": cmd}
        if params is not None:
            frame["params"] = params
        try:
            await ws.send(json.dumps(frame))
            self._handover.set()  # someone must read the answer, even if the consumer is busy elsewhere
            return await asyncio.wait_for(future, self.command_timeout)
        except asyncio.TimeoutError:
            raise CommandTimeoutError(f"no answer to {cmd} (id {command_id}) in {self.command_timeout:g}s") from None
        except ConnectionClosed:
            raise StreamDisconnectedError(f"the connection dropped before {cmd} was answered") from None
        finally:
            self._pending.pop(command_id, None)

    def _fail_pending(self, error: StreamError) -> None:
        for pending in self._pending.values():
            if not pending.future.done():
                pending.future.set_exception(error)
                pending.future.exception()  # retrieved: no "never retrieved" warning if nobody waits

    # -- connection ----------------------------------------------------------------------------
    async def _open(self) -> ClientConnection:
        return await open_connection(
            self.url, self._key_id, self._auth, self.liveness_timeout, self.open_timeout, self.max_message_size
        )

    def _backoff(self, attempt: int) -> float:
        return backoff(attempt, self.backoff_base, self.backoff_max)

    async def _run(self, ws: ClientConnection) -> None:
        loop = asyncio.get_running_loop()
        try:
            while True:
                self._ws = self._connection = ws
                if self._waiting:
                    self._inbox.nudge()  # the consumer may read the new connection itself
                opened = loop.time()
                try:
                    await self._read(ws)
                finally:
                    self._ws = None
                    self._fail_pending(StreamDisconnectedError("the connection dropped"))
                if self._closing:
                    return
                if loop.time() - opened >= self.liveness_timeout:
                    self._streak = 0  # it proved healthy: the next reconnect starts from the shortest backoff
                logger.warning(
                    "connection to %s lost (%s) after %.1fs", self.url, _close_reason(ws), loop.time() - opened
                )
                if not self.reconnect:
                    self._end(StreamDisconnectedError(f"the connection to {self.url} dropped (reconnect=False)"))
                    return
                ws, attempts = await self._reconnect()
                self.stats.reconnects += 1
                self._restore_all(attempts)
        except asyncio.CancelledError:
            if self._connection is not None:
                await self._connection.close()
            raise
        except Exception as err:  # anything else: the consumer must see why the stream ended, not hang
            logger.error("stream to %s ended: %s: %s", self.url, type(err).__name__, err)
            if self._connection is not None:
                await self._connection.close()  # the fatal path closes its socket too
            if not isinstance(err, StreamError):
                wrapped = StreamError(f"the stream to {self.url} failed: {type(err).__name__}: {err}")
                wrapped.__cause__ = err
                err = wrapped
            self._fail_pending(StreamClosedError(f"the stream ended: {err}"))
            self._end(err)

    async def _read(self, ws: ClientConnection) -> None:
        """Read ``ws`` whenever the consumer cannot (see the module's docstring), until it closes."""
        handover, inbox = self._handover, self._inbox
        while True:
            if not self._reader_reads(ws):
                if self._waiting:
                    inbox.nudge()  # the consumer reads from here on
                handover.clear()
                await handover.wait()
                continue
            self._reading = True  # until the frame is queued: the consumer must not read past it
            try:
                frame = await ws.recv()
                try:
                    # The common frame needs no await (it fits the queue): no coroutine per frame.
                    routed = self._route(frame)
                    if routed is not None and not self._deliver_nowait(*routed):
                        await self._deliver(*routed)  # policy "block": waits for room
                except Exception as err:  # a bug must cost one frame, not the stream (books resync on the hole)
                    self._internal_error(frame, err)
            except ConnectionClosed:
                return
            finally:
                self._reading = False

    async def _reconnect(self) -> tuple[ClientConnection, int]:
        attempt = 0
        while True:
            attempt += 1
            self._streak += 1
            if self.max_reconnect_attempts is not None and self._streak > self.max_reconnect_attempts:
                raise StreamDisconnectedError(f"gave up reconnecting to {self.url} after {self._streak - 1} attempts")
            delay = self._backoff(self._streak)
            logger.info("reconnecting to %s in %.2fs (attempt %d)", self.url, delay, self._streak)
            await asyncio.sleep(delay)
            try:
                ws = self._connection = await self._open()
                return ws, attempt
            except StreamDisconnectedError as err:  # a redirect too; a refused handshake (StreamAuthError) ends
                logger.info("reconnect attempt %d failed: %s", self._streak, err)

    def _restore_all(self, attempts: int) -> None:
        """After a reconnect: every subscription's old sid is void; resubscribe each in the background."""
        for sub in self.subscriptions:
            old = sub.sid
            self._unbind(sub)
            if sub.channel == _BOOK:
                self._put_notice(BookResync(sub, "reconnect", old))
        self._put_notice(Reconnected(attempts, tuple(self.subscriptions)))
        for sub in self.subscriptions:
            self._start_restore(sub, None)

    def _background(self, work: Callable[..., Awaitable[None]], *args: Any) -> asyncio.Task[None]:
        # The coroutine is made inside the task: a task cancelled before it starts leaves none un-awaited.
        async def run() -> None:
            await work(*args)

        task = asyncio.create_task(run())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def _internal_error(self, frame: str | bytes, err: Exception) -> None:
        self.stats.internal_errors += 1
        logger.error("could not handle a frame (%s: %s); delivered as RawMessage", type(err).__name__, err)
        self._put_notice(RawMessage("", None, frame, f"internal error: {type(err).__name__}: {str(err)[:200]}"))

    # -- restoring subscriptions -----------------------------------------------------------------
    def _start_restore(self, sub: Subscription, old_sid: int | None, delay: float = 0.0) -> None:
        """One restoring task per subscription: a newer one (after a reconnect, say) replaces the older."""
        task = self._restoring.pop(sub, None)
        if task is not None:
            task.cancel()
        self._restoring[sub] = self._background(self._restore, sub, old_sid, delay)

    async def _restore(self, sub: Subscription, old_sid: int | None, delay: float) -> None:
        """Unsubscribe ``old_sid`` (if any) and subscribe ``sub`` again until the server accepts it."""
        current = asyncio.current_task()
        try:
            if delay:
                await asyncio.sleep(delay)
            attempt = 0
            while not self._closing and sub in self.subscriptions and sub.sid is None:
                try:
                    if old_sid is not None:
                        with contextlib.suppress(UnknownSubscriptionIdError):  # already gone is fine
                            await self._command("unsubscribe", {"sids": [old_sid]}, sids=[old_sid])
                        old_sid = None
                    await self._subscribe([sub])
                    if attempt and AlreadySubscribedError.code not in self.product.error_codes:
                        # A server that never refuses a duplicate (its document lists no error 6: Perps)
                        # kept whatever a failed attempt made (an answer lost or too late): drop it now.
                        with contextlib.suppress(StreamError):
                            await self._drop_orphans()
                    return
                except (StreamDisconnectedError, StreamClosedError):
                    return  # the connection is going: the reconnect restores every subscription
                except StreamError as err:
                    attempt += 1
                    self.stats.resubscribe_failures += 1
                    logger.warning("restoring %r failed (attempt %d): %s", sub, attempt, err)
                    self._put_notice(ResubscribeFailed(sub, err, attempt))
                    if isinstance(err, AlreadySubscribedError):
                        with contextlib.suppress(StreamError):
                            await self._drop_orphans()
                    await asyncio.sleep(self._backoff(attempt))
        finally:
            if self._restoring.get(sub) is current:
                del self._restoring[sub]

    async def _drop_orphans(self) -> None:
        """Unsubscribe what the server holds for this connection that no subscription of ours is bound to
        (a subscription whose answer was lost, mislabelled or too late)."""
        listed = await self.list_subscriptions()
        orphans = [item.sid for item in listed if type(item.sid) is int and item.sid not in self._by_sid]
        if orphans:
            logger.warning("unsubscribing sid(s) the server kept but this client lost: %s", orphans)
            with contextlib.suppress(UnknownSubscriptionIdError):
                await self._command("unsubscribe", {"sids": orphans}, expected=len(orphans), sids=orphans)

    def _discard_sid(self, sid: int) -> None:
        """Best effort: unsubscribe a sid the server gave us but no subscription holds."""

        async def discard() -> None:
            with contextlib.suppress(StreamError):
                await self._command("unsubscribe", {"sids": [sid]}, sids=[sid])

        if not self._closing and self._ws is not None:
            self._background(discard)

    # -- reading -------------------------------------------------------------------------------
    def _unbind(self, sub: Subscription) -> None:
        if sub.sid is not None:
            self._by_sid.pop(sub.sid, None)
            self._last_seq.pop(sub.sid, None)
        sub.sid = None

    def _bind(self, sub: Subscription, sid: int) -> None:
        sub.sid = sid
        self._by_sid[sid] = sub
        self._last_seq[sid] = 0

    def _route(self, frame: str | bytes) -> tuple[Message, int] | None:
        """What a frame delivers to the consumer, with its weight (None: nothing, it was handled here)."""
        weight = frame_weight(frame)
        if weight > self.queue_bytes:  # decoding it alone would take more memory than the whole queue may
            raw = RawMessage("", None, frame, f"a frame of {len(frame)} bytes, too large to decode in queue_bytes")
            return raw, 2 * len(frame)
        message = self._strict.message(frame)  # a frame exactly as the document says, in one pass
        if message is not None and message.type_ not in _ANSWERS:  # answers go the dict's way (rare)
            sid, seq = getattr(message, "sid", None), getattr(message, "seq", None)
            sub = self._by_sid.get(sid) if type(sid) is int else None
            if sub is not None and type(seq) is int and type(sid) is int and not self._in_sequence(sub, sid, seq):
                return None
            if type(sid) is int and sub is None:
                self.stats.stale += 1
                return None
            return message, weight
        obj, error = decode(frame)
        if error is not None:
            return RawMessage("", None, frame, error), weight
        if not isinstance(obj, dict):
            return parse_object(obj, frame, self._routes), weight
        sid, seq, type_ = obj.get("sid"), obj.get("seq"), obj.get("type")
        sub = self._by_sid.get(sid) if type(sid) is int else None
        if sub is not None and type(seq) is int and type(sid) is int and not self._in_sequence(sub, sid, seq):
            return None
        command_id = obj.get("id")
        pending = self._pending.get(command_id) if type_ in _ANSWERS and type(command_id) is int else None
        if pending is not None:
            self._answer(pending, obj)
            if sub is None or type(seq) is not int:
                return None
            # An answer inside a subscription's sequence (``ok`` to update_subscription carries a seq):
            # the consumer sees it too, so sequence checks downstream (OrderBooks) see no hole.
        if type(sid) is int and sub is None:
            self.stats.stale += 1
            return None
        return parse_object(obj, frame, self._routes), weight

    def _in_sequence(self, sub: Subscription, sid: int, seq: int) -> bool:
        last = self._last_seq[sid]
        if seq == last + 1:
            self._last_seq[sid] = seq
            return True
        if seq == last:
            self.stats.duplicates += 1
            return False
        self.stats.gaps += 1
        if seq > last:
            logger.warning("sid %d (%s): seq %d after %d, %d lost", sid, sub.channel, seq, last, seq - last - 1)
        else:
            logger.warning("sid %d (%s): seq went back from %d to %d", sid, sub.channel, last, seq)
        if sub.channel == _BOOK:
            self._resync(sub, "gap", last + 1, seq)
            return False
        self._last_seq[sid] = seq
        self._put_notice(SequenceGap(sub, last + 1, seq))
        return True

    def _resync(
        self,
        sub: Subscription,
        reason: str,
        expected: int | None = None,
        got: int | None = None,
        *,
        error: Exception | None = None,
    ) -> None:
        """Rebuild an order book subscription: void its sid, tell the consumer, resubscribe in the background."""
        old = sub.sid
        self._unbind(sub)
        self.stats.resyncs += 1
        self.stats.resync_reasons[reason] += 1
        self._put_notice(BookResync(sub, reason, old, expected, got, error))
        self._start_restore(sub, old, self._resync_delay(sub))

    def _resync_delay(self, sub: Subscription) -> float:
        """None for a first resync; a growing backoff for each that follows within ``liveness_timeout``."""
        now = time.monotonic()
        streak, last = self._resync_streaks.get(sub, (0, float("-inf")))
        streak = streak + 1 if now - last < self.liveness_timeout else 1
        self._resync_streaks[sub] = (streak, now)
        return 0.0 if streak == 1 else self._backoff(streak - 1)

    def _answer(self, pending: _Pending, obj: dict[str, Any]) -> None:
        self.stats.parsed[type(parse_object(obj, "", self._routes)).__name__] += 1
        if pending.future.done():
            return
        msg = obj.get("msg")
        if obj.get("type") == "error":
            msg = msg if isinstance(msg, dict) else {}
            code, text, ticker = msg.get("code"), msg.get("msg", ""), msg.get("market_ticker")
            pending.future.set_exception(
                error_for_code(
                    code if type(code) is int else 0,
                    str(text)[:500] if isinstance(text, (str, int)) else "",
                    command_id=obj.get("id"),
                    market_ticker=ticker if isinstance(ticker, str) else None,
                )
            )
            return
        problem = self._mismatch(pending, obj)
        if problem is not None:
            self.stats.protocol_errors += 1
            logger.warning("%s (id %s): %s", pending.cmd, obj.get("id"), problem)
            pending.future.set_exception(StreamProtocolError(f"{pending.cmd} (id {obj.get('id')}): {problem}"))
            return
        pending.answers.append(obj)
        if len(pending.answers) >= pending.expected:
            pending.future.set_result(pending.answers)

    def _mismatch(self, pending: _Pending, obj: dict[str, Any]) -> str | None:
        """Why ``obj`` cannot be an answer to ``pending`` (None: it is one; a ``subscribed`` is bound here)."""
        type_, msg = obj.get("type"), obj.get("msg")
        wanted = {"subscribe": "subscribed", "unsubscribe": "unsubscribed"}.get(pending.cmd, "ok")
        if type_ != wanted:
            return f"answered with {type_!r:.40}, not {wanted!r}"
        if pending.cmd == "subscribe":
            if not isinstance(msg, dict):
                return "a subscribed answer without its channel and sid"
            channel, sid = msg.get("channel"), msg.get("sid")
            if type(sid) is not int:
                return f"a subscribed answer without an integer sid ({sid!r:.40})"
            sub = next((s for s in pending.subs if s.sid is None and s.channel == channel), None)
            asked = sorted(s.channel for s in pending.subs if s.sid is None)
            if sub is None:
                if sid not in self._by_sid:
                    self._discard_sid(sid)  # whatever the server made of it, nobody will read it
                return f"subscribed names channel {channel!r:.60}, not one asked for ({', '.join(asked)})"
            if sid in self._by_sid:
                return f"subscribed gives sid {sid}, already the sid of {self._by_sid[sid]!r}"
            if sub in self.subscriptions:
                self._bind(sub, sid)
            else:
                self._discard_sid(sid)  # unsubscribed meanwhile
            return None
        if pending.cmd == "unsubscribe":
            sid = obj.get("sid")
            if type(sid) is not int or sid not in pending.sids:
                return f"unsubscribed names sid {sid!r:.40}, not one asked for ({pending.sids})"
            return None
        if pending.cmd == "list_subscriptions":
            return None if isinstance(msg, list) else "an ok without the list of subscriptions"
        return None if msg is None or isinstance(msg, dict) else f"an ok whose msg is a {type(msg).__name__}"

    def _put_notice(self, notice: Message) -> None:
        if not self._inbox.fits(_NOTICE_WEIGHT) and self.overflow == "resync" and not self._overflowing:
            self._overflow()
        self._inbox.put_nowait(notice, _NOTICE_WEIGHT)  # past the bounds under "block": notices are few
        self._note_peak()

    def _deliver_nowait(self, message: Message, weight: int) -> bool:
        """Queue ``message`` if it fits (the common case, no await); False: ``_deliver`` decides."""
        if not self._inbox.fits(weight):
            return False
        self._count(message)
        self._inbox.put_nowait(message, weight)
        self._note_peak()
        return True

    async def _deliver(self, message: Message, weight: int) -> None:
        if self._deliver_nowait(message, weight):
            return
        self._count(message)
        if self.overflow == "block":
            await self._inbox.put(message, weight)
        else:
            self._overflow()
            sid = getattr(message, "sid", None)
            if type(sid) is int and sid not in self._by_sid:
                self.stats.stale += 1  # its book is being rebuilt
                return
            self._inbox.put_nowait(message, weight)
        self._note_peak()

    def _count(self, message: Message) -> None:
        self.stats.messages += 1
        self.stats.parsed[type(message).__name__] += 1

    def _note_peak(self) -> None:
        if self._inbox.bytes > self.stats.peak_queued_bytes:
            self.stats.peak_queued_bytes = self._inbox.bytes

    def _overflow(self) -> None:
        """Policy ``resync``: drop the backlog, say so, and rebuild every order book."""
        backlog = self._inbox.clear()
        if any(isinstance(item, _End) for item in backlog):
            self._inbox.put_nowait(_END)
            return
        self.stats.dropped += len(backlog)
        logger.warning("consumer %d messages behind: backlog dropped, order books resubscribed", len(backlog))
        self._inbox.put_nowait(Overflow(len(backlog)), _NOTICE_WEIGHT)
        self._overflowing = True  # the notices below go in whatever the bounds: no overflow within an overflow
        try:
            for sub in list(self.subscriptions):
                if sub.channel != _BOOK:
                    continue
                if sub.sid is not None:
                    self._resync(sub, "overflow")
                else:  # already being restored; the backlog may have held its notice: its books go now
                    self._inbox.put_nowait(BookResync(sub, "overflow", None), _NOTICE_WEIGHT)
        finally:
            self._overflowing = False


def _close_reason(ws: ClientConnection) -> str:
    if ws.close_code is None:
        return "no close frame"
    return f"code {ws.close_code}" + (f": {ws.close_reason[:100]}" if ws.close_reason else "")
