"""A client library for accessing Kalshi Perps WebSocket API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
