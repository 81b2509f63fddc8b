"""Reading a response body within a size cap and the call's deadline.

httpx decompresses a whole network chunk at once, so a small gzip body can
become hundreds of MiB before anyone counts it. gzip and deflate (the encodings
the client asks for) are decompressed here in bounded steps, counted as they
grow; anything else a server sends anyway goes through httpx's own decoders,
still counted chunk by chunk.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator

import httpx

from kalshi_auth.errors import APIConnectionError, ResponseParseError, ResponseTooLargeError

STEP = 64 * 1024  # the most one decompression step may produce
ACCEPT_ENCODING = "gzip, deflate"


class _Decompressor:
    """zlib for gzip/deflate with a bound on each step's output; identity passes through."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self._deflate_fallback = encoding == "deflate"
        if encoding in ("gzip", "x-gzip"):
            self._z: zlib._Decompress | None = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._z = zlib.decompressobj()  # zlib-wrapped; raw deflate is tried if that fails (as httpx does)
        else:
            self._z = None

    def pieces(self, data: bytes) -> Iterator[bytes]:
        """The decompressed data in pieces of at most STEP bytes, produced one at a time."""
        if self._z is None:
            yield data
            return
        while data:
            try:
                piece = self._z.decompress(data, STEP)
            except zlib.error:
                if not self._deflate_fallback:
                    raise
                self._deflate_fallback = False
                self._z = zlib.decompressobj(-zlib.MAX_WBITS)
                continue
            self._deflate_fallback = False
            yield piece
            data = self._z.unconsumed_tail

    def flush(self) -> bytes:
        return self._z.flush() if self._z is not None else b""


class BodyReader:
    """Accumulates one response's body; raises a typed error past ``limit`` bytes or ``deadline_at``."""

    def __init__(
        self,
        response: httpx.Response,
        limit: int | None,
        deadline_at: float | None,
        clock: Callable[[], float],
        on_deadline: Callable[[], APIConnectionError],
    ) -> None:
        self.response, self.limit, self.deadline_at, self.clock = response, limit, deadline_at, clock
        self.on_deadline = on_deadline
        self.raw = True
        self._decompressor = _Decompressor("identity")
        self._chunks: list[bytes] = []
        self.size = 0

    def start(self) -> bool:
        """Check what is known before reading; True when the body is already in memory."""
        try:
            self._count(len(self.response.content))  # already read (an in-process or mock transport)
            return True
        except httpx.ResponseNotRead:
            pass
        headers = self.response.headers
        encoding = headers.get("content-encoding", "identity").strip().lower() or "identity"
        # Only encodings decompressed here in bounded steps are read raw; the rest via httpx's decoders.
        self.raw = encoding in ("identity", "gzip", "x-gzip", "deflate")
        if self.raw and encoding != "identity":
            self._decompressor = _Decompressor(encoding)
        declared = headers.get("content-length", "")
        if encoding == "identity" and declared.isdigit():
            self._count(int(declared))  # refuse before reading when the server says it is too big
        return False

    def _count(self, size: int) -> None:
        if self.limit is not None and size > self.limit:
            raise ResponseTooLargeError(self.response, self.limit)

    def feed(self, data: bytes) -> None:
        try:
            for piece in self._decompressor.pieces(data):
                self.size += len(piece)
                self._count(self.size)  # counted as it grows: a bomb stops within one STEP of the cap
                self._chunks.append(piece)
        except zlib.error as err:
            raise self._undecodable(err) from None
        if self.deadline_at is not None and self.clock() > self.deadline_at:
            raise self.on_deadline()

    def finish(self) -> None:
        try:
            self.feed(self._decompressor.flush())
        except zlib.error as err:
            raise self._undecodable(err) from None
        # What Response.read() itself stores; setting it makes .content, .read() and .json() work as usual.
        self.response._content = b"".join(self._chunks)

    def _undecodable(self, err: Exception) -> ResponseParseError:
        request = self.response.request
        encoding = self.response.headers.get("content-encoding", "")
        return ResponseParseError(
            self.response.status_code,
            b"",
            f"{request.method} {request.url.path}",
            f"the body could not be decoded (Content-Encoding: {encoding}): {type(err).__name__}",
        )


def read_body(reader: BodyReader) -> None:
    """Read the body into the response (as ``response.read()`` would), within the cap and the deadline."""
    try:
        if reader.start():
            return
        chunks = reader.response.iter_raw() if reader.raw else reader.response.iter_bytes()
        for chunk in chunks:
            reader.feed(chunk)
        reader.finish()
    except httpx.DecodingError as err:
        raise reader._undecodable(err) from None
    finally:
        reader.response.close()


async def aread_body(reader: BodyReader) -> None:
    in_memory = False
    try:
        in_memory = reader.start()
        if in_memory:
            return
        chunks = reader.response.aiter_raw() if reader.raw else reader.response.aiter_bytes()
        async for chunk in chunks:
            reader.feed(chunk)
        reader.finish()
    except httpx.DecodingError as err:
        raise reader._undecodable(err) from None
    finally:
        if in_memory:  # nothing left to read: closing cannot wait, so it needs no shield (~3 us)
            await reader.response.aclose()
        else:
            import anyio  # the async side only: a sync-only program never loads it

            with anyio.CancelScope(shield=True):  # release the connection even when the deadline cancelled us
                await reader.response.aclose()
