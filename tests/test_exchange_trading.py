"""The local exchange as a place to trade: state, matching, money that reconciles, data that parses."""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

from kalshi_auth import BadRequestError, ConflictError, NotFoundError, kalshi_client
from kalshi_auth.client import KalshiClient
from kalshi_exchange import ExchangeTransport, LocalExchange
from kalshi_exchange.engine import Engine, TradingError
from kalshi_trade_api.api.market import get_market_orderbook, get_market_orderbooks
from kalshi_trade_api.api.order_groups import create_order_group, reset_order_group
from kalshi_trade_api.api.orders import (
    amend_order_v2,
    batch_create_orders_v2,
    cancel_order_v2,
    create_order_v2,
    decrease_order_v2,
    get_order,
    get_order_queue_position,
    get_order_queue_positions,
    get_orders,
)
from kalshi_trade_api.api.portfolio import (
    get_balance,
    get_fills,
    get_portfolio_resting_order_total_value,
    get_positions,
    get_settlements,
)
from kalshi_trade_api.models import (
    AmendOrderV2Request,
    BatchCreateOrdersV2Request,
    CreateOrderGroupRequest,
    CreateOrderV2Request,
    DecreaseOrderV2Request,
)
from tests.conftest import ROOT
from tests.keyfactory import ed_key, rsa_key
from tests.opcalls import arguments, discover

BASE = "http://127.0.0.1/trade-api/v2"
TICKER = "KXHIGHNY-26JAN02-T60"
D = Decimal


class RecordingTransport(ExchangeTransport):
    """The exchange in process, keeping every JSON body it answers with."""

    def __init__(self, exchange: LocalExchange) -> None:
        super().__init__(exchange)
        self.bodies: list[Any] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if response.content and response.headers.get("content-type", "").startswith("application/json"):
            self.bodies.append(json.loads(response.content))
        return response


def _exchange(seed: int = 0, **options: Any) -> LocalExchange:
    # No world: the engine on any ticker (the default world lists its own markets: test_exchange_world.py).
    return LocalExchange(keys={"alice": ed_key(), "bob": rsa_key()}, seed=seed, **{"world": None, **options})


def _clients(exchange: LocalExchange, transport: ExchangeTransport | None = None) -> tuple[KalshiClient, KalshiClient]:
    transport = transport or ExchangeTransport(exchange)
    return (
        kalshi_client("alice", ed_key(), base_url=BASE, transport=transport, rate_limit=None),
        kalshi_client("bob", rsa_key(), base_url=BASE, transport=transport, rate_limit=None),
    )


def _order(client: KalshiClient, side: str, count: str, price: str, **options: Any) -> Any:
    body = CreateOrderV2Request(
        ticker=options.pop("ticker", TICKER),
        side=side,  # type: ignore[arg-type]
        count=count,
        price=price,
        time_in_force=options.pop("time_in_force", "good_till_canceled"),
        self_trade_prevention_type=options.pop("self_trade_prevention_type", "taker_at_cross"),
        **options,
    )
    return create_order_v2.sync(client=client, body=body)


def _balance(client: KalshiClient) -> Decimal:
    return get_balance.sync(client=client).balance_dollars


