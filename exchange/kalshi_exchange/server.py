"""The real-HTTP form: a LocalExchange behind uvicorn on 127.0.0.1, on a free port."""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl

import uvicorn

from kalshi_exchange.core import LocalExchange
from kalshi_exchange.stream import StreamServer

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]


class _Hangup:
    """What the app returns to have uvicorn close the connection without a byte of response.

    uvicorn answers an app that raises before responding with a 500 of its own, but closes the
    socket outright when the app returns anything but None ("ASGI callable should return None");
    that is the dropped connection a fault needs. The log record uvicorn writes about it is
    filtered out (``_QuietHangups``): it is the fault working, not an error.
    """

    def __repr__(self) -> str:
        return "<connection dropped by the local exchange's fault injection>"


HANGUP = _Hangup()


class _QuietHangups(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not (isinstance(record.args, tuple) and HANGUP in record.args)


logging.getLogger("uvicorn.error").addFilter(_QuietHangups())


def asgi_app(exchange: LocalExchange) -> Callable[..., Awaitable[object]]:
    """A plain ASGI application serving ``exchange``."""

    async def app(
        scope: Scope, receive: Callable[[], Awaitable[Message]], send: Callable[[Message], Awaitable[None]]
    ) -> object:
        if scope["type"] != "http":
            return None
        body, more = b"", True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        # latin-1 maps every byte: a non-ASCII request target must get a 4xx, not a decoding crash.
        raw_path = (scope.get("raw_path") or scope["path"].encode()).decode("latin-1").split("?", 1)[0]
        query = parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True)
        answer = exchange.handle(
            scope["method"], raw_path, query, headers, body, f"{scope['scheme']}://{headers.get('host', '127.0.0.1')}"
        )
        if answer.delay:
            await asyncio.sleep(answer.delay)
        if answer.drop:  # the client sees the connection close before any response
            return HANGUP
        out = [(b"content-type", answer.content_type.encode())] if answer.content_type else []
        out += [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in answer.headers]
        await send({"type": "http.response.start", "status": answer.status, "headers": out})
        await send({"type": "http.response.body", "body": answer.body})
        return None

    return app


def default_stream(exchange: LocalExchange, host: str) -> StreamServer | None:
    """The WebSocket API an ExchangeServer starts beside ``exchange``'s REST API when not told otherwise:
    the Trade API's stream for the Trade API (or a document of unknown product), none for a product whose
    stream the exchange does not serve here (SCM has none)."""
    if exchange.product in (None, "trade"):
        return StreamServer(exchange, host)
    return None


class ExchangeServer:
    """``with ExchangeServer(exchange) as server: kalshi_client(base_url=server.base_url, ...)``."""

    def __init__(
        self,
        exchange: LocalExchange,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        stream: StreamServer | bool = True,
        perps_stream: StreamServer | bool | None = None,
    ) -> None:
        self.exchange = exchange
        # The WebSocket API, on a port of its own (``ws_url``); pass a StreamServer to tune it, False for none.
        self.stream: StreamServer | None = (
            default_stream(exchange, host) if stream is True else stream if isinstance(stream, StreamServer) else None
        )
        # The Perps WebSocket API (drawn: no Perps engine), on a port of its own (``perps_ws_url``): by default
        # beside a Perps REST exchange, else when asked for.
        if perps_stream is None:
            perps_stream = stream is not False and exchange.product == "perps"
        self.perps_stream: StreamServer | None = (
            StreamServer(exchange, host, product="perps")
            if perps_stream is True
            else perps_stream
            if isinstance(perps_stream, StreamServer)
            else None
        )
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Headers and body leave in two writes; without NODELAY, Nagle holds the body until the
        # client's delayed ACK (~40 ms a request). Accepted sockets inherit it on Linux.
        self._socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._socket.bind((host, port))
        self.host, self.port = self._socket.getsockname()[:2]
        config = uvicorn.Config(
            asgi_app(exchange), log_config=None, access_log=False, lifespan="off", timeout_keep_alive=30
        )
        self._server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        return self.url + self.exchange.base_path

    @property
    def ws_url(self) -> str:
        if self.stream is None:
            raise RuntimeError(
                "this ExchangeServer serves no WebSocket API "
                f"(stream=False, or none here for product {self.exchange.product!r})"
            )
        return self.stream.url

    @property
    def perps_ws_url(self) -> str:
        if self.perps_stream is None:
            raise RuntimeError("this ExchangeServer serves no Perps stream: pass perps_stream=True")
        return self.perps_stream.url

    def _streams(self) -> list[StreamServer]:
        return [s for s in (self.stream, self.perps_stream) if s is not None]

    def start(self, timeout: float = 10.0) -> ExchangeServer:
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, name="kalshi-local-exchange", daemon=True
        )
        self._thread.start()
        for _ in range(int(timeout * 100)):
            if self._server.started:
                try:
                    for stream in self._streams():
                        stream.start(timeout)
                except RuntimeError:
                    self.stop()
                    raise
                return self
            if not self._thread.is_alive():
                break
            threading.Event().wait(0.01)
        self.stop()
        raise RuntimeError(f"the local exchange did not start on {self.url}")

    def stop(self, timeout: float = 10.0) -> None:
        for stream in self._streams():
            stream.stop(timeout)
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
        self._socket.close()

    def __enter__(self) -> ExchangeServer:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()
