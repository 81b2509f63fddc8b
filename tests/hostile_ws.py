"""A WebSocket server whose every move a test scripts: the hostile half of the stream's loopback tests.

The local exchange behaves; this one lies. Each connection runs the test's ``script``
(``async def script(peer: Peer) -> None``) with a ``Peer`` that reads the client's
commands and sends whatever the test wants: answers with the wrong channel or id,
oversized, deeply nested, binary or non-JSON frames, sequence numbers that jump or go
back, deltas no book can apply, a close right after the handshake. ``handshake``
(``(request) -> Response | None``) scripts the HTTP side: refusals, redirects. It runs
in the test's own event loop on 127.0.0.1 and records every handshake's headers, so a
test can assert which signed headers reached which origin.

``RawServer`` is plain TCP for what a WebSocket server cannot be made to do: hang up in
the middle of a handshake, answer garbage.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from types import TracebackType
from typing import Any

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

WS_PATH = "/trade-api/ws/v2"
MARKET_ID = "9b0f6b43-5b68-4f9f-9f02-9a2d1b8ac1a1"
SIGNED = ("kalshi-access-key", "kalshi-access-timestamp", "kalshi-access-signature")
Script = Callable[["Peer"], Awaitable[None]]
Handshake = Callable[[ServerConnection, Request], Response | None]


@dataclass
class Seen:
    """One handshake request as the server received it."""

    path: str
    headers: dict[str, str]

    @property
    def signed(self) -> bool:
        return any(name in self.headers for name in SIGNED)


class Peer:
    """The server's side of one connection, for a script."""

    def __init__(self, ws: ServerConnection, index: int) -> None:
        self.ws = ws
        self.index = index  # 0 for the first connection, 1 after the first reconnect, ...
        self.commands: list[dict[str, Any]] = []
        self._next_sid = 1

    async def command(self, timeout: float = 5.0) -> dict[str, Any]:
        """The client's next command (text frames only; anything else fails the test)."""
        frame = await asyncio.wait_for(self.ws.recv(), timeout)
        command = json.loads(frame)
        assert isinstance(command, dict), command
        self.commands.append(command)
        return command

    async def send(self, message: Any) -> None:
        await self.ws.send(json.dumps(message, separators=(",", ":")))

    async def send_text(self, text: str) -> None:
        await self.ws.send(text)

    async def send_bytes(self, data: bytes) -> None:
        await self.ws.send(data)

    def sid(self) -> int:
        sid, self._next_sid = self._next_sid, self._next_sid + 1
        return sid

    async def subscribed(self, command: dict[str, Any], channel: str | None = None, sid: int | None = None) -> int:
        """Answer a subscribe for its (first) channel, or for ``channel``; returns the sid given."""
        given = self.sid() if sid is None else sid
        name = channel if channel is not None else command["params"]["channels"][0]
        await self.send({"id": command["id"], "type": "subscribed", "msg": {"channel": name, "sid": given}})
        return given

    async def expect(self, cmd: str, timeout: float = 5.0) -> dict[str, Any]:
        """The next command, which must be ``cmd``."""
        command = await self.command(timeout)
        assert command.get("cmd") == cmd, command
        return command

    async def answer_unsubscribe(self, command: dict[str, Any]) -> None:
        for seq, sid in enumerate(command["params"]["sids"], start=1):
            await self.send({"id": command["id"], "type": "unsubscribed", "sid": sid, "seq": seq})

    async def snapshot(
        self, sid: int, seq: int, ticker: str, yes: list[list[Any]] | None = None, no: list[list[Any]] | None = None
    ) -> None:
        msg: dict[str, Any] = {"market_ticker": ticker, "market_id": MARKET_ID}
        if yes:
            msg["yes_dollars_fp"] = yes
        if no:
            msg["no_dollars_fp"] = no
        await self.send({"type": "orderbook_snapshot", "sid": sid, "seq": seq, "msg": msg})

    async def delta(self, sid: int, seq: int, ticker: str, side: Any, price: Any, count: Any) -> None:
        msg = {"market_ticker": ticker, "market_id": MARKET_ID, "price_dollars": price, "delta_fp": count, "side": side}
        await self.send({"type": "orderbook_delta", "sid": sid, "seq": seq, "msg": msg})

    async def ticker(self, sid: int, seq: int | None = None, ticker: str = "KX-A", **extra: Any) -> None:
        message: dict[str, Any] = {"type": "ticker", "sid": sid, "msg": {"market_ticker": ticker}, **extra}
        if seq is not None:
            message["seq"] = seq
        await self.send(message)

    async def closed(self, timeout: float = 5.0) -> None:
        """Wait until the client has closed (or dropped) this connection."""
        await asyncio.wait_for(self.ws.wait_closed(), timeout)

    async def idle(self) -> None:
        """Keep the connection open, answering nothing, until the client goes."""
        await self.ws.wait_closed()


