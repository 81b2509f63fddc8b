"""``kalshi_client`` (signed) and ``kalshi_public_client`` (no credentials): the generated clients, retrying,
pacing, timing out, capping bodies and raising typed errors."""

from __future__ import annotations

import os
import ssl
import time
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

import attrs
import httpx

from kalshi_auth import urls
from kalshi_auth._version import USER_AGENT
from kalshi_auth.body import ACCEPT_ENCODING
from kalshi_auth.client_base import KeepsItsType, describe_settings
from kalshi_auth.errors import ConfigurationError, error_from_response
from kalshi_auth.keys import Passphrase, PrivateKeyInput, SigningKey
from kalshi_auth.loops import PerLoopTransport
from kalshi_auth.orders import afind_order, find_order
from kalshi_auth.ratelimit import DEFAULT_TIER, Pacer, RateLimit, coerce_rate_limit
from kalshi_auth.retry import RetryPolicy, coerce_policy
from kalshi_auth.signing import KalshiAuth, redact_key_id
from kalshi_auth.transport import (
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RESPONSE_BYTES,
    AsyncKalshiTransport,
    KalshiTransport,
    RequestSigner,
)
from kalshi_trade_api import AuthenticatedClient, Client

ENVIRONMENTS = {
    "prod": "https://api.elections.kalshi.com/trade-api/v2",
    "demo": "https://demo-api.kalshi.co/trade-api/v2",
    # The newer hosts listed by the 3.31.0 spec.
    "prod-external": "https://external-api.kalshi.com/trade-api/v2",
    "demo-external": "https://external-api.demo.kalshi.co/trade-api/v2",
}
# Finite by default: a trading loop must never hang on a dead connection.
DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=30.0)


@attrs.define(repr=False)
class KalshiClient(KeepsItsType, AuthenticatedClient):
    """The generated ``AuthenticatedClient`` as ``kalshi_client`` builds it (pass it to any operation).

    Its repr shows where it sends requests and how; never a key, a signature or a token.
    """

    signer: KalshiAuth | None = attrs.field(default=None, kw_only=True)
    retry_policy: RetryPolicy | None = attrs.field(default=None, kw_only=True)

    def __repr__(self) -> str:
        signer = self.signer
        key = f"key_id={redact_key_id(signer.key_id)!r}, key_kind={signer.key_kind!r}, " if signer else ""
        return f"KalshiClient(base_url={self._base_url!r}, {key}{describe_settings(self._timeout, self.retry_policy)})"

    __str__ = __repr__


@attrs.define(repr=False)
class KalshiPublicClient(KeepsItsType, Client):
    """The generated ``Client`` as ``kalshi_public_client`` builds it: everything but signing.

    Public operations (markets, events, series, order books, trades; *public* in the
    operation index) accept it; mypy rejects it for a secured one, which also refuses it
    at run time with ``CredentialsRequiredError`` before sending anything.
    """

    retry_policy: RetryPolicy | None = attrs.field(default=None, kw_only=True)

    def __repr__(self) -> str:
        settings = describe_settings(self._timeout, self.retry_policy)
        return f"KalshiPublicClient(base_url={self._base_url!r}, unsigned, {settings})"

    __str__ = __repr__


class _CookiesWhenSet(httpx.Cookies):
    """httpx's cookie store, skipping its ~15 us per response when the response sets no cookie.

    httpx copies every request header into a urllib request to offer each response to the
    cookie jar; Kalshi's API answers rarely carry Set-Cookie. Same jar, same behaviour.
    """

    def extract_cookies(self, response: httpx.Response) -> None:
        if "set-cookie" in response.headers:
            super().extract_cookies(response)


def _skip_cookieless(client: httpx.Client | httpx.AsyncClient) -> None:
    # httpx keeps the store in a private attribute and wraps whatever is passed as cookies=
    # in a plain Cookies, so it is swapped here; another httpx version keeps its own.
    if type(getattr(client, "_cookies", None)) is httpx.Cookies:
        client._cookies = _CookiesWhenSet(client._cookies.jar)


