"""The default world: what a trader's script sees from ``LocalExchange()`` with no scenario could be Kalshi's."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any, Literal

import pytest

from kalshi_auth import BadRequestError, ConflictError, NotFoundError, kalshi_client, paginate
from kalshi_auth.client import KalshiClient
from kalshi_exchange import ControlledClock, ExchangeTransport, LocalExchange
from kalshi_trade_api.api.events import get_event, get_event_metadata, get_events
from kalshi_trade_api.api.exchange import get_exchange_schedule, get_exchange_status
from kalshi_trade_api.api.market import (
    batch_get_market_candlesticks,
    get_market,
    get_market_candlesticks,
    get_market_orderbook,
    get_markets,
    get_series,
    get_series_list,
    get_trades,
)
from kalshi_trade_api.api.orders import create_order_v2
from kalshi_trade_api.models import CreateOrderV2Request
from kalshi_trade_api.types import UNSET
from tests.keyfactory import ed_key

BASE = "http://127.0.0.1/trade-api/v2"
NOW = 1_796_000_000.0  # 2026-11-30: a fixed clock, so two exchanges are the same world
OPEN = "KXFED-27JAN-T4.00"
D = Decimal


def _world(seed: int = 0, clock: Any = None) -> tuple[LocalExchange, KalshiClient]:
    clock = clock or ControlledClock(NOW)
    exchange = LocalExchange(keys={"trader": ed_key()}, seed=seed, clock=clock, rate_limit=None)
    client = kalshi_client("trader", ed_key(), base_url=BASE, transport=ExchangeTransport(exchange), clock=clock)
    return exchange, client


def _ms(moment: datetime.datetime) -> float:
    return moment.timestamp() * 1000


def test_open_markets_are_open_with_a_bid_below_the_ask_and_times_around_the_clock() -> None:
    exchange, client = _world()
    now = exchange.clock() * 1000
    markets = list(paginate(get_markets, client=client, status="open"))
    assert len(markets) >= 8
    for market in markets:
        assert market.status == "active"
        bid, ask = D(market.yes_bid_dollars), D(market.yes_ask_dollars)
        assert D(0) < bid < ask < D(1), market.ticker
        assert (D(market.no_bid_dollars), D(market.no_ask_dollars)) == (1 - ask, 1 - bid)
        assert _ms(market.open_time) < now < _ms(market.close_time)
        book = get_market_orderbook.sync(market.ticker, client=client).orderbook_fp
        assert D(book.yes_dollars[-1][0]) == bid and D(1) - D(book.no_dollars[-1][0]) == ask  # best last
    settled = list(paginate(get_markets, client=client, status="settled"))
    assert settled and all(m.status == "finalized" and m.result in ("yes", "no") for m in settled)
    assert all(_ms(m.close_time) < now and m.settlement_ts is not None for m in settled)
    phases: list[tuple[Literal["closed", "unopened", "paused"], set[str]]] = [
        ("closed", {"closed"}),
        ("unopened", {"initialized"}),
        ("paused", {"inactive"}),
    ]
    for status, states in phases:
        found = get_markets.sync(client=client, status=status).markets
        assert found and {m.status for m in found} == states, status
    unopened = get_markets.sync(client=client, status="unopened").markets[0]
    assert now < _ms(unopened.open_time)


def test_identical_calls_are_identical_and_the_same_seed_is_the_same_world() -> None:
    _, client = _world()
    first = [m.to_dict() for m in get_markets.sync(client=client).markets]
    assert first == [m.to_dict() for m in get_markets.sync(client=client).markets]
    _, again = _world()
    assert first == [m.to_dict() for m in get_markets.sync(client=again).markets]
    assert get_exchange_status.sync(client=client).to_dict() == get_exchange_status.sync(client=client).to_dict()


def test_filters_and_limits_are_honoured_and_cursors_page_over_the_real_list() -> None:
    _, client = _world()
    everything = get_markets.sync(client=client, limit=1000)
    assert everything.cursor == ""
    tickers = [m.ticker for m in everything.markets]
    assert tickers == sorted(tickers) and len(tickers) == len(set(tickers))
    paged, cursor, pages = [], None, 0
    while True:
        page = get_markets.sync(client=client, limit=5, cursor=cursor or UNSET)
        assert len(page.markets) <= 5 and (page.markets or not page.cursor)  # no empty page with a cursor
        paged += [m.ticker for m in page.markets]
        pages += 1
        cursor = page.cursor
        if not cursor:
            break
    assert paged == tickers and pages == -(-len(tickers) // 5)
    fed = get_markets.sync(client=client, series_ticker="KXFED").markets
    assert fed and all(m.event_ticker.startswith("KXFED-") for m in fed)
    one_event = get_markets.sync(client=client, event_ticker="KXFED-27JAN").markets
    assert {m.event_ticker for m in one_event} == {"KXFED-27JAN"}
    chosen = get_markets.sync(client=client, tickers=f"{OPEN},KXHIGHNY-26DEC06-T44").markets
    assert [m.ticker for m in chosen] == [OPEN, "KXHIGHNY-26DEC06-T44"]
    close = int(get_market.sync(OPEN, client=client).market.close_time.timestamp())
    later = get_markets.sync(client=client, min_close_ts=close).markets
    assert later and all(m.close_time.timestamp() >= close for m in later)
    assert get_markets.sync(client=client, mve_filter="only").markets == []
    with pytest.raises(BadRequestError, match="invalid_cursor"):
        get_markets.sync(client=client, cursor="not-ours")


def test_unknown_tickers_and_ids_are_404_in_kalshis_nested_error_shape() -> None:
    _, client = _world()
    for call in (
        lambda: get_market.sync("KXNOPE-XX", client=client),
        lambda: get_market_orderbook.sync("KXNOPE-XX", client=client),
        lambda: get_event.sync("KXNOPE", client=client),
        lambda: get_event_metadata.sync("KXNOPE", client=client),
        lambda: get_series.sync("KXNOPE", client=client),  # the spec documents no 404 here; Kalshi sends one
        lambda: get_market_candlesticks.sync(
            "KXNOPE", "KXNOPE-XX", client=client, start_ts=0, end_ts=1, period_interval=60
        ),
        lambda: get_market_candlesticks.sync("KXHIGHNY", OPEN, client=client, start_ts=0, end_ts=1, period_interval=60),
    ):
        with pytest.raises(NotFoundError) as caught:
            call()
        assert caught.value.code == "not_found" and caught.value.body.startswith(b'{"error": {')
    body = CreateOrderV2Request(
        ticker="KXNOPE-XX", side="bid", count="1", price="0.5", time_in_force="good_till_canceled",
        self_trade_prevention_type="taker_at_cross",
    )  # fmt: skip
    with pytest.raises(NotFoundError, match="market_not_found"):
        create_order_v2.sync(client=client, body=body)


def test_series_and_events_are_the_markets_own() -> None:
    _, client = _world()
    series = {s.ticker: s for s in get_series_list.sync(client=client).series}
    assert set(series) == {"KXFED", "KXHIGHNY", "KXBTCD", "KXNBAGAME"}
    assert get_series.sync("KXFED", client=client).series.title == series["KXFED"].title
    assert [s.ticker for s in get_series_list.sync(client=client, category="Crypto").series] == ["KXBTCD"]
    event = get_event.sync("KXHIGHNY-26DEC06", client=client)
    assert event.event.series_ticker == "KXHIGHNY" and event.event.mutually_exclusive
    assert {m.event_ticker for m in event.markets} == {"KXHIGHNY-26DEC06"}
    assert sum(D(m.last_price_dollars) for m in event.markets) == pytest.approx(D(1), abs=D("0.1"))
    events = get_events.sync(client=client, status="open", with_nested_markets=True).events
    assert events and all(any(m.status in ("active", "inactive") for m in e.markets or []) for e in events)
    settled = get_events.sync(client=client, status="settled").events
    assert {e.event_ticker for e in settled} == {"KXFED-26DEC", "KXHIGHNY-26DEC04"}
    assert [e.event_ticker for e in get_events.sync(client=client, series_ticker="KXNBAGAME").events] == [
        "KXNBAGAME-26DEC06BOSLAL"
    ]


def test_trades_are_the_worlds_and_the_engines_and_honour_the_ticker_filter() -> None:
    _, client = _world()
    trades = get_trades.sync(client=client, ticker=OPEN, limit=1000).trades
    assert trades and {t.ticker for t in trades} == {OPEN}
    assert all(D(t.yes_price_dollars) + D(t.no_price_dollars) == 1 for t in trades)
    assert [t.created_time for t in trades] == sorted((t.created_time for t in trades), reverse=True)
    market = get_market.sync(OPEN, client=client).market
    assert D(market.volume_fp) == sum(D(t.count_fp) for t in trades)
    assert D(market.last_price_dollars) == D(trades[0].yes_price_dollars)
    # A trade on the engine is the newest trade of the market, the last price, and counted in the volume.
    ask = D(market.yes_ask_dollars)
    body = CreateOrderV2Request(
        ticker=OPEN, side="bid", count="3", price=str(ask), time_in_force="immediate_or_cancel",
        self_trade_prevention_type="taker_at_cross",
    )  # fmt: skip
    assert create_order_v2.sync(client=client, body=body).fill_count == D("3")
    newest = get_trades.sync(client=client, ticker=OPEN, limit=1).trades[0]
    assert (newest.count_fp, newest.yes_price_dollars, newest.taker_book_side) == (D("3"), ask, "bid")
    after = get_market.sync(OPEN, client=client).market
    assert D(after.volume_fp) == D(market.volume_fp) + 3 and D(after.last_price_dollars) == ask
    window = int(trades[-1].created_time.timestamp())
    early = get_trades.sync(client=client, ticker=OPEN, max_ts=window).trades
    assert [t.trade_id for t in early] == [trades[-1].trade_id]


def test_candlesticks_come_from_the_markets_trades() -> None:
    exchange, client = _world()
    market = get_market.sync(OPEN, client=client).market
    trades = get_trades.sync(client=client, ticker=OPEN, limit=1000).trades
    start, end = int(market.open_time.timestamp()), int(exchange.clock())
    candles = get_market_candlesticks.sync(
        "KXFED", OPEN, client=client, start_ts=start, end_ts=end, period_interval=1440
    ).candlesticks
    assert candles and sum(D(c.volume_fp) for c in candles) == sum(D(t.count_fp) for t in trades)
    for candle in candles:
        prices = {k: v for k, v in candle.price.to_dict().items() if k.endswith("_dollars") and v is not None}
        if "open_dollars" in prices:  # a period with trades
            low, high, first, last = (D(prices[f"{k}_dollars"]) for k in ("low", "high", "open", "close"))
            assert D("0.01") <= low <= min(first, last) and max(first, last) <= high <= D("0.99")
            assert all((price * 100) % 1 == 0 for price in (low, high, first, last))  # on the cent grid
        for side in (candle.yes_bid, candle.yes_ask):
            assert D(side.low_dollars) <= min(D(side.open_dollars), D(side.close_dollars))
            assert D(side.high_dollars) >= max(D(side.open_dollars), D(side.close_dollars))
        assert candle.end_period_ts % 86400 == 0 and candle.end_period_ts <= end + 86400
    assert D(candles[-1].open_interest_fp) == D(market.open_interest_fp)
    batch = batch_get_market_candlesticks.sync(
        client=client, market_tickers=f"{OPEN},KXNOPE-XX", start_ts=start, end_ts=end, period_interval=1440
    )
    assert [m.market_ticker for m in batch.markets] == [OPEN]
    assert [c.to_dict() for c in batch.markets[0].candlesticks] == [c.to_dict() for c in candles]


def test_exchange_status_and_schedule_agree_and_hold_still() -> None:
    _, client = _world()
    statuses = {repr(get_exchange_status.sync(client=client).to_dict()) for _ in range(5)}
    (status,) = statuses
    assert "'exchange_active': True" in status and "'trading_active': True" in status
    schedule = get_exchange_schedule.sync(client=client).schedule
    (week,) = schedule.standard_hours
    assert [(d.open_time, d.close_time) for d in week.monday] == [("00:00", "00:00")]  # open all day
    assert schedule.maintenance_windows == []


def test_markets_follow_the_clock_from_open_to_closed() -> None:
    clock = ControlledClock(NOW)
    _, client = _world(clock=clock)
    unopened = get_markets.sync(client=client, status="unopened").markets[0]
    clock.set(unopened.open_time.timestamp() + 1)
    assert get_market.sync(unopened.ticker, client=client).market.status == "active"
    closes = get_market.sync(OPEN, client=client).market.close_time.timestamp()
    clock.set(closes + 1)
    assert get_market.sync(OPEN, client=client).market.status == "closed"
    body = CreateOrderV2Request(
        ticker=OPEN, side="bid", count="1", price="0.5", time_in_force="good_till_canceled",
        self_trade_prevention_type="taker_at_cross",
    )  # fmt: skip
    with pytest.raises(ConflictError, match="market_closed"):
        create_order_v2.sync(client=client, body=body)


def test_a_scenario_replaces_the_world_or_extends_it() -> None:
    exchange, client = _world()
    exchange.scenario(markets=["KXONE-27JAN01-T1"])
    assert [m.ticker for m in get_markets.sync(client=client).markets] == ["KXONE-27JAN01-T1"]
    assert [s.ticker for s in get_series_list.sync(client=client).series] == ["KXONE"]
    assert get_trades.sync(client=client).trades == []
    extended, extended_client = _world()
    extended.scenario(markets={"KXTWO-27JAN01-T1": {"status": "closed"}}, extend=True)
    tickers = [m.ticker for m in get_markets.sync(client=extended_client, limit=1000).markets]
    assert "KXTWO-27JAN01-T1" in tickers and OPEN in tickers
    with pytest.raises(ValueError, match="unknown field 'staus'"):
        extended.scenario(markets={"KXTHREE-1": {"staus": "closed"}})
    with pytest.raises(ValueError, match="status='opened'"):
        extended.scenario(markets={"KXTHREE-1": {"status": "opened"}})


def test_collections_the_world_holds_none_of_are_empty_and_their_ids_404() -> None:
    from kalshi_trade_api.api.account import get_account_api_limits
    from kalshi_trade_api.api.historical import get_historical_cutoff, get_historical_market, get_historical_markets
    from kalshi_trade_api.api.milestone import get_milestone, get_milestones
    from kalshi_trade_api.api.structured_targets import get_structured_target, get_structured_targets

    _, client = _world()
    assert get_milestones.sync(client=client, limit=10).milestones == []
    assert get_structured_targets.sync(client=client).structured_targets == []
    assert get_historical_markets.sync(client=client).markets == []
    cutoff = get_historical_cutoff.sync(client=client).market_settled_ts
    oldest = min(m.open_time for m in get_markets.sync(client=client, limit=1000).markets)
    assert cutoff < oldest  # every market of the world is in the live API
    for call in (
        lambda: get_milestone.sync("m-1", client=client),
        lambda: get_structured_target.sync("t-1", client=client),
        lambda: get_historical_market.sync(OPEN, client=client),
    ):
        with pytest.raises(NotFoundError):
            call()
    limits = get_account_api_limits.sync(client=client)
    assert (limits.usage_tier, limits.read.refill_rate, limits.write.bucket_capacity) == ("unmetered", 4000, 8000)
    metered = LocalExchange(keys={"trader": ed_key()})
    basic = kalshi_client("trader", ed_key(), base_url=BASE, transport=ExchangeTransport(metered))
    limits = get_account_api_limits.sync(client=basic)
    assert (limits.usage_tier, limits.read.refill_rate, limits.write.refill_rate, limits.write.bucket_capacity) == (
        "basic",
        200,
        100,
        200,
    )


def test_no_world_keeps_the_drawn_market_data() -> None:
    exchange = LocalExchange(world=None)
    assert exchange.engine.listings == {} and exchange.engine.trades == []
    with pytest.raises(ValueError, match="world="):
        LocalExchange(world="empty")
