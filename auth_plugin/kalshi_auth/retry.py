"""When to retry and how long to wait: capped exponential backoff with full jitter."""

from __future__ import annotations

import email.utils
import math
import random
import time
from dataclasses import dataclass

import httpx

# Failures where the request did not reach Kalshi, or the answer never came back.
RETRYABLE_ERRORS: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.RemoteProtocolError,
    httpx.ReadError,
    httpx.WriteError,
)
# An order create carrying client_order_ids is also sent again on these (and on any timeout):
# Kalshi documents a 408 and any 5xx as "the outcome is unknown", and refuses a duplicate id.
ORDER_RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# Failures that happen before a byte of the request left: the server cannot have acted on it.
_NOT_SENT: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.UnsupportedProtocol,
    httpx.LocalProtocolError,
    httpx.ProxyError,
)


def may_have_been_sent(exc: httpx.TransportError) -> bool:
    """Whether the server may have received (and acted on) the request before ``exc``."""
    return not isinstance(exc, _NOT_SENT)


@dataclass(frozen=True)
class RetryPolicy:
    """Retries for idempotent methods on 429/502/503/504 and connection errors.

    Order creates are retried too (``retry_orders``), on connection errors, timeouts, 408, 429
    and 5xx: every order carries a client_order_id, which Kalshi refuses to place twice. Other
    POSTs and DELETEs are retried only with ``retry_non_idempotent=True``.
    """

    max_attempts: int = 4
    backoff_base: float = 0.25
    backoff_max: float = 4.0
    deadline: float = 20.0  # seconds from the first attempt; no retry starts after it
    statuses: frozenset[int] = frozenset({429, 502, 503, 504})
    idempotent_methods: frozenset[str] = frozenset({"GET", "HEAD", "OPTIONS"})
    retry_non_idempotent: bool = False
    retry_orders: bool = True

    @classmethod
    def off(cls) -> RetryPolicy:
        return cls(max_attempts=1)

    def allows(self, method: str) -> bool:
        return self.max_attempts > 1 and (self.retry_non_idempotent or method.upper() in self.idempotent_methods)

    def delay(self, attempt: int, retry_after: str | None, remaining: float) -> float | None:
        """Seconds to wait before attempt ``attempt + 1``, or None when no retry is left."""
        if attempt >= self.max_attempts or remaining <= 0:
            return None
        wait = random.uniform(0, min(self.backoff_max, self.backoff_base * 2 ** (attempt - 1)))  # noqa: S311
        # Retry-After may lengthen the wait, never shorten it: "0", "-5", "nan" or a past date
        # would otherwise turn the backoff into a burst of immediate retries.
        hinted = _parse_retry_after(retry_after)
        if hinted is not None:
            wait = max(wait, hinted)
        return wait if wait <= remaining else None


def _parse_retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date); None unless finite and positive."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = email.utils.parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError, OverflowError, IndexError):
            return None
    return seconds if math.isfinite(seconds) and seconds > 0 else None


def coerce_policy(retries: RetryPolicy | int | bool | None) -> RetryPolicy:
    """``None``/``True``: defaults; ``False``/``0``: off; an int: that many retries."""
    if isinstance(retries, RetryPolicy):
        return retries
    if retries is None or retries is True:
        return RetryPolicy()
    if retries is False or retries <= 0:
        return RetryPolicy.off()
    return RetryPolicy(max_attempts=int(retries) + 1)
