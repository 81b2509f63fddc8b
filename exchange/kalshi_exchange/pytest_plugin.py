"""pytest fixtures for testing trading code against the local exchange (registered as a ``pytest11`` plugin).

Installing the SDK registers this module with pytest; nothing here imports the
exchange until a test asks for one of its fixtures, so an install without the
``[exchange]`` extra never breaks a test run.

- ``kalshi_key``: a throwaway Ed25519 key made for the test (never written anywhere).
- ``kalshi_clock``: a ``ControlledClock`` (``.advance(seconds)``, ``.set(when)``), starting at
  the real time and standing still until the test moves it.
- ``kalshi_exchange``: a ``LocalExchange`` serving the installed client's spec, knowing
  ``kalshi_key`` as key id ``"test-key"``, on ``kalshi_clock``, metering the Basic tier;
  ``@pytest.mark.kalshi_exchange(seed=3, rate_limit=None, ...)`` passes keyword arguments to it.
- ``kalshi_test_client``: a signed ``kalshi_client`` talking to that exchange in process.
- ``kalshi_server``: the same exchange over real HTTP (and WebSocket) on 127.0.0.1.
- ``kalshi_server_client``: a signed client talking to ``kalshi_server``.
- ``kalshi_perps_exchange`` / ``kalshi_perps_client``: the same for Kalshi's Perps (margin) API: a
  ``LocalExchange(product="perps")`` knowing ``kalshi_key``, and a signed ``perps_client`` (one key
  signs for both products, as on Kalshi).
- ``kalshi_scm_exchange`` / ``kalshi_scm_client``: the SCM (Klear) API, which takes a bearer token: an
  exchange knowing ``kalshi_scm_credentials`` (an admin user id and a fresh random access token), and
  an ``scm_client`` sending them.

The clients sign with ``kalshi_clock``. The exchange checks each signature's timestamp
against its own clock, as Kalshi checks against its; a client on the same clock is a
client whose clock is in sync with the exchange's (as NTP keeps a real one), so moving
the clock an hour never makes the fixture clients' signatures stale, while the window
check itself stays real: a request signed on another clock (``time.time``) after the
test moved time is refused, as it would be by Kalshi.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from kalshi_auth.client import KalshiClient
    from kalshi_auth.perps import PerpsClient
    from kalshi_auth.scm import ScmClient
    from kalshi_exchange.clock import ControlledClock
    from kalshi_exchange.core import LocalExchange
    from kalshi_exchange.server import ExchangeServer

KEY_ID = "test-key"
LOCAL_BASE_URL = "http://127.0.0.1/trade-api/v2"
SCM_ADMIN_USER_ID = "test-admin"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "kalshi_exchange(**options): keyword arguments for the kalshi_exchange fixture's LocalExchange"
    )


@pytest.fixture
def kalshi_key() -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.generate()


@pytest.fixture
def kalshi_clock() -> ControlledClock:
    from kalshi_exchange.clock import ControlledClock

    return ControlledClock()


@pytest.fixture
def kalshi_exchange(
    request: pytest.FixtureRequest, kalshi_key: Ed25519PrivateKey, kalshi_clock: ControlledClock
) -> LocalExchange:
    from kalshi_exchange.core import LocalExchange

    marker = request.node.get_closest_marker("kalshi_exchange")
    options: dict[str, Any] = {"clock": kalshi_clock, **(marker.kwargs if marker else {})}
    keys = {KEY_ID: kalshi_key.public_key(), **options.pop("keys", {})}
    return LocalExchange(keys=keys, **options)


@pytest.fixture
def kalshi_test_client(kalshi_exchange: LocalExchange, kalshi_key: Ed25519PrivateKey) -> Iterator[KalshiClient]:
    from kalshi_auth import kalshi_client as make_client
    from kalshi_exchange.transport import ExchangeTransport

    client = make_client(
        KEY_ID,
        kalshi_key,
        base_url=LOCAL_BASE_URL,
        transport=ExchangeTransport(kalshi_exchange),
        clock=kalshi_exchange.clock,  # the exchange's clock: kalshi_clock unless the marker gave another
    )
    yield client
    client.get_httpx_client().close()


@pytest.fixture
def kalshi_server(kalshi_exchange: LocalExchange) -> Iterator[ExchangeServer]:
    from kalshi_exchange.server import ExchangeServer

    with ExchangeServer(kalshi_exchange) as server:
        yield server


@pytest.fixture
def kalshi_server_client(kalshi_server: ExchangeServer, kalshi_key: Ed25519PrivateKey) -> Iterator[KalshiClient]:
    from kalshi_auth import kalshi_client as make_client

    client = make_client(KEY_ID, kalshi_key, base_url=kalshi_server.base_url, clock=kalshi_server.exchange.clock)
    yield client
    client.get_httpx_client().close()


def _local_url(exchange: LocalExchange) -> str:
    return f"http://127.0.0.1{exchange.base_path}"


@pytest.fixture
def kalshi_perps_exchange(kalshi_key: Ed25519PrivateKey, kalshi_clock: ControlledClock) -> LocalExchange:
    from kalshi_exchange.core import LocalExchange

    return LocalExchange(product="perps", keys={KEY_ID: kalshi_key.public_key()}, clock=kalshi_clock)


@pytest.fixture
def kalshi_perps_client(kalshi_perps_exchange: LocalExchange, kalshi_key: Ed25519PrivateKey) -> Iterator[PerpsClient]:
    from kalshi_auth import perps_client
    from kalshi_exchange.transport import ExchangeTransport

    client = perps_client(
        KEY_ID,
        kalshi_key,
        base_url=_local_url(kalshi_perps_exchange),
        transport=ExchangeTransport(kalshi_perps_exchange),
        clock=kalshi_perps_exchange.clock,
    )
    yield client
    client.get_httpx_client().close()


@pytest.fixture
def kalshi_scm_credentials() -> tuple[str, str]:
    """(admin user id, access token): the token made for the test, like ``kalshi_key``."""
    import secrets

    return SCM_ADMIN_USER_ID, secrets.token_urlsafe(24)


@pytest.fixture
def kalshi_scm_exchange(kalshi_scm_credentials: tuple[str, str], kalshi_clock: ControlledClock) -> LocalExchange:
    from kalshi_exchange.core import LocalExchange

    admin_user_id, token = kalshi_scm_credentials
    return LocalExchange(product="scm", tokens={admin_user_id: token}, clock=kalshi_clock)


@pytest.fixture
def kalshi_scm_client(
    kalshi_scm_exchange: LocalExchange, kalshi_scm_credentials: tuple[str, str]
) -> Iterator[ScmClient]:
    from kalshi_auth import scm_client
    from kalshi_exchange.transport import ExchangeTransport

    admin_user_id, token = kalshi_scm_credentials
    client = scm_client(
        admin_user_id,
        token,
        base_url=_local_url(kalshi_scm_exchange),
        transport=ExchangeTransport(kalshi_scm_exchange),
    )
    yield client
    client.get_httpx_client().close()
