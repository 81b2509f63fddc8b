"""The local exchange's WebSocket API: signed handshake, commands, channels, faults.

Served by the ``websockets`` library's own asyncio server on a second
127.0.0.1 port (``ExchangeServer.ws_url``), in its own thread. Not through
uvicorn's ASGI WebSocket support, because two faults need the connection
itself: "stop answering pings" pauses reading the socket (pongs are sent by
the protocol, out of an ASGI app's reach), and "drop" aborts the TCP connection
without a close frame.

Every outgoing frame goes through one FIFO queue per connection, and sequence
numbers and book changes are assigned synchronously on the event loop: a
subscription's snapshot always precedes its deltas, and ``seq`` counts from 1
per subscription with no gap unless a fault asks for one.

One server serves one product's WebSocket API (``product``): the Trade API's
(``/trade-api/ws/v2``) or Perps' (``/trade-api/ws/v2/margin``), each from its own
document: its channels, message schemas, book layout and error codes.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import socket
import threading
import time
from collections import Counter, deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from http import HTTPStatus
from typing import Any

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

from kalshi_exchange.core import LocalExchange
from kalshi_exchange.stream_engine import FOLLOWED, Event, TickerTape, events_for, ticker_of
from kalshi_exchange.stream_feed import STREAM_PRODUCTS, Book, BookLayout, StreamFeed, load_stream_spec
from kalshi_exchange.verify import check_signature

WS_PATH = "/trade-api/ws/v2"  # the Trade API's; ``StreamServer.path`` is the one served
ENGINE_PRODUCT = "trade"  # the matching engine trades the Trade API's markets; other products' feeds are drawn
# What a condition is answered with when the document no longer lists its code (Perps retires
# 16 "market not found" and 17 "internal error"): the closest code it does list.
_RETIRED = {16: 11, 17: 1}
HEARTBEAT = b"heartbeat"
MAX_MARKETS = 1000  # books an open exchange will make up before answering "market not found"
FAULT_KINDS = ("skip_seq", "repeat_seq", "delay", "error", "deaf", "silence", "drop", "hostile")
# What ``inject("hostile", frame=...)`` sends: frames no honest server sends, for clients to survive.
HOSTILE_FRAMES = ("deep", "binary", "not_json", "oversized", "bad_delta", "mislabel")
# A slow reader is cut, as Kalshi cuts them, never buffered without bound: past this many frames or bytes queued.
MAX_BACKLOG = 10_000
MAX_BACKLOG_BYTES = 2**26
# What the exchange keeps for tests to inspect, bounded whatever clients send (the newest are kept):
MAX_COMMANDS_KEPT = 10_000  # commands, at most
MAX_COMMAND_BYTES_KEPT = 2**23  # and their frames' bytes, at most
MAX_COMMAND_SIZE_KEPT = 2**16  # a larger command is kept as {"id", "cmd", "bytes"} only
MAX_HANDSHAKES_KEPT = 10_000
MAX_DEPTH = 32  # a command nested deeper is "unable to process" (Kalshi's commands nest 3 deep)
OVERSIZED = 2**21  # the hostile "oversized" frame: twice the client's default max_message_size
logger = logging.getLogger("kalshi_exchange")


@dataclass(frozen=True)
class Handshake:
    """One handshake as the exchange saw it (for tests: fresh signatures, refusals)."""

    key_id: str | None
    timestamp: str | None
    signature: str | None
    status: int
    reason: str | None


@dataclass
class _Subscription:
    sid: int
    channel: str
    tickers: list[str]
    seq: int = 0  # the last seq assigned
    turn: int = 0  # round-robin over the channel's message types


@dataclass
class _Connection:
    ws: ServerConnection
    outbox: asyncio.Queue[str | bytes | None] = field(default_factory=asyncio.Queue)
    queued_bytes: int = 0
    subs: dict[int, _Subscription] = field(default_factory=dict)
    sids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    silent: bool = False
    user: str | None = None  # the key id it signed in with: whose fills, orders and positions it gets


@dataclass
class _Faults:
    skip_seq: int = 0
    repeat_seq: int = 0
    delay: int = 0
    delay_seconds: float = 0.0
    mislabel: int = 0
    errors: list[int] = field(default_factory=list)

    def take(self, name: str) -> bool:
        left: int = getattr(self, name)
        if left > 0:
            setattr(self, name, left - 1)
            return True
        return False


class CommandLog:
    """The newest commands received, at most ``MAX_COMMANDS_KEPT`` of them and ``MAX_COMMAND_BYTES_KEPT``
    of frames: a client sending large commands cannot grow the exchange without bound."""

    def __init__(self) -> None:
        self._items: deque[tuple[dict[str, Any], int]] = deque()
        self.bytes = 0
        self.received = 0  # every command ever received, kept or not

    def append(self, command: dict[str, Any], size: int) -> None:
        self.received += 1
        if size > MAX_COMMAND_SIZE_KEPT:
            cmd = command.get("cmd")
            command = {"id": command.get("id"), "cmd": cmd if isinstance(cmd, str) else None, "bytes": size}
            size = 64
        self._items.append((command, size))
        self.bytes += size
        while len(self._items) > MAX_COMMANDS_KEPT or self.bytes > MAX_COMMAND_BYTES_KEPT:
            self.bytes -= self._items.popleft()[1]

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return (command for command, _ in self._items)

    def __len__(self) -> int:
        return len(self._items)

    def clear(self) -> None:
        """Forget the commands kept so far (a test or benchmark looking at what comes next)."""
        self._items.clear()
        self.bytes = 0


def _too_deep(obj: Any) -> bool:
    stack = [(obj, 1)]
    while stack:
        item, depth = stack.pop()
        for child in item.values() if isinstance(item, dict) else item:
            if isinstance(child, (dict, list)):
                if depth >= MAX_DEPTH:
                    return True
                stack.append((child, depth + 1))
    return False


def _is_int(value: object) -> bool:
    return type(value) is int


class _CommandError(Exception):
    def __init__(self, code: int, market_ticker: str | None = None) -> None:
        super().__init__(code)
        self.code, self.market_ticker = code, market_ticker


class StreamServer:
    """The WebSocket half of the local exchange. Keys, window and clock come from ``exchange``.

    ``interval`` is the time between publishing rounds (each round: ``burst`` book
    changes (default one), each fanned out to every orderbook subscription of its
    market, and one message per other subscription). ``markets`` have books from the start; with
    ``open_markets`` any other ticker gets one when first subscribed (as the REST
    side answers for any ticker), otherwise it is error 16 (market not found).

    ``follow_engine`` (the default, when the exchange trades) streams the engine: its books
    on the orderbook channel, and its trades, tickers, fills, orders, positions and order
    groups on theirs. ``follow_engine=False`` draws every channel instead, books changing at
    random each round (a busy feed for load tests, unrelated to the REST side).

    ``product="perps"`` serves the Perps WebSocket API instead (``/trade-api/ws/v2/margin``,
    ``kalshi_perps_stream_messages``' document): always drawn (there is no Perps matching
    engine), with two-sided books (bids below asks) that snapshots and deltas rebuild exactly.
    Commands are answered with the codes its document lists: it retires 6, 16 and 17, so a
    duplicate subscription is made (as any other), an unknown market is 11 and a handler's
    own failure 1.
    """

    def __init__(
        self,
        exchange: LocalExchange,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        seed: int = 0,
        interval: float = 0.01,
        heartbeat: float = 10.0,
        markets: tuple[str, ...] | None = None,
        open_markets: bool = True,
        validate: bool = True,
        follow_engine: bool = True,
        burst: int = 1,
        product: str = "trade",
    ) -> None:
        if product not in STREAM_PRODUCTS:
            raise ValueError(f"unknown stream product {product!r}: use one of {', '.join(STREAM_PRODUCTS)}")
        self.exchange = exchange
        self.product = STREAM_PRODUCTS[product]
        self.path = self.product.path
        # With ``follow_engine`` (and an exchange that trades), the orderbook channel streams the
        # engine's books: every change to resting orders becomes deltas, so the streamed book equals
        # the REST orderbook. Otherwise books change at random each round.
        self.follow_engine = follow_engine and exchange.trades and product == ENGINE_PRODUCT
        markets = self.product.markets if markets is None else markets
        self.feed = StreamFeed(
            load_stream_spec(self.product.package),
            seed=seed,
            markets=() if self.follow_engine else markets,
            seeded=not self.follow_engine,
        )
        self._tape = TickerTape()  # used with the engine's lock held, like the engine itself
        if self.follow_engine:
            exchange.engine.listeners.append(self._engine_changed)
        self.interval, self.heartbeat, self.validate = interval, heartbeat, validate
        self.burst = burst  # book changes per publishing round (drawn feed): a steady rate of burst / interval
        self.open_markets = open_markets
        self.handshakes: deque[Handshake] = deque(maxlen=MAX_HANDSHAKES_KEPT)  # the newest, for tests
        self.published: Counter[str] = Counter()
        self.pongs = 0  # answers to the heartbeat pings
        self.commands = CommandLog()  # commands received, for tests to inspect
        self.paused = False
        # (sid, seq) -> perf_counter() when queued, for latency measurements (``make bench``); off when None.
        self.emit_times: dict[tuple[int, int], float] | None = None
        self._faults = _Faults()
        self._shared_names: dict[str, str] | None = None
        self._lock = threading.Lock()  # book state and counters, shared with the caller's thread
        self._connections: dict[int, _Connection] = {}
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._socket.bind((host, port))
        self.host, self.port = self._socket.getsockname()[:2]
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._started = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"ws://{self.host}:{self.port}{self.path}"

    # -- control, from any thread -------------------------------------------------------------
    def start(self, timeout: float = 10.0) -> StreamServer:
        self._thread = threading.Thread(target=self._run, name="kalshi-local-exchange-ws", daemon=True)
        self._thread.start()
        if not self._started.wait(timeout):
            raise RuntimeError(f"the local exchange's WebSocket server did not start on {self.url}")
        return self

    def stop(self, timeout: float = 10.0) -> None:
        if self._loop is not None and self._stop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._stop.set)
        if self._thread is not None:
            self._thread.join(timeout)
        self._socket.close()

    def pause(self) -> None:
        """Stop publishing (commands are still answered); returns after any round in progress."""
        with self._lock:
            self.paused = True

    def resume(self) -> None:
        with self._lock:
            self.paused = False

    def inject(self, kind: str, count: int = 1, *, code: int = 17, seconds: float = 0.5, frame: str = "deep") -> None:
        """A stream fault: ``skip_seq``/``repeat_seq`` (the next ``count`` sequenced messages are
        lost/sent twice), ``delay`` (the next ``count`` frames wait ``seconds``), ``error`` (the
        next ``count`` commands get error ``code``: one the product's document lists, or one it retired,
        answered with what stands for it, as the handler's own failure is), ``deaf`` (every open
        connection stops reading: pings and commands go unanswered, messages still flow), ``silence`` (deaf, and sending
        nothing either), ``drop`` (every open connection is cut, no close frame).

        ``hostile`` sends ``count`` frames no honest server sends, of the kind ``frame`` names, to
        every open connection: ``deep`` (JSON nested 5,000 deep), ``binary``, ``not_json``,
        ``oversized`` (2 MiB), ``bad_delta`` (to every orderbook subscription, in its sequence, a
        delta no book can apply: a price off $0-$1 or oddly spelled, a count that is not one, a
        level driven below zero; the exchange's book is unchanged), or ``mislabel`` (the next
        ``count`` ``subscribed`` answers name another channel than the one asked for).
        """
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown stream fault {kind!r}: use one of {', '.join(FAULT_KINDS)}")
        if kind == "hostile" and frame not in HOSTILE_FRAMES:
            raise ValueError(f"unknown hostile frame {frame!r}: use one of {', '.join(HOSTILE_FRAMES)}")
        if kind == "error":  # an answer the document refuses would end the connection's handler, not answer
            if code not in self.feed.codes and code not in _RETIRED:
                raise ValueError(
                    f"error code {code} is not one {self.product.name}'s document lists: use one of "
                    f"{', '.join(map(str, sorted(self.feed.codes)))}"
                )
            code = self._code(code)
        with self._lock:
            if kind in ("skip_seq", "repeat_seq"):
                setattr(self._faults, kind, getattr(self._faults, kind) + count)
            elif kind == "delay":
                self._faults.delay, self._faults.delay_seconds = count, seconds
            elif kind == "error":
                self._faults.errors.extend([code] * count)
            elif kind == "hostile" and frame == "mislabel":
                self._faults.mislabel += count
        if kind == "hostile" and frame != "mislabel" and self._loop is not None:
            self._loop.call_soon_threadsafe(self._hostile, frame, count)
        actions = {"deaf": self._deafen, "silence": self._silence, "drop": self._drop}
        if kind in actions and self._loop is not None:
            self._loop.call_soon_threadsafe(actions[kind])

    def book_levels(self, ticker: str) -> dict[str, dict[str, str]]:
        """The exchange's book of ``ticker`` now, per side: ``{"yes": {price: count}, "no": {...}}``
        (Perps: ``{"bid": ..., "ask": ...}``)."""
        with self._lock:
            book = self.feed.book(ticker)
            return {side: book.levels(side) for side in book.layout.sides}

    def subscriptions(self) -> list[tuple[int, str, list[str], int]]:
        """(sid, channel, tickers, last seq sent) of every open subscription."""
        with self._lock:
            return [
                (s.sid, s.channel, list(s.tickers), s.seq) for c in self._connections.values() for s in c.subs.values()
            ]

    def connection_subscriptions(self) -> list[list[tuple[int, str, list[str], int]]]:
        """Per open connection, oldest first: (sid, channel, tickers, last seq sent) of its subscriptions
        (sids are numbered per connection, so a client that reconnected reads the last list)."""
        with self._lock:
            return [
                [(s.sid, s.channel, list(s.tickers), s.seq) for s in c.subs.values()]
                for c in self._connections.values()
            ]

    @property
    def connection_count(self) -> int:
        return len(self._connections)

    # -- the server thread --------------------------------------------------------------------
    def _run(self) -> None:
        asyncio.run(self._main())

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        server: Server
        async with serve(
            self._serve, sock=self._socket, process_request=self._handshake, ping_interval=None, max_size=2**20
        ) as server:
            publisher = asyncio.create_task(self._publish())
            self._started.set()
            await self._stop.wait()
            publisher.cancel()
            for conn in list(self._connections.values()):
                conn.ws.transport.abort()
            server.close()
        await asyncio.gather(publisher, return_exceptions=True)

    def _handshake(self, connection: ServerConnection, request: Request) -> Response | None:
        path = request.path.split("?", 1)[0]
        if path != self.path:
            return connection.respond(HTTPStatus.NOT_FOUND, f"no WebSocket endpoint at {path}; use {self.path}\n")
        headers = {name.lower(): value for name, value in request.headers.raw_items()}
        now_ms = int(self.exchange.clock() * 1000)
        key_id, rejection = check_signature(
            headers, "GET", path, self.exchange.keys, now_ms, int(self.exchange.window * 1000)
        )
        status = 401 if rejection else 101
        self.handshakes.append(
            Handshake(
                key_id,
                headers.get("kalshi-access-timestamp"),
                headers.get("kalshi-access-signature"),
                status,
                rejection.code if rejection else None,
            )
        )
        if rejection is None:
            return None
        body = {"code": rejection.code, "message": rejection.message, "service": "local-exchange"}
        response = connection.respond(HTTPStatus.UNAUTHORIZED, json.dumps(body))
        response.headers["Content-Type"] = "application/json"
        return response

    async def _serve(self, ws: ServerConnection) -> None:
        conn = _Connection(ws, user=ws.request.headers.get("KALSHI-ACCESS-KEY") if ws.request else None)
        self._connections[id(conn)] = conn
        tasks = [asyncio.create_task(self._write(conn)), asyncio.create_task(self._beat(conn))]
        try:
            async for frame in ws:
                if isinstance(frame, str):
                    self._command(conn, frame)
        except ConnectionClosed:
            pass
        finally:
            with self._lock:
                self._connections.pop(id(conn), None)
            conn.outbox.put_nowait(None)
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    async def _write(self, conn: _Connection) -> None:
        while (text := await conn.outbox.get()) is not None:
            conn.queued_bytes -= len(text)
            with self._lock:
                delay = self._faults.delay_seconds if self._faults.take("delay") else 0.0
            if delay:
                await asyncio.sleep(delay)
            if not conn.silent:
                await conn.ws.send(text)

    def _queue(self, conn: _Connection, frame: str | bytes) -> bool:
        """Queue one frame for ``conn``; a reader too far behind is cut instead (False)."""
        if conn.outbox.qsize() >= MAX_BACKLOG or conn.queued_bytes + len(frame) > MAX_BACKLOG_BYTES:
            conn.ws.transport.abort()
            return False
        conn.queued_bytes += len(frame)
        conn.outbox.put_nowait(frame)
        return True

    async def _beat(self, conn: _Connection) -> None:
        """Kalshi's keepalive: a ping with body ``heartbeat`` every few seconds; answers are counted in ``pongs``."""
        while True:
            await asyncio.sleep(self.heartbeat)
            if not conn.silent:
                waiter = await conn.ws.ping(HEARTBEAT)
                asyncio.ensure_future(waiter).add_done_callback(self._count_pong)

    def _count_pong(self, waiter: asyncio.Future[float]) -> None:
        if not waiter.cancelled() and waiter.exception() is None:
            self.pongs += 1

    def _deafen(self) -> None:
        for conn in self._connections.values():
            conn.ws.transport.pause_reading()  # no reads: pings go unanswered

    def _silence(self) -> None:
        self._deafen()
        for conn in self._connections.values():
            conn.silent = True

    def _drop(self) -> None:
        for conn in list(self._connections.values()):
            conn.ws.transport.abort()

    def _hostile(self, frame: str, count: int) -> None:
        rng = self.feed.rng
        with self._lock:
            for _ in range(count):
                for conn in list(self._connections.values()):
                    if frame == "bad_delta":
                        for sub in list(conn.subs.values()):
                            if sub.channel == "orderbook_delta" and sub.tickers:
                                bad = _bad_delta(rng, self.feed.book(rng.choice(sub.tickers)))
                                self._emit(conn, bad, sub, validate=False)
                    else:
                        self._queue(conn, _junk(frame))

    # -- sending (synchronous: ordering and seq are decided here) ------------------------------
    def _emit(
        self, conn: _Connection, message: dict[str, Any], sub: _Subscription | None = None, *, validate: bool = True
    ) -> None:
        """Queue one frame; with ``sub``, stamp ``sid`` and (for sequenced types) the next ``seq``."""
        repeat = False
        if sub is not None:
            message["sid"] = sub.sid
            if self.feed.has_seq(message["type"]):
                sub.seq += 1
                message["seq"] = sub.seq
                if self._faults.take("skip_seq"):
                    return  # lost on the way: the client sees the next seq jump
                repeat = self._faults.take("repeat_seq")
        if self.validate and validate:
            self.feed.validate(message)
        text = json.dumps(message, separators=(",", ":"))
        self.published[message["type"]] += 1
        if not self._queue(conn, text):
            return
        if self.emit_times is not None and "seq" in message:
            self.emit_times[(message["sid"], message["seq"])] = time.perf_counter()
        if repeat:
            self._queue(conn, text)

    async def _publish(self) -> None:
        rng = self.feed.rng
        while True:
            await asyncio.sleep(self.interval)
            with self._lock:
                if self.paused:
                    continue
                book_subs = [
                    (c, s)
                    for c in self._connections.values()
                    for s in c.subs.values()
                    if s.channel == "orderbook_delta"
                ]
                tickers = sorted({t for _, s in book_subs for t in s.tickers})
                for _ in range(self.burst if tickers and not self.follow_engine else 0):
                    ticker = rng.choice(tickers)
                    msg = self.feed.books[ticker].change(rng)
                    for conn, sub in book_subs:
                        if ticker in sub.tickers:
                            self._emit(conn, {"type": "orderbook_delta", "msg": dict(msg)}, sub)
                for conn in self._connections.values():
                    for sub in conn.subs.values():
                        if sub.channel == "orderbook_delta" or (self.follow_engine and sub.channel in FOLLOWED):
                            continue
                        types = self.feed.channels[sub.channel]
                        type_ = types[sub.turn % len(types)]
                        sub.turn += 1
                        self._emit(conn, self.feed.sample(type_, sub.tickers), sub)

    # -- commands ----------------------------------------------------------------------------
    def _command(self, conn: _Connection, frame: str) -> None:
        """Answer one command. Whatever the frame, the answer is Kalshi's: a result or an error code,
        never a dead connection (a handler's own bug is error 17, the connection kept)."""
        with self._lock:
            command_id: Any = None
            try:
                try:
                    command = json.loads(frame)
                except (ValueError, RecursionError):  # not JSON, or nested past the decoder's stack
                    raise _CommandError(1) from None
                if not isinstance(command, dict) or _too_deep(command):
                    raise _CommandError(1)
                self.commands.append(command, len(frame))
                command_id = command.get("id")
                if self._faults.errors:
                    raise _CommandError(self._faults.errors.pop(0))
                cmd = command.get("cmd")
                handler = {
                    "subscribe": self._subscribe,
                    "unsubscribe": self._unsubscribe,
                    "update_subscription": self._update,
                    "list_subscriptions": self._list,
                }.get(cmd if isinstance(cmd, str) else "")
                if handler is None:
                    raise _CommandError(5)
                params = command.get("params")
                if params is None and cmd != "list_subscriptions":
                    raise _CommandError(2)
                handler(conn, command_id, params if isinstance(params, dict) else {})
            except Exception as err:
                if not isinstance(err, _CommandError):
                    logger.exception("stream command failed: internal error answered, connection kept")
                    err = _CommandError(self._code(17))
                assert isinstance(err, _CommandError)
                msg: dict[str, Any] = {"code": err.code, "msg": self._error_text(err.code)}
                if err.market_ticker:
                    msg["market_ticker"] = err.market_ticker
                answer: dict[str, Any] = {"type": "error", "msg": msg}
                if _is_int(command_id) and command_id >= 0:
                    answer["id"] = command_id
                self._emit(conn, answer)

    def _code(self, code: int) -> int:
        """``code``, or what stands for it when the document retired it (``_RETIRED``)."""
        return code if code in self.feed.codes else _RETIRED.get(code, 1)

    def _error_text(self, code: int) -> str:
        """The name the document gives ``code``; the Perps document names none, and says its numbering
        "is shared with the Predictions WebSocket API": the Trade document's names then."""
        name = self.feed.error_codes.get(str(code))
        if name is None:
            if self._shared_names is None:
                self._shared_names = dict(load_stream_spec()["x-kalshi-error-codes"])
            name = self._shared_names.get(str(code))
        return name or "error"

    def _tickers(self, params: dict[str, Any]) -> list[str]:
        tickers = params.get("market_tickers")
        if tickers is None and params.get("market_ticker") is not None:
            tickers = [params["market_ticker"]]
        if tickers is None:
            return []
        if not isinstance(tickers, list) or not all(isinstance(t, str) for t in tickers):
            raise _CommandError(11)
        opened = len(self.feed.books)
        for ticker in dict.fromkeys(tickers):  # every new market counts toward the cap, not just the first
            if ticker not in self.feed.books:
                opened += 1
                if not self.open_markets or opened > MAX_MARKETS:
                    raise _CommandError(self._code(16), ticker)
        for ticker in tickers:
            self.feed.book(ticker)  # an open exchange lists any market it is asked for, as its REST side does
        return list(dict.fromkeys(tickers))

    def _subscribe(self, conn: _Connection, command_id: Any, params: dict[str, Any]) -> None:
        channels = params.get("channels")
        if not channels or not isinstance(channels, list):
            raise _CommandError(3)
        for channel in channels:
            if not isinstance(channel, str) or channel not in self.feed.channels:
                raise _CommandError(8)
        if {19, 20, 21, 22} <= self.feed.codes:  # sharding: a document without these codes has none
            factor, key = params.get("shard_factor"), params.get("shard_key")
            if factor is not None and (not _is_int(factor) or factor <= 0):
                raise _CommandError(19)
            if key is not None and factor is None:
                raise _CommandError(20)
            if factor is not None and factor > 100:
                raise _CommandError(22)
            if key is not None and (not _is_int(key) or not 0 <= key < (factor or 0)):
                raise _CommandError(21)
        tickers = self._tickers(params)
        if "orderbook_delta" in channels and not tickers:
            raise _CommandError(14)
        for channel in channels if 6 in self.feed.codes else ():  # the same channel for the same markets again
            for sub in conn.subs.values():
                if sub.channel == channel and (set(sub.tickers) & set(tickers) or not (sub.tickers or tickers)):
                    raise _CommandError(6)
        for channel in channels:
            sub = _Subscription(next(conn.sids), channel, tickers)
            conn.subs[sub.sid] = sub
            named = channel
            if self._faults.take("mislabel"):  # hostile: the answer names another channel than the one made
                named = "ticker" if channel != "ticker" else "trade"
            self._emit(
                conn, self._with_id({"type": "subscribed", "msg": {"channel": named, "sid": sub.sid}}, command_id)
            )
            if channel == "orderbook_delta":
                for ticker in tickers:
                    self._follow_locked(ticker)  # the snapshot is the engine's book now
                    self._emit(conn, {"type": "orderbook_snapshot", "msg": self.feed.books[ticker].snapshot_msg()}, sub)

    # -- following the engine ----------------------------------------------------------------
    def _engine_changed(self, event: str, payload: object) -> None:
        """Engine listener (REST thread, engine lock held): publish on the loop what changed."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        engine = self.exchange.engine
        events = events_for(engine, event, payload, self.feed.complete)  # the state now
        quoted = ticker_of(event, payload)
        moved = self._tape.event(engine, quoted, self.feed.complete) if quoted is not None else None
        if moved is not None:
            events.append(moved)
        ticker = quoted if event in ("order", "settled") else None  # the events that change a book
        loop.call_soon_threadsafe(self._follow, ticker, events)

    def _follow(self, ticker: str | None, events: list[Event]) -> None:
        with self._lock:
            if ticker is not None:
                self._follow_locked(ticker)
            for event in events:
                msg = dict(event.message["msg"])
                if event.channel == "ticker" and event.ticker is not None:
                    msg["market_id"] = self.feed.book(event.ticker).market_id  # the id its book messages carry
                for conn in self._connections.values():
                    if event.user is not None and conn.user != event.user:
                        continue
                    for sub in conn.subs.values():
                        if sub.channel != event.channel:
                            continue
                        if event.ticker is None or not sub.tickers or event.ticker in sub.tickers:
                            self._emit(conn, {**event.message, "msg": dict(msg)}, sub)

    def _follow_locked(self, ticker: str) -> None:
        """Move the streamed book of ``ticker`` to the engine's, one delta per changed level, to its subscribers."""
        if not self.follow_engine or ticker not in self.feed.books:
            return
        with self.exchange.engine_lock:
            book = self.exchange.engine.book(ticker)
            wanted = {"yes": dict(book.levels("bid")), "no": dict(book.levels("ask"))}
        mirror = self.feed.books[ticker]
        subs = [
            (c, s)
            for c in self._connections.values()
            for s in c.subs.values()
            if s.channel == "orderbook_delta" and ticker in s.tickers
        ]
        changes = []
        for side, levels in wanted.items():
            held = mirror.side(side)
            for price in sorted(set(levels) | set(held)):
                delta = levels.get(price, Decimal(0)) - held.get(price, Decimal(0))
                if delta:
                    changes.append((delta > 0, side, price, delta))
        # What leaves the book goes out before what joins it: a trade takes the crossed level away
        # before the taker's remainder rests, so no client ever sees a crossed book in between.
        for _, side, price, delta in sorted(changes, key=lambda change: change[0]):
            msg = mirror.move(side, price, delta)
            for conn, sub in subs:
                self._emit(conn, {"type": "orderbook_delta", "msg": dict(msg)}, sub)

    def _unsubscribe(self, conn: _Connection, command_id: Any, params: dict[str, Any]) -> None:
        sids = params.get("sids")
        if not sids or not isinstance(sids, list):
            raise _CommandError(4)
        if not all(_is_int(sid) for sid in sids):
            raise _CommandError(11)  # a subscription id is an integer; [[1]] or {} is no id at all
        for sid in sids:
            if sid not in conn.subs:
                raise _CommandError(7)
        for sid in sids:
            sub = conn.subs.pop(sid)
            self._emit(conn, self._with_id({"type": "unsubscribed"}, command_id), sub)

    def _update(self, conn: _Connection, command_id: Any, params: dict[str, Any]) -> None:
        sids = params.get("sids", [params["sid"]] if "sid" in params else [])
        if not isinstance(sids, list) or len(sids) != 1:
            raise _CommandError(12)
        if not _is_int(sids[0]):
            raise _CommandError(11)
        action = params.get("action")
        if action is None:
            raise _CommandError(15)
        if not isinstance(action, str) or action not in ("add_markets", "delete_markets"):
            raise _CommandError(13)
        sub = conn.subs.get(sids[0])
        if sub is None:
            raise _CommandError(7)
        tickers = self._tickers(params)
        if not tickers:
            raise _CommandError(14)
        added = [t for t in tickers if t not in sub.tickers] if action == "add_markets" else []
        if action == "add_markets":
            sub.tickers.extend(added)
        else:
            sub.tickers[:] = [t for t in sub.tickers if t not in tickers]
        self._emit(conn, self._with_id({"type": "ok", "msg": {"market_tickers": list(sub.tickers)}}, command_id), sub)
        if sub.channel == "orderbook_delta":
            for ticker in added:
                self._follow_locked(ticker)
                self._emit(conn, {"type": "orderbook_snapshot", "msg": self.feed.books[ticker].snapshot_msg()}, sub)

    def _list(self, conn: _Connection, command_id: Any, params: dict[str, Any]) -> None:
        listed = [{"channel": s.channel, "sid": s.sid} for s in conn.subs.values()]
        self._emit(conn, {"id": command_id if _is_int(command_id) else 0, "type": "ok", "msg": listed})

    @staticmethod
    def _with_id(message: dict[str, Any], command_id: Any) -> dict[str, Any]:
        if _is_int(command_id) and command_id >= 0:
            message["id"] = command_id
        return message


