"""What the orchestrator and the workers share: credentials, the adapter shape, the operation."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sized
from dataclasses import dataclass

# The small signed GET every SDK makes (each has it): GET /portfolio/order_groups.
SMALL_PATH = "/portfolio/order_groups"
PAGE_PATH = "/markets"
WIRE_PREFIX = "/trade-api/v2"
KEY_KINDS = ("rsa", "ed25519")

Call = Callable[[], object]
AsyncCall = Callable[[], Awaitable[object]]
Close = Callable[[], Awaitable[None]]


@dataclass(frozen=True)
class Creds:
    kind: str  # "rsa" or "ed25519"
    key_id: str
    pem: str
    base_url: str  # http://127.0.0.1:PORT/trade-api/v2


@dataclass(frozen=True)
class Sdk:
    """One SDK, as the worker drives it. A figure it cannot do is None (or a key kind missing from ``keys``)."""

    parse: Callable[[bytes], Sized] | None  # body bytes -> the parsed list of markets
    signed_get: Callable[[Creds], Call] | None  # a ready client's small signed GET, sync
    async_get: Callable[[Creds], tuple[AsyncCall, Close]] | None  # built inside the running loop
    keys: tuple[str, ...] = KEY_KINDS
