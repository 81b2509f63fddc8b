"""Contains shared errors types that can be raised from API functions"""


class KalshiSDKError(Exception):
    """Base class of every error raised by this SDK, generated code and kalshi_auth alike."""


class UnexpectedStatus(KalshiSDKError):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class ResponseParseError(KalshiSDKError):
    """A response body did not match the operation's schema (HTML from a proxy, bad JSON, a missing field)."""

    def __init__(self, status_code: int, content: bytes, operation: str, reason: str):
        self.status_code = status_code
        self.content = content
        self.operation = operation
        self.reason = reason

        super().__init__(
            f"{operation}: the HTTP {status_code} response body does not match the spec ({reason}); "
            f"raw body (first 300 bytes): {content[:300]!r}. If Kalshi changed the API, run `make update-spec`."
        )


__all__ = ["KalshiSDKError", "ResponseParseError", "UnexpectedStatus"]
