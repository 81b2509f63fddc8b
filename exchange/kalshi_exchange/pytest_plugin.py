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
    from kalshi_exchange.clock import ControlledClock
    from kalshi_exchange.core import LocalExchange
    from kalshi_exchange.server import ExchangeServer

KEY_ID = "test-key"
LOCAL_BASE_URL = "http://127.0.0.1/trade-api/v2"


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
