"""KalshiStream against a hostile server (tests/hostile_ws.py): every lie gets a typed error or a recovery.

Each test scripts the server and asserts what a market maker needs: no untyped exception
out of ``async for``, no silence, memory bounded (measured), the book exact after every
recovery, no signed header at another origin. Each is bounded to seconds.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
from collections.abc import Awaitable
from decimal import Decimal
from typing import Any, TypeVar

import pytest

from kalshi_stream import (
    BookResync,
    CommandTimeoutError,
    KalshiStream,
    Message,
    OrderBook,
    OrderBooks,
    Overflow,
    RawMessage,
    Reconnected,
    StreamAuthError,
    StreamDisconnectedError,
    StreamError,
    StreamProtocolError,
    StreamRedirectError,
)
from kalshi_stream_messages.models import TickerPayload
from tests.hostile_ws import WS_PATH, HostileServer, Peer, RawServer, redirect, refuse, serve_forever, then
from tests.keyfactory import ed_key

LIMIT = 10.0
T = TypeVar("T")
TICKER = "KX-A"


def run(coro: Awaitable[T]) -> T:
    async def bounded() -> T:
        return await asyncio.wait_for(coro, LIMIT)

    return asyncio.run(bounded())


def _stream(url: str, **kwargs: Any) -> KalshiStream:
    kwargs.setdefault("backoff_base", 0.01)
    kwargs.setdefault("backoff_max", 0.05)
    kwargs.setdefault("command_timeout", 2.0)
    return KalshiStream("hostile-test-key", ed_key(), url=url, **kwargs)


async def _next(stream: KalshiStream, timeout: float = 3.0) -> Message:
    return await asyncio.wait_for(stream.__anext__(), timeout)


def _levels(book: OrderBook) -> dict[str, dict[str, str]]:
    return {side: {f"{p:.4f}": f"{c:.2f}" for p, c in book.levels(side)} for side in ("yes", "no")}


async def _ticker_subscription(peer: Peer) -> int:
    return await peer.subscribed(await peer.expect("subscribe"))


# -- 1. frames that used to end the stream ------------------------------------------------------
DEEP = {
    "list": "[" * 1000 + "]" * 1000,
    "object": '{"a":' * 1000 + "1" + "}" * 1000,
    "inside a ticker": '{"type":"ticker","sid":1,"msg":{"market_ticker":"KX-A"},"x":' + "[" * 900 + "]" * 900 + "}",
    "just past the limit": '{"type":"ticker","sid":1,"msg":{"market_ticker":"KX-A"},"x":' + "[" * 40 + "]" * 40 + "}",
}


@pytest.mark.parametrize("frame", list(DEEP.values()), ids=list(DEEP))
def test_a_deeply_nested_frame_is_a_raw_message_and_close_closes_the_socket(frame: str) -> None:
    async def script(peer: Peer) -> None:
        sid = await _ticker_subscription(peer)
        await peer.send_text(frame)
        await peer.send_bytes(frame.encode())
        await peer.ticker(sid)
        await peer.idle()

    async def scenario() -> None:
        async with HostileServer(script) as server:
            stream = _stream(server.url)
            async with stream:
                await stream.subscribe("ticker")
                for _ in range(2):
                    raw = await _next(stream)
                    assert isinstance(raw, RawMessage) and "nested deeper" in str(raw.error), raw
                assert isinstance(await _next(stream), TickerPayload)  # and the stream carries on
            await server.peers[0].closed(3)  # close() closed the socket
            assert server.errors == []

    run(scenario())


def test_handling_a_frame_that_fails_unexpectedly_costs_that_frame_not_the_stream(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from kalshi_stream import client, messages

    real = messages.parse_object

    def buggy(obj: Any, raw: str | bytes = "", *table: Any) -> Message:  # table: the product's routes
        if isinstance(raw, str) and "boom" in raw:
            raise RuntimeError("a bug in the client")
        return real(obj, raw, *table)

    monkeypatch.setattr(client, "parse_object", buggy)

    async def script(peer: Peer) -> None:
        sid = await _ticker_subscription(peer)
        await peer.ticker(sid, boom=1)
        await peer.ticker(sid)
        await peer.idle()

    async def scenario() -> None:
        async with HostileServer(script) as server, _stream(server.url) as stream:
            await stream.subscribe("ticker")
            raw = await _next(stream)
            assert isinstance(raw, RawMessage) and "internal error: RuntimeError" in str(raw.error)
            assert isinstance(await _next(stream), TickerPayload)
            assert stream.stats.internal_errors == 1

    run(scenario())


def test_a_fatal_error_ends_iteration_typed_and_closes_its_socket(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: KalshiStream, attempts: int) -> None:
        raise RuntimeError("a bug while restoring")

    monkeypatch.setattr(KalshiStream, "_restore_all", broken)

    async def script(peer: Peer) -> None:
        if peer.index == 0:
            await _ticker_subscription(peer)
            await peer.ws.close(1011)
        else:
            await peer.idle()

    async def scenario() -> None:
        async with HostileServer(script) as server, _stream(server.url) as stream:
            await stream.subscribe("ticker")
            with pytest.raises(StreamError, match="a bug while restoring") as ended:
                await _next(stream)
            assert isinstance(ended.value.__cause__, RuntimeError)
            await server.peers[1].closed(3)  # without close(): the fatal path closed it

    run(scenario())


@pytest.mark.parametrize(
    "frames",
    [
        [b"\x00\xff\xfe binary"],
        ["not json at all", "", "[1, 2", "null", "3", '"text"', "[]"],
        ['{"type": 1}', '{"type":"ticker","sid":"1","msg":[]}', '{"type":"orderbook_delta","sid":1,"seq":true}'],
        ['{"type":"ticker","sid":1,"msg":{"market_ticker":"KX-A","ts":1e300}}', '{"seq":' + "9" * 5000 + "}"],
    ],
    ids=["binary", "not JSON", "wrong types", "values no model foresaw"],
)
def test_junk_frames_are_raw_messages_and_the_stream_goes_on(frames: list[str | bytes]) -> None:
    async def script(peer: Peer) -> None:
        sid = await _ticker_subscription(peer)
        for frame in frames:
            await (peer.send_bytes(frame) if isinstance(frame, bytes) else peer.send_text(frame))
        await peer.ticker(sid)
        await peer.idle()

    async def scenario() -> None:
        async with HostileServer(script) as server, _stream(server.url) as stream:
            await stream.subscribe("ticker")
            got = [await _next(stream) for _ in range(len(frames) + 1)]
            assert isinstance(got[-1], TickerPayload)
            assert all(not isinstance(m, TickerPayload) or m.additional_properties == {} for m in got)

    run(scenario())


# -- 2. redirects ---------------------------------------------------------------------------------
@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("where", ["another origin", "the same origin"])
def test_a_redirect_is_never_followed_and_no_signed_header_reaches_another_origin(status: int, where: str) -> None:
    async def scenario() -> None:
        async with HostileServer(serve_forever) as other:
            target = other.url if where == "another origin" else WS_PATH + "/elsewhere"
            async with HostileServer(serve_forever, handshake=redirect(target, status)) as server:
                stream = _stream(server.url)
                with pytest.raises(StreamRedirectError, match=f"HTTP {status}"):
                    await stream.connect()
                await stream.close()
                assert len(server.handshakes) == 1 and server.handshakes[0].signed  # the one it was meant for
            assert other.handshakes == []  # nothing at all reached the other origin

    run(scenario())


def test_a_redirect_while_reconnecting_is_retried_never_followed() -> None:
    async def script(peer: Peer) -> None:
        if peer.index == 0:
            await _ticker_subscription(peer)
            await peer.ws.close(1001)
        else:
            await _ticker_subscription(peer)
            await peer.idle()

    async def scenario() -> None:
        async with HostileServer(serve_forever) as other:
            handshake = then(None, redirect(other.url), redirect(other.url), None)
            async with HostileServer(script, handshake=handshake) as server, _stream(server.url) as stream:
                await stream.subscribe("ticker")
                notice = await _next(stream)
                assert isinstance(notice, Reconnected) and notice.attempts == 3
                assert len(server.handshakes) == 4
            assert other.handshakes == []

    run(scenario())


@pytest.mark.parametrize(
    "reply",
    [b"", b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi", b"garbage\r\n\r\n", b"HTTP/1.1 101 Switching"],
    ids=["close at once", "not an upgrade", "garbage", "half an answer"],
)
def test_a_broken_handshake_is_a_typed_connection_error(reply: bytes) -> None:
    async def scenario() -> None:
        async with RawServer(lambda request: reply) as server:
            stream = _stream(server.url, open_timeout=2)
            with pytest.raises(StreamDisconnectedError):
                await stream.connect()
            await stream.close()
            assert server.requests and b"KALSHI-ACCESS-SIGNATURE" in server.requests[0].upper()

    run(scenario())


def test_a_refused_reconnect_ends_the_stream_with_the_auth_error() -> None:
    async def script(peer: Peer) -> None:
        await _ticker_subscription(peer)
        await peer.ws.close(1001)

    async def scenario() -> None:
        async with HostileServer(script, handshake=then(None, refuse(401))) as server, _stream(server.url) as stream:
            await stream.subscribe("ticker")
            with pytest.raises(StreamAuthError, match="401"):
                async for _ in stream:
                    pass

    run(scenario())


# -- 3. answers that do not match their command ---------------------------------------------------
async def _mislabel(peer: Peer, command: dict[str, Any], how: str) -> None:
    ident = command["id"]
    answers = {
        "another channel": {"id": ident, "type": "subscribed", "msg": {"channel": "ticker", "sid": 7}},
        "ok instead": {"id": ident, "type": "ok", "msg": {}},
        "no sid": {"id": ident, "type": "subscribed", "msg": {"channel": "orderbook_delta"}},
        "a string sid": {"id": ident, "type": "subscribed", "msg": {"channel": "orderbook_delta", "sid": "1"}},
        "no msg": {"id": ident, "type": "subscribed"},
        "a reused sid": {"id": ident, "type": "subscribed", "msg": {"channel": "orderbook_delta", "sid": 1}},
    }
    await peer.send(answers[how])


@pytest.mark.parametrize("how", ["another channel", "ok instead", "no sid", "a string sid", "no msg", "a reused sid"])
def test_a_subscribe_answer_that_does_not_match_is_a_protocol_error(how: str) -> None:
    async def script(peer: Peer) -> None:
        first = await peer.expect("subscribe")
        await peer.subscribed(first)  # sid 1, the ticker channel
        await _mislabel(peer, await peer.expect("subscribe"), how)
        while True:
            command = await peer.command()
            if command["cmd"] == "unsubscribe":
                await peer.answer_unsubscribe(command)
            elif command["cmd"] == "list_subscriptions":
                await peer.send({"id": command["id"], "type": "ok", "msg": [{"channel": "ticker", "sid": 1}]})

    async def scenario() -> None:
        async with HostileServer(script) as server, _stream(server.url) as stream:
            (ticker,) = await stream.subscribe("ticker")
            with pytest.raises(StreamProtocolError):
                await stream.subscribe("orderbook_delta", market_tickers=[TICKER])
            assert stream.subscriptions == [ticker] and ticker.sid == 1  # the failed one is gone, the other intact
            assert [s.sid for s in await stream.list_subscriptions()] == [1]  # the stream still works
            assert stream.stats.protocol_errors == 1
            if how == "another channel":  # sid 7 exists on the server now: the client lets it go
                await asyncio.sleep(0.1)
                unsubscribed = [c["params"] for c in server.peers[0].commands if c["cmd"] == "unsubscribe"]
                assert unsubscribed == [{"sids": [7]}]

    run(scenario())


@pytest.mark.parametrize(
    ("cmd", "answer"),
    [
        ("list_subscriptions", {"type": "subscribed", "msg": {"channel": "ticker", "sid": 2}}),
        ("list_subscriptions", {"type": "ok", "msg": {"market_tickers": []}}),
        ("list_subscriptions", {"type": "ok", "msg": [{"channel": 5, "sid": "x"}]}),
        ("unsubscribe", {"type": "unsubscribed", "sid": 99, "seq": 1}),
        ("unsubscribe", {"type": "ok"}),
        ("update_subscription", {"type": "ok", "msg": [1, 2]}),
        ("update_subscription", {"type": "unsubscribed", "sid": 1}),
    ],
)
def test_any_answer_that_does_not_match_its_command_is_a_protocol_error(cmd: str, answer: dict[str, Any]) -> None:
    async def script(peer: Peer) -> None:
        await _ticker_subscription(peer)
        command = await peer.expect(cmd)
        await peer.send({"id": command["id"], **answer})
        await peer.idle()

    async def scenario() -> None:
        async with HostileServer(script) as server, _stream(server.url) as stream:
            (sub,) = await stream.subscribe("ticker", market_tickers=[TICKER])
            with pytest.raises(StreamProtocolError):
                if cmd == "list_subscriptions":
                    await stream.list_subscriptions()
                elif cmd == "unsubscribe":
                    await stream.unsubscribe(sub)
                else:
                    await stream.update_subscription(sub, add_markets=["KX-B"])

    run(scenario())


def test_a_command_the_server_never_answers_times_out_typed() -> None:
    async def scenario() -> None:
        async with HostileServer(serve_forever) as server, _stream(server.url, command_timeout=0.3) as stream:
            with pytest.raises(CommandTimeoutError):
                await stream.subscribe("ticker")
            assert stream.subscriptions == []

    run(scenario())


# -- 4. memory: the queue is bounded in bytes ---------------------------------------------------
def _flood(count: int, size: int) -> Any:
    async def script(peer: Peer) -> None:
        sid = await _ticker_subscription(peer)
        for _ in range(count):
            await peer.ticker(sid, junk="x" * size)
        await peer.ticker(sid, last=True)
        await peer.idle()

    return script


@pytest.mark.parametrize("overflow", ["resync", "block"])
def test_the_queue_holds_no_more_than_queue_bytes_whatever_the_frames(overflow: str) -> None:
    bound = 2**22  # 4 MiB; 60 frames of 256 KiB are 15 MiB of text (the old client queued them all)

    async def scenario() -> None:
        async with HostileServer(_flood(60, 2**18)) as server:
            stream = _stream(server.url, queue_bytes=bound, overflow=overflow, max_message_size=2**20)
            async with stream:
                await stream.subscribe("ticker")
                for _ in range(250):  # the consumer does not read while the flood arrives
                    await asyncio.sleep(0.02)
                    assert stream.queued_bytes <= bound
                    if stream.stats.messages >= 61 or (overflow == "block" and stream.stats.messages >= 8):
                        break
                assert stream.stats.peak_queued_bytes <= bound
                if overflow == "resync":  # everything arrived; what is still queued is what memory holds
                    held = await _drain(stream)
                    assert 0 < sum(len(m.to_dict().get("junk", "")) for m in held) <= bound
                    assert isinstance(held[0], Overflow) and stream.stats.dropped > 0
                else:  # nothing lost: the reader waited for room
                    tickers = 0
                    async for message in stream:
                        tickers += isinstance(message, TickerPayload)
                        if message.to_dict().get("last"):
                            break
                    assert tickers == 61 and stream.stats.dropped == 0
                    assert stream.stats.peak_queued_bytes <= bound

    run(scenario())


async def _drain(stream: KalshiStream) -> list[Message]:
    """What the stream has queued now (nothing more arrives)."""
    out: list[Message] = []
    while True:
        try:
            out.append(await asyncio.wait_for(stream.__anext__(), 0.3))
        except asyncio.TimeoutError:
            return out


def test_a_frame_that_would_decode_into_more_than_the_queue_is_not_decoded() -> None:
    hostile = '{"type":"ticker","sid":1,"msg":{"market_ticker":"KX-A"},"x":[' + ",".join(["[]"] * 100_000) + "]}"

    async def script(peer: Peer) -> None:
        sid = await _ticker_subscription(peer)
        await peer.send_text(hostile)  # 300 KB of text, ~7 MB of Python lists once decoded
        await peer.ticker(sid)
        await peer.idle()

    async def scenario() -> None:
        async with HostileServer(script) as server, _stream(server.url, queue_bytes=2**22) as stream:
            await stream.subscribe("ticker")
            raw = await _next(stream)
            assert isinstance(raw, RawMessage) and raw.data is None and "too large to decode" in str(raw.error)
            assert isinstance(await _next(stream), TickerPayload)

    run(scenario())


# -- 5 and 7. a book that cannot apply a message resyncs by itself --------------------------------
SNAPSHOT = ([["0.1000", "2.00"], ["0.2000", "5.00"]], [["0.5000", "3.00"]])
FRESH = ([["0.2200", "7.00"]], [["0.6000", "1.50"]])
BAD_DELTAS = {
    "a level below zero": ("yes", "0.1000", "-5.00"),
    "a crossed book": ("yes", "0.5000", "1.00"),
    "a huge count": ("yes", "0.1000", "1e9999999"),
    "a huge price": ("yes", "1e9999999", "1.00"),
    "a price above $1": ("no", "1.5000", "1.00"),
    "a negative price": ("no", "-0.5000", "1.00"),
    "a spaced price": ("no", " 0.4000 ", "1.00"),
    "Arabic-Indic digits": ("no", "\u0660.\u0664", "1.00"),
    "off the grid": ("no", "0.40001", "1.00"),
    "NaN": ("no", "NaN", "1.00"),
    "a number, not a string": ("no", 0.4, "1.00"),
    "an unknown side": ("maybe", "0.4000", "1.00"),
}


def _book_script(*hostile: list[Any] | tuple[Any, ...] | str) -> Any:
    """Snapshot, then the hostile frames; then the client must unsubscribe and subscribe again for FRESH."""

    async def script(peer: Peer) -> None:
        sid = await peer.subscribed(await peer.expect("subscribe"))
        await peer.snapshot(sid, 1, TICKER, *SNAPSHOT)
        for seq, frame in enumerate(hostile, start=2):
            if isinstance(frame, str):
                await peer.send_text(frame)
            elif isinstance(frame, list):  # [seq, side, price, count]: a delta with the seq given
                await peer.delta(sid, frame[0], TICKER, *frame[1:])
            else:
                await peer.delta(sid, seq, TICKER, *frame)
        unsubscribe = await peer.expect("unsubscribe")
        assert unsubscribe["params"]["sids"] == [sid]
        await peer.answer_unsubscribe(unsubscribe)
        again = await peer.subscribed(await peer.expect("subscribe"))
        await peer.snapshot(again, 1, TICKER, *FRESH)
        await peer.delta(again, 2, TICKER, "no", "0.6000", "1.00")
        await peer.idle()

    return script


async def _readme_loop(stream: KalshiStream) -> tuple[OrderBooks, list[BookResync]]:
    """The loop of docs/streaming.md, until the rebuilt book has applied its first delta."""
    books, notices = OrderBooks(stream), []
    async for message in stream:
        if isinstance(message, BookResync):
            notices.append(message)
            books.forget(message)
        elif (live := books.apply(message)) is not None and notices and live.seq == 2:
            break
    return books, notices


@pytest.mark.parametrize("delta", list(BAD_DELTAS.values()), ids=list(BAD_DELTAS))
def test_a_delta_no_book_can_apply_leads_to_a_resync_and_an_exact_book(delta: tuple[Any, ...]) -> None:
    async def scenario() -> None:
        async with HostileServer(_book_script(delta)) as server, _stream(server.url) as stream:
            await stream.subscribe("orderbook_delta", market_tickers=[TICKER])
            books, notices = await _readme_loop(stream)
            assert [n.reason for n in notices] == ["book_error"]
            assert _levels(books[TICKER]) == {"yes": {"0.2200": "7.00"}, "no": {"0.6000": "2.50"}}
            assert books.errors == 1 and stream.stats.resync_reasons["book_error"] == 1
            assert server.errors == []

    run(scenario())


@pytest.mark.parametrize(
    "frames",
    [
        [("yes", "0.1000", "1.00"), [5, "yes", "0.1000", "1.00"]],  # seq jumps
        [("yes", "0.1000", "1.00"), ("yes", "0.1000", "1.00"), [2, "yes", "0.1000", "1.00"]],  # seq goes back
        ['{"type":"orderbook_delta","sid":1,"seq":2,"msg":{"market_ticker":"KX-A","price_dollars":"0.1000"}}'],
        [
            '{"type":"orderbook_snapshot","sid":1,"seq":2,"msg":{"market_ticker":"KX-A","yes_dollars_fp":[["0.9","1"]],'
            '"no_dollars_fp":[["0.5","1"]]}}'
        ],  # a crossed snapshot
    ],
    ids=["seq jumps", "seq goes back", "a delta lacking fields", "a crossed snapshot"],
)
def test_a_broken_sequence_or_message_leads_to_a_resync_and_an_exact_book(frames: list[Any]) -> None:
    async def scenario() -> None:
        async with HostileServer(_book_script(*frames)) as server, _stream(server.url) as stream:
            await stream.subscribe("orderbook_delta", market_tickers=[TICKER])
            books, notices = await _readme_loop(stream)
            assert len(notices) == 1 and notices[0].reason in ("gap", "book_error")
            assert _levels(books[TICKER]) == {"yes": {"0.2200": "7.00"}, "no": {"0.6000": "2.50"}}
            assert server.errors == []

    run(scenario())


def test_a_server_that_keeps_sending_broken_books_gets_resyncs_with_growing_backoff(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(random, "uniform", lambda a, b: b)  # no jitter: the longest wait each time
    delays: list[float] = []

    async def script(peer: Peer) -> None:
        while True:
            command = await peer.command()
            if command["cmd"] == "unsubscribe":
                await peer.answer_unsubscribe(command)
                continue
            sid = await peer.subscribed(command)
            await peer.snapshot(sid, 1, TICKER, *SNAPSHOT)
            await peer.delta(sid, 2, TICKER, "yes", "0.1000", "-9.00")  # never applicable

    async def scenario() -> None:
        async with HostileServer(script) as server:
            stream = _stream(server.url, backoff_base=0.02, backoff_max=0.16)
            real = stream._backoff

            def recorded(attempt: int) -> float:
                delays.append(real(attempt))
                return delays[-1]

            stream._backoff = recorded  # type: ignore[method-assign]
            async with stream:
                await stream.subscribe("orderbook_delta", market_tickers=[TICKER])
                books = OrderBooks(stream)
                deadline = asyncio.get_running_loop().time() + 1.0
                async for message in stream:
                    books.apply(message)
                    if asyncio.get_running_loop().time() > deadline:
                        break
                subscribes = sum(c["cmd"] == "subscribe" for c in server.peers[0].commands)
        # 0 for the first resync, then 0.02, 0.04, 0.08, 0.16, 0.16, ...: about ten in a second, not hundreds
        assert delays[:4] == [0.02, 0.04, 0.08, 0.16]
        assert 3 <= subscribes <= 12, subscribes

    run(scenario())


# -- 6. reconnect backoff -------------------------------------------------------------------------
def test_backoff_grows_across_connections_that_die_young_and_resets_after_a_healthy_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(random, "uniform", lambda a, b: b)
    attempts: list[int] = []
    healthy = 0.4  # liveness_timeout: a connection up this long proved healthy

    async def script(peer: Peer) -> None:
        await _ticker_subscription(peer)
        if peer.index == 4:
            await asyncio.sleep(healthy + 0.2)
        if peer.index == 5:
            await peer.send_text("x" * 5000)  # oversized for this client: it closes with 1009
            await peer.idle()
        elif peer.index < 7:
            await peer.ws.close(1001)  # accept, then hang up at once
        else:
            await peer.idle()

    async def scenario() -> None:
        async with HostileServer(script) as server:
            stream = _stream(server.url, liveness_timeout=healthy, backoff_base=0.01, backoff_max=1.0)
            stream.max_message_size = 4096
            real = stream._backoff

            def recorded(attempt: int) -> float:
                attempts.append(attempt)
                return real(attempt)

            stream._backoff = recorded  # type: ignore[method-assign]
            async with stream:
                await stream.subscribe("ticker")
                reconnects = 0
                async for message in stream:
                    reconnects += isinstance(message, Reconnected)
                    if reconnects == 7:
                        break

    run(scenario())
    # connections 0-3 die young: 1, 2, 3, 4; connection 4 lived past liveness_timeout: back to 1;
    # 5 (an oversized frame) and 6 die young again: 2, 3
    assert attempts == [1, 2, 3, 4, 1, 2, 3], attempts


def test_max_reconnect_attempts_stops_a_server_that_accepts_and_hangs_up() -> None:
    async def script(peer: Peer) -> None:
        await _ticker_subscription(peer)
        await peer.ws.close(1001)

    async def scenario() -> None:
        async with HostileServer(script) as server, _stream(server.url, max_reconnect_attempts=3) as stream:
            await stream.subscribe("ticker")
            with pytest.raises(StreamDisconnectedError, match="after 3 attempts"):
                async for _ in stream:
                    pass
            assert len(server.handshakes) == 4

    run(scenario())


# -- a flood of everything at once -----------------------------------------------------------------
def test_no_untyped_exception_escapes_the_readme_loop_under_a_random_hostile_feed(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.ERROR, logger="kalshi_stream")
    rng = random.Random(16)
    junk = [
        "[" * 2000,
        "]" * 10,
        "{}",
        '{"type":"orderbook_delta"}',
        '{"type":"orderbook_delta","sid":1,"seq":-1,"msg":null}',
        '{"type":"subscribed","id":1,"msg":{"channel":"orderbook_delta","sid":1}}',
        '{"type":"error","msg":{"code":"x","msg":[1]}}',
        '{"type":"orderbook_snapshot","sid":1,"seq":1,"msg":{"market_ticker":7}}',
        json.dumps({"type": "orderbook_delta", "sid": 1, "seq": 2, "msg": {"side": ["yes"]}}),
    ]

    async def script(peer: Peer) -> None:
        sid = 0
        while True:
            try:
                command = await peer.command(timeout=0.01)
            except asyncio.TimeoutError:
                command = None
            if command is not None and command.get("cmd") == "subscribe":
                sid = await peer.subscribed(command)
                await peer.snapshot(sid, 1, TICKER, *SNAPSHOT)
            elif command is not None and command.get("cmd") == "unsubscribe":
                await peer.answer_unsubscribe(command)
            for _ in range(20):
                if rng.random() < 0.5:
                    await peer.send_text(rng.choice(junk))
                else:
                    await peer.delta(sid, rng.randint(1, 4), TICKER, "yes", rng.choice(["0.1000", "2", "x"]), "1.00")

    async def scenario() -> None:
        async with HostileServer(script) as server, _stream(server.url) as stream:
            await stream.subscribe("orderbook_delta", market_tickers=[TICKER])
            books = OrderBooks(stream)
            seen = 0
            async for message in stream:  # nothing to catch: this loop is all a user writes
                if isinstance(message, BookResync):
                    books.forget(message)
                else:
                    books.apply(message)
                seen += 1
                if seen >= 2000:
                    break
            assert stream.stats.resyncs > 0 and books.errors > 0
            assert server.errors == []

    run(scenario())
    assert "internal error" not in caplog.text  # every frame was handled as designed, none by the safety net


def test_order_books_hold_decimal_fields_the_same_as_strings() -> None:
    # The generator may hand fixed-point fields over as Decimal: the book takes either.
    from tests.test_stream_book import delta, snapshot

    book = OrderBook()
    first = snapshot(yes_dollars_fp=[["0.1000", "2.00"]])
    first.msg.yes_dollars_fp = [(Decimal("0.1000"), Decimal("2.00"))]
    book.apply(first)
    message = delta(2, "yes", "0.1000", "1.00")
    message.msg.price_dollars, message.msg.delta_fp = Decimal("0.1000"), Decimal("1.00")
    book.apply(message)
    assert book.best_yes_bid == (Decimal("0.1"), Decimal("3"))
