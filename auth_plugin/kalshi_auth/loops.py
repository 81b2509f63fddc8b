"""One async connection pool per event loop, so a client's asyncio side works across ``asyncio.run`` calls.

httpx's connection pool is bound to the event loop that opened its connections:
reusing it from a second loop ends in ``RuntimeError: Event loop is closed``.
``PerLoopTransport`` keeps one inner transport per running loop. Each pool is
closed inside its own loop as that loop shuts down: ``asyncio.run`` finalizes
the loop's async generators (``loop.shutdown_asyncgens``) before closing it, and
a parked generator here closes the pool when finalized. A loop closed without
that step just has its pool forgotten.
"""

from __future__ import annotations

import weakref
from collections.abc import AsyncGenerator, Callable
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    import asyncio


async def _close_at_shutdown(transport: httpx.AsyncBaseTransport) -> AsyncGenerator[None, None]:
    try:
        yield
    finally:
        await transport.aclose()


class PerLoopTransport(httpx.AsyncBaseTransport):
    """Delegates to a transport made by ``factory`` for each running event loop."""

    def __init__(self, factory: Callable[[], httpx.AsyncBaseTransport]) -> None:
        self._factory = factory
        self._by_loop: weakref.WeakKeyDictionary[
            asyncio.AbstractEventLoop, tuple[httpx.AsyncBaseTransport, AsyncGenerator[None, None]]
        ] = weakref.WeakKeyDictionary()
        # The first requests of a loop all wait for one transport (not one each).
        self._opening: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Task[httpx.AsyncBaseTransport]] = (
            weakref.WeakKeyDictionary()
        )

    async def _current(self) -> httpx.AsyncBaseTransport:
        import asyncio  # imported here: a sync-only program never loads asyncio (~10 ms)

        loop = asyncio.get_running_loop()
        entry = self._by_loop.get(loop)
        if entry is not None:
            return entry[0]
        opening = self._opening.get(loop)
        if opening is None:
            opening = self._opening[loop] = loop.create_task(self._open(loop))
        return await asyncio.shield(opening)

    async def _open(self, loop: asyncio.AbstractEventLoop) -> httpx.AsyncBaseTransport:
        import anyio

        for gone in [old for old in self._by_loop if old.is_closed()]:
            del self._by_loop[gone]
        # Made in a worker thread: a first use may import a transport's library (aiohttp:
        # ~100 ms), which must not stall the event loop.
        transport = await anyio.to_thread.run_sync(self._factory)
        closer = _close_at_shutdown(transport)
        await closer.__anext__()  # parked: the loop finalizes it at shutdown
        self._by_loop[loop] = (transport, closer)
        del self._opening[loop]
        return transport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await (await self._current()).handle_async_request(request)

    async def aclose(self) -> None:
        import asyncio

        entry = self._by_loop.pop(asyncio.get_running_loop(), None)
        if entry is not None:
            await entry[1].aclose()
