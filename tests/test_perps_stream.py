"""PerpsStream (issue 20 item 3): the Trade stream's guarantees, held for the Perps WebSocket API.

The Perps API (``specs/perps/asyncapi.yaml``, models ``kalshi_perps_stream_messages``) lives on
its own hosts and path, types its frames with its own models, retires some error codes and
spells its books as bids and asks. These tests mirror ``test_stream_client``,
``test_stream_loopback`` and ``test_stream_hostile`` where a guarantee applies: the URL per
environment (never the Trade host), a signed handshake the server verifies, acks checked, seq per
subscription, resync and reconnect, the queue bounded in bytes, parse never raising. Each test is
bounded to seconds.
"""

from __future__ import annotations

import asyncio
import base64
import json
import random
from collections.abc import Awaitable, Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import pytest
import yaml
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus

from kalshi_auth import ConfigurationError
from kalshi_exchange import ExchangeServer, LocalExchange, StreamServer
from kalshi_perps_stream_messages.models import (
    MarginOrderbookDeltaPayload,
    MarginOrderbookSnapshotPayload,
    MarginTickerPayload,
)
from kalshi_stream import (
    BookError,
    BookResync,
    CommandTimeoutError,
    InvalidParameterError,
    KalshiStream,
    Message,
    Overflow,
    PerpsOrderBook,
    PerpsOrderBooks,
    PerpsStream,
    RawMessage,
    Reconnected,
    StreamAuthError,
    StreamProtocolError,
    StreamRedirectError,
    Subscription,
    UnableToProcessMessageError,
    UnknownChannelError,
)
from kalshi_stream.products import PERPS, TRADE
from tests.conftest import KALSHI_ENV_VARS
from tests.hostile_ws import HostileServer, Peer, redirect, serve_forever
from tests.keyfactory import ed_key, rsa_key

LIMIT = 10.0  # seconds any one test may run
T = TypeVar("T")
MARKETS = ["KXBTC-PERP", "KXETH-PERP"]
TICKER = "KXBTC-PERP"
DOCUMENT = Path(__file__).resolve().parent.parent / "specs" / "perps" / "asyncapi.yaml"


def run(coro: Awaitable[T]) -> T:
    async def bounded() -> T:
        return await asyncio.wait_for(coro, LIMIT)

    return asyncio.run(bounded())


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in KALSHI_ENV_VARS:
        monkeypatch.delenv(name, raising=False)


# -- 1. the URL: the Perps hosts, never the Trade API's -------------------------------------------
def _document_servers() -> dict[str, str]:
    """The WebSocket URLs the vendored document lists (AsyncAPI 3.0: host + pathname per server)."""
    servers = yaml.safe_load(DOCUMENT.read_text(encoding="utf-8"))["servers"]
    return {name: f"{s['protocol']}://{s['host']}{s['pathname']}" for name, s in servers.items()}


def test_every_environment_is_a_server_of_the_perps_document_and_none_is_a_trade_host() -> None:
    listed = _document_servers()
    urls = {env: PerpsStream("k", ed_key(), environment=env).url for env in ("prod", "demo")}
    assert urls == {"prod": listed["production"], "demo": listed["demo"]}
    assert PerpsStream("k", ed_key()).url == listed["production"]  # no environment: prod, as the Trade stream
    assert KalshiStream("k", ed_key(), product="perps").url == listed["production"]
    trade_hosts = {url.split("/")[2] for url in TRADE.environments.values()}
    assert not trade_hosts & {url.split("/")[2] for url in urls.values()}


