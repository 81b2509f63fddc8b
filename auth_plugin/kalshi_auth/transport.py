"""Transports that pace, sign and retry every attempt around any inner httpx transport, within one deadline."""

from __future__ import annotations

import logging
import math
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

import httpx

from kalshi_auth.body import BodyReader, aread_body, read_body
from kalshi_auth.errors import APIConnectionError, APITimeoutError, OrderAlreadyPlacedError, OrderOutcomeUnknownError
from kalshi_auth.orders import ORDER_ALREADY_EXISTS, error_code
from kalshi_auth.ratelimit import Bucket, Pacer
from kalshi_auth.retry import ORDER_RETRY_STATUSES, RETRYABLE_ERRORS, RetryPolicy, may_have_been_sent
from kalshi_errors import KalshiSDKError
from kalshi_trade_api.types import CLIENT_ORDER_IDS, OrderRef

log = logging.getLogger("kalshi_auth")

# The whole call: every attempt, every wait between them, and reading each body.
DEFAULT_DEADLINE = 30.0
# Counted after decompression. Kalshi's largest pages (1,000 markets, all series) are a few MiB.
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024


class RequestSigner(Protocol):
    """What the transports need of a signer: KalshiAuth (API keys) or BearerAuth (SCM tokens)."""

    def sign(self, request: httpx.Request) -> None:
        """Put fresh credentials on ``request`` (every attempt), or raise SigningError."""


def _asyncio_timer() -> Any:
    """``asyncio.timeout`` when called from an asyncio task on Python 3.11+, else None.

    asyncio's own timer costs a third of anyio's cancel scope per call; anyio serves 3.10 and
    trio. Looked up, not imported: a sync-only program never loads asyncio (~10 ms of import).
    """
    asyncio = sys.modules.get("asyncio")
    timeout = getattr(asyncio, "timeout", None)
    if timeout is None:
        return None
    try:
        return timeout if asyncio.current_task() is not None else None  # type: ignore[union-attr]
    except RuntimeError:  # no asyncio loop in this thread (trio)
        return None


async def _sleep(seconds: float) -> None:
    import anyio  # the async side only; also works under trio

    await anyio.sleep(seconds)


def _give_up(exc: httpx.TransportError, request: httpx.Request, attempts: int, deadline_passed: bool) -> Exception:
    what = f"{request.method} {request.url.path} failed after {attempts} attempt(s): {type(exc).__name__}"
    if deadline_passed:
        return APITimeoutError(f"{what} (the call's deadline passed; pass deadline= to allow longer)")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"{what} (no answer within the timeout; pass timeout= to allow longer)")
    return APIConnectionError(f"{what}: {exc}")


