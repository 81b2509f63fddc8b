"""One set of error classes for every product: ``except kalshi_auth.ResponseParseError`` (or
``KalshiSDKError``) catches it from the Trade API, Perps and SCM packages alike, and each package still
works on its own (without kalshi_errors), and names its own client when credentials are missing."""

from __future__ import annotations

import asyncio
import importlib
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

import kalshi_auth
import kalshi_errors
from codegen.generate import SHARED_ERRORS, SHARED_ERRORS_COPY
from codegen.products import load_products
from kalshi_perps.api.orders import get_margin_orders
from kalshi_perps.api.portfolio import get_margin_balance
from kalshi_scm.api.default import get_settlement_balance
from tests.conftest import ROOT
from tests.keyfactory import ed_key

PACKAGES = [product.package for product in load_products().values()]
SHARED = ("KalshiSDKError", "UnexpectedStatus", "ResponseParseError", "PaginationError")


@pytest.mark.parametrize("package", PACKAGES)
def test_every_package_raises_the_shared_classes(package: str) -> None:
    errors = importlib.import_module(f"{package}.errors")
    for name in SHARED:
        assert getattr(errors, name) is getattr(kalshi_errors, name), f"{package}.errors.{name}"
    assert issubclass(errors.CredentialsRequiredError, kalshi_auth.CredentialsRequiredError)
    assert kalshi_auth.KalshiSDKError is kalshi_errors.KalshiSDKError
    assert kalshi_auth.ResponseParseError is kalshi_errors.ResponseParseError
    copy = ROOT / "generated" / package / SHARED_ERRORS_COPY
    assert copy.read_bytes() == SHARED_ERRORS.read_bytes(), f"{copy} is not the pipeline's copy of kalshi_errors"


def _broken(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=b"<html>proxy page</html>", headers={"content-type": "text/html"})


def test_a_perps_or_scm_parse_error_is_caught_as_kalshi_auths() -> None:
    perps = kalshi_auth.perps_client("key-1", ed_key(), transport=httpx.MockTransport(_broken), retries=False)
    scm = kalshi_auth.scm_client("admin-1", "token-1", transport=httpx.MockTransport(_broken), retries=False)
    caught: list[BaseException] = []
    for call in (
        lambda: get_margin_balance.sync(client=perps),
        lambda: asyncio.run(get_margin_balance.asyncio(client=perps)),
        lambda: list(get_margin_orders.paginate(client=perps)),
        lambda: get_settlement_balance.sync(client=scm),
    ):
        try:
            call()
        except kalshi_auth.ResponseParseError as error:  # the Trade API's name for it, imported once
            caught.append(error)
    assert len(caught) == 4
    assert all(isinstance(error, kalshi_auth.KalshiSDKError) for error in caught)
    assert caught[0].operation == "GET /margin/balance" and b"proxy page" in caught[0].content  # type: ignore[attr-defined]


def test_missing_credentials_name_the_products_own_client_and_credentials() -> None:
    from kalshi_perps import Client as PerpsBareClient
    from kalshi_scm import Client as ScmBareClient

    with pytest.raises(kalshi_auth.CredentialsRequiredError) as perps:
        get_margin_balance.sync(client=PerpsBareClient("http://127.0.0.1:9"))  # type: ignore[arg-type]
    assert "kalshi_auth.perps_client()" in str(perps.value) and "private key" in str(perps.value)
    with pytest.raises(kalshi_auth.CredentialsRequiredError) as scm:
        get_settlement_balance.sync(client=ScmBareClient("http://127.0.0.1:9"))  # type: ignore[arg-type]
    assert "kalshi_auth.scm_client()" in str(scm.value) and "access token" in str(scm.value)
    assert "kalshi_client" not in str(perps.value) + str(scm.value)


@pytest.mark.parametrize("package", ["kalshi_perps", "kalshi_scm", "kalshi_trade_api"])
def test_every_operation_docstring_names_the_products_client(package: str) -> None:
    client = importlib.import_module(package).__name__
    call = {"kalshi_perps": "perps_client", "kalshi_scm": "scm_client", "kalshi_trade_api": "kalshi_client"}[client]
    modules = sorted((ROOT / "generated" / package / "api").rglob("*.py"))
    docs = [m.read_text().split('"""')[1] for m in modules if m.name != "__init__.py"]
    assert docs and all(f"Pass `client=kalshi_auth.{call}()`" in doc for doc in docs)


ON_ITS_OWN = """
import sys
sys.modules["kalshi_errors"] = None  # not installed: the package falls back to its own copy
sys.path[:0] = [sys.argv[1]]
import kalshi_perps.errors as errors
from kalshi_perps import Client
from kalshi_perps.api.portfolio import get_margin_balance
assert errors.KalshiSDKError.__module__ == "kalshi_perps._sdk_errors", errors.KalshiSDKError.__module__
try:
    get_margin_balance.sync(client=Client("http://127.0.0.1:9"))
except errors.KalshiSDKError as error:
    print(type(error).__name__, "|", error)
"""


def test_a_package_on_its_own_uses_its_copy_of_the_shared_errors(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-I", "-c", ON_ITS_OWN, str(ROOT / "generated")],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("CredentialsRequiredError | GET /margin/balance needs a Kalshi API key id")
