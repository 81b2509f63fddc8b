"""The local exchange's WebSocket side under a hostile client: Kalshi's error codes, never a dead
handler; everything it keeps bounded (issue 16, items 9 and 10). Each test runs against the Trade API's
WebSocket side and the Perps one (``StreamServer(product="perps")``, issue 20 item 3), whose document
retires some codes: the codes each answers with are the test's own table, not the server's."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, TypeVar

import pytest
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import InvalidStatus

from kalshi_auth import websocket_headers
from kalshi_exchange import LocalExchange, StreamServer
from kalshi_exchange import stream as stream_module
from tests.keyfactory import ed_key

T = TypeVar("T")


def run(coro: Awaitable[T]) -> T:
    async def bounded() -> T:
        return await asyncio.wait_for(coro, 20)

    return asyncio.run(bounded())


@pytest.fixture(scope="module")
def exchange() -> LocalExchange:
    return LocalExchange(keys={"ed": ed_key()})


@pytest.fixture(params=["trade", "perps"])
def server(exchange: LocalExchange, request: pytest.FixtureRequest) -> Iterator[StreamServer]:
    stream = StreamServer(exchange, follow_engine=False, interval=0.05, product=request.param).start()
    try:
        yield stream
    finally:
        stream.stop()


async def _connect(url: str) -> ClientConnection:
    return await connect(url, additional_headers=websocket_headers("ed", ed_key(), url=url), max_size=2**24)


async def _ask(ws: ClientConnection, frame: str) -> dict[str, Any]:
    """Send one frame; the first answer (a frame without ``sid``: not a channel message)."""
    await ws.send(frame)
    while True:
        answer = json.loads(await asyncio.wait_for(ws.recv(), 5))
        if answer.get("type") in ("error", "ok", "subscribed", "unsubscribed") and "seq" not in answer:
            return dict(answer)


def _eventually(condition: Callable[[], bool], seconds: float = 3.0) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


DEEP = "[" * 5000 + "]" * 5000
HOSTILE_COMMANDS = {
    "unhashable channel": ('{"id":1,"cmd":"subscribe","params":{"channels":[{}]}}', 8),
    "a list as a channel": ('{"id":1,"cmd":"subscribe","params":{"channels":[["ticker"]]}}', 8),
    "unhashable sid": ('{"id":1,"cmd":"unsubscribe","params":{"sids":[[1]]}}', 11),
    "an object as sid": ('{"id":1,"cmd":"unsubscribe","params":{"sids":[{}]}}', 11),
    "unhashable sid to update": (
        '{"id":1,"cmd":"update_subscription","params":{"sids":[[1]],"action":"add_markets","market_tickers":["X"]}}',
        11,
    ),
    "an object as action": ('{"id":1,"cmd":"update_subscription","params":{"sids":[1],"action":{}}}', 13),
    "an object as cmd": ('{"id":1,"cmd":{},"params":{}}', 5),
    "a list as cmd": ('{"id":1,"cmd":["subscribe"],"params":{}}', 5),
    "a deep list as cmd": ('{"id":1,"cmd":' + "[" * 900 + "]" * 900 + "}", 1),
    "an object as ticker": ('{"id":1,"cmd":"subscribe","params":{"channels":["ticker"],"market_tickers":[{}]}}', 11),
    "true as shard_factor": ('{"id":1,"cmd":"subscribe","params":{"channels":["ticker"],"shard_factor":true}}', 19),
    "nested 5,000 deep in params": ('{"id":1,"cmd":"subscribe","params":{"channels":' + DEEP + "}}", 1),
    "nested 5,000 deep": (DEEP, 1),
    "nested 40 deep": ('{"id":1,"cmd":"subscribe","params":{"x":' + "[" * 40 + "]" * 40 + "}}", 1),
}
# Where the Perps document differs: it retires 16 (market not found; 11, invalid parameter, stands for it)
# and has no sharding (a shard_factor is a parameter it does not read: None, the command is answered).
PERPS_CODES: dict[int, int | None] = {16: 11, 19: None}


def _code(server: StreamServer, code: int) -> int | None:
    return PERPS_CODES.get(code, code) if server.product.name == "perps" else code


@pytest.mark.parametrize(("frame", "code"), list(HOSTILE_COMMANDS.values()), ids=list(HOSTILE_COMMANDS))
def test_a_hostile_command_gets_kalshis_error_code_and_the_connection_lives_on(
    server: StreamServer, frame: str, code: int
) -> None:
    async def scenario() -> None:
        async with await _connect(server.url) as ws:
            answer = await _ask(ws, frame)
            made = []
            if (expected := _code(server, code)) is None:
                assert answer["type"] == "subscribed", answer
                made = [answer["msg"]]
            else:
                assert answer["type"] == "error" and answer["msg"]["code"] == expected, answer
            listed = await _ask(ws, '{"id":2,"cmd":"list_subscriptions"}')  # the same connection still answers
            assert listed == {"id": 2, "type": "ok", "msg": made}

    run(scenario())
    assert _eventually(lambda: server.connection_count == 0)  # and its handler ended cleanly


def test_the_commands_kept_for_tests_are_bounded_in_bytes(server: StreamServer) -> None:
    big = json.dumps({"id": 1, "cmd": "list_subscriptions", "params": {"pad": "x" * 300_000}})

    async def scenario() -> None:
        async with await _connect(server.url) as ws:
            for _ in range(40):  # 12 MB of commands (the old exchange kept every byte of them)
                await _ask(ws, big)

    run(scenario())
    kept = sum(len(json.dumps(command)) for command in server.commands)
    assert kept < 2**16, kept  # each oversized command is kept as a summary
    assert server.commands.received == 40 and len(server.commands) == 40
    assert next(iter(server.commands)) == {"id": 1, "cmd": "list_subscriptions", "bytes": len(big)}


def test_the_commands_kept_for_tests_are_bounded_in_count(
    monkeypatch: pytest.MonkeyPatch, server: StreamServer
) -> None:
    monkeypatch.setattr(stream_module, "MAX_COMMANDS_KEPT", 50, raising=False)

    async def scenario() -> None:
        async with await _connect(server.url) as ws:
            for ident in range(80):
                await _ask(ws, json.dumps({"id": ident, "cmd": "list_subscriptions"}))

    run(scenario())
    assert [c["id"] for c in server.commands] == list(range(30, 80))  # the newest


def test_the_handshakes_kept_for_tests_are_bounded(monkeypatch: pytest.MonkeyPatch, exchange: LocalExchange) -> None:
    monkeypatch.setattr(stream_module, "MAX_HANDSHAKES_KEPT", 20, raising=False)
    server = StreamServer(exchange, follow_engine=False).start()

    async def scenario() -> None:
        for _ in range(30):
            with pytest.raises(InvalidStatus):
                async with connect(server.url):  # unsigned: refused, and recorded
                    pass

    try:
        run(scenario())
    finally:
        server.stop()
    assert len(server.handshakes) == 20


def test_one_subscribe_cannot_open_more_markets_than_the_cap(server: StreamServer) -> None:
    cap = stream_module.MAX_MARKETS
    tickers = [f"KXMANY-{n}" for n in range(cap + 500)]

    async def scenario() -> None:
        async with await _connect(server.url) as ws:
            params = {"channels": ["ticker"], "market_tickers": tickers}
            answer = await _ask(ws, json.dumps({"id": 1, "cmd": "subscribe", "params": params}))
            assert answer["type"] == "error" and answer["msg"]["code"] == _code(server, 16), answer
            assert answer["msg"]["market_ticker"] == tickers[cap - len(server.feed.books)]
            half = {"channels": ["ticker"], "market_tickers": tickers[: cap // 2]}
            assert (await _ask(ws, json.dumps({"id": 2, "cmd": "subscribe", "params": half})))["type"] == "subscribed"
            more = {"channels": ["trade"], "market_tickers": tickers[cap // 2 :]}
            answer = await _ask(ws, json.dumps({"id": 3, "cmd": "subscribe", "params": more}))
            assert answer["msg"]["code"] == _code(server, 16), answer

    books_before = len(server.feed.books)
    run(scenario())
    assert books_before < len(server.feed.books) <= cap


def test_a_hostile_fault_kind_must_be_known(server: StreamServer) -> None:
    with pytest.raises(ValueError, match="unknown hostile frame"):
        server.inject("hostile", frame="polite")
