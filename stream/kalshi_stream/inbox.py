"""The queue between the socket reader and ``async for``: bounded in messages and in bytes.

It holds what the reader task read while the consumer was away (see ``KalshiStream``'s
"who reads the socket"), and the notices; a consumer that keeps up reads the socket itself.

A count alone does not bound memory (10,000 messages of 4 MB each are 40 GB), so every
message also carries a weight: an estimate, taken from the frame before it is decoded,
of the memory its Python objects hold (``frame_weight``).
"""

from __future__ import annotations

import asyncio
from collections import deque
from typing import Generic, TypeVar

T = TypeVar("T")

# What decoding costs in CPython, measured (json and msgspec alike): a frame's text, kept by a
# RawMessage, plus at most ~100 bytes per JSON value (a 1-key dict is ~190 bytes for 8 characters
# ``{"a":0},``: 2 marks; an empty list ~64 for ``[],``: 2 marks). Kalshi's small messages come out
# at ~1.5x what they really hold; hostile ones (300,000 empty lists in 1 MB) are not undercounted.
_PER_VALUE = 100


def frame_weight(frame: str | bytes) -> int:
    """An upper estimate of the bytes a frame holds once decoded into messages."""
    if isinstance(frame, str):
        marks = frame.count(",") + frame.count("{") + frame.count("[")
    else:
        marks = frame.count(b",") + frame.count(b"{") + frame.count(b"[")
    return 2 * len(frame) + _PER_VALUE * marks


class Inbox(Generic[T]):
    """A FIFO holding at most ``max_items`` items and ``max_bytes`` of weight (one item always fits,
    whatever its weight: a message is never refused for being alone and large)."""

    def __init__(self, max_items: int, max_bytes: int) -> None:
        self.max_items, self.max_bytes = max_items, max_bytes
        self.bytes = 0  # the weight queued now
        self._items: deque[tuple[T, int]] = deque()
        self._readable = asyncio.Event()
        self._room = asyncio.Event()

    def __len__(self) -> int:
        return len(self._items)

    def fits(self, weight: int) -> bool:
        return not self._items or (len(self._items) < self.max_items and self.bytes + weight <= self.max_bytes)

    def put_nowait(self, item: T, weight: int = 0) -> None:
        """Queue ``item`` whatever the bounds (the caller checked ``fits`` or must not lose it)."""
        self._items.append((item, weight))
        self.bytes += weight
        self._readable.set()

    async def put(self, item: T, weight: int) -> None:
        """Queue ``item`` once it fits (policy ``block``)."""
        while not self.fits(weight):
            self._room.clear()
            await self._room.wait()
        self.put_nowait(item, weight)

    def get_nowait(self) -> T:
        item, weight = self._items.popleft()
        self.bytes -= weight
        if not self._items:
            self._readable.clear()
        self._room.set()
        return item

    async def get(self) -> T:
        while not self._items:
            await self.wait()
        return self.get_nowait()

    async def wait(self) -> None:
        """Until something is queued, or ``nudge`` is called."""
        if not self._items:
            self._readable.clear()
            await self._readable.wait()

    def nudge(self) -> None:
        """Wake ``wait`` with nothing queued (the consumer may read the socket itself now)."""
        self._readable.set()

    def clear(self) -> list[T]:
        """Take everything out at once (an overflow); returns what was queued."""
        items = [item for item, _ in self._items]
        self._items.clear()
        self.bytes = 0
        self._readable.clear()
        self._room.set()
        return items
