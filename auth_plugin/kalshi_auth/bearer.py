"""Bearer-token auth, as Kalshi's SCM (Klear) API takes it: ``Authorization: Bearer <admin_user_id>:<access_token>``.

The access token is a secret like a private key: it appears in no repr, log line or error
message, it is sent only to the origin the signer was made for (another origin is refused, as
KalshiAuth refuses it), and it is written afresh on every attempt, replacing any credential a
caller put on the request. Redirects are never followed by the clients built around it.
"""

from __future__ import annotations

from collections.abc import Generator

import httpx

from kalshi_auth.errors import ConfigurationError, SigningError
from kalshi_auth.signing import _origin, redact_key_id

# Kalshi's own credential headers: a bearer request carries none of them.
_KALSHI_HEADERS = ("KALSHI-ACCESS-KEY", "KALSHI-ACCESS-TIMESTAMP", "KALSHI-ACCESS-SIGNATURE")
MAX_CREDENTIAL_LENGTH = 4096


def _validated(name: str, value: object, *, colon_allowed: bool) -> str:
    """``value`` if it can travel in a header; else ConfigurationError that never prints it."""
    if not isinstance(value, str) or not value:
        kind = "empty" if isinstance(value, str) else f"a {type(value).__name__}, not a str"
        raise ConfigurationError(f"{name} is {kind}: copy it from the Security page of klearing.kalshi.com")
    if len(value) > MAX_CREDENTIAL_LENGTH:
        raise ConfigurationError(f"{name} is {len(value)} characters long, too long: copy it again")
    for index, char in enumerate(value):
        if not ("!" <= char <= "~") or (char == ":" and not colon_allowed):
            what = "whitespace" if char.isspace() else f"character U+{ord(char):04X}"
            edge = " (a trailing newline from a file?)" if index == len(value) - 1 and char.isspace() else ""
            raise ConfigurationError(
                f"{name} contains {what} at position {index + 1} of {len(value)}{edge}, which cannot be sent "
                "in the Authorization header: copy it again"
            )
    return value


class BearerAuth(httpx.Auth):
    """Sets ``Authorization: Bearer <admin_user_id>:<access_token>`` on requests to one origin only."""

    def __init__(self, admin_user_id: str, access_token: str, *, base_url: str | httpx.URL) -> None:
        self._admin_user_id = _validated("admin_user_id", admin_user_id, colon_allowed=False)
        token = _validated("access_token", access_token, colon_allowed=True)
        self._header = f"Bearer {self._admin_user_id}:{token}"
        self._origin = _origin(httpx.URL(str(base_url)))

    @property
    def admin_user_id(self) -> str:
        return self._admin_user_id

    def sign(self, request: httpx.Request) -> None:
        """Write the Authorization header on ``request`` (replacing any credential); refuse another origin."""
        if _origin(request.url) != self._origin:
            scheme, host, port = self._origin
            raise SigningError(
                f"refusing to send the access token to {request.url.scheme}://{request.url.host}:"
                f"{request.url.port or ''}: this client is set up for {scheme}://{host}:{port}. "
                "Create a client for that base_url instead."
            )
        headers = request.headers
        for name in _KALSHI_HEADERS:
            if name in headers:
                del headers[name]
        headers["Authorization"] = self._header

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.sign(request)
        yield request

    def __repr__(self) -> str:
        scheme, host, port = self._origin
        return (
            f"BearerAuth(admin_user_id={redact_key_id(self._admin_user_id)!r}, access_token=<redacted>, "
            f"origin='{scheme}://{host}:{port}')"
        )

    __str__ = __repr__
