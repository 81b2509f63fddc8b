"""``KalshiStream``: Kalshi's WebSocket API on asyncio, over the ``websockets`` library.

What it takes from ``websockets``: the connection, the handshake's extra
headers, and keepalive (client pings; a missing pong closes the connection,
which is the liveness check). What it does itself, and why:

- **Reconnect loop.** ``websockets``' reconnecting iterator resends the headers
  it was given once, and Kalshi's signature carries a timestamp, so each
  attempt must be signed anew (and before its newest releases, its backoff was
  tunable only process-wide, through environment variables). Here every
  attempt is signed afresh, waits a capped exponential backoff with full
  jitter, and then resubscribes every subscription.
- **Sequence tracking** per subscription: a duplicate is dropped; a gap in an
  orderbook subscription unsubscribes and resubscribes it (a fresh snapshot)
  after a ``BookResync`` notice; a gap elsewhere yields a ``SequenceGap`` notice.
- **Bounded queue** between the socket and ``async for``. Policy ``"resync"``
  (default): when the consumer falls ``queue_size`` messages behind, the backlog
  is discarded, an ``Overflow`` notice is queued, and every order book is
  resubscribed, so a slow consumer sees fresh books, never silently stale ones.
  Policy ``"block"``: the reader waits for room; the socket then stops being
  read, and if that lasts past ``liveness_timeout`` the connection is dropped and
  restored (Kalshi disconnects slow readers too).
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
from typing import Any, Literal

import httpx
from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed

from kalshi_auth.errors import ConfigurationError
from kalshi_auth.keys import Passphrase, PrivateKeyInput, SigningKey
from kalshi_auth.signing import redact_key_id
from kalshi_stream.connection import backoff, open_connection, signer, websocket_url
from kalshi_stream.errors import (
    CommandTimeoutError,
    StreamClosedError,
    StreamDisconnectedError,
    StreamError,
    error_for_code,
)
from kalshi_stream.messages import Message, parse_object
from kalshi_stream.notices import BookResync, Overflow, Reconnected, SequenceGap, Subscription
from kalshi_stream_messages.models import ListSubscriptionsResponsePayload, ListSubscriptionsResponsePayloadMsgItem
from kalshi_stream_messages.types import json_loads  # msgspec's decoder when installed ([fast]), as parse_message

logger = logging.getLogger("kalshi_stream")
OverflowPolicy = Literal["resync", "block"]
_ANSWERS = frozenset({"subscribed", "unsubscribed", "ok", "error"})
_BOOK = "orderbook_delta"


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
    parsed: Counter[str] = field(default_factory=Counter)  # frames read, by the class they parsed into


@dataclass
class _Pending:
    future: asyncio.Future[list[dict[str, Any]]]
    expected: int
    subs: list[Subscription] = field(default_factory=list)
    answers: list[dict[str, Any]] = field(default_factory=list)


class _End:
    """Queued last: ``async for`` ends (or raises the stream's fatal error)."""


_END = _End()


class KalshiStream:
    """A signed, self-healing subscription to Kalshi's WebSocket API.

    ``async with KalshiStream(...) as stream: await stream.subscribe(...); async for m in stream: ...``

    Credentials, environment and ``base_url`` work as for ``kalshi_client`` (same
    arguments, same KALSHI_* variables); ``url`` (or ``KALSHI_WS_URL``) names the
    WebSocket endpoint directly, e.g. ``ExchangeServer.ws_url``. ``clock`` (seconds since
    the epoch) stamps the handshake signatures: a test's ``kalshi_clock``, say.
    """

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
        overflow: OverflowPolicy = "resync",
        liveness_timeout: float = 20.0,
        command_timeout: float = 10.0,
        open_timeout: float = 10.0,
        reconnect: bool = True,
        backoff_base: float = 0.5,
        backoff_max: float = 30.0,
        max_reconnect_attempts: int | None = None,
        max_message_size: int = 2**22,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if overflow not in ("resync", "block"):
            raise ConfigurationError(f"overflow must be 'resync' or 'block', not {overflow!r}")
        if queue_size < 16:
            raise ConfigurationError("queue_size must be at least 16")
        self.url = url or websocket_url(environment, base_url)
        self._key_id, self._auth = signer(key_id, private_key, passphrase, self.url, clock)
        self.overflow: OverflowPolicy = overflow
        self.liveness_timeout, self.command_timeout, self.open_timeout = liveness_timeout, command_timeout, open_timeout
        self.reconnect, self.backoff_base, self.backoff_max = reconnect, backoff_base, backoff_max
        self.max_reconnect_attempts, self.max_message_size = max_reconnect_attempts, max_message_size
        self.stats = StreamStats()
        self.subscriptions: list[Subscription] = []
        self._queue: asyncio.Queue[Message | _End] = asyncio.Queue(queue_size)
        self._ws: ClientConnection | None = None
        self._runner: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._pending: dict[int, _Pending] = {}
        self._ids = itertools.count(1)
        self._by_sid: dict[int, Subscription] = {}
        self._last_seq: dict[int, int] = {}
        self._fatal: BaseException | None = None
        self._closing = False

    def __repr__(self) -> str:
        state = "closed" if self._closing else "connected" if self._ws is not None else "not connected"
        return f"KalshiStream(url={self.url!r}, key_id={redact_key_id(self._key_id)!r}, {state})"

    # -- lifecycle -----------------------------------------------------------------------------
    async def __aenter__(self) -> KalshiStream:
        await self.connect()
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def connect(self) -> None:
        """Open the first connection (raises ``StreamAuthError`` or ``StreamDisconnectedError`` at once)."""
        if self._closing:
            raise StreamClosedError("this stream was closed; create a new one")
        if self._runner is None:
            ws = self._ws = await self._open()
            self._runner = asyncio.create_task(self._run(ws), name="kalshi-stream-reader")

    async def close(self) -> None:
        """Close the connection and stop every task of this stream; ``async for`` then ends."""
        if self._closing:
            return
        self._closing = True
        tasks = [t for t in (self._runner, *self._tasks) if t is not None]
        for task in tasks:
            task.cancel()
        if self._ws is not None:
            await self._ws.close()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._fail_pending(StreamClosedError("the stream was closed"))
        self._end()

    def _end(self, error: BaseException | None = None) -> None:
        if error is not None and self._fatal is None:
            self._fatal = error
        while self._queue.full():  # make room for the end marker: the consumer must not wait forever
            self._queue.get_nowait()
        self._queue.put_nowait(_END)

    # -- consuming -----------------------------------------------------------------------------
    def __aiter__(self) -> KalshiStream:
        return self

    async def __anext__(self) -> Message:
        item = await self._queue.get()
        if isinstance(item, _End):
            self._queue.put_nowait(item)  # later calls end too
            if self._fatal is not None:
                raise self._fatal
            raise StopAsyncIteration
        return item

    # -- commands ------------------------------------------------------------------------------
    async def subscribe(
        self, channels: str | Sequence[str], *, market_tickers: Sequence[str] | None = None, **params: Any
    ) -> list[Subscription]:
        """Subscribe to one or more channels; one ``Subscription`` per channel, once each is acknowledged.

        ``params`` are passed as Kalshi defines them (``market_ticker``, ``send_initial_snapshot``, ...).
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
            for sub in subs:
                if sub.sid is None and sub in self.subscriptions:
                    self.subscriptions.remove(sub)
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
        sids = [s.sid for s in subs if s.sid is not None]
        for sub in subs:
            self._unbind(sub)
        if sids:
            await self._command("unsubscribe", {"sids": sids}, expected=len(sids))

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
        listed = (answer.get("msg") or {}).get("market_tickers") if isinstance(answer.get("msg"), dict) else None
        subscription.params.pop("market_ticker", None)
        subscription.params["market_tickers"] = list(listed) if isinstance(listed, list) else current
        return subscription.market_tickers

    async def list_subscriptions(self) -> list[ListSubscriptionsResponsePayloadMsgItem]:
        """The server's list of this connection's subscriptions (channel and sid)."""
        (answer,) = await self._command("list_subscriptions", None)
        parsed = parse_object(answer)
        if not isinstance(parsed, ListSubscriptionsResponsePayload):
            raise StreamError(f"unexpected answer to list_subscriptions: {answer!r}"[:300])
        return list(parsed.msg)

    async def _command(
        self, cmd: str, params: dict[str, Any] | None, *, expected: int = 1, subs: Sequence[Subscription] = ()
    ) -> list[dict[str, Any]]:
        ws = self._ws
        if self._closing:
            raise StreamClosedError("the stream is closed")
        if ws is None:
            raise StreamDisconnectedError("not connected (reconnecting); try again")
        command_id = next(self._ids)
        future: asyncio.Future[list[dict[str, Any]]] = asyncio.get_running_loop().create_future()
        self._pending[command_id] = _Pending(future, expected, list(subs))
        frame: dict[str, Any] = {"id": command_id, "cmd": cmd}
        if params is not None:
            frame["params"] = params
        try:
            await ws.send(json.dumps(frame))
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
        try:
            while True:
                self._ws = ws
                try:
                    async for frame in ws:
                        await self._dispatch(frame)
                except ConnectionClosed:
                    pass
                finally:
                    self._ws = None
                    self._fail_pending(StreamDisconnectedError("the connection dropped"))
                if self._closing:
                    return
                logger.warning("connection to %s lost (%s)", self.url, ws.close_reason or "no close frame")
                if not self.reconnect:
                    self._end(StreamDisconnectedError(f"the connection to {self.url} dropped (reconnect=False)"))
                    return
                ws, attempts = await self._reconnect()
                self.stats.reconnects += 1
                self._restore(attempts)
        except asyncio.CancelledError:
            if self._ws is not None:
                await self._ws.close()
            raise
        except Exception as err:  # anything else: the consumer must see why the stream ended, not hang
            logger.error("stream to %s ended: %s: %s", self.url, type(err).__name__, err)
            self._end(err)

    async def _reconnect(self) -> tuple[ClientConnection, int]:
        attempt = 0
        while True:
            attempt += 1
            if self.max_reconnect_attempts is not None and attempt > self.max_reconnect_attempts:
                raise StreamDisconnectedError(f"gave up reconnecting to {self.url} after {attempt - 1} attempts")
            delay = self._backoff(attempt)
            logger.info("reconnecting to %s in %.2fs (attempt %d)", self.url, delay, attempt)
            await asyncio.sleep(delay)
            try:
                return await self._open(), attempt
            except StreamDisconnectedError as err:
                logger.info("reconnect attempt %d failed: %s", attempt, err)
                continue

    def _restore(self, attempts: int) -> None:
        """After a reconnect: every subscription's old sid is void; resubscribe each in the background."""
        for sub in self.subscriptions:
            old = sub.sid
            self._unbind(sub)
            if sub.channel == _BOOK:
                self._put_notice(BookResync(sub, "reconnect", old))
        self._put_notice(Reconnected(attempts, tuple(self.subscriptions)))
        for sub in self.subscriptions:
            self._background(self._subscribe, [sub])

    def _background(self, work: Callable[..., Awaitable[None]], *args: Any) -> None:
        # The coroutine is made inside the task: a task cancelled before it starts leaves none un-awaited.
        task = asyncio.create_task(self._quietly(work, *args))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    @staticmethod
    async def _quietly(work: Callable[..., Awaitable[None]], *args: Any) -> None:
        """Background resubscription: a dropped connection or closed stream ends it (the next reconnect retries)."""
        with contextlib.suppress(StreamDisconnectedError, StreamClosedError, CommandTimeoutError):
            await work(*args)

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

    async def _dispatch(self, frame: str | bytes) -> None:
        try:
            obj = json_loads(frame)
        except ValueError:
            await self._deliver(parse_object(None, frame))
            return
        if not isinstance(obj, dict):
            await self._deliver(parse_object(obj, frame))
            return
        sid, seq, type_ = obj.get("sid"), obj.get("seq"), obj.get("type")
        sub = self._by_sid.get(sid) if isinstance(sid, int) else None
        if sub is not None and isinstance(seq, int) and sid is not None and not self._in_sequence(sub, sid, seq):
            return
        command_id = obj.get("id")
        pending = self._pending.get(command_id) if type_ in _ANSWERS and isinstance(command_id, int) else None
        if pending is not None:
            self._answer(pending, obj)
            if sub is None or not isinstance(seq, int):
                return
            # An answer inside a subscription's sequence (``ok`` to update_subscription carries a seq):
            # the consumer sees it too, so sequence checks downstream (OrderBooks) see no hole.
        if isinstance(sid, int) and sub is None:
            self.stats.stale += 1
            return
        await self._deliver(parse_object(obj, frame))

    def _in_sequence(self, sub: Subscription, sid: int, seq: int) -> bool:
        last = self._last_seq[sid]
        if seq == last + 1:
            self._last_seq[sid] = seq
            return True
        if seq <= last:
            self.stats.duplicates += 1
            return False
        self.stats.gaps += 1
        logger.warning("sid %d (%s): seq %d after %d, %d message(s) lost", sid, sub.channel, seq, last, seq - last - 1)
        if sub.channel == _BOOK:
            self._resync(sub, "gap", last + 1, seq)
            return False
        self._last_seq[sid] = seq
        self._put_notice(SequenceGap(sub, last + 1, seq))
        return True

    def _resync(self, sub: Subscription, reason: str, expected: int | None = None, got: int | None = None) -> None:
        """Rebuild an order book subscription: void its sid, tell the consumer, resubscribe in the background."""
        old = sub.sid
        self._unbind(sub)
        self.stats.resyncs += 1
        self._put_notice(BookResync(sub, reason, old, expected, got))
        self._background(self._resubscribe, sub, old)

    async def _resubscribe(self, sub: Subscription, old_sid: int | None) -> None:
        if old_sid is not None:
            with contextlib.suppress(StreamError):  # already gone (code 7) is fine
                await self._command("unsubscribe", {"sids": [old_sid]})
        if sub in self.subscriptions and sub.sid is None:
            await self._subscribe([sub])

    def _answer(self, pending: _Pending, obj: dict[str, Any]) -> None:
        self.stats.parsed[type(parse_object(obj)).__name__] += 1
        if pending.future.done():
            return
        msg = obj.get("msg")
        if obj.get("type") == "error":
            msg = msg if isinstance(msg, dict) else {}
            code = msg.get("code")
            pending.future.set_exception(
                error_for_code(
                    code if isinstance(code, int) else 0,
                    str(msg.get("msg", "")),
                    command_id=obj.get("id"),
                    market_ticker=msg.get("market_ticker"),
                )
            )
            return
        if obj.get("type") == "subscribed" and isinstance(msg, dict) and isinstance(msg.get("sid"), int):
            sub = next((s for s in pending.subs if s.sid is None and s.channel == msg.get("channel")), None)
            if sub is not None and sub in self.subscriptions:
                self._bind(sub, msg["sid"])
        pending.answers.append(obj)
        if len(pending.answers) >= pending.expected:
            pending.future.set_result(pending.answers)

    def _put_notice(self, notice: Message) -> None:
        if self._queue.full():
            self._overflow()
        self._queue.put_nowait(notice)

    async def _deliver(self, message: Message) -> None:
        self.stats.messages += 1
        self.stats.parsed[type(message).__name__] += 1
        if not self._queue.full():
            self._queue.put_nowait(message)
        elif self.overflow == "block":
            await self._queue.put(message)
        else:
            self._overflow()
            sid = getattr(message, "sid", None)
            if isinstance(sid, int) and sid not in self._by_sid:
                self.stats.stale += 1  # its book is being rebuilt
                return
            self._queue.put_nowait(message)

    def _overflow(self) -> None:
        dropped = 0
        while not self._queue.empty():
            if isinstance(self._queue.get_nowait(), _End):
                self._queue.put_nowait(_END)
                return
            dropped += 1
        self.stats.dropped += dropped
        logger.warning("consumer %d messages behind: backlog dropped, order books resubscribed", dropped)
        self._queue.put_nowait(Overflow(dropped))
        for sub in list(self.subscriptions):
            if sub.channel == _BOOK and sub.sid is not None:
                self._resync(sub, "overflow")
