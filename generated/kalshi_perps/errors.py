"""Contains shared errors types that can be raised from API functions"""

try:
    # The SDK's shared errors: the same classes in every product's package.
    import kalshi_errors as _shared
except ModuleNotFoundError:
    # This package used on its own: the same classes, from its own copy.
    from . import _sdk_errors as _shared  # type: ignore[no-redef]

KalshiSDKError = _shared.KalshiSDKError
UnexpectedStatus = _shared.UnexpectedStatus
ResponseParseError = _shared.ResponseParseError
PaginationError = _shared.PaginationError


class CredentialsRequiredError(_shared.CredentialsRequiredError):
    """A secured operation was called with a client that has no credentials; nothing was sent."""

    credentials = "a Kalshi API key id and its private key"
    client_call = "kalshi_auth.perps_client()"


__all__ = [
    "CredentialsRequiredError",
    "KalshiSDKError",
    "PaginationError",
    "ResponseParseError",
    "UnexpectedStatus",
]
