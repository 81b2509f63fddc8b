"""Typed errors. Every one derives from the generated client's KalshiSDKError."""

from __future__ import annotations

import json

import httpx

from kalshi_trade_api.errors import CredentialsRequiredError, KalshiSDKError, ResponseParseError

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