def _raise_for_status(response: httpx.Response) -> None:
    if not response.is_success:
        response.read()
        raise error_from_response(response)


async def _araise_for_status(response: httpx.Response) -> None:
    if not response.is_success:
        await response.aread()
        raise error_from_response(response)


def _from_env(name: str, given: Any, needed_for: str) -> Any:
    if given is not None:
        return given
    value = os.environ.get(name)
    if not value:
        raise ConfigurationError(f"{needed_for}: pass it as an argument or set the environment variable {name}")
    return value


def resolve_base_url(environment: str | None, base_url: str | httpx.URL | None) -> str:
    base_url = base_url if base_url is not None else os.environ.get("KALSHI_BASE_URL") or None
    if base_url is not None:
        return str(base_url).rstrip("/")
    environment = environment or os.environ.get("KALSHI_ENV") or "prod"
    try:
        return ENVIRONMENTS[environment]
    except KeyError:
        raise ConfigurationError(
            f"unknown environment {environment!r}: use one of {', '.join(ENVIRONMENTS)} or pass base_url"
        ) from None


def kalshi_client(
    key_id: str | None = None,
    private_key: PrivateKeyInput | SigningKey | None = None,
    *,
    passphrase: Passphrase = None,
    environment: str | None = None,
    base_url: str | httpx.URL | None = None,
    timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
    retries: RetryPolicy | int | bool | None = None,
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
    deadline: float | None = DEFAULT_DEADLINE,
    max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
    rate_limit: RateLimit | str | None = DEFAULT_TIER,
    clock: Callable[[], float] = time.time,
) -> KalshiClient:
    """A generated ``AuthenticatedClient`` that signs every attempt, for sync and asyncio operations.

    Arguments left out come from KALSHI_API_KEY_ID, KALSHI_PRIVATE_KEY_PATH or
    KALSHI_PRIVATE_KEY (PEM text), KALSHI_PRIVATE_KEY_PASSPHRASE, KALSHI_ENV and
    KALSHI_BASE_URL (overrides KALSHI_ENV; for a local exchange).
    ``transport`` replaces the network (``httpx.MockTransport`` works for both
    sync and async); signing and retries still apply on top of it.
    ``deadline`` bounds each call in total (attempts, waits, bodies; None: no bound),
    ``max_response_bytes`` each body after decompression (None: no cap), and
    ``rate_limit`` paces requests to a Kalshi tier ("basic" .. "prime"), to a
    ``RateLimit(read=..., write=...)`` in tokens per second, or not at all (None).
    ``clock`` (seconds since the epoch) timestamps the signatures: a test against a
    local exchange on a controlled clock passes that clock.
    """
    key_id, private_key, passphrase = key_inputs(key_id, private_key, passphrase)
    url = resolve_base_url(environment, base_url)
    auth = KalshiAuth(key_id, private_key, passphrase=passphrase, base_url=url, clock=clock)
    policy = coerce_policy(retries)
    client = KalshiClient(
        base_url=url,
        token="",
        timeout=_coerce_timeout(timeout),
        follow_redirects=False,
        raise_on_unexpected_status=True,
        signer=auth,
        retry_policy=policy,
    )
    sync_transport, async_transport = _wire(
        client, auth, policy, url, timeout, transport, deadline, max_response_bytes, rate_limit
    )
    # A create refused as a duplicate after a retry: the transports look up what an earlier attempt placed.
    sync_transport.find_order = lambda ref: find_order(
        client, client_order_id=ref.client_order_id, ticker=ref.ticker, subaccount=ref.subaccount
    )
    async_transport.find_order = lambda ref: afind_order(
        client, client_order_id=ref.client_order_id, ticker=ref.ticker, subaccount=ref.subaccount
    )
    return client


