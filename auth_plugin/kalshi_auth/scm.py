"""``scm_client``: the generated ``kalshi_scm`` client, for Kalshi's Self-Clearing Member (Klear) API.

SCM authenticates with a bearer token (``kalshiBearer`` in its document), not an API key
signature: ``Authorization: Bearer <admin_user_id>:<access_token>`` on every request.
"""

from __future__ import annotations

import os

import attrs
import httpx

from kalshi_auth.bearer import BearerAuth
from kalshi_auth.client import DEFAULT_TIMEOUT, signed_client
from kalshi_auth.client_base import KeepsItsType, describe_client
from kalshi_auth.errors import ConfigurationError
from kalshi_auth.products import product_base_url
from kalshi_auth.ratelimit import DEFAULT_TIER, RateLimit
from kalshi_auth.retry import RetryPolicy
from kalshi_auth.transport import DEFAULT_DEADLINE, DEFAULT_MAX_RESPONSE_BYTES
from kalshi_scm import AuthenticatedClient

PACKAGE = "kalshi_scm"
ADMIN_USER_ID_VARIABLE = "KALSHI_SCM_ADMIN_USER_ID"
ACCESS_TOKEN_VARIABLE = "KALSHI_SCM_ACCESS_TOKEN"  # noqa: S105 - the variable's name, not a token


@attrs.define(repr=False)
class ScmClient(KeepsItsType, AuthenticatedClient):
    """``kalshi_scm``'s AuthenticatedClient as ``scm_client`` builds it (pass it to any kalshi_scm operation)."""

    signer: BearerAuth | None = attrs.field(default=None, kw_only=True)
    retry_policy: RetryPolicy | None = attrs.field(default=None, kw_only=True)

    def __repr__(self) -> str:
        return describe_client("ScmClient", self._base_url, self.signer, self._timeout, self.retry_policy)

    __str__ = __repr__


def _given_or_env(name: str, given: str | None, variable: str) -> str:
    value = given if given is not None else os.environ.get(variable) or None
    if value is None:
        raise ConfigurationError(
            f"{name} is missing: pass it as an argument or set the environment variable {variable}"
        )
    return value


def scm_client(
    admin_user_id: str | None = None,
    access_token: str | None = None,
    *,
    environment: str | None = None,
    base_url: str | httpx.URL | None = None,
    timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
    retries: RetryPolicy | int | bool | None = None,
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
    deadline: float | None = DEFAULT_DEADLINE,
    max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
    rate_limit: RateLimit | str | None = DEFAULT_TIER,
) -> ScmClient:
    """A client for Kalshi's SCM (Klear) API, for every ``kalshi_scm`` operation.

    ``admin_user_id`` and ``access_token`` (the Security page of klearing.kalshi.com) come from
    KALSHI_SCM_ADMIN_USER_ID and KALSHI_SCM_ACCESS_TOKEN when left out; the URL from the SCM
    environments (``prod``, ``demo``; KALSHI_ENV), or ``base_url``, or KALSHI_SCM_BASE_URL. Retries,
    ``deadline``, ``max_response_bytes``, ``rate_limit`` and typed errors as for ``kalshi_client``.
    The token is sent to that origin only, never across a redirect, and is never shown.
    """
    admin_user_id = _given_or_env("admin_user_id", admin_user_id, ADMIN_USER_ID_VARIABLE)
    access_token = _given_or_env("access_token", access_token, ACCESS_TOKEN_VARIABLE)
    url = product_base_url(PACKAGE, environment, base_url)
    auth = BearerAuth(admin_user_id, access_token, base_url=url)
    return signed_client(
        ScmClient,
        url,
        auth,
        timeout=timeout,
        retries=retries,
        transport=transport,
        deadline=deadline,
        max_response_bytes=max_response_bytes,
        rate_limit=rate_limit,
    )