def test_a_scripted_session_reconciles_to_the_cent() -> None:
    exchange = _exchange()
    alice, bob = _clients(exchange)

    resting = _order(alice, "bid", "10", "0.56")  # rests: $5.60 held
    assert (resting.fill_count, resting.remaining_count) == (D("0.00"), D("10.00"))
    assert _balance(alice) == D("9994.4000")
    book = get_market_orderbook.sync(TICKER, client=bob).orderbook_fp
    assert (book.yes_dollars, book.no_dollars) == ([(D("0.5600"), D("10.00"))], [])

    taker = _order(bob, "ask", "4", "0.55")  # crosses; trades at the resting price
    assert (taker.fill_count, taker.remaining_count, taker.average_fill_price) == (D("4.00"), D("0.00"), D("0.5600"))
    assert _balance(bob) == D("9998.2400")  # 4 NO at $0.44
    assert get_portfolio_resting_order_total_value.sync(client=alice).total_resting_order_value == 336

    amended = amend_order_v2.sync(
        resting.order_id, client=alice, body=AmendOrderV2Request(ticker=TICKER, side="bid", price="0.57", count="8")
    )
    assert amended.remaining_count == D("4.00")  # 4 filled + 4 resting
    assert _balance(alice) == D("9995.4800")  # 9997.76 - 4 x 0.57 held

    ioc = _order(bob, "ask", "3", "0.57", time_in_force="immediate_or_cancel")
    assert (ioc.fill_count, ioc.remaining_count) == (D("3.00"), D("0.00"))
    decreased = decrease_order_v2.sync(resting.order_id, client=alice, body=DecreaseOrderV2Request(reduce_to="0.5"))
    assert decreased.remaining_count == D("0.50")
    canceled = cancel_order_v2.sync(resting.order_id, client=alice)
    assert (canceled.order_id, canceled.reduced_by) == (resting.order_id, D("0.50"))
    with pytest.raises(NotFoundError, match="order_not_resting"):  # the cancel documents no 409
        cancel_order_v2.sync(resting.order_id, client=alice)

    order = get_order.sync(resting.order_id, client=alice).order
    assert (order.status, order.fill_count_fp, order.remaining_count_fp) == ("canceled", D("7.00"), D("0.00"))
    assert order.maker_fill_cost_dollars == D("3.9500")  # 4 x 0.56 + 3 x 0.57
    assert [o.status for o in get_orders.sync(client=bob).orders] == ["executed", "executed"]
    fills = get_fills.sync(client=alice).fills
    assert [(f.count_fp, f.yes_price_dollars, f.is_taker) for f in fills] == [
        (D("3.00"), D("0.5700"), False),
        (D("4.00"), D("0.5600"), False),
    ]
    assert [f.order_id for f in get_fills.sync(client=bob).fills] == [ioc.order_id, taker.order_id]

    positions = {p.ticker: p for p in get_positions.sync(client=alice).market_positions}
    assert (positions[TICKER].position_fp, positions[TICKER].market_exposure_dollars) == (D("7.00"), D("3.9500"))
    bobs = get_positions.sync(client=bob).market_positions[0]
    assert (bobs.position_fp, bobs.market_exposure_dollars) == (D("-7.00"), D("3.0500"))
    assert D(_balance(alice)) + D(_balance(bob)) + D("3.95") + D("3.05") == D(20_000)

    exchange.settle(TICKER, "yes")
    assert (_balance(alice), _balance(bob)) == (D("10003.0500"), D("9996.9500"))  # 7 x $1 to alice
    (settlement,) = get_settlements.sync(client=bob).settlements
    assert (settlement.market_result, settlement.no_count_fp, settlement.no_total_cost_dollars) == (
        "yes",
        D("7.00"),
        D("3.0500"),
    )
    assert settlement.revenue == 0
    settled = get_positions.sync(client=alice).market_positions[0]
    assert (settled.position_fp, settled.realized_pnl_dollars) == (D("0.00"), D("3.0500"))
    with pytest.raises(ConflictError):
        _order(bob, "bid", "1", "0.50")


def test_netting_a_position_pays_out_the_pair() -> None:
    exchange = _exchange()
    alice, bob = _clients(exchange)
    _order(bob, "ask", "5", "0.40")
    _order(alice, "bid", "5", "0.40")  # alice: 5 YES for $2.00
    _order(bob, "bid", "5", "0.60")
    _order(alice, "ask", "5", "0.60", reduce_only=True, time_in_force="immediate_or_cancel")  # sells at 0.60
    position = get_positions.sync(client=alice).market_positions[0]
    assert (position.position_fp, position.realized_pnl_dollars) == (D("0.00"), D("1.0000"))
    assert _balance(alice) == D("10001.0000")


