"""KalshiStream against the local exchange's WebSocket API on 127.0.0.1 (each test bounded to seconds)."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, TypeVar

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus

from kalshi_exchange import ExchangeServer, LocalExchange, StreamServer
from kalshi_stream import (
    AlreadySubscribedError,
    BookResync,
    CommandTimeoutError,
    KalshiStream,
    MarketNotFoundError,
    Message,
    OrderbookDeltaPayload,
    OrderBooks,
    OrderbookSnapshotPayload,
    Overflow,
    RawMessage,
    Reconnected,
    ServerInternalError,
    StreamAuthError,
    StreamDisconnectedError,
    Subscription,
    UnknownChannelError,
)
from kalshi_stream.messages import ROUTES
from tests.keyfactory import ed_key, rsa_key

MARKETS = ["KXDEMO-26JAN01-T50", "KXRAIN-26JAN01"]
LIMIT = 10.0  # seconds any one test may run
T = TypeVar("T")


def run(coro: Awaitable[T]) -> T:
    async def bounded() -> T:
        return await asyncio.wait_for(coro, LIMIT)

    return asyncio.run(bounded())


@pytest.fixture(scope="module")
def exchange() -> LocalExchange:
    """One REST exchange for the module (loading the full spec takes a while); each test gets its own stream side."""
    return LocalExchange(keys={"rsa": rsa_key(), "ed": ed_key()})


@pytest.fixture
def served(exchange: LocalExchange) -> Iterator[ExchangeServer]:
    # The drawn feed (follow_engine=False): every channel busy and books changing at random, with nobody
    # trading; unknown markets are error 16.
    stream = StreamServer(exchange, interval=0.005, seed=3, open_markets=False, follow_engine=False)
    with ExchangeServer(exchange, stream=stream) as server:
        yield server


def _ws(server: ExchangeServer) -> StreamServer:
    assert server.stream is not None
    return server.stream


def _stream(server: ExchangeServer, key: str = "ed", **kwargs: Any) -> KalshiStream:
    kwargs.setdefault("backoff_base", 0.05)
    kwargs.setdefault("backoff_max", 0.2)
    return KalshiStream(key, ed_key() if key == "ed" else rsa_key(), url=server.ws_url, **kwargs)


async def _until(stream: KalshiStream, done: Callable[[Message], bool], books: OrderBooks | None = None) -> Message:
    """Consume (feeding ``books``) until a message satisfies ``done``; return it."""
    async for message in stream:
        if books is not None:
            books.apply(message)  # books, and any other message in a book subscription's sequence
        if done(message):
            return message
    raise AssertionError("the stream ended")


async def _assert_books_exact(
    stream: KalshiStream, server: ExchangeServer, sub: Subscription, books: OrderBooks
) -> None:
    """Pause the exchange, read up to its last seq for ``sub``, compare every book level by level."""
    _ws(server).pause()
    (last,) = [seq for sid, _, _, seq in _ws(server).subscriptions() if sid == sub.sid]
    if (books.last_seq(sub.sid) or 0) < last:
        await _until(stream, lambda m: getattr(m, "sid", None) == sub.sid and getattr(m, "seq", 0) >= last, books)
    for ticker in sub.market_tickers:
        book = books[ticker]
        mine = {side: {f"{p:.4f}": f"{c:.2f}" for p, c in book.levels(side)} for side in ("yes", "no")}
        assert mine == _ws(server).book_levels(ticker), ticker
    _ws(server).resume()


def _deltas_seen(count: int) -> Callable[[Message], bool]:
    seen = [0]

    def done(message: Message) -> bool:
        seen[0] += isinstance(message, OrderbookDeltaPayload)
        return seen[0] >= count

    return done


@pytest.mark.parametrize("key", ["ed", "rsa"])
def test_snapshot_then_deltas_rebuild_the_exchanges_books_exactly(served: ExchangeServer, key: str) -> None:
    async def scenario() -> None:
        async with _stream(served, key) as stream:
            (sub,) = await stream.subscribe("orderbook_delta", market_tickers=MARKETS)
            books = OrderBooks()
            await _until(stream, _deltas_seen(60), books)
            await _assert_books_exact(stream, served, sub, books)
            assert stream.stats.gaps == stream.stats.duplicates == 0

    run(scenario())


def test_a_gap_triggers_resync_and_the_rebuilt_book_is_exact(served: ExchangeServer) -> None:
    async def scenario() -> None:
        async with _stream(served) as stream:
            (sub,) = await stream.subscribe("orderbook_delta", market_tickers=MARKETS)
            books = OrderBooks()
            await _until(stream, _deltas_seen(10), books)
            old_sid = sub.sid
            _ws(served).inject("skip_seq")
            notice = await _until(stream, lambda m: isinstance(m, BookResync), books)
            assert isinstance(notice, BookResync)
            assert (notice.reason, notice.old_sid, notice.subscription) == ("gap", old_sid, sub)
            assert notice.got is not None and notice.expected is not None and notice.got == notice.expected + 1
            books.forget()
            await _until(stream, lambda m: isinstance(m, OrderbookSnapshotPayload), books)
            assert sub.sid not in (None, old_sid)
            await _until(stream, _deltas_seen(20), books)
            await _assert_books_exact(stream, served, sub, books)
            assert (stream.stats.gaps, stream.stats.resyncs) == (1, 1)
            assert [s.channel for s in await stream.list_subscriptions()] == ["orderbook_delta"]

    run(scenario())


def test_a_repeated_seq_is_dropped_and_the_book_stays_exact(served: ExchangeServer) -> None:
    async def scenario() -> None:
        async with _stream(served) as stream:
            (sub,) = await stream.subscribe("orderbook_delta", market_tickers=MARKETS)
            books = OrderBooks()
            await _until(stream, _deltas_seen(5), books)
            _ws(served).inject("repeat_seq", count=3)
            await _until(stream, _deltas_seen(20), books)  # OrderBooks would raise on a repeated delta
            await _assert_books_exact(stream, served, sub, books)
            assert stream.stats.duplicates == 3 and stream.stats.resyncs == 0

    run(scenario())


def test_a_dropped_connection_reconnects_freshly_signed_and_restores_every_subscription(
    served: ExchangeServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="kalshi_stream")

    async def scenario() -> None:
        async with _stream(served) as stream:
            subs = await stream.subscribe(["orderbook_delta", "ticker", "fill"], market_tickers=MARKETS)
            books = OrderBooks()
            await _until(stream, _deltas_seen(5), books)
            _ws(served).inject("drop")
            notice = await _until(stream, lambda m: isinstance(m, Reconnected), books)
            assert isinstance(notice, Reconnected) and set(notice.subscriptions) == set(subs)
            books.forget()
            await _until(stream, _deltas_seen(10), books)
            listed = await stream.list_subscriptions()
            assert sorted(s.channel for s in listed) == ["fill", "orderbook_delta", "ticker"]
            assert sorted(s.sid for s in listed) == sorted(s.sid or 0 for s in subs)  # the client knows the new sids
            await _assert_books_exact(stream, served, subs[0], books)
            assert stream.stats.reconnects == 1

    run(scenario())
    first, second = _ws(served).handshakes
    assert first.status == second.status == 101 and first.key_id == second.key_id == "ed"
    assert first.timestamp != second.timestamp and first.signature != second.signature  # Ed25519: signed anew
    assert "connection to ws://127.0.0.1" in caplog.text and "reconnecting" in caplog.text
    assert first.signature and second.signature
    assert first.signature not in caplog.text and second.signature not in caplog.text


@pytest.mark.parametrize("fault", ["silence", "deaf"])  # deaf: messages still flow, pings go unanswered
def test_a_silent_connection_is_detected_within_the_liveness_timeout(served: ExchangeServer, fault: str) -> None:
    liveness = 1.0

    async def scenario() -> float:
        async with _stream(served, liveness_timeout=liveness) as stream:
            await stream.subscribe("orderbook_delta", market_tickers=MARKETS)
            await _until(stream, _deltas_seen(3))
            loop = asyncio.get_running_loop()
            _ws(served).inject(fault)
            start = loop.time()
            await _until(stream, lambda m: isinstance(m, Reconnected))
            return loop.time() - start

    # Detection takes at most ping_interval + ping_timeout = liveness; then the close handshake
    # (bounded by its own timeout) and a reconnect backoff of at most 0.2 s.
    assert run(scenario()) < liveness + 1.5


def test_unsigned_wrongly_signed_and_unknown_key_handshakes_are_refused(served: ExchangeServer) -> None:
    async def scenario() -> None:
        with pytest.raises(InvalidStatus) as bare:
            async with connect(served.ws_url):
                pass
        assert bare.value.response.status_code == 401
        with pytest.raises(StreamAuthError, match="401") as wrong:
            await KalshiStream("ed", rsa_key(), url=served.ws_url).connect()  # another key than the id's
        with pytest.raises(StreamAuthError):
            await KalshiStream("nobody", ed_key(), url=served.ws_url).connect()
        assert "PRIVATE KEY" not in str(wrong.value) and "SIGNATURE" not in str(wrong.value).upper()

    run(scenario())
    reasons = [h.reason for h in _ws(served).handshakes]
    assert reasons == ["missing_authentication", "invalid_signature", "unknown_api_key"]
    assert _ws(served).connection_count == 0


def test_every_message_type_of_the_document_is_produced_and_parsed_typed(served: ExchangeServer) -> None:
    channels = list(_ws(served).feed.channels)
    wanted = {route[1].__name__ for routes in ROUTES.values() for route in routes}

    async def scenario() -> set[str]:
        async with _stream(served) as stream:
            subs = await stream.subscribe(channels, market_tickers=MARKETS[:1])
            ticker = next(s for s in subs if s.channel == "ticker")
            await stream.update_subscription(ticker, add_markets=MARKETS[1:])  # ok (object)
            await stream.list_subscriptions()  # ok (array)
            with pytest.raises(UnknownChannelError):  # error
                await stream.subscribe("no_such_channel")
            data = {route[1].__name__ for t in _ws(served).feed.channels.values() for tp in t for route in ROUTES[tp]}
            await _until(stream, lambda m: data <= set(stream.stats.parsed))
            await stream.unsubscribe(ticker)  # unsubscribed
            assert "RawMessage" not in stream.stats.parsed
            return set(stream.stats.parsed)

    assert wanted <= run(scenario())
    assert {route for route in ROUTES} <= set(_ws(served).published)
    commands = _ws(served).commands
    assert {c["cmd"] for c in commands} == {"subscribe", "update_subscription", "list_subscriptions", "unsubscribe"}
    for command in commands:  # the client speaks the document's command schemas (the bad channel is a value error)
        problems = _ws(served).feed.command_problems(command)
        assert problems == [] or "no_such_channel" in str(problems), (command, problems)


def test_command_errors_are_typed_and_the_stream_carries_on(served: ExchangeServer) -> None:
    async def scenario() -> None:
        async with _stream(served) as stream:
            with pytest.raises(MarketNotFoundError) as missing:
                await stream.subscribe("orderbook_delta", market_tickers=["KXNOPE-1"])  # not among the markets
            assert missing.value.code == 16 and missing.value.market_ticker == "KXNOPE-1"
            (sub,) = await stream.subscribe("orderbook_delta", market_tickers=MARKETS)
            with pytest.raises(AlreadySubscribedError):
                await stream.subscribe("orderbook_delta", market_tickers=MARKETS[:1])
            _ws(served).inject("error", code=17)
            with pytest.raises(ServerInternalError):
                await stream.list_subscriptions()
            assert await stream.update_subscription(sub, delete_markets=MARKETS[1:]) == MARKETS[:1]
            assert [s.sid for s in await stream.list_subscriptions()] == [sub.sid]
            assert stream.subscriptions == [sub]

    run(scenario())


def test_a_command_without_answer_times_out(served: ExchangeServer) -> None:
    async def scenario() -> None:
        async with _stream(served, command_timeout=0.2) as stream:
            _ws(served).inject("delay", seconds=1.0)
            with pytest.raises(CommandTimeoutError):
                await stream.list_subscriptions()

    run(scenario())


def test_a_slow_consumer_gets_an_overflow_notice_then_fresh_books(served: ExchangeServer) -> None:
    async def scenario() -> None:
        async with _stream(served, queue_size=16) as stream:
            (sub,) = await stream.subscribe("orderbook_delta", market_tickers=MARKETS)
            await asyncio.sleep(0.5)  # the feed runs ahead of a consumer that does not read
            books = OrderBooks()
            first = await _until(stream, lambda m: isinstance(m, Overflow))
            assert isinstance(first, Overflow) and first.dropped > 0
            await _until(stream, lambda m: isinstance(m, BookResync) and m.reason == "overflow")
            await _until(stream, lambda m: isinstance(m, OrderbookSnapshotPayload) and m.sid == sub.sid, books)
            await _until(stream, lambda m: books.books.keys() >= set(MARKETS), books)
            await _until(stream, _deltas_seen(10), books)
            await _assert_books_exact(stream, served, sub, books)
            assert stream.stats.dropped > 0

    run(scenario())


def test_close_leaves_no_task_running_and_ends_iteration(served: ExchangeServer) -> None:
    async def scenario() -> None:
        before = asyncio.all_tasks()
        stream = _stream(served)
        async with stream:
            await stream.subscribe("ticker", market_tickers=MARKETS)
            await _until(stream, lambda m: not isinstance(m, RawMessage))
        assert asyncio.all_tasks() == before
        assert [m async for m in stream] == []  # ends, does not hang

    run(scenario())


def test_the_handshake_refuses_an_unknown_path(served: ExchangeServer) -> None:
    async def scenario() -> None:
        with pytest.raises(InvalidStatus) as caught:
            async with connect(served.ws_url.replace("/ws/v2", "/ws/v9")):
                pass
        assert caught.value.response.status_code == 404

    run(scenario())


def test_block_policy_loses_nothing_when_the_consumer_catches_up(served: ExchangeServer) -> None:
    async def scenario() -> None:
        async with _stream(served, queue_size=16, overflow="block") as stream:
            (sub,) = await stream.subscribe("orderbook_delta", market_tickers=MARKETS)
            await asyncio.sleep(0.3)  # the reader waits for room instead of dropping
            books = OrderBooks()  # raises on any gap: every delta must arrive, in order
            await _until(stream, _deltas_seen(100), books)
            await _assert_books_exact(stream, served, sub, books)
            assert stream.stats.dropped == stream.stats.gaps == stream.stats.resyncs == 0

    run(scenario())


def test_adding_a_market_to_a_book_subscription_brings_its_snapshot(served: ExchangeServer) -> None:
    async def scenario() -> None:
        async with _stream(served) as stream:
            (sub,) = await stream.subscribe("orderbook_delta", market_tickers=MARKETS[:1])
            books = OrderBooks()
            await _until(stream, _deltas_seen(5), books)
            assert await stream.update_subscription(sub, add_markets=MARKETS[1:]) == MARKETS
            await _until(stream, lambda m: MARKETS[1] in books, books)
            await _until(stream, _deltas_seen(20), books)
            await _assert_books_exact(stream, served, sub, books)

    run(scenario())


def test_the_client_answers_the_exchanges_heartbeat_pings(exchange: LocalExchange) -> None:
    stream_server = StreamServer(exchange, heartbeat=0.05, follow_engine=False)  # drawn ticks keep the loop reading
    with ExchangeServer(exchange, stream=stream_server) as server:

        async def scenario() -> None:
            async with _stream(server) as stream:
                await stream.subscribe("ticker", market_tickers=MARKETS)
                await _until(stream, lambda m: stream_server.pongs >= 3)  # ticks arrive every 10 ms

        run(scenario())


def test_without_reconnect_a_drop_ends_iteration_with_the_reason(served: ExchangeServer) -> None:
    async def scenario() -> None:
        async with _stream(served, reconnect=False) as stream:
            await stream.subscribe("ticker", market_tickers=MARKETS)
            await _until(stream, lambda m: True)
            _ws(served).inject("drop")
            with pytest.raises(StreamDisconnectedError, match="reconnect=False"):
                async for _ in stream:
                    pass

    run(scenario())


def test_reconnecting_gives_up_after_max_attempts_when_the_exchange_is_gone(exchange: LocalExchange) -> None:
    server = ExchangeServer(exchange).start()

    async def scenario() -> None:
        async with _stream(server, max_reconnect_attempts=2) as stream:
            await stream.subscribe("ticker", market_tickers=MARKETS)
            await asyncio.to_thread(server.stop)
            with pytest.raises(StreamDisconnectedError, match="after 2 attempts"):
                async for _ in stream:
                    pass
            assert stream.stats.reconnects == 0

    try:
        run(scenario())
    finally:
        server.stop()


def test_the_demo_streams_a_book_from_the_local_exchange(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from kalshi_stream import demo

    monkeypatch.delenv("KALSHI_ENV", raising=False)
    assert demo.main(0.6) == 0
    out = capsys.readouterr().out
    assert "yes bid 0." in out and "yes ask 0." in out and "0 gaps" in out
    assert "handshake signature verified by the exchange: True" in out


def test_an_open_exchange_streams_any_market_even_a_real_ticker_with_a_dot(exchange: LocalExchange) -> None:
    # Open markets (the default), as the REST side; a drawn feed, so the book moves without trading.
    with ExchangeServer(exchange, stream=StreamServer(exchange, follow_engine=False)) as server:
        real = "KXBTCD-25AUG0517-T114999.99"

        async def scenario() -> None:
            async with _stream(server) as stream:
                (sub,) = await stream.subscribe("orderbook_delta", market_tickers=[real])
                books = OrderBooks()
                await _until(stream, _deltas_seen(5), books)
                await _assert_books_exact(stream, server, sub, books)

        run(scenario())


def test_a_stream_on_the_exchanges_clock_connects_after_the_clock_moves() -> None:
    from kalshi_exchange.clock import ControlledClock

    clock = ControlledClock()
    exchange = LocalExchange(keys={"ed": ed_key()}, clock=clock, rate_limit=None)
    clock.advance(3600)  # an hour ahead of the wall clock: far outside the 30 s signature window

    async def scenario(server: ExchangeServer) -> None:
        with pytest.raises(StreamAuthError, match="401"):
            await _stream(server, reconnect=False).connect()  # signed on the wall clock
        async with _stream(server, clock=clock) as stream:
            (sub,) = await stream.subscribe("orderbook_delta", market_tickers=MARKETS[:1])
            assert sub.sid is not None

    with ExchangeServer(exchange) as server:
        run(scenario(server))
    assert [h.reason for h in _ws(server).handshakes] == ["timestamp_out_of_window", None]


@pytest.mark.parametrize("frame", ["deep", "binary", "not_json", "oversized", "bad_delta", "mislabel"])
def test_every_hostile_frame_the_exchange_can_send_is_survived_and_the_book_is_exact(
    served: ExchangeServer, frame: str
) -> None:
    async def scenario() -> None:
        async with _stream(served) as stream:
            subs = await stream.subscribe("orderbook_delta", market_tickers=MARKETS)
            books = OrderBooks(stream)
            await _until(stream, _deltas_seen(5), books)
            _ws(served).inject("hostile", 2, frame=frame)
            if frame == "mislabel":  # the next subscribe answers lie: the resync's resubscription must get through
                assert stream.resync(subs[0])
            seen: list[Message] = []

            def recovered(message: Message) -> bool:
                seen.append(message)
                sub = subs[0]
                return sub.sid is not None and books.last_seq(sub.sid) is not None and len(seen) > 20

            await _until(stream, recovered, books)
            await _assert_books_exact(stream, served, subs[0], books)
            if frame in ("deep", "binary", "not_json"):
                assert sum(isinstance(m, RawMessage) for m in seen) == 2
            if frame == "oversized":
                assert stream.stats.reconnects >= 1
            if frame == "bad_delta":
                assert books.errors >= 1 and stream.stats.resync_reasons["book_error"] >= 1
            if frame == "mislabel":
                assert stream.stats.protocol_errors >= 1 and stream.stats.resubscribe_failures >= 1

    run(scenario())


# -- who reads the socket: the consumer when it keeps up, the reader task whenever it cannot ---------------


def test_a_consumer_that_keeps_up_reads_the_socket_itself_and_the_books_are_exact(served: ExchangeServer) -> None:
    async def scenario() -> None:
        async with _stream(served) as stream:
            (sub,) = await stream.subscribe("orderbook_delta", market_tickers=MARKETS)
            books = OrderBooks()
            await _until(stream, _deltas_seen(200), books)
            await _assert_books_exact(stream, served, sub, books)
            stats = stream.stats
            assert stats.direct > stats.messages // 2, stats  # most messages never went through the queue
            assert stats.gaps == stats.duplicates == stats.dropped == stats.internal_errors == 0

    run(scenario())


def test_a_command_awaited_inside_the_loop_body_is_answered(served: ExchangeServer) -> None:
    async def scenario() -> None:
        async with _stream(served, command_timeout=1.0) as stream:
            (sub,) = await stream.subscribe("orderbook_delta", market_tickers=MARKETS)
            books, seen = OrderBooks(), 0
            async for message in stream:
                books.apply(message)
                seen += 1
                if seen % 25 == 0:  # the consumer is not in recv: the reader task must read the answer
                    assert [s.sid for s in await stream.list_subscriptions()] == [sub.sid]
                if seen >= 200:
                    break
            await _assert_books_exact(stream, served, sub, books)
            assert stream.stats.direct > 0 and stream.stats.gaps == 0

    run(scenario())


def test_a_consumer_away_mid_stream_gets_an_overflow_then_exact_books(served: ExchangeServer) -> None:
    async def scenario() -> None:
        async with _stream(served, queue_size=16) as stream:
            (sub,) = await stream.subscribe("orderbook_delta", market_tickers=MARKETS)
            books = OrderBooks()
            await _until(stream, _deltas_seen(30), books)
            direct = stream.stats.direct
            assert direct > 0
            await asyncio.sleep(0.5)  # busy elsewhere: the reader task reads, the queue's policy acts
            await _until(stream, lambda m: isinstance(m, Overflow), books)
            await _until(stream, lambda m: isinstance(m, BookResync) and m.reason == "overflow", books)
            await _until(stream, lambda m: books.books.keys() >= set(MARKETS) and _deltas_seen(1)(m), books)
            await _until(stream, _deltas_seen(30), books)
            await _assert_books_exact(stream, served, sub, books)
            assert stream.stats.direct > direct  # and the consumer reads for itself again

    run(scenario())


def test_a_consumer_that_blocks_the_loop_falls_behind_into_an_overflow_not_a_stall(served: ExchangeServer) -> None:
    async def scenario() -> None:
        async with _stream(served, queue_size=16) as stream:
            (sub,) = await stream.subscribe("orderbook_delta", market_tickers=MARKETS)
            books = OrderBooks()
            slow = [True]

            def blocking(message: Message) -> bool:
                if slow[0]:
                    time.sleep(0.01)  # never leaves async for, yet reads slower than the feed
                return isinstance(message, Overflow)

            await _until(stream, blocking, books)
            slow[0] = False
            await _until(stream, lambda m: books.books.keys() >= set(MARKETS) and _deltas_seen(1)(m), books)
            await _until(stream, _deltas_seen(30), books)
            await _assert_books_exact(stream, served, sub, books)
            assert stream.stats.dropped > 0 and stream.stats.resync_reasons["overflow"] >= 1

    run(scenario())


def test_cancelled_waits_for_the_next_message_lose_nothing(served: ExchangeServer) -> None:
    async def scenario() -> None:
        async with _stream(served) as stream:
            (sub,) = await stream.subscribe("orderbook_delta", market_tickers=MARKETS)
            books, deltas, timeouts = OrderBooks(), 0, 0  # OrderBooks raises on a lost or repeated delta
            while deltas < 150:
                try:
                    message = await asyncio.wait_for(anext(stream), 0.001)
                except asyncio.TimeoutError:
                    timeouts += 1
                    continue
                books.apply(message)
                deltas += isinstance(message, OrderbookDeltaPayload)
            await _assert_books_exact(stream, served, sub, books)
            assert timeouts > 0 and stream.stats.gaps == stream.stats.duplicates == 0

    run(scenario())


def test_commands_from_another_task_and_a_consumer_coming_and_going_keep_the_books_exact(
    served: ExchangeServer,
) -> None:
    async def scenario() -> None:
        async with _stream(served, command_timeout=1.0) as stream:
            (sub,) = await stream.subscribe("orderbook_delta", market_tickers=MARKETS)
            books, answered = OrderBooks(), [0]

            async def commander() -> None:
                for _ in range(20):
                    await stream.list_subscriptions()
                    answered[0] += 1
                    await asyncio.sleep(0.01)

            task = asyncio.create_task(commander())
            seen = 0
            async for message in stream:
                books.apply(message)
                seen += 1
                if seen % 40 == 0:
                    await asyncio.sleep(0.015)  # away for about one presence tick, now and then
                if task.done() and seen >= 300:
                    break
            await task
            await _assert_books_exact(stream, served, sub, books)
            assert answered[0] == 20 and stream.stats.internal_errors == stream.stats.gaps == 0

    run(scenario())