class _Attempts:
    """The bookkeeping shared by the sync and async transports: retries, the deadline, pacing."""

    def __init__(
        self,
        request: httpx.Request,
        policy: RetryPolicy,
        clock: Callable[[], float],
        deadline: float | None,
        pacer: Pacer | None,
    ) -> None:
        self.request, self.policy, self.clock, self.pacer = request, policy, clock, pacer
        # An order create whose every order carries a client_order_id is safe to send again:
        # Kalshi refuses a duplicate id instead of placing the order twice.
        orders: tuple[OrderRef, ...] = request.extensions.get(CLIENT_ORDER_IDS) or ()
        self.orders = orders if orders and all(ref.client_order_id for ref in orders) else ()
        self.allowed = policy.allows(request.method) or bool(self.orders and policy.retry_orders)
        self.statuses = policy.statuses | ORDER_RETRY_STATUSES if self.orders else policy.statuses
        self.uncertain = False  # an attempt of this create may have reached Kalshi without our learning its outcome
        start = clock()
        self.retry_end = start + policy.deadline
        self.deadline, self.end = deadline, start + deadline if deadline is not None else math.inf
        self.timeouts = dict(request.extensions.get("timeout") or {})
        # Timeouts all finite and shorter than what is left need no cutting (the usual case).
        values = self.timeouts.values()
        self.longest = max(values) if values and None not in values else math.inf
        self.count = 0
        self.bucket: Bucket = "read"

    def remaining(self) -> float:
        return self.end - self.clock()

    def deadline_error(self, in_flight: bool = True) -> APIConnectionError:
        what = (
            f"{self.request.method} {self.request.url.path}: no complete answer within the call's deadline of "
            f"{self.deadline:g}s (all attempts and the body included) after {self.count} attempt(s)"
        )
        if self.orders and (in_flight or self.uncertain):
            return OrderOutcomeUnknownError(what, self.orders)
        return APITimeoutError(f"{what}; pass deadline= to kalshi_client to allow longer")

    def before_attempt(self) -> float:
        """Start an attempt: the pacing wait (seconds), with the attempt's timeouts cut to the deadline."""
        self.count += 1
        remaining = self.remaining()
        if remaining <= 0:
            raise self.deadline_error(in_flight=False)
        if self.deadline is not None and remaining < self.longest:
            # A read timeout restarts with every byte; the deadline does not. No single wait may outlast it.
            self.request.extensions["timeout"] = {
                k: remaining if v is None else min(v, remaining) for k, v in self.timeouts.items()
            } or {"connect": remaining, "read": remaining, "write": remaining, "pool": remaining}
        if self.pacer is None:
            return 0.0
        try:
            body = self.request.content
        except httpx.RequestNotRead:  # a streamed upload: cost it as a plain request
            body = b""
        bucket, tokens = self.pacer.classify(self.request.method, self.request.url.path, body)
        self.bucket = bucket
        wait = self.pacer.buckets[bucket].reserve(tokens, max_wait=remaining)
        if wait is None:
            raise APITimeoutError(
                f"{self.request.method} {self.request.url.path}: pacing to the {bucket} budget "
                f"({self.pacer.limit.budget(bucket)[0]:g} tokens/s) would wait past the call's deadline of "
                f"{self.deadline:g}s; pass a higher rate_limit= (your tier) or deadline="
            )
        if wait > 0:
            log.debug(
                "pacing %s %s: waiting %.3fs for %s tokens", self.request.method, self.request.url.path, wait, bucket
            )
        return wait

    def reader(self, response: httpx.Response, limit: int | None) -> BodyReader:
        response.request = self.request  # httpx sets it only after the transport returns; errors need it now
        return BodyReader(
            response, limit, self.end if self.deadline is not None else None, self.clock, self.deadline_error
        )

    def after_response(self, response: httpx.Response) -> float | None:
        status = response.status_code
        if status == 429 and self.pacer is not None:
            self.pacer.buckets[self.bucket].drain()  # someone else spends this key's budget too
        if self.orders and (status == 408 or status >= 500):
            self.uncertain = True  # Kalshi: after a 408 or a 5xx the order may exist
        if not self.allowed or status not in self.statuses:
            return None
        left = min(self.retry_end, self.end) - self.clock()
        wait = self.policy.delay(self.count, response.headers.get("Retry-After"), left)
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

    def settle(self, response: httpx.Response) -> tuple[OrderRef, ...]:
        """For a create's final answer: the orders to look up (an earlier attempt placed them), or ().

        Raises OrderOutcomeUnknownError when the answer leaves the outcome open.
        """
        if not self.orders or not self.uncertain:
            return ()
        status = response.status_code
        if status == 409 and error_code(response) == ORDER_ALREADY_EXISTS:
            return self.orders
        if status in (408, 429) or status >= 500:  # 429 means not processed, but an earlier attempt may have been
            raise OrderOutcomeUnknownError(
                f"{self.request.method} {self.request.url.path}: HTTP {status} after {self.count} attempt(s)",
                self.orders,
            )
        return ()

    def after_error(self, exc: httpx.TransportError) -> float:
        wait = None
        if self.orders and may_have_been_sent(exc):
            self.uncertain = True
        retryable = isinstance(exc, RETRYABLE_ERRORS) or bool(self.orders and isinstance(exc, httpx.TimeoutException))
        if self.allowed and retryable:
            wait = self.policy.delay(self.count, None, min(self.retry_end, self.end) - self.clock())
        if wait is None:
            if self.orders and self.uncertain:
                raise OrderOutcomeUnknownError(
                    f"{self.request.method} {self.request.url.path} failed after {self.count} attempt(s): "
                    f"{type(exc).__name__}",
                    self.orders,
                ) from exc
            raise _give_up(exc, self.request, self.count, self.remaining() <= 0) from exc
        log.info(
            "retrying %s %s after %s in %.2fs (attempt %d)",
            self.request.method,
            self.request.url.path,
            type(exc).__name__,
            wait,
            self.count + 1,
        )
        return wait


def _found(find: Callable[[OrderRef], Any] | None, ref: OrderRef) -> Any:
    """The order an earlier attempt placed, or None when it cannot be looked up now (the error says how)."""
    if find is None:
        return None
    try:
        return find(ref)
    except (KalshiSDKError, LookupError) as exc:
        log.warning("could not look up order %s placed by an earlier attempt: %s", ref.client_order_id, exc)
        return None