def test_invalid_economics_get_kalshis_errors() -> None:
    exchange = _exchange(starting_balance="10")
    alice, _ = _clients(exchange)
    for price, code in (("56", "cents? send '0.5600'"), ("0.565", "price grid")):
        with pytest.raises(BadRequestError, match=re.escape(code)):
            _order(alice, "bid", "1", price)
    with pytest.raises(ValueError, match="not a fixed-point dollar amount"):  # the client refuses it unsent
        _order(alice, "bid", "1", "abc")
    with pytest.raises(BadRequestError, match="invalid_count"):
        _order(alice, "bid", "0.001", "0.50")
    with pytest.raises(BadRequestError, match="insufficient_balance"):
        _order(alice, "bid", "21", "0.50")  # $10.50 of collateral, $10 held
    with pytest.raises(NotFoundError):
        cancel_order_v2.sync("no-such-order", client=alice)
    assert _balance(alice) == D("10.0000") and get_orders.sync(client=alice).orders == []


def test_batch_orders_answer_each_order() -> None:
    exchange = _exchange()
    alice, _ = _clients(exchange)
    body = BatchCreateOrdersV2Request(
        orders=[
            CreateOrderV2Request(
                ticker=TICKER,
                side="bid",
                count="2",
                price=price,
                time_in_force="good_till_canceled",
                self_trade_prevention_type="taker_at_cross",
            )
            for price in ("0.30", "3")
        ]
    )
    results = batch_create_orders_v2.sync(client=alice, body=body).orders
    assert results[0].remaining_count == D("2.00") and not results[0].error
    assert results[1].error and results[1].error.code == "invalid_price"


def test_order_groups_cancel_at_their_limit_and_reset_lifts_the_block() -> None:
    exchange = _exchange()
    alice, bob = _clients(exchange)
    group = create_order_group.sync(client=alice, body=CreateOrderGroupRequest(contracts_limit=3)).order_group_id
    _order(alice, "bid", "2", "0.40", order_group_id=group)
    other = _order(alice, "bid", "5", "0.30", order_group_id=group)
    _order(bob, "ask", "2", "0.40")
    assert get_order.sync(other.order_id, client=alice).order.status == "resting"  # 2 of 3 filled
    _order(bob, "ask", "1", "0.30")  # the group reaches 3: every order of it is canceled
    assert get_order.sync(other.order_id, client=alice).order.status == "canceled"
    with pytest.raises(ConflictError, match="order_group_triggered"):
        _order(alice, "bid", "1", "0.20", order_group_id=group)
    reset_order_group.sync(group, client=alice)
    assert _order(alice, "bid", "1", "0.20", order_group_id=group).remaining_count == D("1.00")


# -- the engine's rules, without HTTP ------------------------------------------------------------------
def _engine() -> Engine:
    return Engine(0, lambda: 1_700_000_000_000)


def test_price_time_priority_and_the_makers_price() -> None:
    engine = _engine()
    first, _ = engine.place("m1", TICKER, "ask", D("0.60"), D(2))
    second, _ = engine.place("m2", TICKER, "ask", D("0.60"), D(2))
    better, _ = engine.place("m3", TICKER, "ask", D("0.59"), D(1))
    _, fills = engine.place("t", TICKER, "bid", D("0.65"), D(4))
    makers = [(f.order_id, f.count, f.price) for f in fills if not f.is_taker]
    expected = [
        (better.order_id, D(1), D("0.59")),
        (first.order_id, D(2), D("0.60")),
        (second.order_id, D(1), D("0.60")),
    ]
    assert makers == expected