def key_inputs(
    key_id: str | None, private_key: PrivateKeyInput | SigningKey | None, passphrase: Passphrase
) -> tuple[str, PrivateKeyInput | SigningKey, Passphrase]:
    """The API key id, private key and passphrase: as given, else from the KALSHI_* variables."""
    key_id = _from_env("KALSHI_API_KEY_ID", key_id, "key_id (your Kalshi API key id) is missing")
    if private_key is None:
        private_key = os.environ.get("KALSHI_PRIVATE_KEY_PATH") or os.environ.get("KALSHI_PRIVATE_KEY")
        if not private_key:
            raise ConfigurationError(
                "private_key is missing: pass it (path, PEM text or key object) or set KALSHI_PRIVATE_KEY_PATH "
                "(a file) or KALSHI_PRIVATE_KEY (PEM text)"
            )
    if passphrase is None:
        passphrase = os.environ.get("KALSHI_PRIVATE_KEY_PASSPHRASE") or None
    return key_id, private_key, passphrase


class _Assembled(Protocol):
    """What signed_client needs of a generated AuthenticatedClient subclass."""

    def set_httpx_client(self, client: httpx.Client) -> Any: ...

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Any: ...


ClientT = TypeVar("ClientT", bound=_Assembled)


def signed_client(
    make: Callable[..., ClientT],
    url: str,
    signer: RequestSigner,
    *,
    timeout: httpx.Timeout | float | None,
    retries: RetryPolicy | int | bool | None,
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
    deadline: float | None,
    max_response_bytes: int | None,
    rate_limit: RateLimit | str | None,
) -> ClientT:
    """A generated client (``make``: an AuthenticatedClient subclass with ``signer`` and ``retry_policy``)
    whose every attempt ``signer`` signs, paced, retried, bounded and raising typed errors.

    Another product's client is built here, whatever its package or its auth scheme.
    """
    policy = coerce_policy(retries)
    client = make(
        base_url=url,
        token="",
        timeout=_coerce_timeout(timeout),
        follow_redirects=False,
        raise_on_unexpected_status=True,
        signer=signer,
        retry_policy=policy,
    )
    _wire(client, signer, policy, url, timeout, transport, deadline, max_response_bytes, rate_limit)
    return client


def kalshi_public_client(
    *,
    environment: str | None = None,
    base_url: str | httpx.URL | None = None,
    timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
    retries: RetryPolicy | int | bool | None = None,
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
    deadline: float | None = DEFAULT_DEADLINE,
    max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
    rate_limit: RateLimit | str | None = DEFAULT_TIER,
) -> KalshiPublicClient:
    """A client for Kalshi's public data (markets, events, series, order books, trades) without a key.

    Everything ``kalshi_client`` does but signing: retries, pacing to ``rate_limit``, the
    call's ``deadline``, ``max_response_bytes``, typed errors, one asyncio pool per event
    loop. ``environment``/``base_url`` (or KALSHI_ENV/KALSHI_BASE_URL) choose the server;
    no credential variable is read. A secured operation (a portfolio, an order) raises
    ``CredentialsRequiredError`` before any request is made.
    """
    url = resolve_base_url(environment, base_url)
    policy = coerce_policy(retries)
    client = KalshiPublicClient(
        base_url=url,
        timeout=_coerce_timeout(timeout),
        follow_redirects=False,
        raise_on_unexpected_status=True,
        retry_policy=policy,
    )
    _wire(client, None, policy, url, timeout, transport, deadline, max_response_bytes, rate_limit)
    return client


def _coerce_timeout(timeout: httpx.Timeout | float | None) -> httpx.Timeout | None:
    return timeout if isinstance(timeout, httpx.Timeout) or timeout is None else httpx.Timeout(timeout)


