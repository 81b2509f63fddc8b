"""A minimal HTTP/1.1 keep-alive server on 127.0.0.1 that answers fixed bytes per path.

Every SDK does real HTTP to it, so only the far end of the socket is replaced. It
parses just enough of each request to route it; with ``strict`` on it also verifies
the Kalshi signature (off while timing, so the server's cost stays small and equal).
"""

from __future__ import annotations

import asyncio
import base64
import socket
import threading
from collections.abc import Mapping
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

PublicKey = rsa.RSAPublicKey | ed25519.Ed25519PublicKey
_PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)


def _response(status: bytes, body: bytes) -> bytes:
    head = b"HTTP/1.1 %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % (status, len(body))
    return head + body


def verify(key: PublicKey, headers: Mapping[bytes, bytes], method: bytes, path: bytes) -> bool:
    """Whether the KALSHI-ACCESS-* headers sign ``timestamp + METHOD + path`` with ``key``."""
    try:
        signature = base64.b64decode(headers[b"kalshi-access-signature"])
        message = headers[b"kalshi-access-timestamp"] + method + path
        if isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, message, _PSS, hashes.SHA256())
        else:
            key.verify(signature, message)
    except (KeyError, ValueError, InvalidSignature):
        return False
    return True


class LoopbackServer:
    """Serves ``routes`` (wire path -> JSON body) on a free port in a background thread."""

    def __init__(self, routes: Mapping[str, bytes], keys: Mapping[str, PublicKey]) -> None:
        self.routes = {path.encode(): _response(b"200 OK", body) for path, body in routes.items()}
        self.keys = {key_id.encode(): key for key_id, key in keys.items()}
        self.strict = False
        self.requests = 0
        self.rejected: list[str] = []
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.Server | None = None
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self.port = 0

    def __enter__(self) -> LoopbackServer:
        self._thread.start()
        future = asyncio.run_coroutine_threadsafe(self._start(), self._loop)
        future.result(timeout=10)
        return self

    async def _start(self) -> None:
        self._server = await self._loop.create_server(lambda: _Connection(self), "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    def __exit__(self, *exc: object) -> None:
        async def stop() -> None:
            assert self._server is not None
            self._server.close()

        asyncio.run_coroutine_threadsafe(stop(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/trade-api/v2"

    def answer(self, method: bytes, target: bytes, headers: Mapping[bytes, bytes]) -> bytes:
        self.requests += 1
        path = target.split(b"?", 1)[0]
        if self.strict:
            key = self.keys.get(headers.get(b"kalshi-access-key", b""))
            if key is None or not verify(key, headers, method, path):
                self.rejected.append(f"{method.decode()} {path.decode()} key={headers.get(b'kalshi-access-key')!r}")
                return _response(b"401 Unauthorized", b'{"code": "authentication_error"}')
        return self.routes.get(path) or _response(b"404 Not Found", b'{"code": "not_found"}')


class _Connection(asyncio.Protocol):
    def __init__(self, server: LoopbackServer) -> None:
        self.server = server
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: Any) -> None:
        self.transport = transport
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
            lines = self.buffer[:end].split(b"\r\n")
            headers = {}
            for line in lines[1:]:
                name, _, value = line.partition(b":")
                headers[name.strip().lower()] = value.strip()
            length = int(headers.get(b"content-length", b"0"))
            if len(self.buffer) < end + 4 + length:
                return  # the body is still arriving
            self.buffer = self.buffer[end + 4 + length :]
            method, target, _ = lines[0].split(b" ", 2)
            assert self.transport is not None
            self.transport.write(self.server.answer(method, target, headers))
            if headers.get(b"connection", b"").lower() == b"close":
                self.transport.close()
                return
