"""Kalshi request signing for the generated ``kalshi_trade_api`` client.

``kalshi_client(...)`` returns the generated ``AuthenticatedClient`` with signing,
retries, timeouts and typed errors in place; pass it to any generated operation.
"""

from kalshi_auth.client import ENVIRONMENTS, kalshi_client
from kalshi_auth.errors import (
    APIConnectionError,
    APITimeoutError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
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
from kalshi_auth.pagination import PaginationError, apages, apaginate, pages, paginate
from kalshi_auth.ratelimit import TIERS, RateLimit
from kalshi_auth.retry import RetryPolicy
from kalshi_auth.signing import KalshiAuth, signed_message
from kalshi_auth.transport import AsyncKalshiTransport, KalshiTransport
from kalshi_auth.websocket import WEBSOCKET_URLS, websocket_headers

__all__ = [
    "ENVIRONMENTS",
    "TIERS",
    "WEBSOCKET_URLS",
    "APIConnectionError",
    "APITimeoutError",
    "AsyncKalshiTransport",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "ForbiddenError",
    "KalshiAPIError",
    "KalshiAuth",
    "KalshiSDKError",
    "KalshiTransport",
    "KeyLoadError",
    "NotFoundError",
    "OrderAlreadyPlacedError",
    "OrderOutcomeUnknownError",
    "PaginationError",
    "RateLimit",
    "RateLimitedError",
    "ResponseParseError",
    "ResponseTooLargeError",
    "RetryPolicy",
    "ServerError",
    "SigningError",
    "SigningKey",
    "UnauthorizedError",
    "afind_order",
    "apages",
    "apaginate",
    "find_order",
    "kalshi_client",
    "load_signing_key",
    "pages",
    "paginate",
    "signed_message",
    "websocket_headers",
]
