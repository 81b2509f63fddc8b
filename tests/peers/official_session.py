"""A trading session with Kalshi's official SDK (kalshi-python-sync), run in its own venv against a local exchange.

``python official_session.py BASE_URL MAKER_ID MAKER.pem TAKER_ID TAKER.pem`` prints one JSON object
of what it saw; any unexpected answer raises. Run by tests/test_exchange_official_sdk.py. It imports
nothing of this repository: the exchange must serve the official SDK unchanged.
"""

from __future__ import annotations

import importlib
import json
import sys
import uuid
from pathlib import Path
from typing import Any


def main(base_url: str, maker_id: str, maker_pem: str, taker_id: str, taker_pem: str) -> dict[str, Any]:
    sdk = importlib.import_module("kalshi_python_sync")  # only in the official venv

    def client(key_id: str, pem: str) -> Any:
        config = sdk.Configuration(host=base_url)
        config.api_key_id = key_id
        config.private_key_pem = Path(pem).read_text()
        return sdk.KalshiClient(config)

    maker, taker = client(maker_id, maker_pem), client(taker_id, taker_pem)
    markets, orders, portfolio = sdk.MarketApi(maker), sdk.OrdersApi(maker), sdk.PortfolioApi(maker)
    seen: dict[str, Any] = {}

    status = sdk.ExchangeApi(maker).get_exchange_status()
    seen["trading_active"] = status.trading_active
    opened = markets.get_markets(status="open", limit=5).markets
    ticker = opened[0].ticker
    seen["open_statuses"] = sorted({m.status for m in opened})
    market = markets.get_market(ticker).market
    seen["bid_below_ask"] = float(market.yes_bid_dollars) < float(market.yes_ask_dollars)
    book = markets.get_market_orderbook(ticker).orderbook_fp
    seen["book_levels"] = len(book.yes_dollars)
    seen["event"] = sdk.EventsApi(maker).get_event(market.event_ticker).event.event_ticker
    seen["series"] = markets.get_series(market.event_ticker.split("-")[0]).series.ticker
    seen["trades_of_ticker"] = {t.ticker for t in markets.get_trades(ticker=ticker, limit=20).trades} == {ticker}

    # Maker improves the bid inside the spread; taker sells into it: a trade at the maker's price.
    bid = f"{float(market.yes_bid_dollars) + 0.01:.2f}"
    coid = str(uuid.uuid4())
    placed = orders.create_order_v2(
        ticker=ticker,
        side="bid",
        count="5",
        price=bid,
        time_in_force="good_till_canceled",
        self_trade_prevention_type="taker_at_cross",
        client_order_id=coid,
    )
    try:
        orders.create_order_v2(
            ticker=ticker,
            side="bid",
            count="5",
            price=bid,
            time_in_force="good_till_canceled",
            self_trade_prevention_type="taker_at_cross",
            client_order_id=coid,
        )
        seen["duplicate"] = "placed twice"
    except sdk.ApiException as err:
        seen["duplicate"] = (err.status, json.loads(err.body)["error"]["code"])
    hit = sdk.OrdersApi(taker).create_order_v2(
        ticker=ticker,
        side="ask",
        count="2",
        price=bid,
        time_in_force="immediate_or_cancel",
        self_trade_prevention_type="taker_at_cross",
    )
    seen["taker_fill"] = (hit.fill_count, hit.average_fill_price)
    mine = orders.get_order(placed.order_id).order
    seen["maker_order"] = (mine.status, mine.fill_count_fp, mine.remaining_count_fp)
    amended = orders.amend_order_v2(
        placed.order_id, ticker=ticker, side="bid", price=f"{float(bid) - 0.01:.2f}", count="6"
    )
    seen["amended_remaining"] = amended.remaining_count
    orders.decrease_order_v2(placed.order_id, reduce_to="1")
    seen["resting"] = [o.order_id for o in orders.get_orders(status="resting").orders] == [placed.order_id]
    canceled = orders.cancel_order_v2(placed.order_id)
    seen["canceled_by"] = canceled.reduced_by
    seen["fills"] = [(f.count_fp, f.yes_price_dollars) for f in portfolio.get_fills().fills]
    seen["position"] = [(p.ticker, p.position_fp) for p in portfolio.get_positions().market_positions]
    seen["balance"] = portfolio.get_balance().balance_dollars
    try:
        markets.get_market("KXNOPE-XX")
        seen["unknown_market"] = "answered"
    except sdk.ApiException as err:
        seen["unknown_market"] = err.status
    seen["ticker"], seen["bid"] = ticker, bid
    return seen


if __name__ == "__main__":
    print(json.dumps(main(*sys.argv[1:6])))