_BAD_PRICES = ("1e9999999", "1.5000", "-0.5000", " 0.5000 ", "0.00001", "\u0660.\u0665", "NaN")
# A perpetual's price may be $1.50; none may be $0.
_BAD_TWO_SIDED_PRICES = (*(p for p in _BAD_PRICES if p != "1.5000"), "0.0000")
_BAD_COUNTS = ("1e9999999", "NaN", "0.001", "-99999999.00")


def _bad_prices(layout: BookLayout) -> tuple[str, ...]:
    return _BAD_TWO_SIDED_PRICES if layout.two_sided else _BAD_PRICES


def _bad_delta(rng: Any, book: Book) -> dict[str, Any]:
    """A delta no client book can apply, whatever the book holds (so never silently applied)."""
    layout = book.layout
    if rng.random() < 0.5:
        price, count = rng.choice(_bad_prices(layout)), "1.00"
    else:
        price, count = f"0.{rng.randrange(1, 99):02d}00", rng.choice(_BAD_COUNTS)
    msg: dict[str, Any] = {"market_ticker": book.market_ticker}
    if layout.market_id:
        msg["market_id"] = book.market_id
    msg.update({layout.price_key: price, layout.count_key: count, "side": rng.choice(layout.sides)})
    return {"type": "orderbook_delta", "msg": msg}


def _junk(frame: str) -> str | bytes:
    if frame == "deep":
        return "[" * 5000 + "]" * 5000
    if frame == "binary":
        return bytes(range(256))
    if frame == "not_json":
        return "{this is not json"
    return '{"type":"ticker","x":"' + "x" * OVERSIZED + '"}'  # oversized
