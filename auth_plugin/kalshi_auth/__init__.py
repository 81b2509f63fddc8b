"""Kalshi request signing for the generated ``kalshi_trade_api`` client.

``kalshi_client(...)`` returns the generated ``AuthenticatedClient`` (as ``KalshiClient``)
with signing, retries, timeouts and typed errors in place; pass it to any generated
operation. ``kalshi_public_client(...)`` is the same without a key, for public data.
``perps_client(...)`` (kalshi_perps) and ``scm_client(...)`` (kalshi_scm) do the same
for Kalshi's other products; they load their packages on first use.
"""

from typing import TYPE_CHECKING, Any

from kalshi_auth._version import SDK_VERSION, package_version
from kalshi_auth.client import ENVIRONMENTS, KalshiClient, KalshiPublicClient, kalshi_client, kalshi_public_client
from kalshi_auth.errors import (
    APIConnectionError,
    APITimeoutError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    CredentialsRequiredError,
    ForbiddenError,
    KalshiAPIError,
    KalshiSDKError,
    KeyLoadError,
    NotFoundError,
    OrderAlreadyPlacedError,
    OrderOutcomeUnknownError,
    RateLimitedError,
    ResponseParseError,
    ResponseTooLargeError,
    ServerError,
    SigningError,
    UnauthorizedError,
)
from kalshi_auth.keys import SigningKey, load_signing_key
from kalshi_auth.orders import afind_order, find_order
from kalshi_auth.ratelimit import TIERS, RateLimit
from kalshi_auth.retry import RetryPolicy
from kalshi_auth.signing import KalshiAuth, signed_message
from kalshi_auth.transport import AsyncKalshiTransport, KalshiTransport
from kalshi_trade_api import API_VERSION

# The distribution's version (what `pip show kalshi-trade-api` says), also for a vendored copy.
__version__ = package_version(API_VERSION)

if TYPE_CHECKING:
    from kalshi_auth.bearer import BearerAuth
    from kalshi_auth.frames import to_dataframe
    from kalshi_auth.pagination import PaginationError, apages, apaginate, pages, paginate
    from kalshi_auth.perps import PerpsClient, perps_client
    from kalshi_auth.scm import ScmClient, scm_client
    from kalshi_auth.websocket import WEBSOCKET_URLS, websocket_headers

# Loaded when first asked for (PEP 562): other products' clients (they import their generated
# package) and what building a client and calling an operation does not need.
_LAZY = {
    "BearerAuth": "kalshi_auth.bearer",
    "to_dataframe": "kalshi_auth.frames",
    "PaginationError": "kalshi_auth.pagination",
    "apages": "kalshi_auth.pagination",
    "apaginate": "kalshi_auth.pagination",
    "pages": "kalshi_auth.pagination",
    "paginate": "kalshi_auth.pagination",
    "WEBSOCKET_URLS": "kalshi_auth.websocket",
    "websocket_headers": "kalshi_auth.websocket",
    "PerpsClient": "kalshi_auth.perps",
    "perps_client": "kalshi_auth.perps",
    "ScmClient": "kalshi_auth.scm",
    "scm_client": "kalshi_auth.scm",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'kalshi_auth' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(_LAZY[name]), name)
    globals()[name] = value
    return value


__all__ = [
    "API_VERSION",
    "ENVIRONMENTS",
    "SDK_VERSION",
    "TIERS",
    "WEBSOCKET_URLS",
    "APIConnectionError",
    "APITimeoutError",
    "AsyncKalshiTransport",
    "BadRequestError",
    "BearerAuth",
    "ConfigurationError",
    "ConflictError",
    "CredentialsRequiredError",
    "ForbiddenError",
    "KalshiAPIError",
    "KalshiAuth",
    "KalshiClient",
    "KalshiPublicClient",
    "KalshiSDKError",
    "KalshiTransport",
    "KeyLoadError",
    "NotFoundError",
    "OrderAlreadyPlacedError",
    "OrderOutcomeUnknownError",
    "PaginationError",
    "PerpsClient",
    "RateLimit",
    "RateLimitedError",
    "ResponseParseError",
    "ResponseTooLargeError",
    "RetryPolicy",
    "ScmClient",
    "ServerError",
    "SigningError",
    "SigningKey",
    "UnauthorizedError",
    "afind_order",
    "apages",
    "apaginate",
    "find_order",
    "kalshi_client",
    "kalshi_public_client",
    "load_signing_key",
    "pages",
    "paginate",
    "perps_client",
    "scm_client",
    "signed_message",
    "to_dataframe",
    "websocket_headers",
]
