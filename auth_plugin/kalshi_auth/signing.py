"""Kalshi's request signature: base64(sign(timestamp_ms + METHOD + path)) in three headers."""

from __future__ import annotations

import base64
import time
from collections.abc import Callable, Generator

import httpx

from kalshi_auth.errors import ConfigurationError, SigningError
from kalshi_auth.keys import Passphrase, PrivateKeyInput, SigningKey, load_signing_key

KEY_HEADER = "KALSHI-ACCESS-KEY"
TIMESTAMP_HEADER = "KALSHI-ACCESS-TIMESTAMP"
SIGNATURE_HEADER = "KALSHI-ACCESS-SIGNATURE"
PROD_URL = "https://api.elections.kalshi.com/trade-api/v2"


def signed_message(timestamp_ms: str, method: str, path: str) -> bytes:
    """What Kalshi verifies: timestamp + upper-case method + path without the query."""
    return f"{timestamp_ms}{method.upper()}{path.split('?', 1)[0]}".encode()


def wire_path(url: httpx.URL) -> str:
    """The path exactly as sent on the wire (percent-encoding kept), without the query."""
    return url.raw_path.split(b"?", 1)[0].decode("ascii")


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    default = {"https": 443, "http": 80, "wss": 443, "ws": 80}.get(url.scheme)
    return url.scheme, url.host, url.port or default


MAX_KEY_ID_LENGTH = 256
_KEY_ID_FIX = "copy the key id again from Kalshi's API keys page (a UUID such as 'a952bcbe-...')"


def redact_key_id(key_id: str) -> str:
    return f"...{key_id[-4:]}" if len(key_id) > 8 else "<redacted>"


def validate_key_id(key_id: object) -> str:
    """The key id, if it can travel in a header; else ConfigurationError (which never prints it).

    Caught here, when the client is built: otherwise a newline from a file or an
    environment variable surfaces at send time as a misleading connection error.
    """
    if not isinstance(key_id, str) or not key_id:
        kind = "empty" if isinstance(key_id, str) else f"a {type(key_id).__name__}, not a str"
        raise ConfigurationError(f"key_id is {kind}: pass the API key id shown on Kalshi's API keys page")
    if len(key_id) > MAX_KEY_ID_LENGTH:
        raise ConfigurationError(f"key_id is {len(key_id)} characters long, too long for a key id: {_KEY_ID_FIX}")
    for index, char in enumerate(key_id):
        if not ("!" <= char <= "~"):  # visible ASCII only: no spaces, controls, CR/LF, NUL or non-ASCII
            what = "whitespace" if char.isspace() else f"character U+{ord(char):04X}"
            edge = " (a trailing newline from a file?)" if index == len(key_id) - 1 and char.isspace() else ""
            raise ConfigurationError(
                f"key_id contains {what} at position {index + 1} of {len(key_id)}{edge}, which cannot be sent "
                f"in a header: {_KEY_ID_FIX}"
            )
    return key_id


class KalshiAuth(httpx.Auth):
    """Signs each request it is given, once, with a fresh timestamp, for one origin only.

    Use it as ``httpx.Client(auth=KalshiAuth(...))`` (keep redirects off), or let
    ``kalshi_client`` put it in the transport, where every retry is signed again.
    """

    def __init__(
        self,
        key_id: str,
        private_key: PrivateKeyInput | SigningKey,
        *,
        passphrase: Passphrase = None,
        base_url: str | httpx.URL = PROD_URL,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._key_id = validate_key_id(key_id)
        self._key = load_signing_key(private_key, passphrase)
        self._origin = _origin(httpx.URL(str(base_url)))
        self._clock = clock

    @property
    def key_id(self) -> str:
        return self._key_id

    @property
    def key_kind(self) -> str:
        return self._key.kind

    def headers_for(self, method: str, url: httpx.URL) -> dict[str, str]:
        """The three Kalshi headers for one request to ``url`` (refuses another origin)."""
        if _origin(url) != self._origin:
            scheme, host, port = self._origin
            raise SigningError(
                f"refusing to sign a request to {url.scheme}://{url.host}:{url.port or ''}: this signer is set up "
                f"for {scheme}://{host}:{port}. Create a client for that base_url instead."
            )
        timestamp = str(int(self._clock() * 1000))
        signature = self._key.sign(signed_message(timestamp, method, wire_path(url)))
        return {
            KEY_HEADER: self._key_id,
            TIMESTAMP_HEADER: timestamp,
            SIGNATURE_HEADER: base64.b64encode(signature).decode("ascii"),
        }

    def sign(self, request: httpx.Request) -> None:
        """Set fresh Kalshi headers on ``request``; drop any other credential header."""
        headers = request.headers
        # Item by item: Headers.update() builds a whole Headers object first (3x slower).
        for name, value in self.headers_for(request.method, request.url).items():
            headers[name] = value
        if "authorization" in headers:
            del headers["authorization"]

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.sign(request)
        yield request

    def __repr__(self) -> str:
        scheme, host, port = self._origin
        return (
            f"KalshiAuth(key_id={redact_key_id(self._key_id)!r}, key={self._key!r}, origin='{scheme}://{host}:{port}')"
        )

    __str__ = __repr__
