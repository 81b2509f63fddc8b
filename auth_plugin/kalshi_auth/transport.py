"""Transports that sign every attempt and retry around any inner httpx transport."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import anyio
import httpx

from kalshi_auth.errors import APIConnectionError, APITimeoutError
from kalshi_auth.retry import RETRYABLE_ERRORS, RetryPolicy
from kalshi_auth.signing import KalshiAuth

log = logging.getLogger("kalshi_auth")


def _give_up(exc: httpx.TransportError, request: httpx.Request, attempts: int) -> Exception:
    what = f"{request.method} {request.url.path} failed after {attempts} attempt(s): {type(exc).__name__}"
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"{what} (no answer within the timeout; pass timeout= to allow longer)")
    return APIConnectionError(f"{what}: {exc}")


class _Attempts:
    """The retry bookkeeping shared by the sync and async transports."""

    def __init__(self, request: httpx.Request, policy: RetryPolicy, clock: Callable[[], float]) -> None:
        self.request, self.policy, self.clock = request, policy, clock
        self.allowed = policy.allows(request.method)
        self.end = clock() + policy.deadline
        self.count = 0

    def after_response(self, response: httpx.Response) -> float | None:
        if not self.allowed or response.status_code not in self.policy.statuses:
            return None
        wait = self.policy.delay(self.count, response.headers.get("Retry-After"), self.end - self.clock())
        if wait is not None:
            log.info(
                "retrying %s %s after HTTP %s in %.2fs (attempt %d)",
                self.request.method,
                self.request.url.path,
                response.status_code,
                wait,
                self.count + 1,
            )
        return wait

    def after_error(self, exc: httpx.TransportError) -> float:
        wait = None
        if self.allowed and isinstance(exc, RETRYABLE_ERRORS):
            wait = self.policy.delay(self.count, None, self.end - self.clock())
        if wait is None:
            raise _give_up(exc, self.request, self.count) from exc
        log.info(
            "retrying %s %s after %s in %.2fs (attempt %d)",
            self.request.method,
            self.request.url.path,
            type(exc).__name__,
            wait,
            self.count + 1,
        )
        return wait


class KalshiTransport(httpx.BaseTransport):
    """Signs each attempt freshly, then retries per the policy, around ``inner``."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        auth: KalshiAuth,
        retry: RetryPolicy,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.inner, self.auth, self.retry, self._sleep, self._clock = inner, auth, retry, sleep, clock

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempts = _Attempts(request, self.retry, self._clock)
        while True:
            attempts.count += 1
            self.auth.sign(request)
            try:
                response = self.inner.handle_request(request)
                response.read()  # a connection dropped mid-body fails here, inside the attempt
            except httpx.TransportError as exc:
                self._sleep(attempts.after_error(exc))
                continue
            wait = attempts.after_response(response)
            if wait is None:
                return response
            response.close()
            self._sleep(wait)

    def close(self) -> None:
        self.inner.close()

    def __repr__(self) -> str:
        return f"KalshiTransport(auth={self.auth!r}, retry={self.retry!r})"


class AsyncKalshiTransport(httpx.AsyncBaseTransport):
    """The async twin of KalshiTransport; waits without blocking the event loop."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        auth: KalshiAuth,
        retry: RetryPolicy,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.inner, self.auth, self.retry, self._clock = inner, auth, retry, clock

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempts = _Attempts(request, self.retry, self._clock)
        while True:
            attempts.count += 1
            self.auth.sign(request)
            try:
                response = await self.inner.handle_async_request(request)
                await response.aread()  # a connection dropped mid-body fails here, inside the attempt
            except httpx.TransportError as exc:
                await anyio.sleep(attempts.after_error(exc))
                continue
            wait = attempts.after_response(response)
            if wait is None:
                return response
            await response.aclose()
            await anyio.sleep(wait)

    async def aclose(self) -> None:
        await self.inner.aclose()

    def __repr__(self) -> str:
        return f"AsyncKalshiTransport(auth={self.auth!r}, retry={self.retry!r})"