def test_the_trade_apis_settings_never_point_a_perps_stream_at_the_trade_host(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KALSHI_WS_URL", "ws://127.0.0.1:9/trade-api/ws/v2")  # a Trade stream's local exchange
    monkeypatch.setenv("KALSHI_BASE_URL", "https://example.test/trade-api/v2")
    assert PerpsStream("k", ed_key()).url == PERPS.environments["prod"]
    with pytest.raises(ConfigurationError, match="does not follow from a REST base_url"):
        PerpsStream("k", ed_key(), base_url="https://example.test/trade-api/v2")
    monkeypatch.setenv("KALSHI_ENV", "demo")
    assert PerpsStream("k", ed_key()).url == PERPS.environments["demo"]
    monkeypatch.setenv("KALSHI_ENV", "prod-external")  # a Trade API environment the Perps API does not have
    with pytest.raises(ConfigurationError, match=r"unknown environment 'prod-external'.*KALSHI_PERPS_WS_URL"):
        PerpsStream("k", ed_key())
    monkeypatch.setenv("KALSHI_PERPS_WS_URL", "ws://127.0.0.1:9/trade-api/ws/v2/margin")
    assert PerpsStream("k", ed_key()).url == "ws://127.0.0.1:9/trade-api/ws/v2/margin"
    assert PerpsStream("k", ed_key(), environment="demo").url == PERPS.environments["demo"]  # arguments win
    assert KalshiStream("k", ed_key()).url == "ws://127.0.0.1:9/trade-api/ws/v2"  # and the other way round


def test_a_product_is_named_or_refused_and_the_repr_says_which() -> None:
    with pytest.raises(ConfigurationError, match="unknown stream product 'margin'"):
        KalshiStream("k", ed_key(), product="margin")
    stream = PerpsStream("a952bcbe-ec3b-4b5b-b8f9-11f1b4d6a1c7", ed_key())
    assert stream.product is PERPS and repr(stream).startswith("PerpsStream(url='wss://external-api-margin-ws")
    assert "a952bcbe-ec3b-4b5b-b8f9-11f1b4d6a1c7" not in repr(stream) and "PRIVATE" not in repr(stream)


def test_frames_are_typed_by_the_perps_models_and_parse_never_raises() -> None:
    frame = '{"type":"orderbook_snapshot","sid":1,"seq":1,"msg":{"market_ticker":"KXBTC-PERP","bid":[["99.5","1"]]}}'
    assert isinstance(PERPS.parse_message(frame), MarginOrderbookSnapshotPayload)
    assert not isinstance(TRADE.parse_message(frame), MarginOrderbookSnapshotPayload)
    junks: list[str | bytes] = [
        "[" * 5000,
        b"\xff\xfe",
        "{}",
        '{"type":"ticker","msg":7}',
        '{"type":5}',
        "1e9999",
        "null",
    ]
    for junk in junks:  # nothing a Perps model can read: kept as a RawMessage, never raised
        assert isinstance(PERPS.parse_message(junk), RawMessage), junk


def _parsed(frame: dict[str, Any]) -> Any:
    return PERPS.parse_message(json.dumps(frame))


def test_a_perps_book_is_two_sided_exact_and_unchanged_by_what_it_refuses() -> None:
    book = PerpsOrderBook("KXBTC-PERP")
    snapshot = {
        "market_ticker": "KXBTC-PERP",
        "bid": [["99.5000", "2.00"], ["99.0000", "5.00"]],
        "ask": [["100.5", "3"]],
    }
    book.apply(_parsed({"type": "orderbook_snapshot", "sid": 4, "seq": 1, "msg": snapshot}))
    assert book.levels("bid") == [(Decimal("99.5"), Decimal(2)), (Decimal("99"), Decimal(5))]  # best first
    assert (book.best_bid, book.best_ask, book.spread) == (
        (Decimal("99.5"), Decimal(2)),
        (Decimal("100.5"), Decimal(3)),
        Decimal(1),
    )

    def delta(seq: int, side: str, price: str, count: str) -> Any:
        msg = {"market_ticker": "KXBTC-PERP", "price": price, "delta": count, "side": side}
        return _parsed({"type": "orderbook_delta", "sid": 4, "seq": seq, "msg": msg})

    book.apply(delta(2, "bid", "99.5000", "-2.00"))  # a level at zero disappears
    book.apply(delta(3, "ask", "1000.2500", "1.50"))  # no $1 ceiling
    assert book.levels("bid") == [(Decimal(99), Decimal(5))] and book.depth("ask", 1) == [
        (Decimal("100.5"), Decimal(3))
    ]
    before = (dict(book.bids), dict(book.asks), book.seq)
    for refused in [
        delta(4, "bid", "100.5000", "1.00"),  # would cross the best ask
        delta(4, "ask", "99.0000", "1.00"),  # would cross the best bid
        delta(4, "bid", "99.0000", "-6.00"),  # below zero
        delta(4, "yes", "99.0000", "1.00"),  # a Trade side
        delta(5, "bid", "98.0000", "1.00"),  # out of sequence
    ]:
        with pytest.raises(BookError):
            book.apply(refused)
        assert (dict(book.bids), dict(book.asks), book.seq) == before


# -- 2. against the local exchange's Perps WebSocket side ---------------------------------------
@pytest.fixture(scope="module")
def exchange() -> LocalExchange:
    return LocalExchange(keys={"rsa": rsa_key(), "ed": ed_key()})


@pytest.fixture
def served(exchange: LocalExchange) -> Iterator[ExchangeServer]:
    # Drawn books (there is no Perps engine) changing every round; unknown markets are refused.
    perps = StreamServer(exchange, interval=0.005, seed=3, open_markets=False, product="perps", markets=tuple(MARKETS))
    with ExchangeServer(exchange, stream=False, perps_stream=perps) as server:
        yield server


def _ws(server: ExchangeServer) -> StreamServer:
    assert server.perps_stream is not None
    return server.perps_stream


def _stream(server: ExchangeServer, key: str = "ed", **kwargs: Any) -> PerpsStream:
    kwargs.setdefault("backoff_base", 0.05)
    kwargs.setdefault("backoff_max", 0.2)
    return PerpsStream(key, ed_key() if key == "ed" else rsa_key(), url=server.perps_ws_url, **kwargs)


async def _until(
    stream: KalshiStream, done: Callable[[Message], bool], books: PerpsOrderBooks | None = None
) -> Message:
    async for message in stream:
        if books is not None:
            books.apply(message)
        if done(message):
            return message
    raise AssertionError("the stream ended")


def _deltas_seen(count: int) -> Callable[[Message], bool]:
    seen = [0]

    def done(message: Message) -> bool:
        seen[0] += isinstance(message, MarginOrderbookDeltaPayload)
        return seen[0] >= count

    return done


def _levels(book: PerpsOrderBook) -> dict[str, dict[str, str]]:
    return {side: {f"{p:.4f}": f"{c:.2f}" for p, c in book.levels(side)} for side in ("bid", "ask")}


async def _assert_books_exact(
    stream: KalshiStream, server: ExchangeServer, sub: Subscription, books: PerpsOrderBooks
) -> None:
    """Pause the exchange, read up to its last seq for ``sub``, compare every book level by level."""
    _ws(server).pause()
    (last,) = [seq for sid, _, _, seq in _ws(server).subscriptions() if sid == sub.sid]
    if (books.last_seq(sub.sid) or 0) < last:
        await _until(stream, lambda m: getattr(m, "sid", None) == sub.sid and getattr(m, "seq", 0) >= last, books)
    for ticker in sub.market_tickers:
        assert _levels(books[ticker]) == _ws(server).book_levels(ticker), ticker
        book = books[ticker]
        assert book.best_bid is None or book.best_ask is None or book.best_bid[0] < book.best_ask[0]
    _ws(server).resume()


@pytest.mark.parametrize("key", ["ed", "rsa"])
def test_a_signed_handshake_then_snapshot_and_deltas_rebuild_the_exchanges_perps_books(
    served: ExchangeServer, key: str
) -> None:
    async def scenario() -> None:
        async with _stream(served, key) as stream:
            (sub,) = await stream.subscribe("orderbook_delta", market_tickers=MARKETS)
            books = PerpsOrderBooks(stream)
            await _until(stream, _deltas_seen(60), books)
            await _assert_books_exact(stream, served, sub, books)
            assert stream.stats.gaps == stream.stats.duplicates == 0 and books.errors == 0
            assert any(book.bids and book.asks for book in books.books.values())  # two-sided, above $1
            assert max(max(b.asks, default=Decimal(0)) for b in books.books.values()) > 1

    run(scenario())
    # The exchange verified the signature over the Perps path (a Trade-path signature would not verify).
    assert [(h.status, h.key_id, h.reason) for h in _ws(served).handshakes] == [(101, key, None)]
    assert served.perps_ws_url.endswith("/trade-api/ws/v2/margin")


def test_unsigned_wrongly_signed_unknown_key_and_trade_path_handshakes_are_refused(served: ExchangeServer) -> None:
    async def scenario() -> None:
        with pytest.raises(InvalidStatus) as bare:
            async with connect(served.perps_ws_url):
                pass
        assert bare.value.response.status_code == 401
        with pytest.raises(StreamAuthError, match="401") as wrong:
            await PerpsStream("ed", rsa_key(), url=served.perps_ws_url).connect()  # another key than the id's
        with pytest.raises(StreamAuthError):
            await PerpsStream("nobody", ed_key(), url=served.perps_ws_url).connect()
        assert "PRIVATE KEY" not in str(wrong.value)
        with pytest.raises(InvalidStatus) as trade:  # the Trade API's path is not served here
            async with connect(served.perps_ws_url.removesuffix("/margin")):
                pass
        assert trade.value.response.status_code == 404

    run(scenario())
    assert [h.reason for h in _ws(served).handshakes] == [
        "missing_authentication",
        "invalid_signature",
        "unknown_api_key",
    ]
    assert _ws(served).connection_count == 0


def test_a_gap_triggers_resync_and_the_rebuilt_perps_book_is_exact(served: ExchangeServer) -> None:
    async def scenario() -> None:
        async with _stream(served) as stream:
            (sub,) = await stream.subscribe("orderbook_delta", market_tickers=MARKETS)
            books = PerpsOrderBooks(stream)
            await _until(stream, _deltas_seen(10), books)
            old_sid = sub.sid
            _ws(served).inject("skip_seq")
            notice = await _until(stream, lambda m: isinstance(m, BookResync), books)
            assert isinstance(notice, BookResync) and (notice.reason, notice.old_sid) == ("gap", old_sid)
            assert notice.got is not None and notice.expected is not None and notice.got == notice.expected + 1
            await _until(stream, lambda m: isinstance(m, MarginOrderbookSnapshotPayload), books)
            assert sub.sid not in (None, old_sid)
            await _until(stream, _deltas_seen(20), books)
            await _assert_books_exact(stream, served, sub, books)
            assert (stream.stats.gaps, stream.stats.resyncs) == (1, 1)
            assert [s.channel for s in await stream.list_subscriptions()] == ["orderbook_delta"]

    run(scenario())


def test_a_repeated_seq_is_dropped_and_the_perps_book_stays_exact(served: ExchangeServer) -> None:
    async def scenario() -> None:
        async with _stream(served) as stream:
            (sub,) = await stream.subscribe("orderbook_delta", market_tickers=MARKETS)
            books = PerpsOrderBooks()  # no stream: raises on a repeated delta
            await _until(stream, _deltas_seen(5), books)
            _ws(served).inject("repeat_seq", count=3)
            await _until(stream, _deltas_seen(20), books)
            await _assert_books_exact(stream, served, sub, books)
            assert stream.stats.duplicates == 3 and stream.stats.resyncs == 0

    run(scenario())


def test_a_dropped_perps_connection_reconnects_freshly_signed_and_restores_every_subscription(
    served: ExchangeServer,
) -> None:
    async def scenario() -> None:
        async with _stream(served) as stream:
            subs = await stream.subscribe(["orderbook_delta", "ticker", "trade"], market_tickers=MARKETS)
            books = PerpsOrderBooks(stream)
            await _until(stream, _deltas_seen(5), books)
            _ws(served).inject("drop")
            notice = await _until(stream, lambda m: isinstance(m, Reconnected), books)
            assert isinstance(notice, Reconnected) and set(notice.subscriptions) == set(subs)
            books.forget()
            await _until(stream, _deltas_seen(10), books)
            listed = await stream.list_subscriptions()
            assert sorted(s.channel for s in listed) == ["orderbook_delta", "ticker", "trade"]
            assert sorted(s.sid for s in listed) == sorted(s.sid or 0 for s in subs)
            await _assert_books_exact(stream, served, subs[0], books)
            assert stream.stats.reconnects == 1

    run(scenario())
    first, second = _ws(served).handshakes
    assert first.status == second.status == 101 and first.signature != second.signature


def test_every_perps_message_type_is_produced_by_the_exchange_and_parsed_typed(served: ExchangeServer) -> None:
    wanted = {cls.__name__ for routes in PERPS.routes.values() for _, cls in routes}
    channels = list(PERPS.channels)

    async def scenario() -> set[str]:
        async with _stream(served) as stream:
            subs = await stream.subscribe(channels, market_tickers=MARKETS[:1])
            ticker = next(s for s in subs if s.channel == "ticker")
            await stream.update_subscription(ticker, add_markets=MARKETS[1:])  # ok (object)
            await stream.list_subscriptions()  # ok (array)
            with pytest.raises(UnknownChannelError):  # error
                await stream.subscribe("no_such_channel")
            data = {cls.__name__ for types in PERPS.channels.values() for t in types for _, cls in PERPS.routes[t]}
            await _until(stream, lambda m: data <= set(stream.stats.parsed))
            await stream.unsubscribe(ticker)  # unsubscribed
            assert "RawMessage" not in stream.stats.parsed
            return set(stream.stats.parsed)

    assert wanted <= run(scenario())
    for command in _ws(served).commands:  # the client speaks the Perps document's command schemas
        problems = _ws(served).feed.command_problems(command)
        assert problems == [] or "no_such_channel" in str(problems), (command, problems)


def test_perps_command_errors_are_typed_with_the_perps_codes_and_the_stream_carries_on(
    served: ExchangeServer,
) -> None:
    async def scenario() -> None:
        async with _stream(served) as stream:
            with pytest.raises(InvalidParameterError) as missing:  # the Perps document retired 16
                await stream.subscribe("orderbook_delta", market_tickers=["KXNOPE-PERP"])
            assert missing.value.code == 11 and missing.value.market_ticker == "KXNOPE-PERP"
            (sub,) = await stream.subscribe("orderbook_delta", market_tickers=MARKETS)
            _ws(served).inject("error", code=1)
            with pytest.raises(UnableToProcessMessageError):
                await stream.list_subscriptions()
            assert await stream.update_subscription(sub, delete_markets=MARKETS[1:]) == MARKETS[:1]
            assert [s.sid for s in await stream.list_subscriptions()] == [sub.sid]
            assert stream.subscriptions == [sub]

    run(scenario())


def test_an_injected_error_the_perps_document_retired_is_answered_with_its_stand_in_on_a_live_connection(
    served: ExchangeServer,
) -> None:
    # inject("error") means Kalshi's internal error (17 by default), which the Perps document retired: the
    # exchange answers what stands for it (1) instead of dying on its own validation (it dropped the connection).
    async def scenario() -> None:
        async with _stream(served) as stream:
            _ws(served).inject("error")
            with pytest.raises(UnableToProcessMessageError) as caught:
                await stream.list_subscriptions()
            assert caught.value.code == 1
            assert await stream.list_subscriptions() == [] and stream.stats.reconnects == 0

    run(scenario())
    with pytest.raises(ValueError, match="error code 99"):
        _ws(served).inject("error", code=99)


def test_a_perps_command_without_answer_times_out(served: ExchangeServer) -> None:
    async def scenario() -> None:
        async with _stream(served, command_timeout=0.2) as stream:
            _ws(served).inject("delay", seconds=1.0)
            with pytest.raises(CommandTimeoutError):
                await stream.list_subscriptions()

    run(scenario())


def test_a_slow_perps_consumer_gets_an_overflow_notice_then_fresh_books(served: ExchangeServer) -> None:
    async def scenario() -> None:
        async with _stream(served, queue_size=16) as stream:
            (sub,) = await stream.subscribe("orderbook_delta", market_tickers=MARKETS)
            await asyncio.sleep(0.5)  # the feed runs ahead of a consumer that does not read
            books = PerpsOrderBooks(stream)
            first = await _until(stream, lambda m: isinstance(m, Overflow))
            assert isinstance(first, Overflow) and first.dropped > 0
            await _until(stream, lambda m: isinstance(m, BookResync) and m.reason == "overflow")
            await _until(stream, lambda m: books.books.keys() >= set(MARKETS), books)
            await _until(stream, _deltas_seen(10), books)
            await _assert_books_exact(stream, served, sub, books)

    run(scenario())


@pytest.mark.parametrize("frame", ["deep", "binary", "not_json", "oversized", "bad_delta", "mislabel"])
def test_every_hostile_frame_the_perps_exchange_can_send_is_survived_and_the_book_is_exact(
    served: ExchangeServer, frame: str
) -> None:
    async def scenario() -> None:
        async with _stream(served) as stream:
            subs = await stream.subscribe("orderbook_delta", market_tickers=MARKETS)
            books = PerpsOrderBooks(stream)
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


# -- 3. against a hostile server (tests/hostile_ws.py) ------------------------------------------
def _hostile(url: str, **kwargs: Any) -> PerpsStream:
    kwargs.setdefault("backoff_base", 0.01)
    kwargs.setdefault("backoff_max", 0.05)
    kwargs.setdefault("command_timeout", 2.0)
    return PerpsStream("hostile-test-key", KEY, url=url, **kwargs)


KEY = ed_key()


async def _snapshot(peer: Peer, sid: int, seq: int, bid: list[list[Any]], ask: list[list[Any]]) -> None:
    msg: dict[str, Any] = {"market_ticker": TICKER, "bid": bid, "ask": ask}
    await peer.send({"type": "orderbook_snapshot", "sid": sid, "seq": seq, "msg": msg})


async def _delta(peer: Peer, sid: int, seq: int, side: Any, price: Any, delta: Any) -> None:
    msg = {"market_ticker": TICKER, "price": price, "delta": delta, "side": side}
    await peer.send({"type": "orderbook_delta", "sid": sid, "seq": seq, "msg": msg})


def test_the_handshake_is_signed_over_the_perps_path_with_the_key_given() -> None:
    from cryptography.hazmat.primitives.asymmetric import ed25519

    async def scenario() -> None:
        async with HostileServer(serve_forever) as server:
            url = server.url + "/margin"
            async with _hostile(url):
                pass
            (seen,) = server.handshakes
            assert seen.path == "/trade-api/ws/v2/margin"
            headers = seen.headers
            assert headers["kalshi-access-key"] == "hostile-test-key"
            public = KEY.public_key()
            assert isinstance(public, ed25519.Ed25519PublicKey)
            message = (headers["kalshi-access-timestamp"] + "GET" + seen.path).encode()
            public.verify(base64.b64decode(headers["kalshi-access-signature"]), message)  # raises if not

    run(scenario())


@pytest.mark.parametrize("status", [302, 307])
def test_a_perps_handshake_redirect_is_never_followed_and_no_signed_header_reaches_another_origin(
    status: int,
) -> None:
    async def scenario() -> None:
        async with HostileServer(serve_forever) as other:
            async with HostileServer(serve_forever, handshake=redirect(other.url + "/margin", status)) as server:
                stream = _hostile(server.url + "/margin")
                with pytest.raises(StreamRedirectError, match=f"HTTP {status}"):
                    await stream.connect()
                await stream.close()
                assert len(server.handshakes) == 1 and server.handshakes[0].signed
            assert other.handshakes == []

    run(scenario())


def test_a_silent_perps_connection_is_replaced_within_the_liveness_timeout(served: ExchangeServer) -> None:
    liveness = 1.0

    async def scenario() -> float:
        async with _stream(served, liveness_timeout=liveness) as stream:
            await stream.subscribe("orderbook_delta", market_tickers=MARKETS)
            await _until(stream, _deltas_seen(3))
            loop = asyncio.get_running_loop()
            _ws(served).inject("silence")
            start = loop.time()
            await _until(stream, lambda m: isinstance(m, Reconnected))
            return loop.time() - start

    assert run(scenario()) < liveness + 1.5


@pytest.mark.parametrize("how", ["another channel", "ok instead", "no sid", "a reused sid"])
def test_a_perps_subscribe_answer_that_does_not_match_is_a_protocol_error(how: str) -> None:
    async def script(peer: Peer) -> None:
        first = await peer.expect("subscribe")
        await peer.subscribed(first)  # sid 1, the ticker channel
        second = await peer.expect("subscribe")
        answers = {
            "another channel": {"id": second["id"], "type": "subscribed", "msg": {"channel": "trade", "sid": 7}},
            "ok instead": {"id": second["id"], "type": "ok", "msg": {}},
            "no sid": {"id": second["id"], "type": "subscribed", "msg": {"channel": "orderbook_delta"}},
            "a reused sid": {"id": second["id"], "type": "subscribed", "msg": {"channel": "orderbook_delta", "sid": 1}},
        }
        await peer.send(answers[how])
        while True:
            command = await peer.command()
            if command["cmd"] == "unsubscribe":
                await peer.answer_unsubscribe(command)
            elif command["cmd"] == "list_subscriptions":
                await peer.send({"id": command["id"], "type": "ok", "msg": [{"channel": "ticker", "sid": 1}]})

    async def scenario() -> None:
        async with HostileServer(script) as server, _hostile(server.url) as stream:
            (ticker,) = await stream.subscribe("ticker")
            with pytest.raises(StreamProtocolError):
                await stream.subscribe("orderbook_delta", market_tickers=[TICKER])
            assert stream.subscriptions == [ticker] and ticker.sid == 1
            assert [s.sid for s in await stream.list_subscriptions()] == [1]
            assert stream.stats.protocol_errors == 1

    run(scenario())


@pytest.mark.parametrize(
    "answer",
    [{"type": "ok", "msg": {"market_tickers": []}}, {"type": "ok", "msg": [{"channel": 5, "sid": "x"}]}],
    ids=["an object", "unreadable items"],
)
def test_a_list_subscriptions_answer_the_perps_models_cannot_read_is_a_protocol_error(answer: dict[str, Any]) -> None:
    async def script(peer: Peer) -> None:
        command = await peer.expect("list_subscriptions")
        await peer.send({"id": command["id"], **answer})
        await peer.idle()

    async def scenario() -> None:
        async with HostileServer(script) as server, _hostile(server.url) as stream:
            with pytest.raises(StreamProtocolError):
                await stream.list_subscriptions()

    run(scenario())


def test_a_perps_subscription_whose_answer_was_lost_is_found_and_unsubscribed_after_the_retry() -> None:
    # The Perps document retires error 6: a server that made the subscription whose answer never came
    # accepts the retry as a second one. The client lists what the server holds and drops the orphan.
    async def script(peer: Peer) -> None:
        sid = await peer.subscribed(await peer.expect("subscribe"))  # sid 1
        await _snapshot(peer, sid, 1, *SNAPSHOT)
        await _delta(peer, sid, 3, "bid", "99.5000", "1.00")  # a gap: the client resyncs
        await peer.answer_unsubscribe(await peer.expect("unsubscribe"))
        await peer.expect("subscribe")
        lost = peer.sid()  # sid 2: made, but its answer is lost
        again = await peer.subscribed(await peer.expect("subscribe", timeout=5))  # sid 3
        await _snapshot(peer, again, 1, *FRESH)
        listing = await peer.expect("list_subscriptions")
        items = [{"channel": "orderbook_delta", "sid": lost}, {"channel": "orderbook_delta", "sid": again}]
        await peer.send({"id": listing["id"], "type": "ok", "msg": items})
        await peer.answer_unsubscribe(await peer.expect("unsubscribe"))
        await peer.idle()

    async def scenario() -> None:
        async with HostileServer(script) as server, _hostile(server.url, command_timeout=0.3) as stream:
            (sub,) = await stream.subscribe("orderbook_delta", market_tickers=[TICKER])
            books = PerpsOrderBooks(stream)
            async for message in stream:
                books.apply(message)
                if isinstance(message, MarginOrderbookSnapshotPayload) and message.sid == 3:
                    break
            for _ in range(100):  # the orphan is dropped in the background
                if any(c["cmd"] == "unsubscribe" and c["params"]["sids"] == [2] for c in server.peers[0].commands):
                    break
                await asyncio.sleep(0.02)
            unsubscribed = [c["params"]["sids"] for c in server.peers[0].commands if c["cmd"] == "unsubscribe"]
            assert unsubscribed == [[1], [2]] and sub.sid == 3
            assert stream.stats.resubscribe_failures == 1 and server.errors == []

    run(scenario())


SNAPSHOT = ([["99.5000", "2.00"], ["99.0000", "5.00"]], [["100.5000", "3.00"]])
FRESH = ([["99.2500", "7.00"]], [["100.2500", "1.50"]])
BAD_DELTAS = {
    "a level below zero": ("bid", "99.5000", "-5.00"),
    "a crossed book": ("bid", "100.5000", "1.00"),
    "an ask under the bid": ("ask", "99.0000", "1.00"),
    "a huge count": ("bid", "99.5000", "1e9999999"),
    "a huge price": ("ask", "1e9999999", "1.00"),
    "a zero price": ("bid", "0", "1.00"),
    "a negative price": ("bid", "-0.5000", "1.00"),
    "Arabic-Indic digits": ("ask", "\u0661\u0660\u0661", "1.00"),
    "off the grid": ("ask", "101.00001", "1.00"),
    "NaN": ("ask", "NaN", "1.00"),
    "a number, not a string": ("ask", 101.5, "1.00"),
    "a Trade side": ("yes", "99.5000", "1.00"),
}


def _book_script(*hostile: tuple[Any, ...] | str) -> Any:
    """Snapshot, then the hostile frames; then the client must unsubscribe and subscribe again for FRESH."""

    async def script(peer: Peer) -> None:
        sid = await peer.subscribed(await peer.expect("subscribe"))
        await _snapshot(peer, sid, 1, *SNAPSHOT)
        for seq, frame in enumerate(hostile, start=2):
            if isinstance(frame, str):
                await peer.send_text(frame)
            else:
                await _delta(peer, sid, seq, *frame)
        unsubscribe = await peer.expect("unsubscribe")
        assert unsubscribe["params"]["sids"] == [sid]
        await peer.answer_unsubscribe(unsubscribe)
        again = await peer.subscribed(await peer.expect("subscribe"))
        await _snapshot(peer, again, 1, *FRESH)
        await _delta(peer, again, 2, "ask", "100.2500", "1.00")
        await peer.idle()

    return script


async def _docs_loop(stream: KalshiStream) -> tuple[PerpsOrderBooks, list[BookResync]]:
    """The Perps loop of docs/streaming.md, until the rebuilt book has applied its first delta."""
    books, notices = PerpsOrderBooks(stream), []
    async for message in stream:
        if isinstance(message, BookResync):
            notices.append(message)
            books.forget(message)
        elif (live := books.apply(message)) is not None and notices and live.seq == 2:
            break
    return books, notices


@pytest.mark.parametrize("delta", list(BAD_DELTAS.values()), ids=list(BAD_DELTAS))
def test_a_perps_delta_no_book_can_apply_leads_to_a_resync_and_an_exact_book(delta: tuple[Any, ...]) -> None:
    async def scenario() -> None:
        async with HostileServer(_book_script(delta)) as server, _hostile(server.url) as stream:
            await stream.subscribe("orderbook_delta", market_tickers=[TICKER])
            books, notices = await _docs_loop(stream)
            assert [n.reason for n in notices] == ["book_error"]
            assert _levels(books[TICKER]) == {"bid": {"99.2500": "7.00"}, "ask": {"100.2500": "2.50"}}
            assert books.errors == 1 and stream.stats.resync_reasons["book_error"] == 1
            assert server.errors == []

    run(scenario())


@pytest.mark.parametrize(
    "frames",
    [
        (
            '{"type":"orderbook_delta","sid":1,"seq":5,"msg":{"market_ticker":"KXBTC-PERP","price":"99.5000",'
            '"delta":"1.00","side":"bid"}}',
        ),
        (
            ("bid", "99.5000", "1.00"),
            ("bid", "99.5000", "1.00"),
            '{"type":"orderbook_delta","sid":1,"seq":2,"msg":{"market_ticker":"KXBTC-PERP",'
            '"price":"99.5000","delta":"1.00","side":"bid"}}',
        ),
        ('{"type":"orderbook_delta","sid":1,"seq":2,"msg":{"market_ticker":"KXBTC-PERP","price":"99.5000"}}',),
        (
            '{"type":"orderbook_snapshot","sid":1,"seq":2,"msg":{"market_ticker":"KXBTC-PERP","bid":[["101","1"]],'
            '"ask":[["100","1"]]}}',
        ),
        # A Trade-shaped delta on the Perps stream: no Perps model reads it.
        (
            '{"type":"orderbook_delta","sid":1,"seq":2,"msg":{"market_ticker":"KXBTC-PERP","price_dollars":"0.5000",'
            '"delta_fp":"1.00","side":"yes"}}',
        ),
    ],
    ids=["seq jumps", "seq goes back", "a delta lacking fields", "a crossed snapshot", "a Trade delta"],
)
def test_a_broken_perps_sequence_or_message_leads_to_a_resync_and_an_exact_book(frames: tuple[Any, ...]) -> None:
    async def scenario() -> None:
        async with HostileServer(_book_script(*frames)) as server, _hostile(server.url) as stream:
            await stream.subscribe("orderbook_delta", market_tickers=[TICKER])
            books, notices = await _docs_loop(stream)
            assert len(notices) == 1 and notices[0].reason in ("gap", "book_error")
            assert _levels(books[TICKER]) == {"bid": {"99.2500": "7.00"}, "ask": {"100.2500": "2.50"}}
            assert server.errors == []

    run(scenario())


def test_the_perps_queue_holds_no_more_than_queue_bytes_whatever_the_frames() -> None:
    bound = 2**22  # 4 MiB; 60 ticker frames of 256 KiB are 15 MiB of text

    async def script(peer: Peer) -> None:
        sid = await peer.subscribed(await peer.expect("subscribe"))
        for _ in range(60):
            await peer.send({"type": "ticker", "sid": sid, "msg": {"market_ticker": TICKER}, "junk": "x" * 2**18})
        await peer.idle()

    async def scenario() -> None:
        async with HostileServer(script) as server:
            async with _hostile(server.url, queue_bytes=bound, max_message_size=2**20) as stream:
                await stream.subscribe("ticker")
                for _ in range(250):  # the consumer does not read while the flood arrives
                    await asyncio.sleep(0.02)
                    assert stream.queued_bytes <= bound
                    if stream.stats.messages >= 60:
                        break
                assert stream.stats.messages >= 60 and stream.stats.peak_queued_bytes <= bound
                first = await asyncio.wait_for(stream.__anext__(), 1)
                assert isinstance(first, Overflow) and stream.stats.dropped > 0
                second = await asyncio.wait_for(stream.__anext__(), 1)
                assert isinstance(second, (MarginTickerPayload, RawMessage))  # typed by the Perps models

    run(scenario())


def test_perps_reconnect_backoff_grows_across_connections_that_die_young(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(random, "uniform", lambda a, b: b)
    attempts: list[int] = []

    async def script(peer: Peer) -> None:
        await peer.subscribed(await peer.expect("subscribe"))
        if peer.index < 4:
            await peer.ws.close(1001)  # accept, then hang up at once
        else:
            await peer.idle()

    async def scenario() -> None:
        async with HostileServer(script) as server:
            stream = _hostile(server.url, liveness_timeout=0.4, backoff_base=0.01, backoff_max=1.0)
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
                    if reconnects == 4:
                        break
            assert all(h.signed for h in server.handshakes) and len(server.handshakes) == 5

    run(scenario())
    assert attempts == [1, 2, 3, 4], attempts


def test_no_untyped_exception_escapes_the_perps_docs_loop_under_a_random_hostile_feed(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level("ERROR", logger="kalshi_stream")
    rng = random.Random(20)
    junk = [
        "[" * 2000,
        "{}",
        '{"type":"orderbook_delta"}',
        '{"type":"orderbook_delta","sid":1,"seq":-1,"msg":null}',
        '{"type":"error","msg":{"code":"x","msg":[1]}}',
        '{"type":"orderbook_snapshot","sid":1,"seq":1,"msg":{"market_ticker":7}}',
        '{"type":"orderbook_snapshot","sid":1,"seq":1,"msg":{"market_ticker":"KXBTC-PERP","bid":{"a":1}}}',
        json.dumps({"type": "orderbook_delta", "sid": 1, "seq": 2, "msg": {"side": ["bid"]}}),
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
                await _snapshot(peer, sid, 1, *SNAPSHOT)
            elif command is not None and command.get("cmd") == "unsubscribe":
                await peer.answer_unsubscribe(command)
            for _ in range(20):
                if rng.random() < 0.5:
                    await peer.send_text(rng.choice(junk))
                else:
                    price = rng.choice(["99.5000", "101", "x", "0"])
                    await _delta(peer, sid, rng.randint(1, 4), rng.choice(["bid", "ask"]), price, "1.00")

    async def scenario() -> None:
        async with HostileServer(script) as server, _hostile(server.url) as stream:
            await stream.subscribe("orderbook_delta", market_tickers=[TICKER])
            books = PerpsOrderBooks(stream)
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
    assert "internal error" not in caplog.text


def test_an_exchange_server_of_the_perps_rest_exchange_serves_the_perps_stream_beside_it() -> None:
    perps_rest = LocalExchange(product="perps", keys={"ed": ed_key()})
    with ExchangeServer(perps_rest) as server:
        assert server.stream is None  # never the Trade API's stream beside Perps REST
        assert server.perps_ws_url.endswith("/trade-api/ws/v2/margin")
    with ExchangeServer(perps_rest, stream=False) as server:
        assert server.perps_stream is None
    with ExchangeServer(LocalExchange(keys={"ed": ed_key()})) as server:
        assert server.perps_stream is None and server.stream is not None  # the Trade API's alone, as before
