"""The exchange's own machinery warns nobody: a user's test run (no filters of ours) stays clean under ``-W error``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

USERS_TEST = """
import httpx

from kalshi_trade_api.api.communications import get_rfqs
from kalshi_trade_api.api.market import get_markets, get_trades
from kalshi_trade_api.api.orders import create_order_v2, get_orders
from kalshi_trade_api.api.portfolio import get_balance
from kalshi_trade_api.models import CreateOrderV2Request


def _session(client):
    markets = get_markets.sync(client=client, status="open", limit=3, cursor="").markets  # an empty cursor
    get_trades.sync(client=client, ticker=markets[0].ticker)
    get_rfqs.sync(client=client, creator_user_id="someone")  # a parameter the spec marks deprecated
    body = CreateOrderV2Request(
        ticker=markets[0].ticker, side="bid", count="1", price="0.01",
        time_in_force="good_till_canceled", self_trade_prevention_type="taker_at_cross", post_only=True,
    )
    create_order_v2.sync(client=client, body=body)
    get_orders.sync(client=client)
    get_balance.sync(client=client)


def test_in_process(kalshi_test_client, kalshi_exchange):
    _session(kalshi_test_client)
    raw = httpx.Client(transport=__import__("kalshi_exchange").ExchangeTransport(kalshi_exchange))
    assert raw.get("http://127.0.0.1/trade-api/v2/markets?cursor=&limit=2").status_code == 200


def test_over_http(kalshi_server_client):
    _session(kalshi_server_client)
"""


def test_a_users_test_run_with_the_fixtures_has_no_warning_even_under_w_error(tmp_path: Path) -> None:
    (tmp_path / "test_users_bot.py").write_text(USERS_TEST)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-W", "error", "-p", "no:cacheprovider", "test_users_bot.py"],
        cwd=tmp_path,  # no pyproject of ours: none of our warning filters apply
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""
    assert result.returncode == 0 and "2 passed" in summary, result.stdout[-3000:] + result.stderr[-2000:]
    assert "warning" not in summary, result.stdout[-3000:]
