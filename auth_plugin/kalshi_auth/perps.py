"""``perps_client``: the generated ``kalshi_perps`` client, signed with the same API key as the Trade API."""

from __future__ import annotations

import time
from collections.abc import Callable

import attrs
import httpx

from kalshi_auth.client import DEFAULT_TIMEOUT, key_inputs, signed_client
from kalshi_auth.client_base import KeepsItsType, describe_client
from kalshi_auth.keys import Passphrase, PrivateKeyInput, SigningKey
from kalshi_auth.products import product_base_url
from kalshi_auth.ratelimit import DEFAULT_TIER, RateLimit
from kalshi_auth.retry import RetryPolicy
from kalshi_auth.signing import KalshiAuth
from kalshi_auth.transport import DEFAULT_DEADLINE, DEFAULT_MAX_RESPONSE_BYTES
from kalshi_perps import AuthenticatedClient

PACKAGE = "kalshi_perps"


@attrs.define(repr=False)
class PerpsClient(KeepsItsType, AuthenticatedClient):
    """``kalshi_perps``'s AuthenticatedClient as ``perps_client`` builds it (pass it to any kalshi_perps operation)."""

    signer: KalshiAuth | None = attrs.field(default=None, kw_only=True)
    retry_policy: RetryPolicy | None = attrs.field(default=None, kw_only=True)

    def __repr__(self) -> str:
        return describe_client("PerpsClient", self._base_url, self.signer, self._timeout, self.retry_policy)

    __str__ = __repr__


def perps_client(
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
) -> PerpsClient:
    """A signed client for Kalshi's Perps (margin) REST API, for every ``kalshi_perps`` operation.

    The same API key as the Trade API (KALSHI_API_KEY_ID, KALSHI_PRIVATE_KEY_PATH or KALSHI_PRIVATE_KEY,
    KALSHI_PRIVATE_KEY_PASSPHRASE) and every other argument as ``kalshi_client``; the URL comes from
    the Perps environments (``prod``, ``demo``; KALSHI_ENV), or ``base_url``, or KALSHI_PERPS_BASE_URL,
    never from the Trade API's KALSHI_BASE_URL.
    """
    key_id, private_key, passphrase = key_inputs(key_id, private_key, passphrase)
    url = product_base_url(PACKAGE, environment, base_url)
    auth = KalshiAuth(key_id, private_key, passphrase=passphrase, base_url=url, clock=clock)
    return signed_client(
        PerpsClient,
        url,
        auth,
        timeout=timeout,
        retries=retries,
        transport=transport,
        deadline=deadline,
        max_response_bytes=max_response_bytes,
        rate_limit=rate_limit,
    )
