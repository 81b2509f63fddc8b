"""Reaching Kalshi's WebSocket API: the URL, the credentials, one signed connection attempt, the backoff."""

from __future__ import annotations

import asyncio
import os
import random
import time
from collections.abc import Callable

import httpx
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import InvalidHandshake, InvalidStatus, InvalidURI

from kalshi_auth.client import resolve_base_url
from kalshi_auth.errors import UNAUTHORIZED_HINT, ConfigurationError
from kalshi_auth.keys import Passphrase, PrivateKeyInput, SigningKey
from kalshi_auth.signing import KalshiAuth
from kalshi_auth.websocket import websocket_headers
from kalshi_stream.errors import StreamAuthError, StreamDisconnectedError, StreamRedirectError

_REDIRECTS = (300, 301, 302, 303, 307, 308)


class _NoRedirects(connect):
    """``websockets.connect`` that never follows a redirect.

    Why none at all, not even same-origin: the handshake carries the signed
    ``KALSHI-ACCESS-*`` headers, and websockets strips only ``Authorization``/``Cookie``
    on a cross-origin hop, so following would hand a replayable signature (valid for
    the signature window) to whatever host the answer names. Same-origin only would
    not help either: the signature covers the path, so a request to the new path must
    be signed again, and signing whatever path a server names is signing for the
    server. Kalshi's WebSocket endpoints do not redirect; the REST client refuses
    redirects too. A redirect is a ``StreamRedirectError``; pass the new ``url=``
    yourself if you trust it.
    """

    def process_redirect(self, exc: Exception) -> Exception | str:
        return exc


def websocket_url(environment: str | None = None, base_url: str | httpx.URL | None = None) -> str:
    """The WebSocket URL for an environment or REST base URL (``KALSHI_WS_URL`` overrides both).

    ``https://host/trade-api/v2`` -> ``wss://host/trade-api/ws/v2``, the layout of every Kalshi host.
    """
    explicit = os.environ.get("KALSHI_WS_URL")
    if explicit and base_url is None and environment is None:
        return explicit
    rest = httpx.URL(resolve_base_url(environment, base_url))
    scheme = {"https": "wss", "http": "ws"}.get(rest.scheme, rest.scheme)
    path = rest.path.rstrip("/")
    if not path.endswith("/trade-api/v2"):
        raise ConfigurationError(f"cannot derive the WebSocket URL from {rest}: pass url= (e.g. ExchangeServer.ws_url)")
    return str(rest.copy_with(scheme=scheme, path=path[: -len("/v2")] + "/ws/v2"))


def signer(
    key_id: str | None,
    private_key: PrivateKeyInput | SigningKey | None,
    passphrase: Passphrase,
    url: str,
    clock: Callable[[], float] = time.time,
) -> tuple[str, KalshiAuth]:
    """The key id and a signer for ``url``, from the arguments or the same KALSHI_* variables as kalshi_client."""
    key_id = key_id or os.environ.get("KALSHI_API_KEY_ID")
    if not key_id:
        raise ConfigurationError(
            "key_id (your Kalshi API key id) is missing: pass it or set the environment variable KALSHI_API_KEY_ID"
        )
    if private_key is None:
        private_key = os.environ.get("KALSHI_PRIVATE_KEY_PATH") or os.environ.get("KALSHI_PRIVATE_KEY")
        if not private_key:
            raise ConfigurationError(
                "private_key is missing: pass it (path, PEM text or key object) or set KALSHI_PRIVATE_KEY_PATH "
                "(a file) or KALSHI_PRIVATE_KEY (PEM text)"
            )
    if passphrase is None:
        passphrase = os.environ.get("KALSHI_PRIVATE_KEY_PASSPHRASE") or None
    return key_id, KalshiAuth(key_id, private_key, passphrase=passphrase, base_url=url, clock=clock)


async def open_connection(
    url: str, key_id: str, auth: KalshiAuth, liveness_timeout: float, open_timeout: float, max_size: int
) -> ClientConnection:
    """One connection attempt, its handshake signed with a fresh timestamp.

    Keepalive is websockets' own: a ping every ``liveness_timeout / 2`` seconds,
    and no pong within another ``liveness_timeout / 2`` closes the connection.
    A redirect is never followed (``StreamRedirectError``, see ``_NoRedirects``).
    """
    headers = websocket_headers(key_id, auth, url=url)
    half = liveness_timeout / 2
    try:
        return await _NoRedirects(
            url,
            additional_headers=headers,
            open_timeout=open_timeout,
            ping_interval=half,
            ping_timeout=half,
            close_timeout=min(2.0, half),
            max_size=max_size,
            max_queue=MAX_QUEUE,
        )
    except InvalidStatus as err:
        status = err.response.status_code
        if status in (401, 403):
            raise StreamAuthError(
                f"the WebSocket handshake to {url} was refused with HTTP {status}{UNAUTHORIZED_HINT}"
            ) from None
        if status in _REDIRECTS:
            where = err.response.headers.get("Location", "nowhere")
            raise StreamRedirectError(
                f"the WebSocket handshake to {url} was redirected (HTTP {status}) to {where[:200]!r}; "
                "redirects are never followed (the handshake is signed): pass url= yourself if you trust it"
            ) from None
        raise StreamDisconnectedError(f"the WebSocket handshake to {url} got HTTP {status}") from None
    except InvalidURI as err:
        raise ConfigurationError(f"invalid WebSocket URL {url!r}: {err}") from None
    except (OSError, asyncio.TimeoutError, InvalidHandshake) as err:
        raise StreamDisconnectedError(f"cannot connect to {url}: {type(err).__name__}: {err}") from None


# Frames websockets itself buffers before it stops reading the socket (its default): with the
# client's own queue, what a connection can hold is ``queue_bytes + MAX_QUEUE * max_message_size``.
MAX_QUEUE = 16


def backoff(attempt: int, base: float, cap: float) -> float:
    """Seconds before reconnect ``attempt``: capped exponential backoff with full jitter (clients spread out)."""
    return random.uniform(0, min(cap, base * 2 ** (attempt - 1)))  # noqa: S311 - timing jitter, not a secret