@dataclass
class HostileServer:
    """``async with HostileServer(script) as server: KalshiStream(..., url=server.url)``."""

    script: Script
    handshake: Handshake | None = None
    handshakes: list[Seen] = field(default_factory=list)
    peers: list[Peer] = field(default_factory=list)
    errors: list[BaseException] = field(default_factory=list)  # what scripts raised (a test asserts it is empty)
    _server: Server | None = None

    @property
    def port(self) -> int:
        assert self._server is not None
        port: int = self._server.sockets[0].getsockname()[1]
        return port

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}{WS_PATH}"

    @property
    def open_connections(self) -> int:
        return sum(1 for peer in self.peers if peer.ws.close_code is None and not peer.ws.transport.is_closing())

    async def __aenter__(self) -> HostileServer:
        self._server = await serve(
            self._serve,
            "127.0.0.1",
            0,
            process_request=self._process,
            ping_interval=None,  # the client's pings are answered by the protocol; the server sends none
            max_size=None,
            compression=None,
        )
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        assert self._server is not None
        self._server.close()
        for peer in self.peers:
            peer.ws.transport.abort()
        await asyncio.wait_for(self._server.wait_closed(), 5)

    def _process(self, connection: ServerConnection, request: Request) -> Response | None:
        headers = {name.lower(): value for name, value in request.headers.raw_items()}
        self.handshakes.append(Seen(request.path, headers))
        if self.handshake is not None:
            return self.handshake(connection, request)
        return None

    async def _serve(self, ws: ServerConnection) -> None:
        peer = Peer(ws, len(self.peers))
        self.peers.append(peer)
        try:
            await self.script(peer)
        except ConnectionClosed:
            pass  # the client went: a script may be cut short
        except Exception as err:  # kept for the test to assert on
            self.errors.append(err)


def redirect(location: str, status: int = 302) -> Handshake:
    """A ``handshake`` that answers every request with a redirect to ``location``."""

    def answer(connection: ServerConnection, request: Request) -> Response:
        response = connection.respond(HTTPStatus(status), "moved\n")
        response.headers["Location"] = location
        return response

    return answer


def refuse(status: int = 401) -> Handshake:
    def answer(connection: ServerConnection, request: Request) -> Response:
        return connection.respond(HTTPStatus(status), "no\n")

    return answer


def then(*handshakes: Handshake | None) -> Handshake:
    """One handshake behaviour per connection attempt, in order; the last one repeats."""
    left = list(handshakes)

    def answer(connection: ServerConnection, request: Request) -> Response | None:
        current = left.pop(0) if len(left) > 1 else left[0]
        return None if current is None else current(connection, request)

    return answer


async def serve_forever(peer: Peer) -> None:
    """A script that answers nothing and keeps the connection open until the client goes."""
    await peer.idle()


class RawServer:
    """Plain TCP on 127.0.0.1: ``reply`` gets the client's request bytes, returns what to send back
    before hanging up (``b""``: hang up at once)."""

    def __init__(self, reply: Callable[[bytes], bytes]) -> None:
        self.reply = reply
        self.requests: list[bytes] = []
        self._server: asyncio.Server | None = None

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"ws://127.0.0.1:{self._server.sockets[0].getsockname()[1]}{WS_PATH}"

    async def __aenter__(self) -> RawServer:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
            self.requests.append(request)
            answer = self.reply(request)
            if answer:
                writer.write(answer)
                await writer.drain()
        except (asyncio.IncompleteReadError, asyncio.TimeoutError, ConnectionError):
            pass
        finally:
            writer.transport.abort()
