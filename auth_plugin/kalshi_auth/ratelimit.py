"""Kalshi's token-bucket rate limits: the published tiers, what a request costs, and a pacer.

Kalshi meters tokens per second in two buckets per key: *write* (order placement,
amends, cancels, order groups, the RFQ/quote flow) and *read* (everything else).
Most requests cost 10 tokens; a batch costs per item. A 429 carries no
Retry-After, so a client that bursts past its budget only learns it by failing.
The pacer spends tokens before sending, so bursts wait instead of failing.
The local exchange meters with the same model (see ``kalshi_exchange.core``).

A batch that costs more than the write bucket holds can never be served ("the
maximum batch size scales with your tier's write budget"): at Basic, 200 tokens,
so 20 orders a create batch, 100 cancels a cancel batch. The pacer refuses such a
batch before sending (``BatchTooLargeError``), where waiting would only draw a 429.

Every product is paced by the same model and rule. Perps (margin) documents the same
two buckets and a default of 10 tokens a request, in a tier lane of its own
(``GET /account/limits/perps``; its balance costs 5, or 50 with
``compute_available_balance``: billed as 10 here, never less than Kalshi bills). The
SCM (Klear) API documents no limits: its clients pace to the same tier (every SCM
request is a read), which ``rate_limit=`` changes or turns off.
"""

from __future__ import annotations

import json
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from kalshi_auth.errors import ConfigurationError

Bucket = Literal["read", "write"]

DEFAULT_COST = 10
# Kalshi bills each cancel in a batch cancel as 0.2 of a write (2 tokens).
BATCH_CANCEL_ITEM_COST = 2
# The resources whose non-GET requests Kalshi bills to the write bucket ("order placement, amends,
# cancels, order groups, and the RFQ quote flow"), named by a segment of the path, wherever it sits:
# /portfolio/orders and /portfolio/events/orders (Trade API, older and newer layouts), /margin/orders
# and /margin/order_groups (Perps), /communications/rfqs and /communications/quotes. Every other request
# is a read ("GET endpoints and anything not explicitly routed elsewhere"), whatever its method: the
# Trade API's POST /api_keys, the Perps subaccount transfers, every SCM request.
WRITE_RESOURCES = frozenset({"orders", "order_groups", "rfqs", "quotes"})
_READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# The client bursts to 90% of a bucket: requests reach the server a little later than they were
# paced, unevenly (network, scheduling), and the headroom absorbs that instead of drawing a 429.
BURST_SHARE = 0.9


@dataclass(frozen=True)
class RateLimit:
    """Token budgets per second, per bucket, and how many tokens each bucket holds for a burst.

    Kalshi documents that the write bucket holds two seconds of budget; it does not
    say for reads, so reads burst one second's worth (conservative).
    """

    read: float
    write: float
    read_burst: float | None = None  # tokens; None: one second of ``read``
    write_burst: float | None = None  # tokens; None: two seconds of ``write``

    def __post_init__(self) -> None:
        for name in ("read", "write", "read_burst", "write_burst"):
            value = getattr(self, name)
            if value is not None and not (isinstance(value, (int, float)) and math.isfinite(value) and value > 0):
                raise ConfigurationError(f"RateLimit.{name} must be a positive number of tokens, not {value!r}")

    def budget(self, bucket: Bucket) -> tuple[float, float]:
        """(tokens per second, capacity) for ``bucket``."""
        if bucket == "write":
            return self.write, self.write_burst or 2 * self.write
        return self.read, self.read_burst or self.read


# Kalshi's published tiers (docs.kalshi.com, "Rate limits"): tokens per second, read and write.
TIERS: dict[str, RateLimit] = {
    "basic": RateLimit(read=200, write=100),
    "advanced": RateLimit(read=300, write=300),
    "premier": RateLimit(read=1000, write=1000),
    "paragon": RateLimit(read=2000, write=2000),
    "prime": RateLimit(read=4000, write=4000),
}
# Every key has at least Basic, so pacing to it never causes a 429 by itself.
DEFAULT_TIER = "basic"


