"""Every product's client from kalshi_auth: its own environments, the same signer and guarantees,
and the SCM's bearer token kept as carefully as a private key. Sync and async twins."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest

import kalshi_auth
from kalshi_auth import (
    BadRequestError,
    ConfigurationError,
    KalshiAPIError,
    RetryPolicy,
    ServerError,
    SigningError,
    UnauthorizedError,
    perps_client,
    scm_client,
)
from kalshi_auth.products import product_info
from kalshi_perps.api.portfolio import get_margin_balance
from kalshi_perps.models import GetMarginBalanceResponse
from kalshi_perps.types import deviations
from kalshi_scm.api.default import get_settlement_balance
from kalshi_scm.models import GetSettlementBalanceResponse
from tests.authcheck import verify
from tests.conftest import KALSHI_ENV_VARS
from tests.keyfactory import ed_key, rsa_key

PERPS_PROD = "https://external-api.kalshi.com/trade-api/v2"
PERPS_DEMO = "https://external-api.demo.kalshi.co/trade-api/v2"
SCM_PROD = "https://api.klear.kalshi.com/klear-api/v1"
TOKEN = "tok-SECRET-5f0c9a"  # a throwaway test value
ADMIN = "admin-7c1e42"
BALANCE = {"subaccount_balances": [], "settled_funds": "12.3400"}
SETTLEMENT = {"user_id": "u1", "balance_available_centicents": 99}


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in KALSHI_ENV_VARS:
        monkeypatch.delenv(name, raising=False)


class Seen:
    """A MockTransport handler answering from a script, keeping a copy of every request."""

    def __init__(self, *answers: httpx.Response) -> None:
        self.answers, self.requests = list(answers), []  # type: ignore[var-annotated]
        self.urls: list[str] = []  # without the query

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(httpx.Request(request.method, request.url, headers=request.headers.copy()))
        self.urls.append(str(request.url.copy_with(query=None)))
        return self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]


def _sync(operation: Any, client: Any) -> Any:
    return operation.sync(client=client)


def _async(operation: Any, client: Any) -> Any:
    return asyncio.run(operation.asyncio(client=client))


TWINS = pytest.mark.parametrize("call", [_sync, _async], ids=["sync", "async"])
FAST = RetryPolicy(backoff_base=0.001, backoff_max=0.002)


def _perps(seen: Seen, **kwargs: Any) -> Any:
    kwargs.setdefault("retries", FAST)
    return perps_client("key-0001", rsa_key(), transport=httpx.MockTransport(seen), **kwargs)


def _scm(seen: Seen, **kwargs: Any) -> Any:
    kwargs.setdefault("retries", FAST)
    return scm_client(ADMIN, TOKEN, transport=httpx.MockTransport(seen), **kwargs)


# --- environments -------------------------------------------------------------------------------


def test_environments_come_from_the_generated_package() -> None:
    assert product_info("kalshi_perps")["environments"] == {"prod": PERPS_PROD, "demo": PERPS_DEMO}
    assert product_info("kalshi_scm")["auth"] == "bearer"


def test_a_perps_client_never_takes_the_trade_apis_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KALSHI_BASE_URL", "http://127.0.0.1:9/trade-api/v2")  # meant for kalshi_client
    seen = Seen(httpx.Response(200, json=BALANCE))
    _sync(get_margin_balance, _perps(seen))
    assert seen.urls[0] == f"{PERPS_PROD}/margin/balance"
    monkeypatch.setenv("KALSHI_ENV", "demo")
    _sync(get_margin_balance, _perps(seen))
    assert seen.urls[1] == f"{PERPS_DEMO}/margin/balance"
    monkeypatch.setenv("KALSHI_PERPS_BASE_URL", "http://127.0.0.1:9/perps/")
    _sync(get_margin_balance, _perps(seen))
    assert seen.urls[2] == "http://127.0.0.1:9/perps/margin/balance"


def test_an_environment_the_product_does_not_have_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigurationError, match=r"'staging' for Kalshi Perps .*prod, demo.*KALSHI_PERPS_BASE_URL"):
        perps_client("key-0001", rsa_key(), environment="staging")
    monkeypatch.setenv("KALSHI_ENV", "prod-external")  # a Trade API environment name
    with pytest.raises(ConfigurationError, match=r"'prod-external' \(from KALSHI_ENV\) for Kalshi Self-Clearing"):
        scm_client(ADMIN, TOKEN)


# --- one key, the Trade API's guarantees ----------------------------------------------------------


@TWINS
def test_perps_requests_are_signed_and_parsed_into_the_success_model(call: Callable[[Any, Any], Any]) -> None:
    seen = Seen(httpx.Response(200, json=BALANCE))
    result = call(get_margin_balance, _perps(seen))
    assert (
        isinstance(result, GetMarginBalanceResponse)
        and not deviations(result)
        and result.settled_funds == Decimal("12.34")
    )
    (request,) = seen.requests
    verify(rsa_key().public_key(), request.headers, "GET", "/trade-api/v2/margin/balance")
    assert "authorization" not in request.headers


@TWINS
def test_perps_errors_retries_and_typed_errors_are_the_trade_apis(call: Callable[[Any, Any], Any]) -> None:
    seen = Seen(httpx.Response(503, json={}), httpx.Response(200, json=BALANCE))
    assert call(get_margin_balance, _perps(seen)).settled_funds == Decimal("12.34")
    assert len(seen.requests) == 2  # a GET is retried
    with pytest.raises(UnauthorizedError, match="demo key used on production"):
        call(get_margin_balance, _perps(Seen(httpx.Response(401, json={"error": {"code": "unauthorized"}}))))
    with pytest.raises(ServerError):
        call(get_margin_balance, _perps(Seen(httpx.Response(500, json={})), retries=False))


def test_a_perps_client_refuses_to_sign_for_the_trade_api_host() -> None:
    seen = Seen(httpx.Response(200, json={}))
    client = _perps(seen, environment="demo")
    with pytest.raises(SigningError, match="refusing to sign"):
        client.get_httpx_client().get("https://demo-api.kalshi.co/trade-api/v2/portfolio/balance")
    assert seen.requests == []


def test_one_key_signs_both_products_each_for_its_own_host() -> None:
    from kalshi_trade_api.api.portfolio import get_balance

    trade_seen, perps_seen = Seen(httpx.Response(200, json={"balance": 5})), Seen(httpx.Response(200, json=BALANCE))
    trade = kalshi_auth.kalshi_client("key-0001", ed_key(), transport=httpx.MockTransport(trade_seen))
    perps = perps_client("key-0001", ed_key(), transport=httpx.MockTransport(perps_seen))
    assert get_balance.sync(client=trade).balance == 5
    assert get_margin_balance.sync(client=perps).settled_funds == Decimal("12.34")
    assert trade_seen.requests[0].url.host == "api.elections.kalshi.com"
    assert perps_seen.requests[0].url.host == "external-api.kalshi.com"
    verify(ed_key().public_key(), perps_seen.requests[0].headers, "GET", "/trade-api/v2/margin/balance")
    assert "PerpsClient(base_url='https://external-api.kalshi.com/trade-api/v2'" in repr(perps)


# --- SCM: the bearer token ----------------------------------------------------------------------


@TWINS
def test_scm_sends_the_bearer_token_and_no_kalshi_signature(call: Callable[[Any, Any], Any]) -> None:
    seen = Seen(httpx.Response(200, json=SETTLEMENT))
    result = call(get_settlement_balance, _scm(seen))
    assert isinstance(result, GetSettlementBalanceResponse) and result.balance_available_centicents == 99
    (request,) = seen.requests
    assert seen.urls == [f"{SCM_PROD}/margin/settlement_balance"]
    assert request.headers["authorization"] == f"Bearer {ADMIN}:{TOKEN}"
    assert not [h for h in request.headers if h.lower().startswith("kalshi-access")]


def test_scm_replaces_any_credential_a_caller_set() -> None:
    seen = Seen(httpx.Response(200, json=SETTLEMENT))
    headers = {"Authorization": "Bearer someone-else", "KALSHI-ACCESS-KEY": "k", "KALSHI-ACCESS-SIGNATURE": "s"}
    _scm(seen).get_httpx_client().get("/margin/settlement_balance", headers=headers)
    assert seen.requests[0].headers.get_list("authorization") == [f"Bearer {ADMIN}:{TOKEN}"]
    assert "kalshi-access-key" not in seen.requests[0].headers


@TWINS
def test_scm_never_follows_a_redirect_with_the_token(call: Callable[[Any, Any], Any]) -> None:
    seen = Seen(httpx.Response(307, headers={"Location": "https://elsewhere.example/steal"}))
    with pytest.raises(KalshiAPIError) as caught:
        call(get_settlement_balance, _scm(seen))
    assert caught.value.status_code == 307
    assert [r.url.host for r in seen.requests] == ["api.klear.kalshi.com"]


def test_scm_refuses_to_send_the_token_to_another_origin() -> None:
    seen = Seen(httpx.Response(200, json=SETTLEMENT))
    client = _scm(seen)
    for url in ("https://elsewhere.example/klear-api/v1/x", "http://api.klear.kalshi.com/klear-api/v1/x"):
        with pytest.raises(SigningError) as caught:
            client.get_httpx_client().get(url)
        assert TOKEN not in str(caught.value) and ADMIN not in str(caught.value)
    assert seen.requests == []


def test_the_token_never_shows_in_reprs_errors_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    seen = Seen(httpx.Response(503, json={}), httpx.Response(400, json={"error": {"code": "bad", "message": "no"}}))
    client = _scm(seen)
    with caplog.at_level(logging.DEBUG), pytest.raises(BadRequestError) as caught:
        get_settlement_balance.sync(client=client)
    texts = [
        repr(client),
        str(client),
        repr(client.signer),
        repr(client.get_httpx_client()._transport),
        repr(seen.requests[0].headers),
        str(caught.value),
        repr(caught.value),
        caplog.text,
    ]
    assert "retrying GET" in caplog.text  # the logs were captured
    for text in texts:
        assert TOKEN not in text and ADMIN not in text, text
    assert "access_token=<redacted>" in repr(client)


@pytest.mark.parametrize(
    ("admin", "token", "problem"),
    [
        ("", TOKEN, "admin_user_id is empty"),
        ("adm:in", TOKEN, "admin_user_id contains character U\\+003A at position 4"),
        (ADMIN, TOKEN + "\n", "access_token contains whitespace at position 18 of 18 \\(a trailing newline"),
        (ADMIN, "tok en", "access_token contains whitespace at position 4"),
        (ADMIN, "x" * 5000, "access_token is 5000 characters long"),
    ],
)
def test_bad_credentials_are_refused_without_showing_them(admin: str, token: str, problem: str) -> None:
    with pytest.raises(ConfigurationError, match=problem) as caught:
        scm_client(admin, token)
    for secret in (admin, token):
        assert len(secret) < 4 or secret.strip() not in str(caught.value)


def test_scm_credentials_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigurationError, match=r"admin_user_id is missing.*KALSHI_SCM_ADMIN_USER_ID"):
        scm_client()
    monkeypatch.setenv("KALSHI_SCM_ADMIN_USER_ID", ADMIN)
    with pytest.raises(ConfigurationError, match=r"access_token is missing.*KALSHI_SCM_ACCESS_TOKEN"):
        scm_client()
    monkeypatch.setenv("KALSHI_SCM_ACCESS_TOKEN", TOKEN)
    monkeypatch.setenv("KALSHI_ENV", "demo")
    seen = Seen(httpx.Response(200, json=SETTLEMENT))
    scm_client(transport=httpx.MockTransport(seen)).get_httpx_client().get("/margin/settlement_balance")
    assert seen.urls == ["https://demo-api.kalshi.co/klear-api/v1/margin/settlement_balance"]
    assert seen.requests[0].headers["authorization"] == f"Bearer {ADMIN}:{TOKEN}"


def test_importing_kalshi_auth_loads_no_other_product() -> None:
    import subprocess
    import sys

    code = (
        "import sys, kalshi_auth; print(sorted(m for m in sys.modules if m.startswith(('kalshi_perps', 'kalshi_scm'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