async def _afound(find: Callable[[OrderRef], Awaitable[Any]] | None, ref: OrderRef) -> Any:
    if find is None:
        return None
    try:
        return await find(ref)
    except (KalshiSDKError, LookupError) as exc:
        log.warning("could not look up order %s placed by an earlier attempt: %s", ref.client_order_id, exc)
        return None


class KalshiTransport(httpx.BaseTransport):
    """Paces, signs each attempt freshly (``auth=None``: unsigned), reads the body within the caps, retries."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        auth: RequestSigner | None,
        retry: RetryPolicy,
        *,
        deadline: float | None = DEFAULT_DEADLINE,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        pacer: Pacer | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.inner, self.auth, self.retry, self._sleep, self._clock = inner, auth, retry, sleep, clock
        self.deadline, self.max_response_bytes, self.pacer = deadline, max_response_bytes, pacer
        # Looks up an order placed by an earlier attempt (kalshi_client sets it: kalshi_auth.find_order).
        self.find_order: Callable[[OrderRef], Any] | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempts = _Attempts(request, self.retry, self._clock, self.deadline, self.pacer)
        while True:
            pause = attempts.before_attempt()
            if pause:
                self._sleep(pause)
            if self.auth is not None:  # None: kalshi_public_client, which never signs
                self.auth.sign(request)
            try:
                response = self.inner.handle_request(request)
                # Inside the attempt: a connection dropped mid-body fails here and can be retried.
                read_body(attempts.reader(response, self.max_response_bytes))
            except httpx.TransportError as exc:
                self._sleep(attempts.after_error(exc))
                continue
            wait = attempts.after_response(response)
            if wait is None:
                placed = attempts.settle(response)
                if placed:
                    find = self.find_order
                    raise OrderAlreadyPlacedError(response, {ref.client_order_id: _found(find, ref) for ref in placed})
                return response
            self._sleep(wait)

    def close(self) -> None:
        self.inner.close()

    def __repr__(self) -> str:
        return f"KalshiTransport(auth={self.auth!r}, retry={self.retry!r}, deadline={self.deadline!r})"


class AsyncKalshiTransport(httpx.AsyncBaseTransport):
    """The async twin of KalshiTransport; waits without blocking the event loop."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        auth: RequestSigner | None,
        retry: RetryPolicy,
        *,
        deadline: float | None = DEFAULT_DEADLINE,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        pacer: Pacer | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.inner, self.auth, self.retry, self._clock = inner, auth, retry, clock
        self.deadline, self.max_response_bytes, self.pacer = deadline, max_response_bytes, pacer
        # Looks up an order placed by an earlier attempt (kalshi_client sets it: kalshi_auth.afind_order).
        self.find_order: Callable[[OrderRef], Awaitable[Any]] | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempts = _Attempts(request, self.retry, self._clock, self.deadline, self.pacer)
        while True:
            pause = attempts.before_attempt()
            if pause:
                await _sleep(pause)
            if self.auth is not None:  # None: kalshi_public_client, which never signs
                self.auth.sign(request)
            # Async can enforce the deadline exactly: cancel the attempt when it passes.
            answer: httpx.Response | None
            timeout = _asyncio_timer()
            if timeout is not None:
                timer = timeout(attempts.remaining())
                try:
                    async with timer:
                        answer = await self._attempt(request, attempts)
                except TimeoutError:
                    if timer.expired():
                        raise attempts.deadline_error() from None
                    raise
            else:
                import anyio

                with anyio.move_on_after(attempts.remaining()) as scope:
                    answer = await self._attempt(request, attempts)
                if scope.cancelled_caught:
                    raise attempts.deadline_error()
            if answer is None:
                continue
            response = answer
            wait = attempts.after_response(response)
            if wait is None:
                placed = attempts.settle(response)
                if placed:
                    orders = {ref.client_order_id: await _afound(self.find_order, ref) for ref in placed}
                    raise OrderAlreadyPlacedError(response, orders)
                return response
            await _sleep(wait)

    async def _attempt(self, request: httpx.Request, attempts: _Attempts) -> httpx.Response | None:
        """One attempt with its body read; None after a retryable error (and its wait)."""
        try:
            response = await self.inner.handle_async_request(request)
            await aread_body(attempts.reader(response, self.max_response_bytes))
        except httpx.TransportError as exc:
            await _sleep(attempts.after_error(exc))
            return None
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()

    def __repr__(self) -> str:
        return f"AsyncKalshiTransport(auth={self.auth!r}, retry={self.retry!r}, deadline={self.deadline!r})"
