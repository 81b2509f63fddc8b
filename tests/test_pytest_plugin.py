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
    """The README's bot test, written to a file and run by pytest in a fresh process: the plugin's fixtures."""
    import subprocess
    import sys

    from tests.readme_walkthrough import python_blocks

    (block,) = [code for _, code in python_blocks() if "def test_bot_" in code]
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
