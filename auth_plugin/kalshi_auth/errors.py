"""Typed errors. Every one derives from kalshi_errors.KalshiSDKError, the base every product's package shares."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import httpx

from kalshi_errors import CredentialsRequiredError, KalshiSDKError, ResponseParseError
from kalshi_trade_api.types import OrderRef

if TYPE_CHECKING:
    from kalshi_trade_api.models import Order

__all__ = [
    "APIConnectionError",
    "APITimeoutError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "CredentialsRequiredError",
    "ForbiddenError",
    "KalshiAPIError",
    "KalshiSDKError",
    "KeyLoadError",
    "NotFoundError",
    "OrderAlreadyPlacedError",
    "OrderOutcomeUnknownError",
    "RateLimitedError",
    "ResponseParseError",
    "ResponseTooLargeError",
    "ServerError",
    "SigningError",
    "UnauthorizedError",
    "error_from_response",
]


class ConfigurationError(KalshiSDKError, ValueError):
    """The SDK was set up wrongly (a missing variable, an unknown environment)."""


class KeyLoadError(ConfigurationError):
    """The private key could not be used; the message says why and what to do (never the key)."""


class SigningError(KalshiSDKError):
    """A request the signer refuses to sign (another origin than the one it was set up for)."""


class APIConnectionError(KalshiSDKError):
    """The request did not get a response (connection refused or dropped), after any retries."""


class APITimeoutError(APIConnectionError):
    """No response within the timeout, after any retries."""


class OrderOutcomeUnknownError(APIConnectionError):
    """An order create ended without a definitive answer: the order may or may not exist.

    Raised after the SDK's retries of the same request (same ``client_order_id``s) ran out or
    the call's deadline passed, with at least one attempt that may have reached Kalshi (a lost
    answer, a timeout, a 5xx). Settle it with ``kalshi_auth.find_order(client,
    client_order_id=error.client_order_id, ticker=error.ticker)``: it returns the order, or None
    when there is none, and then sending the same body again with the same id is safe.
    """

    def __init__(self, what: str, orders: Sequence[OrderRef]) -> None:
        self.orders = tuple(orders)
        self.client_order_ids = tuple(ref.client_order_id for ref in self.orders)
        self.client_order_id = self.client_order_ids[0] if self.client_order_ids else ""
        self.ticker = self.orders[0].ticker if self.orders else None
        ids = ", ".join(self.client_order_ids[:5]) + (", ..." if len(self.client_order_ids) > 5 else "")
        super().__init__(
            f"{what}. Whether the order was placed is unknown (client_order_id {ids}): look it up with "
            "kalshi_auth.find_order(client, client_order_id=..., ticker=...); if it returns None, sending "
            "the same order again with the same client_order_id is safe"
        )


class ResponseTooLargeError(KalshiSDKError):
    """A response body grew past ``max_response_bytes`` (counted after decompression); reading stopped there."""

    def __init__(self, response: httpx.Response, limit: int) -> None:
        self.status_code, self.limit = response.status_code, limit
        self.method, self.path = response.request.method, response.request.url.path
        super().__init__(
            f"HTTP {self.status_code} for {self.method} {self.path}: the body is larger than {limit:,} bytes "
            "(max_response_bytes); reading stopped there. Page with a smaller limit=, or pass a larger "
            "max_response_bytes= to kalshi_client"
        )


class KalshiAPIError(KalshiSDKError):
    """A non-2xx answer. Carries Kalshi's error fields when the body is Kalshi's error shape."""

    def __init__(self, response: httpx.Response, hint: str = "") -> None:
        self.status_code = response.status_code
        self.method = response.request.method
        self.path = response.request.url.path
        self.body = response.content
        self.code = self.message = self.details = self.service = None
        try:
            payload = json.loads(self.body)
        except (ValueError, RecursionError):  # not JSON, or nested past the parser's depth
            payload = None
        if isinstance(payload, dict):
            error = payload.get("error", payload)  # Kalshi wraps it in "error" on some services
            if isinstance(error, dict):
                self.code, self.message, self.details, self.service = (
                    _str_or_none(error.get(k)) for k in ("code", "message", "details", "service")
                )
            elif isinstance(error, str):  # the rate limiter answers {"error": "too many requests"}
                self.message = error
        if self.code or self.message:
            what = f"{self.code or 'error'}: {self.message or ''}".rstrip(": ")
            if self.details:
                what += f" ({self.details})"
        else:
            kind = response.headers.get("content-type", "no content type").split(";")[0]
            what = f"non-Kalshi body ({kind}, {len(self.body)} bytes): {self.body[:200]!r}"
        super().__init__(f"HTTP {self.status_code} for {self.method} {self.path}: {what}{hint}")


def _str_or_none(value: object) -> str | None:
    return None if value is None else str(value)


class BadRequestError(KalshiAPIError):
    """400: the request was invalid."""


class UnauthorizedError(KalshiAPIError):
    """401: the signature, key id or timestamp was not accepted."""


class ForbiddenError(KalshiAPIError):
    """403: the key may not do this."""


class NotFoundError(KalshiAPIError):
    """404: no such resource."""


class ConflictError(KalshiAPIError):
    """409: conflicts with the current state (a duplicate client order id, say)."""


class OrderAlreadyPlacedError(ConflictError):
    """409 ``order_already_exists`` after the SDK sent a create again: an earlier attempt placed it.

    The first attempt's answer was lost (a dropped connection, a timeout, a 5xx); the retry,
    carrying the same ``client_order_id``, was refused as a duplicate, so the order exists once.
    ``order`` is that order as GetOrders reports it now (None if the lookup did not find it in
    time; ``kalshi_auth.find_order`` finds it later), ``orders`` the same for every order of the
    request, by ``client_order_id``.
    """

    def __init__(self, response: httpx.Response, orders: Mapping[str, Order | None]) -> None:
        self.orders = dict(orders)
        self.client_order_id = next(iter(self.orders), "")
        self.order = self.orders.get(self.client_order_id)
        super().__init__(
            response,
            f". The SDK had sent this request again after an attempt whose answer was lost, so an earlier "
            f"attempt placed the order (client_order_id {self.client_order_id}); it was placed once. "
            "error.order is that order",
        )


class RateLimitedError(KalshiAPIError):
    """429: too many requests (after any retries)."""


class ServerError(KalshiAPIError):
    """5xx: Kalshi, or a proxy in front of it, failed."""


_BY_STATUS: dict[int, type[KalshiAPIError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitedError,
}
UNAUTHORIZED_HINT = (
    ". Usual causes: a demo key used on production or the reverse (check environment/base_url), "
    "a system clock off by more than a few seconds (sync it with NTP), or a key id that does not "
    "belong to this private key"
)


def error_from_response(response: httpx.Response) -> KalshiAPIError:
    """The typed error for a non-2xx response whose body has been read."""
    status = response.status_code
    cls = _BY_STATUS.get(status) or (ServerError if status >= 500 else KalshiAPIError)
    return cls(response, UNAUTHORIZED_HINT if status == 401 else "")