def _wire(
    client: _Assembled,
    auth: RequestSigner | None,
    policy: RetryPolicy,
    url: str,
    timeout: httpx.Timeout | float | None,
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
    deadline: float | None,
    max_response_bytes: int | None,
    rate_limit: RateLimit | str | None,
) -> tuple[KalshiTransport, AsyncKalshiTransport]:
    """Give ``client`` its httpx clients: paced, signed when ``auth`` is given, retrying, bounded."""
    _check_bounds(deadline, max_response_bytes)
    limit = coerce_rate_limit(rate_limit)
    pacer = Pacer(limit, httpx.URL(url).path) if limit is not None else None  # one budget for sync and async
    bounds: dict[str, Any] = {"deadline": deadline, "max_response_bytes": max_response_bytes, "pacer": pacer}
    if transport is None:
        ssl_context = ssl.create_default_context()  # one context for both transports
        sync_inner: httpx.BaseTransport = httpx.HTTPTransport(verify=ssl_context, limits=DEFAULT_LIMITS)
        # One pool per event loop: the asyncio side keeps working across asyncio.run() calls.
        async_inner: httpx.AsyncBaseTransport = PerLoopTransport(lambda: async_network_transport(ssl_context))
    else:
        sync_inner = transport if isinstance(transport, httpx.BaseTransport) else _NoSync(transport)
        async_inner = transport if isinstance(transport, httpx.AsyncBaseTransport) else _NoAsync(transport)
    common: dict[str, Any] = {
        "base_url": url,
        "timeout": _coerce_timeout(timeout),
        "follow_redirects": False,
        # Only encodings the transport decompresses in bounded steps (see kalshi_auth.body).
        "headers": {"User-Agent": USER_AGENT, "Accept-Encoding": ACCEPT_ENCODING},
    }
    sync_transport = KalshiTransport(sync_inner, auth, policy, **bounds)
    async_transport = AsyncKalshiTransport(async_inner, auth, policy, **bounds)
    # Pre-built httpx clients: the generated client then adds no Authorization header of its own.
    # urls: httpx clients that merge each operation's path onto base_url once.
    sync_client = urls.Client(transport=sync_transport, event_hooks={"response": [_raise_for_status]}, **common)
    async_client = urls.AsyncClient(transport=async_transport, event_hooks={"response": [_araise_for_status]}, **common)
    _skip_cookieless(sync_client)
    _skip_cookieless(async_client)
    client.set_httpx_client(sync_client)
    client.set_async_httpx_client(async_client)
    return sync_transport, async_transport


def async_network_transport(ssl_context: ssl.SSLContext) -> httpx.AsyncBaseTransport:
    """aiohttp's connection pool under httpx when installed (``[fast]``), httpx's own otherwise.

    With 50 requests in flight on loopback, httpx's own async pool served ~270 req/s
    here and aiohttp's ~2,900 (tests/peers); both speak httpx's transport interface,
    raise httpx's errors and honour its per-request timeouts, so nothing above changes.
    """
    try:
        # Optional: without it installed, a user's mypy finds no module here (the ignore says so).
        from httpx_aiohttp import AiohttpTransport  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return httpx.AsyncHTTPTransport(verify=ssl_context, limits=DEFAULT_LIMITS)
    pooled: httpx.AsyncBaseTransport = AiohttpTransport(verify=ssl_context, limits=DEFAULT_LIMITS)
    return pooled


def _check_bounds(deadline: float | None, max_response_bytes: int | None) -> None:
    number = isinstance(deadline, (int, float)) and not isinstance(deadline, bool)
    if deadline is not None and not (number and 0 < deadline < float("inf")):
        raise ConfigurationError(f"deadline must be a positive number of seconds or None, not {deadline!r}")
    count = isinstance(max_response_bytes, int) and not isinstance(max_response_bytes, bool)
    if max_response_bytes is not None and not (count and max_response_bytes > 0):
        raise ConfigurationError(f"max_response_bytes must be a positive int or None, not {max_response_bytes!r}")


class _NoSync(httpx.BaseTransport):
    def __init__(self, given: object) -> None:
        self.given = type(given).__name__

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raise ConfigurationError(f"the transport given ({self.given}) is async-only; use the asyncio operations")


class _NoAsync(httpx.AsyncBaseTransport):
    def __init__(self, given: object) -> None:
        self.given = type(given).__name__

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        raise ConfigurationError(f"the transport given ({self.given}) is sync-only; use the sync operations")