class BatchTooLargeError(ConfigurationError):
    """A batch costs more tokens than the key's write bucket can ever hold: it would only draw 429s.

    Raised before anything is sent. ``items`` is the batch's size, ``largest`` the most items
    a batch of that kind may have at the tier the client paces to.
    """

    def __init__(self, method: str, path: str, items: int, tokens: float, limit: RateLimit) -> None:
        per_item = tokens / items
        capacity = limit.budget("write")[1]
        self.items, self.largest = items, int(capacity // per_item)
        tier = next((name for name, known in TIERS.items() if known == limit), None)
        budget = f"the {tier} tier's" if tier else "this rate limit's"
        super().__init__(
            f"{method} {path}: a batch of {items} costs {tokens:g} write tokens ({per_item:g} each), more than "
            f"{budget} write bucket holds ({capacity:g} tokens, so at most {self.largest} a batch); "
            f"send batches of at most {self.largest}, or pass rate_limit= with your tier if it is higher"
        )


def is_write(method: str, path: str) -> bool:
    """Whether Kalshi bills ``method path`` to the write bucket: a non-GET request to an order, order
    group, RFQ or quote resource, for every product (see WRITE_RESOURCES)."""
    return method.upper() not in _READ_METHODS and not WRITE_RESOURCES.isdisjoint(path.split("?", 1)[0].split("/"))


def is_batch(method: str, path: str) -> bool:
    """Whether ``method path`` is one of the batched order operations (billed per item)."""
    return is_write(method, path) and path.split("?", 1)[0].rstrip("/").endswith("/batched")


def request_cost(method: str, path: str, body: bytes = b"") -> tuple[Bucket, float]:
    """(bucket, tokens) Kalshi bills for ``method path`` (path relative to the API's base) with ``body``."""
    method = method.upper()
    bucket: Bucket = "write" if is_write(method, path) else "read"
    if is_batch(method, path):
        per_item = BATCH_CANCEL_ITEM_COST if method == "DELETE" else DEFAULT_COST
        return bucket, per_item * max(1, batch_size(body))
    return bucket, DEFAULT_COST


def over_budget(limit: RateLimit, method: str, path: str, body: bytes) -> BatchTooLargeError | None:
    """The error for a batch bigger than ``limit``'s write bucket holds; None for anything that fits."""
    if not is_batch(method, path):
        return None
    bucket, tokens = request_cost(method, path, body)
    if tokens <= limit.budget(bucket)[1]:
        return None
    return BatchTooLargeError(method.upper(), path, max(1, batch_size(body)), tokens, limit)


def batch_size(body: bytes) -> int:
    """Items in a batch body: the length of its first list (``orders`` or ``ids``)."""
    try:
        payload = json.loads(body) if body else None
    except (ValueError, RecursionError):
        return 1
    if isinstance(payload, dict):
        for value in payload.values():
            if isinstance(value, list):
                return len(value)
    return 1


class TokenBucket:
    """A thread-safe token bucket. ``reserve`` (the client) may go into debt and says how long
    to wait; ``take`` (the exchange) succeeds only when the tokens are there."""

    def __init__(self, rate: float, capacity: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate, self.capacity, self._clock = rate, capacity, clock
        self._level, self._at = capacity, clock()
        self._lock = threading.Lock()

    def _refill(self) -> None:
        now = self._clock()
        self._level = min(self.capacity, self._level + (now - self._at) * self.rate)
        self._at = now

    def reserve(self, tokens: float, max_wait: float = math.inf) -> float | None:
        """Spend ``tokens`` now; return the seconds to wait before sending, or None (nothing
        spent) when that would be longer than ``max_wait``. Reservations queue in call order."""
        with self._lock:
            self._refill()
            # More than the bucket holds (a batch near the tier's limit, past the client's 90% share) waits
            # for a full bucket and pays its excess twice: the server's bucket must be full when it arrives,
            # and the headroom it spends is rebuilt before the next request (see Pacer).
            wait = max(0.0, (min(tokens, self.capacity) - self._level) / self.rate)
            if wait > max_wait:
                return None
            self._level -= tokens + max(0.0, tokens - self.capacity)
            return wait

    def take(self, tokens: float) -> bool:
        with self._lock:
            self._refill()
            if tokens > self._level:
                return False
            self._level -= tokens
            return True

    def drain(self) -> None:
        """Forget any headroom (after a 429: the server's bucket is emptier than ours)."""
        with self._lock:
            self._refill()
            self._level = min(self._level, 0.0)


class Pacer:
    """Client-side pacing for one client: one read and one write bucket."""

    def __init__(
        self,
        limit: RateLimit,
        base_path: str = "",
        cost: Callable[[str, str, bytes], tuple[Bucket, float]] = request_cost,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit, self.base_path, self.cost = limit, base_path.rstrip("/"), cost
        self.buckets: dict[Bucket, TokenBucket] = {}
        for name in ("read", "write"):
            rate, capacity = limit.budget(name)
            self.buckets[name] = TokenBucket(rate, capacity * BURST_SHARE, clock=clock)

    def classify(self, method: str, path: str, body: bytes) -> tuple[Bucket, float]:
        """(bucket, tokens) of one request; raises ``BatchTooLargeError`` for a batch the tier can never serve."""
        if self.base_path and path.startswith(self.base_path):
            path = path[len(self.base_path) :]
        too_large = over_budget(self.limit, method, path, body)
        if too_large is not None:
            raise too_large
        return self.cost(method, path, body)

    def __repr__(self) -> str:
        return f"Pacer({self.limit!r})"


def coerce_rate_limit(rate_limit: RateLimit | str | bool | None) -> RateLimit | None:
    """``"basic"`` (default) .. ``"prime"``, a RateLimit, or None/False for no pacing."""
    if rate_limit is None or rate_limit is False:
        return None
    if rate_limit is True:
        rate_limit = DEFAULT_TIER
    if isinstance(rate_limit, RateLimit):
        return rate_limit
    if isinstance(rate_limit, str) and rate_limit.lower() in TIERS:
        return TIERS[rate_limit.lower()]
    raise ConfigurationError(
        f"rate_limit must be one of {', '.join(TIERS)}, a RateLimit(read=..., write=...) or None, not {rate_limit!r}"
    )
