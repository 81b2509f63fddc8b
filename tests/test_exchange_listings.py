"""Markets a scenario lists: the market and event operations answer from them, the books and the trades."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from kalshi_auth import BadRequestError, ConflictError, NotFoundError, kalshi_client
from kalshi_exchange import ControlledClock, ExchangeTransport, LocalExchange
from kalshi_trade_api.api.events import get_event, get_events
from kalshi_trade_api.api.market import get_market, get_market_orderbook, get_markets
from kalshi_trade_api.api.orders import create_order_v2
from kalshi_trade_api.models import CreateOrderV2Request
from tests.keyfactory import ed_key, rsa_key

BASE = "http://127.0.0.1/trade-api/v2"
FED, FED_HIGH, RAIN = "KXFED-26MAR04-T42", "KXFED-26MAR04-T44", "KXRAIN-26JAN01-T1"
MARKETS: dict[str, dict[str, Any]] = {
    FED: {"title": "Fed funds above 4.2%"},
    FED_HIGH: {"status": "closed"},
    RAIN: {"price_level_structure": "tapered_deci_cent", "series_ticker": "KXRAINNYC", "subtitle": "1 inch or more"},
}


def _venue(seed: int = 0, **options: Any) -> tuple[LocalExchange, Any, Any]:
    exchange = LocalExchange(keys={"alice": ed_key(), "bob": rsa_key()}, seed=seed, **options)
    exchange.scenario(markets=MARKETS, books={FED: {"bid": [("0.44", "10")], "ask": [("0.47", "5")]}})
    alice, bob = (
        kalshi_client(
            name, key, base_url=BASE, transport=ExchangeTransport(exchange), rate_limit=None, clock=exchange.clock
        )
        for name, key in (("alice", ed_key()), ("bob", rsa_key()))
    )
    return exchange, alice, bob


def _order(client: Any, ticker: str, side: str, count: str, price: str) -> Any:
    body = CreateOrderV2Request(
        ticker=ticker,
        side=side,  # type: ignore[arg-type]
        count=count,
        price=price,
        time_in_force="good_till_canceled",
        self_trade_prevention_type="taker_at_cross",
    )
    return create_order_v2.sync(client=client, body=body)


def test_listed_markets_are_the_exchanges_markets_with_the_engines_book_and_trades() -> None:
    exchange, alice, _ = _venue()
    listed = get_markets.sync(client=alice).markets
    assert [m.ticker for m in listed] == sorted(MARKETS)
    fed = get_market.sync(FED, client=alice).market
    assert (fed.event_ticker, fed.title, fed.status, fed.result) == (
        "KXFED-26MAR04",
        "Fed funds above 4.2%",
        "active",
        "",
    )
    assert (fed.yes_bid_dollars, fed.yes_ask_dollars, fed.no_bid_dollars, fed.no_ask_dollars) == (
        Decimal("0.4400"),
        Decimal("0.4700"),
        Decimal("0.5300"),
        Decimal("0.5600"),
    )
    assert (fed.yes_bid_size_fp, fed.yes_ask_size_fp, fed.last_price_dollars, fed.volume_fp) == (
        Decimal("10.00"),
        Decimal("5.00"),
        Decimal("0.0000"),
        Decimal("0.00"),
    )
    book = get_market_orderbook.sync(FED, client=alice).orderbook_fp
    assert book.yes_dollars == [(Decimal("0.4400"), Decimal("10.00"))]
    assert book.no_dollars == [(Decimal("0.5300"), Decimal("5.00"))]
    _order(alice, FED, "bid", "3", "0.47")  # lifts 3 of the 5 offered
    fed = get_market.sync(FED, client=alice).market
    assert (fed.last_price_dollars, fed.volume_fp, fed.open_interest_fp, fed.yes_ask_size_fp) == (
        Decimal("0.4700"),
        Decimal("3.00"),
        Decimal("3.00"),
        Decimal("2.00"),
    )
    exchange.settle(FED, "yes")
    fed = get_market.sync(FED, client=alice).market
    assert (fed.status, fed.result, fed.yes_bid_dollars) == ("determined", "yes", Decimal("0.0000"))
    assert {s.status for s in exchange.seen} == {200, 201}  # every answer validated against the spec


def test_filters_events_and_unlisted_markets() -> None:
    _, alice, _ = _venue()
    assert [m.ticker for m in get_markets.sync(client=alice, status="open").markets] == [FED, RAIN]
    assert [m.ticker for m in get_markets.sync(client=alice, event_ticker="KXFED-26MAR04").markets] == [FED, FED_HIGH]
    assert [m.ticker for m in get_markets.sync(client=alice, series_ticker="KXRAINNYC").markets] == [RAIN]
    assert [m.ticker for m in get_markets.sync(client=alice, tickers=f"{RAIN},{FED}").markets] == [FED, RAIN]
    page = get_markets.sync(client=alice, limit=2)
    assert len(page.markets) == 2 and get_markets.sync(client=alice, limit=2, cursor=page.cursor).cursor == ""
    events = get_events.sync(client=alice, with_nested_markets=True).events
    assert [(e.event_ticker, e.series_ticker, [m["ticker"] for m in e.to_dict()["markets"]]) for e in events] == [
        ("KXFED-26MAR04", "KXFED", [FED, FED_HIGH]),
        ("KXRAIN-26JAN01", "KXRAINNYC", [RAIN]),
    ]
    one = get_event.sync("KXRAIN-26JAN01", client=alice)
    assert one.event.event_ticker == "KXRAIN-26JAN01" and [m.ticker for m in one.markets] == [RAIN]
    assert one.markets[0].to_dict()["subtitle"] == "1 inch or more"  # any other Market field, verbatim
    for call in (
        lambda: get_market.sync("KXOTHER-26JAN01-T1", client=alice),
        lambda: get_market_orderbook.sync("KXOTHER-26JAN01-T1", client=alice),
        lambda: get_event.sync("KXOTHER-26JAN01", client=alice),
    ):
        with pytest.raises(NotFoundError):
            call()
    with pytest.raises(NotFoundError, match="market_not_found"):  # 404 as on Kalshi, documented or not
        _order(alice, "KXOTHER-26JAN01-T1", "bid", "1", "0.50")


def test_only_active_markets_trade_and_prices_follow_each_markets_grid() -> None:
    _, alice, _ = _venue()
    with pytest.raises(ConflictError, match="closed"):
        _order(alice, FED_HIGH, "bid", "1", "0.50")
    assert _order(alice, RAIN, "bid", "1", "0.055").remaining_count == Decimal("1.00")  # deci-cent below $0.10
    with pytest.raises(BadRequestError, match=r"\$0.01 price grid"):
        _order(alice, RAIN, "bid", "1", "0.555")  # cents in the middle of the tapered grid
    with pytest.raises(BadRequestError, match=r"\$0.01 price grid"):
        _order(alice, FED, "bid", "1", "0.055")
    rain = get_market.sync(RAIN, client=alice).market
    assert [(r.start, r.end, r.step) for r in rain.price_ranges] == [
        ("0.0000", "0.1000", "0.0010"),
        ("0.1000", "0.9000", "0.0100"),
        ("0.9000", "1.0000", "0.0010"),
    ]
    assert rain.price_level_structure == "tapered_deci_cent" and Decimal(rain.yes_bid_dollars) == Decimal("0.055")


def test_listings_are_the_same_for_a_seed_and_a_clock() -> None:
    def bodies(seed: int) -> list[dict[str, Any]]:
        _, alice, _ = _venue(seed, clock=ControlledClock(1_796_000_000))
        return [m.to_dict() for m in get_markets.sync(client=alice).markets]

    assert bodies(4) == bodies(4)
    assert [m["ticker"] for m in bodies(5)] == sorted(MARKETS)


def test_without_listings_markets_are_drawn_and_any_ticker_trades() -> None:
    exchange = LocalExchange(keys={"alice": ed_key()}, world=None)
    alice = kalshi_client("alice", ed_key(), base_url=BASE, transport=ExchangeTransport(exchange), rate_limit=None)
    assert get_markets.sync(client=alice).markets is not None
    assert _order(alice, "KXANY-26JAN01-T9", "bid", "1", "0.50").remaining_count == Decimal("1.00")
    with pytest.raises(ValueError, match="price_level_structure"):
        exchange.scenario(markets={"KXANY-26JAN01-T9": {"price_level_structure": "quarter_cent"}})
