"""A trader's bot, written as the README shows, passes ``mypy --strict`` with no narrowing, and runs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kalshi_trade_api import API_VERSION
from tests.keyfactory import ed_key, pem
from tests.typecheck import mypy_strict

# What a new user writes from the README: context managers, the public client for market
# data, the signed one for the portfolio, typed helpers that take the clients by their
# exported names. No cast, no isinstance, no assert to help mypy.
BOT = """
from __future__ import annotations

import asyncio
import os
from decimal import Decimal

from kalshi_auth import (
    API_VERSION,
    CredentialsRequiredError,
    KalshiClient,
    KalshiPublicClient,
    kalshi_client,
    kalshi_public_client,
    paginate,
)
from kalshi_trade_api.api.communications import get_rfqs
from kalshi_trade_api.api.market import get_market_orderbook, get_markets
from kalshi_trade_api.api.portfolio import get_balance
from kalshi_trade_api.models import GetMarketsResponse, Market


def open_tickers(client: KalshiPublicClient | KalshiClient, limit: int) -> list[str]:
    page: GetMarketsResponse = get_markets.sync(client=client, status="open", limit=limit)
    return [market.ticker for market in page.markets]


def first_market(client: KalshiPublicClient) -> Market | None:
    for market in paginate(get_markets, client=client, status="open", max_pages=1):
        return market
    return None


def cash(client: KalshiClient) -> Decimal:
    return Decimal(get_balance.sync(client=client).balance_dollars)


async def book_depth(client: KalshiPublicClient, ticker: str) -> int:
    book = (await get_market_orderbook.asyncio(ticker, client=client, depth=5)).orderbook_fp
    return len(book.yes_dollars)


def main() -> None:
    print("Kalshi API", API_VERSION)
    with kalshi_public_client(base_url=os.environ["BOT_BASE_URL"]) as public:
        tickers = open_tickers(public, 2)
        market = first_market(public)
        print(tickers, market.ticker if market else None)
        try:
            get_balance.sync(client=public)  # type: ignore[arg-type]  # mypy: a secured operation
        except CredentialsRequiredError as error:
            print("refused:", error.operation)
    with kalshi_client(base_url=os.environ["BOT_BASE_URL"]) as client:
        print(client.signer.key_kind if client.signer else None, open_tickers(client, 1), cash(client))
        print(len(get_rfqs.sync(client=client).rfqs))

    async def run() -> None:
        async with kalshi_public_client(base_url=os.environ["BOT_BASE_URL"]) as public:
            print("depth", await book_depth(public, tickers[0]))
        async with kalshi_client(base_url=os.environ["BOT_BASE_URL"]) as client:
            balance = await get_balance.asyncio(client=client)
            print("async cash", balance.balance_dollars, repr(client).split(",")[1].strip())

    asyncio.run(run())


if __name__ == "__main__":
    main()
"""


def test_the_bot_passes_mypy_strict_with_no_narrowing(tmp_path: Path) -> None:
    (tmp_path / "bot.py").write_text(BOT)
    mypy_strict("bot.py", tmp_path, "--warn-unused-ignores")


def test_the_bot_runs_against_the_local_exchange(tmp_path: Path) -> None:
    pytest.importorskip("openapi_core", reason="the local exchange needs the [exchange] extra")
    from kalshi_exchange import ExchangeServer, LocalExchange

    key = ed_key()
    (tmp_path / "bot.py").write_text(BOT)
    (tmp_path / "bot.key").write_bytes(pem(key))
    (tmp_path / "bot.key").chmod(0o600)
    exchange = LocalExchange(keys={"bot-key-0001": key.public_key()})
    with ExchangeServer(exchange) as server:
        env = {
            "PATH": os.environ.get("PATH", ""),
            "BOT_BASE_URL": server.base_url,
            "KALSHI_API_KEY_ID": "bot-key-0001",
            "KALSHI_PRIVATE_KEY_PATH": str(tmp_path / "bot.key"),
        }
        result = subprocess.run(
            [sys.executable, "bot.py"], cwd=tmp_path, env=env, capture_output=True, text=True, check=False, timeout=120
        )
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.splitlines()
    assert lines[0] == f"Kalshi API {API_VERSION}"
    assert "refused: GET /portfolio/balance" in lines
    assert any(line.startswith("depth ") for line in lines)
    assert any("key_id='...0001'" in line for line in lines)
