"""A bot that trades over REST and streams the book sees one world: the streamed book is the REST orderbook.

The scripted two-user session (place, partially fill, amend, cancel, settle) checks the book after every
step and the money to the cent at the end; tests/test_exchange_trading.py reconciles every figure between.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from kalshi_auth import kalshi_client
from kalshi_exchange import ExchangeServer, LocalExchange, StreamServer
from kalshi_exchange.engine import user_uuid
from kalshi_exchange.stream_feed import StreamFeed
from kalshi_stream import KalshiStream, Message, OrderBooks
from kalshi_stream_messages.models import (
    FillPayload,
    MarketPositionPayload,
    OrderGroupUpdatesPayload,
    TickerPayload,
    TradePayload,
    UserOrderPayload,
)
from kalshi_trade_api.api.market import get_market_orderbook
from kalshi_trade_api.api.order_groups import (
    create_order_group,
    delete_order_group,
    reset_order_group,
    update_order_group_limit,
)
from kalshi_trade_api.api.orders import amend_order_v2, cancel_order_v2, create_order_v2
from kalshi_trade_api.api.portfolio import get_balance
from kalshi_trade_api.models import (
    AmendOrderV2Request,
    CreateOrderGroupRequest,
    CreateOrderV2Request,
    UpdateOrderGroupLimitRequest,
)
from tests.keyfactory import ed_key, rsa_key

TICKER = "KXHIGHNY-26JAN02-T60"
LIMIT = 20.0  # seconds the whole session may take
Levels = dict[str, dict[str, str]]


def _order(client: Any, side: str, count: str, price: str, **extra: Any) -> Any:
    body = CreateOrderV2Request(
        ticker=TICKER,
        side=side,  # type: ignore[arg-type]
        count=count,
        price=price,
        time_in_force=extra.pop("time_in_force", "good_till_canceled"),
        self_trade_prevention_type="taker_at_cross",
        **extra,
    )
    return create_order_v2.sync(client=client, body=body)


def _rest_levels(client: Any) -> Levels:
    book = get_market_orderbook.sync(TICKER, client=client).orderbook_fp
    return {"yes": {str(p): str(c) for p, c in book.yes_dollars}, "no": {str(p): str(c) for p, c in book.no_dollars}}


def _streamed(books: OrderBooks) -> Levels | None:
    if TICKER not in books:
        return None
    book = books[TICKER]
    return {side: {f"{p:.4f}": f"{c:.2f}" for p, c in book.levels(side)} for side in ("yes", "no")}


async def _catch_up(stream: KalshiStream, books: OrderBooks, wanted: Levels, seen: list[Message]) -> None:
    """Read the stream (into ``seen``) until its book is ``wanted`` (bounded by the session's time limit)."""
    if _streamed(books) == wanted:
        return
    message: Message
    async for message in stream:
        seen.append(message)
        books.apply(message)
        if _streamed(books) == wanted:
            return
    raise AssertionError("the stream ended")


def test_the_streamed_book_equals_the_rest_orderbook_at_every_step() -> None:
    exchange = LocalExchange(keys={"alice": ed_key(), "bob": rsa_key()}, world=None)  # any ticker trades
    with ExchangeServer(exchange) as server:  # the stream follows the engine by default
        alice = kalshi_client("alice", ed_key(), base_url=server.base_url, rate_limit=None)
        bob = kalshi_client("bob", rsa_key(), base_url=server.base_url, rate_limit=None)

        messages: list[Message] = []

        async def session() -> list[Levels]:
            seen = []
            async with KalshiStream("alice", ed_key(), url=server.ws_url) as stream:
                await stream.subscribe("orderbook_delta", market_tickers=[TICKER])
                await stream.subscribe(["fill", "user_orders", "market_positions", "trade"])
                books = OrderBooks()
                steps: list[Callable[[], Any]] = [
                    lambda: _order(alice, "bid", "10", "0.56"),
                    lambda: _order(alice, "bid", "5", "0.55"),
                    lambda: _order(bob, "ask", "3", "0.60"),
                    lambda: _order(bob, "ask", "12", "0.55"),  # takes 10 @ 0.56 and 2 @ 0.55
                    lambda: amend_order_v2.sync(
                        placed.order_id,
                        client=bob,
                        body=AmendOrderV2Request(ticker=TICKER, side="ask", price="0.58", count="4"),
                    ),
                    lambda: cancel_order_v2.sync(placed.order_id, client=bob),
                    lambda: exchange.settle(TICKER, "yes"),  # cancels alice's last 3 and pays out
                ]
                placed: Any = None
                for step in steps:
                    result = step()
                    if placed is None and getattr(result, "remaining_count", None) == Decimal("3.00"):
                        placed = result  # bob's resting ask, amended and canceled below
                    wanted = _rest_levels(bob)
                    await _catch_up(stream, books, wanted, messages)
                    seen.append(wanted)
                assert stream.stats.gaps == stream.stats.duplicates == 0
            return seen

        seen = asyncio.run(asyncio.wait_for(session(), LIMIT))
        balances = [str(get_balance.sync(client=c).balance_dollars) for c in (alice, bob)]
    orders_user = user_uuid("alice")
    assert seen[2] == {"yes": {"0.5500": "5.00", "0.5600": "10.00"}, "no": {"0.4000": "3.00"}}
    assert seen[3] == {"yes": {"0.5500": "3.00"}, "no": {"0.4000": "3.00"}}
    assert seen[4] == {"yes": {"0.5500": "3.00"}, "no": {"0.4200": "4.00"}}
    assert seen[5] == {"yes": {"0.5500": "3.00"}, "no": {}}
    assert seen[6] == {"yes": {}, "no": {}}
    # To the cent: alice paid 10 x 0.56 + 2 x 0.55 = $6.70 for 12 YES, bob $12 - $6.70 for 12 NO; YES pays $1 each.
    assert balances == ["10005.3000", "9994.7000"] and sum(map(Decimal, balances)) == Decimal(20_000)
    # alice's own fills, orders and position, and the public trades, as the engine made them
    fills = [(m.msg.count_fp, m.msg.yes_price_dollars, m.msg.is_taker) for m in messages if isinstance(m, FillPayload)]
    assert fills == [(Decimal("10.00"), Decimal("0.5600"), False), (Decimal("2.00"), Decimal("0.5500"), False)]
    trades = [(m.msg.count_fp, m.msg.taker_side) for m in messages if isinstance(m, TradePayload)]
    assert trades == [(Decimal("10.00"), "no"), (Decimal("2.00"), "no")]
    positions = [m.msg.position_fp for m in messages if isinstance(m, MarketPositionPayload)]
    assert positions == [Decimal("10.00"), Decimal("12.00")]
    orders = [(m.msg.status, m.msg.remaining_count_fp) for m in messages if isinstance(m, UserOrderPayload)]
    assert ("executed", Decimal("0.00")) in orders and ("resting", Decimal("3.00")) in orders
    assert {str(m.msg.user_id) for m in messages if isinstance(m, UserOrderPayload)} == {orders_user}


def test_the_drawn_feed_is_an_explicit_option() -> None:
    exchange = LocalExchange(keys={"alice": ed_key()})
    assert StreamServer(exchange).follow_engine and not StreamServer(exchange, follow_engine=False).follow_engine
    assert not StreamServer(LocalExchange(keys={"alice": ed_key()}, trading=False)).follow_engine  # nothing to follow


def _ticker(message: TickerPayload) -> tuple[str, str, str, str, str, str]:
    msg = message.msg
    return (
        str(msg.yes_bid_dollars),
        str(msg.yes_ask_dollars),
        str(msg.price_dollars),
        str(msg.volume_fp),
        str(msg.open_interest_fp),
        str(msg.dollar_volume),
    )


def test_ticker_and_order_group_updates_follow_the_engine() -> None:
    exchange = LocalExchange(keys={"alice": ed_key(), "bob": rsa_key()}, world=None)  # any ticker trades
    feed = StreamFeed()
    with ExchangeServer(exchange) as server:
        alice = kalshi_client("alice", ed_key(), base_url=server.base_url, rate_limit=None)
        bob = kalshi_client("bob", rsa_key(), base_url=server.base_url, rate_limit=None)

        async def session() -> tuple[list[TickerPayload], list[OrderGroupUpdatesPayload]]:
            tickers: list[TickerPayload] = []
            groups: list[OrderGroupUpdatesPayload] = []
            async with KalshiStream("alice", ed_key(), url=server.ws_url) as stream:
                await stream.subscribe("ticker", market_tickers=[TICKER])
                await stream.subscribe("order_group_updates")

                def rest() -> None:  # REST calls off the loop, so the stream keeps reading
                    made = create_order_group.sync(client=alice, body=CreateOrderGroupRequest(contracts_limit_fp="5"))
                    group = made.order_group_id
                    _order(alice, "bid", "10", "0.56", order_group_id=group)
                    _order(bob, "ask", "3", "0.60")
                    _order(bob, "ask", "5", "0.56", time_in_force="immediate_or_cancel")  # fills 5: the limit
                    reset_order_group.sync(group, client=alice)
                    update_order_group_limit.sync(
                        group, client=alice, body=UpdateOrderGroupLimitRequest(contracts_limit_fp="20")
                    )
                    delete_order_group.sync(group, client=alice)

                await asyncio.to_thread(rest)
                message: Message
                async for message in stream:
                    assert feed.problems(message.to_dict(), ignore=("pattern",)) == [], message
                    if isinstance(message, TickerPayload):
                        tickers.append(message)
                    elif isinstance(message, OrderGroupUpdatesPayload):
                        groups.append(message)
                    if len(groups) == 5 and tickers and _ticker(tickers[-1])[0] == "0.0000":
                        break
            return tickers, groups

        tickers, groups = asyncio.run(asyncio.wait_for(session(), LIMIT))
    assert [(g.msg.event_type, g.to_dict()["msg"].get("contracts_limit_fp")) for g in groups] == [
        ("created", "5.00"),
        ("triggered", None),
        ("reset", None),
        ("limit_updated", "20.00"),
        ("deleted", None),
    ]
    assert [g.seq for g in groups] == [1, 2, 3, 4, 5] and len({g.sid for g in groups}) == 1
    assert len({g.msg.order_group_id for g in groups}) == 1
    seen = [_ticker(t) for t in tickers]
    assert seen[0] == ("0.5600", "1.0000", "0.0000", "0.00", "0.00", "0")  # alice bids; no ask, no trade yet
    assert ("0.5600", "0.6000", "0.0000", "0.00", "0.00", "0") in seen  # bob asks at 0.60
    # bob sells 5 into alice's bid: a trade at 0.56, then the group's limit cancels alice's other 5
    assert seen[-1] == ("0.0000", "0.6000", "0.5600", "5.00", "5.00", "2")
    assert all(a != b for a, b in itertools.pairwise(seen))  # a ticker message only when a number changed
    assert {t.msg.market_ticker for t in tickers} == {TICKER} and all("seq" not in t.to_dict() for t in tickers)
