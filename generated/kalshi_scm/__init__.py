"""A client library for accessing Kalshi Self-Clearing Member API"""

from .client import AuthenticatedClient, Client

# info.version of the document this package was generated from (`make update-spec` moves it).
API_VERSION = "0.0.1"

__all__ = (
    "API_VERSION",
    "AuthenticatedClient",
    "Client",
)
