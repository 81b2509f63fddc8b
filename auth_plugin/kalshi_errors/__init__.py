"""The errors every Kalshi package shares: one ``except`` clause catches an error from any product.

Each generated package (``kalshi_trade_api``, ``kalshi_perps``, ``kalshi_scm``, ...) re-exports these
classes from its ``errors`` module, and kalshi_auth's typed errors derive from ``KalshiSDKError``, so
``except kalshi_auth.ResponseParseError`` catches a Perps operation's parse error as well as a
Trade API one. Standard library only: it ships with the SDK and ``make vendor`` copies it; a generated
package used without it falls back to its own copy of this module (``_sdk_errors.py``, written by the
pipeline from this file), whose classes are then that package's alone.
"""

from __future__ import annotations

from typing import Any, ClassVar

__all__ = ["CredentialsRequiredError", "KalshiSDKError", "PaginationError", "ResponseParseError", "UnexpectedStatus"]


class KalshiSDKError(Exception):
    """Base class of every error raised by this SDK, generated code and kalshi_auth alike, for every product."""


class UnexpectedStatus(KalshiSDKError):
    """A non-2xx answer reached a generated operation (kalshi_auth's client raises its typed errors first)."""

    def __init__(self, status_code: int, content: bytes) -> None:
        self.status_code = status_code
        self.content = content
        super().__init__(f"HTTP {status_code}; response body (first 300 bytes): {content[:300]!r}")


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
    ) -> None:
        self.status_code = status_code
        self.content = content
        self.operation = operation
        self.reason = reason
        self.path = path  # the JSON path of a value of the wrong type, e.g. $.markets[3].ticker
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

    def __init__(self, operation: str, cursor: str) -> None:
        self.operation = operation
        self.cursor = cursor
        super().__init__(f"{operation}: cursor {cursor[:80]!r} came back a second time; stopping instead of looping")


class CredentialsRequiredError(KalshiSDKError):
    """A secured operation was called with a client that has no credentials; nothing was sent.

    Each generated package subclasses it to say which credentials and which client its operations
    need (``credentials``, ``client_call``).
    """

    credentials: ClassVar[str] = "credentials"
    client_call: ClassVar[str] = "kalshi_auth"

    def __init__(self, operation: str, client: Any) -> None:
        self.operation = operation
        super().__init__(
            f"{operation} needs {self.credentials}, and the {type(client).__name__} it was given has none; "
            f"nothing was sent. Call it with a client from {self.client_call}, which takes them as arguments "
            "or reads them from its environment variables (see its docstring)."
        )
