"""Contains shared errors types that can be raised from API functions"""

from typing import Any


class KalshiSDKError(Exception):
    """Base class of every error raised by this SDK, generated code and kalshi_auth alike."""


class UnexpectedStatus(KalshiSDKError):
    """A non-2xx answer reached a generated operation (kalshi_auth's client raises its typed errors first)."""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"HTTP {status_code}; response body (first 300 bytes): {content[:300]!r}"
        )


class ResponseParseError(KalshiSDKError):
    """A response body did not match the operation's schema (HTML from a proxy, bad JSON, a missing field)."""

    def __init__(
        self,
        status_code: int,
        content: bytes,
        operation: str,
        reason: str,
        path: str | None = None,
        client_order_ids: tuple[str, ...] = (),
    ):
        self.status_code = status_code
        self.content = content
        self.operation = operation
        self.reason = reason
        self.path = (
            path  # the JSON path of a value of the wrong type, e.g. $.markets[3].ticker
        )
        # An order create's ids: the exchange accepted the orders (a 2xx) but its answer was unreadable;
        # kalshi_auth.find_order(client, client_order_id=...) reads each back.
        self.client_order_ids = client_order_ids
        self.client_order_id = client_order_ids[0] if client_order_ids else None
        placed = (
            f" The order(s) were accepted (client_order_id {', '.join(client_order_ids[:5])}): look them up with "
            "kalshi_auth.find_order; do not place them again with new ids."
            if client_order_ids
            else ""
        )
        super().__init__(
            f"{operation}: the HTTP {status_code} response body does not match the spec ({reason}); "
            f"raw body (first 300 bytes): {content[:300]!r}. If Kalshi changed the API, run `make update-spec`."
            + placed
        )


class PaginationError(KalshiSDKError):
    """The server's cursors do not move forward: the same cursor came back twice."""

    def __init__(self, operation: str, cursor: str):
        self.operation = operation
        self.cursor = cursor
        super().__init__(
            f"{operation}: cursor {cursor[:80]!r} came back a second time; stopping instead of looping"
        )


class CredentialsRequiredError(KalshiSDKError):
    """A secured operation was called with a client that has no credentials; nothing was sent."""

    def __init__(self, operation: str, client: Any):
        self.operation = operation
        super().__init__(
            f"{operation} needs a signed request (a Kalshi API key id and its private key), and the "
            f"{type(client).__name__} it was given has none; nothing was sent. Call it with "
            "kalshi_auth.kalshi_client(key_id=..., private_key=...) (or set KALSHI_API_KEY_ID and "
            "KALSHI_PRIVATE_KEY_PATH); kalshi_public_client() serves the public market data only."
        )


__all__ = [
    "CredentialsRequiredError",
    "KalshiSDKError",
    "PaginationError",
    "ResponseParseError",
    "UnexpectedStatus",
]
