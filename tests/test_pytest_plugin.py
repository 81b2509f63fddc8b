"""The pytest plugin users get with the SDK: fixtures for a local exchange and signed clients.

Nothing in conftest.py imports the plugin: these tests get the fixtures through
the installed ``pytest11`` entry point, as a user's test suite would.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from kalshi_trade_api.api.exchange import get_exchange_status
from kalshi_trade_api.api.portfolio import get_balance


def test_in_process_client_is_signed_and_verified(kalshi_test_client: Any, kalshi_exchange: Any) -> None:
    balance = get_balance.sync(client=kalshi_test_client)
    assert isinstance(balance.balance_dollars, str)
    (seen,) = kalshi_exchange.seen
    assert seen.operation == "GET /portfolio/balance" and seen.verified and seen.key_id == "test-key"


def test_the_async_side_works_too(kalshi_test_client: Any, kalshi_exchange: Any) -> None:
    asyncio.run(get_balance.asyncio(client=kalshi_test_client))
    assert [s.verified for s in kalshi_exchange.seen] == [True]


@pytest.mark.kalshi_exchange(seed=7)
def test_marker_options_reach_the_exchange(kalshi_exchange: Any, kalshi_test_client: Any) -> None:
    assert kalshi_exchange.seed == 7
    kalshi_exchange.inject("status", status=503, count=1, operation="GET /exchange/status")
    assert get_exchange_status.sync(client=kalshi_test_client) is not None  # retried past the 503
    assert [s.status for s in kalshi_exchange.seen] == [503, 200]


def test_loopback_server_and_client(kalshi_server: Any, kalshi_server_client: Any, kalshi_exchange: Any) -> None:
    assert kalshi_server.base_url.startswith("http://127.0.0.1:")
    get_balance.sync(client=kalshi_server_client)
    assert kalshi_exchange.seen[-1].verified


def test_the_plugin_loads_without_the_exchange_extra() -> None:
    """pytest loads the plugin for every user of the SDK; without the extra only the fixtures fail, clearly."""
    import subprocess
    import sys

    code = (
        "import sys; sys.modules['openapi_core'] = None  # as if the extra were not installed\n"
        "import kalshi_exchange.pytest_plugin\n"
        "try:\n    from kalshi_exchange import LocalExchange\n"
        "except ImportError as err:\n    print(err)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "pip install 'kalshi-trade-api[exchange]'" in result.stdout


def test_the_readme_bot_test_passes_under_pytest(tmp_path: Any) -> None:
    """The bot test of docs/exchange.md, written to a file and run by pytest in a fresh process."""
    import subprocess
    import sys

    from tests.readme_walkthrough import python_blocks

    (block,) = [block.code for block in python_blocks() if "def test_bot_" in block.code]
    (tmp_path / "test_bot.py").write_text(block)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path / "test_bot.py")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and "1 passed" in result.stdout, result.stdout[-2000:]


def test_scenario_seeds_balances_and_books_that_keys_trade_against(
    kalshi_exchange: Any, kalshi_test_client: Any
) -> None:
    from decimal import Decimal

    from kalshi_trade_api.api.market import get_market_orderbook
    from kalshi_trade_api.api.orders import create_order_v2
    from kalshi_trade_api.models import CreateOrderV2Request

    market = "KXTEST-26JAN01"
    kalshi_exchange.scenario(
        balances={"test-key": "250.00"}, books={market: {"bid": [("0.4400", "10")], "ask": [("0.4700", "5")]}}
    )
    assert Decimal(get_balance.sync(client=kalshi_test_client).balance_dollars) == Decimal("250")
    book = get_market_orderbook.sync(market, client=kalshi_test_client).orderbook_fp
    assert [[Decimal(p), Decimal(c)] for p, c in book.yes_dollars] == [[Decimal("0.44"), Decimal("10")]]
    assert [[Decimal(p), Decimal(c)] for p, c in book.no_dollars] == [[Decimal("0.53"), Decimal("5")]]
    order = CreateOrderV2Request(
        ticker=market,
        side="bid",
        count="2",
        price="0.4700",
        time_in_force="immediate_or_cancel",
        self_trade_prevention_type="taker_at_cross",
    )
    placed = create_order_v2.sync(client=kalshi_test_client, body=order)
    assert Decimal(placed.fill_count) == 2 and Decimal(placed.remaining_count) == 0


def test_the_fixture_exchange_meters_basic_unless_the_marker_says(kalshi_exchange: Any) -> None:
    from kalshi_auth.ratelimit import TIERS

    assert kalshi_exchange.rate_limit == TIERS["basic"]


@pytest.mark.kalshi_exchange(rate_limit=None)
def test_the_marker_turns_metering_off(kalshi_exchange: Any) -> None:
    assert kalshi_exchange.rate_limit is None


def test_the_clock_moves_without_sleeping_and_the_fixture_client_keeps_signing_in_the_window(
    kalshi_clock: Any, kalshi_exchange: Any, kalshi_test_client: Any, kalshi_key: Any
) -> None:
    import datetime

    from kalshi_auth import UnauthorizedError, kalshi_client
    from kalshi_exchange import ExchangeTransport

    assert kalshi_exchange.clock is kalshi_clock
    start = kalshi_clock()
    assert kalshi_clock() == start  # it stands still until told
    kalshi_clock.advance(3600)
    get_balance.sync(client=kalshi_test_client)  # signed on the same clock: still in the window
    assert kalshi_exchange.seen[-1].verified and int(kalshi_exchange.seen[-1].timestamp) == int((start + 3600) * 1000)
    wall = kalshi_client(
        "test-key",
        kalshi_key,
        base_url="http://127.0.0.1/trade-api/v2",
        retries=False,
        transport=ExchangeTransport(kalshi_exchange),
    )  # signs with time.time
    with pytest.raises(UnauthorizedError):
        get_balance.sync(client=wall)  # an hour behind the exchange's clock: outside the 30 s window
    moment = datetime.datetime(2026, 3, 4, 15, 0, tzinfo=datetime.timezone.utc)
    assert kalshi_clock.set(moment) == moment.timestamp()
    with pytest.raises(ValueError, match="forward"):
        kalshi_clock.advance(-1)


@pytest.mark.kalshi_exchange(rate_limit=None)
def test_an_order_groups_rolling_window_passes_when_the_clock_moves(
    kalshi_clock: Any, kalshi_exchange: Any, kalshi_test_client: Any
) -> None:
    from kalshi_auth import ConflictError
    from kalshi_trade_api.api.order_groups import create_order_group
    from kalshi_trade_api.api.orders import create_order_v2
    from kalshi_trade_api.models import CreateOrderGroupRequest, CreateOrderV2Request

    market = "KXTEST-26JAN01-T50"
    kalshi_exchange.scenario(books={market: {"ask": [("0.50", "100")]}})
    group = create_order_group.sync(client=kalshi_test_client, body=CreateOrderGroupRequest(contracts_limit_fp="3"))

    def buy(count: str) -> Any:
        order = CreateOrderV2Request(
            ticker=market,
            side="bid",
            count=count,
            price="0.50",
            time_in_force="immediate_or_cancel",
            self_trade_prevention_type="taker_at_cross",
            order_group_id=group.order_group_id,
        )
        return create_order_v2.sync(client=kalshi_test_client, body=order)

    buy("2")
    kalshi_clock.advance(15.5)  # the first fills leave the 15 s window
    buy("2")  # 2 within the window: below the limit of 3
    kalshi_clock.advance(1)
    buy("1")  # 3 within the window: the limit is reached and the group triggers
    with pytest.raises(ConflictError, match="order_group_triggered"):
        buy("1")