def test_queue_positions_and_many_books() -> None:
    exchange = _exchange()
    alice, bob = _clients(exchange)
    _order(bob, "bid", "7", "0.30")
    first = _order(alice, "bid", "2", "0.30")
    second = _order(alice, "bid", "1", "0.30")
    assert get_order_queue_position.sync(first.order_id, client=alice).queue_position_fp == D("7.00")
    listed = get_order_queue_positions.sync(client=alice, market_tickers=TICKER).queue_positions
    assert {q.order_id: q.queue_position_fp for q in listed} == {first.order_id: D("7.00"), second.order_id: D("9.00")}
    books = get_market_orderbooks.sync(client=alice, tickers=[TICKER, "KXOTHER-26JAN02-T1"]).orderbooks
    assert [(b.ticker, b.orderbook_fp.yes_dollars) for b in books] == [
        (TICKER, [(D("0.3000"), D("10.00"))]),
        ("KXOTHER-26JAN02-T1", []),
    ]


def test_self_trade_prevention() -> None:
    engine = _engine()
    mine, _ = engine.place("u", TICKER, "ask", D("0.50"), D(1))
    taker, fills = engine.place("u", TICKER, "bid", D("0.50"), D(1))  # taker_at_cross: the taker goes
    assert fills == [] and taker.status == "canceled" and mine.status == "resting"
    taker, fills = engine.place("u", TICKER, "bid", D("0.50"), D(1), self_trade_prevention="maker")
    assert fills == [] and mine.status == "canceled" and taker.status == "resting"


def test_time_in_force_and_post_only() -> None:
    engine = _engine()
    engine.place("m", TICKER, "ask", D("0.50"), D(2))
    with pytest.raises(TradingError, match="fill_or_kill"):
        engine.place("t", TICKER, "bid", D("0.50"), D(3), time_in_force="fill_or_kill")
    with pytest.raises(TradingError, match="post_only"):
        engine.place("t", TICKER, "bid", D("0.55"), D(1), post_only=True)
    ioc, fills = engine.place("t", TICKER, "bid", D("0.50"), D(3), time_in_force="immediate_or_cancel")
    assert (ioc.filled, ioc.status, len(fills)) == (D(2), "canceled", 2)
    assert engine.ledger.account("t").reserved == 0 and engine.book(TICKER).asks == []
    with pytest.raises(TradingError, match="reduce_only"):
        engine.place("x", TICKER, "ask", D("0.50"), D(1), reduce_only=True, time_in_force="immediate_or_cancel")


# -- data a trader recognizes ----------------------------------------------------------------------------
def _operations(exchange: LocalExchange) -> Iterator[Any]:
    yield from discover(exchange.spec, ROOT / "generated")


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_paginate_ends_for_every_list_operation(seed: int) -> None:
    exchange = _exchange(seed)
    alice, _ = _clients(exchange)
    listed = 0
    for op in _operations(exchange):
        if not hasattr(op.module, "pages"):
            continue
        listed += 1
        kwargs = arguments(exchange.spec, op, optional=False)
        for count, _page in enumerate(op.module.pages(client=alice, **kwargs), 1):
            assert count <= 20, f"{op.name}: cursors never end"
    assert listed >= 10


def _walk(node: Any, key: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        for name, value in node.items():
            yield name, value
            yield from _walk(value, name)
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item, key)


