"""Kalshi's request signature: base64(sign(timestamp_ms + METHOD + path)) in three headers."""

from __future__ import annotations

import time
from binascii import b2a_base64
from collections.abc import Callable, Generator
from typing import Any

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


# The hot path reads httpx's parsed URL (``URL._uri_reference``) and writes the header list
# (``Headers._list``) directly: the public accessors rebuild, re-encode and rescan on every call,
# about 3 us of an Ed25519 signature's 25. Both are private, so _fast_paths_work() checks them
# against the public API once at import; any other httpx version takes the public path.
_KEY_LOWER, _TIMESTAMP_LOWER, _SIGNATURE_LOWER = (
    KEY_HEADER.lower().encode(),
    TIMESTAMP_HEADER.lower().encode(),
    SIGNATURE_HEADER.lower().encode(),
)
# Replaced on every attempt: a retry's stale signature, and any other credential.
_REPLACED = frozenset({_KEY_LOWER, _TIMESTAMP_LOWER, _SIGNATURE_LOWER, b"authorization"})


def _fast_origin(url: httpx.URL) -> tuple[Any, Any, Any]:
    ref = url._uri_reference
    return ref.scheme, ref.host, ref.port


def _fast_path(url: httpx.URL) -> str:
    return str(url._uri_reference.path or "/")


def _write_headers(headers: httpx.Headers, items: list[tuple[bytes, bytes, bytes]]) -> None:
    entries: list[tuple[bytes, bytes, bytes]] = headers._list
    for entry in entries:
        if entry[1] in _REPLACED:
            entries[:] = [kept for kept in entries if kept[1] not in _REPLACED]
            break
    entries += items


def _fast_paths_work() -> bool:
    try:
        url = httpx.URL("https://user@h.example:8443/a%20b/c?x=1&y=%2F")
        request = httpx.Request("GET", url, headers={"Authorization": "t", "X-Kept": "k", KEY_HEADER: "old"})
        _write_headers(request.headers, [(KEY_HEADER.encode(), _KEY_LOWER, b"new")])
        return (
            _fast_path(url) == wire_path(url)
            and _fast_path(httpx.URL("http://h.example")) == wire_path(httpx.URL("http://h.example"))
            and _fast_origin(url) == ("https", "h.example", 8443)
            and request.headers.get(KEY_HEADER) == "new"
            and request.headers.get_list(KEY_HEADER) == ["new"]
            and "authorization" not in request.headers
            and request.headers.get("x-kept") == "k"
        )
    except Exception:  # any change in httpx's internals: the public path
        return False


FAST_PATHS = _fast_paths_work()


MAX_KEY_ID_LENGTH = 256
_KEY_ID_FIX = "copy the key id again from Kalshi's API keys page (a UUID such as 'a952bcbe-...')"


def redact_key_id(key_id: str) -> str:
    """The key id as reprs and logs show it: its last 4 characters, and never more than half of it.

    Kalshi's key ids are UUIDs (36 characters): ``...1234``. A shorter id (a test's, a local
    exchange's) shows at most half its characters (``abcdef`` -> ``...def``; one character
    shows none), so a repr never gives away a whole id.
    """
    shown = min(4, len(key_id) // 2)
    return f"...{key_id[len(key_id) - shown :]}"


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
        self._sign = self._key.signer()
        base = httpx.URL(str(base_url))
        self._origin = _origin(base)
        # Requests to the base URL exactly as written skip the default-port normalization of _origin().
        self._quick_origin = _fast_origin(base) if FAST_PATHS else None
        self._key_entry = (KEY_HEADER.encode(), _KEY_LOWER, self._key_id.encode("ascii"))
        self._clock = clock

    @property
    def key_id(self) -> str:
        return self._key_id

    @property
    def key_kind(self) -> str:
        return self._key.kind

    def _check_origin(self, url: httpx.URL) -> None:
        if _origin(url) != self._origin:
            scheme, host, port = self._origin
            raise SigningError(
                f"refusing to sign a request to {url.scheme}://{url.host}:{url.port or ''}: this signer is set up "
                f"for {scheme}://{host}:{port}. Create a client for that base_url instead."
            )

    def _stamp(self, method: str, url: httpx.URL) -> tuple[bytes, bytes]:
        """(timestamp, base64 signature) for one request to ``url``; refuses another origin."""
        if FAST_PATHS:
            if _fast_origin(url) != self._quick_origin:
                self._check_origin(url)
            path = _fast_path(url)
        else:
            self._check_origin(url)
            path = wire_path(url)
        timestamp = str(int(self._clock() * 1000))
        signature = self._sign(f"{timestamp}{method.upper()}{path}".encode())
        return timestamp.encode(), b2a_base64(signature, newline=False)

    def headers_for(self, method: str, url: httpx.URL) -> dict[str, str]:
        """The three Kalshi headers for one request to ``url`` (refuses another origin)."""
        timestamp, signature = self._stamp(method, url)
        return {KEY_HEADER: self._key_id, TIMESTAMP_HEADER: timestamp.decode(), SIGNATURE_HEADER: signature.decode()}

    def sign(self, request: httpx.Request) -> None:
        """Set fresh Kalshi headers on ``request``; drop any other credential header."""
        timestamp, signature = self._stamp(request.method, request.url)
        if FAST_PATHS:
            _write_headers(
                request.headers,
                [
                    self._key_entry,
                    (TIMESTAMP_HEADER.encode(), _TIMESTAMP_LOWER, timestamp),
                    (SIGNATURE_HEADER.encode(), _SIGNATURE_LOWER, signature),
                ],
            )
            return
        headers = request.headers
        headers[KEY_HEADER] = self._key_id
        headers[TIMESTAMP_HEADER] = timestamp.decode()
        headers[SIGNATURE_HEADER] = signature.decode()
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
