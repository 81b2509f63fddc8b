"""A client library for accessing Kalshi Perps WebSocket API"""

from .client import AuthenticatedClient, Client

# info.version of the document this package was generated from (`make update-spec` moves it).
API_VERSION = "2.0.0"

__all__ = (
    "API_VERSION",
    "AuthenticatedClient",
    "Client",
)