@pytest.mark.parametrize("listed", [False, True], ids=["drawn-markets", "scenario-markets"])
def test_every_dollar_and_count_parses_on_the_grid(listed: bool) -> None:
    """Every operation's answers: each ``*_dollars`` a Decimal (prices on the cent grid), each ``*_fp`` a count."""
    exchange = _exchange(3)
    if listed:  # market and event answers come from the listings and the engine instead of draws
        exchange.scenario(markets=[TICKER, "KXHIGHNY-26JAN02-T70", "KXFED-26MAR04-T42"])
    transport = RecordingTransport(exchange)
    alice, bob = _clients(exchange, transport)
    _order(alice, "bid", "3", "0.41")
    _order(bob, "ask", "1", "0.40")
    for op in _operations(exchange):
        for optional in (False, True):
            try:
                op.module.sync_detailed(client=alice, **arguments(exchange.spec, op, optional=optional))
            except Exception:  # an engine refusal (sampled ids) still has a body, recorded
                continue
    checked = 0
    for body in transport.bodies:
        for name, value in _walk(body):
            if isinstance(value, str):
                assert not re.fullmatch(r"s\d+", value), f"{name}={value!r}"
            if name.endswith("_fp") and isinstance(value, str):
                assert re.fullmatch(r"-?\d+\.\d{2}", value), f"{name}={value!r}"
                checked += 1
            if name.endswith("_dollars") and isinstance(value, str):
                assert D(value) % D("0.0001") == 0, f"{name}={value!r}"
                if "price" in name or name.startswith(("yes_bid", "yes_ask", "no_bid", "no_ask")):
                    # $0 and $1 are on the grid's ends: an empty side or no trade yet, as Kalshi's recorded
                    # answers show ("yes_bid_dollars": "0.0000", "yes_ask_dollars": "1.0000")
                    assert D(0) <= D(value) <= D(1) and D(value) % D("0.01") == 0, f"{name}={value!r}"
                checked += 1
            if name.endswith("_dollars") and isinstance(value, list):
                for price, count in value:
                    assert D("0.01") <= D(price) <= D("0.99") and D(price) % D("0.01") == 0, f"{name}={price!r}"
                    assert re.fullmatch(r"\d+\.\d{2}", count), f"{name}={count!r}"
                    checked += 1
    assert checked > 150  # fewer drawn bodies with listed markets: the world holds no milestones, history, ...


def test_times_are_in_a_markets_order() -> None:
    from kalshi_trade_api.api.market import get_markets

    exchange = _exchange(5)
    alice, _ = _clients(exchange)
    markets = [m for _ in range(10) for m in get_markets.sync(client=alice).markets]
    timed = 0
    for market in markets:
        times = [
            t for t in (market.open_time, market.close_time, market.expiration_time) if isinstance(t, datetime.datetime)
        ]
        if len(times) == 3:  # optional ones may be left out
            assert times == sorted(set(times)), market.ticker
            timed += 1
        assert market.ticker.startswith(market.event_ticker + "-")
    assert timed


def _session(exchange: LocalExchange) -> list[Any]:
    transport = RecordingTransport(exchange)
    alice, bob = _clients(exchange, transport)
    # The same requests: ids of our own (the SDK would give each create a fresh random one).
    placed = _order(alice, "bid", "5", "0.45", client_order_id="alice-1")
    _order(bob, "ask", "2", "0.44", client_order_id="bob-1")
    cancel_order_v2.sync(placed.order_id, client=alice)
    get_fills.sync(client=bob)
    from kalshi_trade_api.api.market import get_markets

    get_markets.sync(client=bob, limit=3)
    return transport.bodies


def test_same_seed_and_requests_give_the_same_responses() -> None:
    def run(seed: int) -> list[Any]:
        return _session(_exchange(seed, clock=lambda: 1_795_000_000.0, window=1e10))

    assert run(7) == run(7)
    assert run(7) != run(8)


def test_an_order_groups_limit_counts_only_the_last_15_seconds() -> None:
    now = [1_700_000_000_000]
    engine = Engine(0, lambda: now[0])
    group = engine.create_group("u", D(3))
    engine.place("m", TICKER, "ask", D("0.50"), D(10))
    engine.place("u", TICKER, "bid", D("0.50"), D(2), order_group_id=group.group_id)
    now[0] += 15_000  # those 2 leave the window
    engine.place("u", TICKER, "bid", D("0.50"), D(2), order_group_id=group.group_id)
    assert not group.triggered
    engine.place("u", TICKER, "bid", D("0.50"), D(1), order_group_id=group.group_id)
    assert group.triggered
