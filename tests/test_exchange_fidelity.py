"""The engine and the fault injector do what Kalshi would: the fidelity defects of issue 17, one test each."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import httpx
import pytest

from kalshi_auth import (
    APIConnectionError,
    BadRequestError,
    ConflictError,
    OrderOutcomeUnknownError,
    RateLimitedError,
    ServerError,
    kalshi_client,
)
from kalshi_auth.client import KalshiClient
from kalshi_exchange import ControlledClock, ExchangeServer, ExchangeTransport, LocalExchange
from kalshi_exchange.engine import TradingError
from kalshi_trade_api.api.order_groups import create_order_group
from kalshi_trade_api.api.orders import (
    amend_order_v2,
    batch_create_orders_v2,
    cancel_order_v2,
    create_order_v2,
    decrease_order_v2,
    get_order,
    get_orders,
)
from kalshi_trade_api.api.portfolio import get_balance, get_fills
from kalshi_trade_api.models import (
    AmendOrderV2Request,
    BatchCreateOrdersV2Request,
    CreateOrderGroupRequest,
    CreateOrderV2Request,
    DecreaseOrderV2Request,
)
from tests.keyfactory import ed_key

BASE = "http://127.0.0.1/trade-api/v2"
TICKER = "KXFIDELITY-26JAN01-T50"
USERS = ("alice", "bob", "carol")


def _venue(**options: Any) -> tuple[LocalExchange, dict[str, KalshiClient]]:
    exchange = LocalExchange(keys={user: ed_key() for user in USERS}, rate_limit=None, **options)
    exchange.scenario(markets=[TICKER])
    transport = ExchangeTransport(exchange)
    # No retries: these tests look at what the exchange answers, not at the SDK's recovery from it.
    clients = {
        user: kalshi_client(
            user, ed_key(), base_url=BASE, transport=transport, rate_limit=None, clock=exchange.clock, retries=False
        )
        for user in USERS
    }
    return exchange, clients


def _body(side: str, count: str, price: str, **options: Any) -> CreateOrderV2Request:
    return CreateOrderV2Request(
        ticker=options.pop("ticker", TICKER),
        side=side,  # type: ignore[arg-type]
        count=count,
        price=price,
        time_in_force=options.pop("time_in_force", "good_till_canceled"),
        self_trade_prevention_type=options.pop("self_trade_prevention_type", "taker_at_cross"),
        **options,
    )


def _order(client: KalshiClient, side: str, count: str, price: str, **options: Any) -> Any:
    return create_order_v2.sync(client=client, body=_body(side, count, price, **options))


def _filled(client: KalshiClient, order_id: str) -> Decimal:
    return get_order.sync(order_id, client=client).order.fill_count_fp


# -- 1: fill-or-kill counts only what the taker can take ---------------------------------------------------
def test_fill_or_kill_does_not_count_volume_behind_the_takers_own_order() -> None:
    _, c = _venue()
    first = _order(c["bob"], "ask", "5", "0.50")
    _order(c["alice"], "ask", "5", "0.51")  # alice's own resting ask, between bob's two
    _order(c["bob"], "ask", "5", "0.52")
    # 10 contracts of others' asks cross 0.52, but self-trade prevention stops the match at alice's own.
    with pytest.raises(ConflictError, match="fill_or_kill"):
        _order(c["alice"], "bid", "10", "0.52", time_in_force="fill_or_kill")
    assert _filled(c["bob"], first.order_id) == 0  # killed whole: nothing filled
    assert get_fills.sync(client=c["alice"]).fills == []


def test_fill_or_kill_does_not_count_a_group_its_own_fills_cancel() -> None:
    _, c = _venue()
    group = create_order_group.sync(client=c["bob"], body=CreateOrderGroupRequest(contracts_limit=5)).order_group_id
    _order(c["bob"], "ask", "5", "0.50", order_group_id=group)
    _order(c["bob"], "ask", "5", "0.51", order_group_id=group)  # canceled when the first fill reaches the limit
    with pytest.raises(ConflictError, match="fill_or_kill"):
        _order(c["alice"], "bid", "10", "0.51", time_in_force="fill_or_kill")
    assert get_fills.sync(client=c["alice"]).fills == []
    assert _order(c["alice"], "bid", "5", "0.51", time_in_force="fill_or_kill").fill_count == 5


# -- 2: an order group's limit reached mid-match leaves no zero-count fills -----------------------------------
def test_no_zero_count_fills_when_a_group_cancels_a_maker_mid_match() -> None:
    _, c = _venue()
    group = create_order_group.sync(client=c["bob"], body=CreateOrderGroupRequest(contracts_limit=5)).order_group_id
    _order(c["bob"], "ask", "5", "0.50", order_group_id=group)
    _order(c["bob"], "ask", "5", "0.51", order_group_id=group)
    taken = _order(c["alice"], "bid", "10", "0.51")
    assert (taken.fill_count, taken.remaining_count) == (Decimal(5), Decimal(5))
    for user in ("alice", "bob"):
        counts = [f.count_fp for f in get_fills.sync(client=c[user]).fills]
        assert counts == [Decimal(5)], (user, counts)


# -- 3: growing an order after a decrease loses time priority ----------------------------------------------------
def test_an_amend_that_grows_the_order_after_a_decrease_loses_time_priority() -> None:
    _, c = _venue()
    first = _order(c["alice"], "bid", "10", "0.50")
    second = _order(c["bob"], "bid", "10", "0.50")
    decrease_order_v2.sync(first.order_id, client=c["alice"], body=DecreaseOrderV2Request(reduce_to="5"))
    amend = AmendOrderV2Request(ticker=TICKER, side="bid", price="0.50", count="8")  # 5 resting -> 8 resting
    assert amend_order_v2.sync(first.order_id, client=c["alice"], body=amend).remaining_count == 8
    _order(c["carol"], "ask", "3", "0.50", time_in_force="immediate_or_cancel")
    assert (_filled(c["alice"], first.order_id), _filled(c["bob"], second.order_id)) == (Decimal(0), Decimal(3))


# -- 4: a post-only order amended across the book is refused, not filled -------------------------------------------
def test_amending_a_post_only_order_across_the_book_is_refused() -> None:
    exchange, c = _venue()
    quote = _order(c["alice"], "bid", "5", "0.40", post_only=True)
    _order(c["bob"], "ask", "5", "0.45")
    cash = get_balance.sync(client=c["alice"]).balance_dollars
    across = AmendOrderV2Request(ticker=TICKER, side="bid", price="0.46", count="5")
    with pytest.raises(BadRequestError, match="post_only_cross"):  # AmendOrderV2 documents no 409
        amend_order_v2.sync(quote.order_id, client=c["alice"], body=across)
    order = get_order.sync(quote.order_id, client=c["alice"]).order
    assert (order.yes_price_dollars, order.fill_count_fp, order.remaining_count_fp) == (
        Decimal("0.40"),
        Decimal(0),
        Decimal(5),
    )
    assert get_balance.sync(client=c["alice"]).balance_dollars == cash
    assert exchange.engine.trades == []


# -- 5: a refused amend changes nothing; a settlement is final ------------------------------------------------------
def test_a_refused_amend_keeps_the_client_order_id() -> None:
    _, c = _venue(starting_balance="10")
    placed = _order(c["alice"], "bid", "10", "0.50", client_order_id="first-id")
    too_big = AmendOrderV2Request(
        ticker=TICKER, side="bid", price="0.50", count="100", updated_client_order_id="second-id"
    )
    with pytest.raises(BadRequestError, match="insufficient_balance"):
        amend_order_v2.sync(placed.order_id, client=c["alice"], body=too_big)
    assert get_order.sync(placed.order_id, client=c["alice"]).order.client_order_id == "first-id"
    renamed = AmendOrderV2Request(ticker=TICKER, side="bid", price="0.49", count="10", updated_client_order_id="2nd")
    amend_order_v2.sync(placed.order_id, client=c["alice"], body=renamed)
    assert get_order.sync(placed.order_id, client=c["alice"]).order.client_order_id == "2nd"


def test_settling_a_market_again_with_the_other_result_is_refused() -> None:
    exchange, c = _venue()
    _order(c["alice"], "bid", "4", "0.50")
    _order(c["bob"], "ask", "4", "0.50")
    exchange.settle(TICKER, "yes")
    paid = {user: get_balance.sync(client=c[user]).balance_dollars for user in ("alice", "bob")}
    with pytest.raises(ValueError, match="settled 'yes' already"):
        exchange.settle(TICKER, "no")
    exchange.settle(TICKER, "yes")  # the same result again: nothing more happens
    assert {user: get_balance.sync(client=c[user]).balance_dollars for user in ("alice", "bob")} == paid
    assert exchange.engine.settled[TICKER] == "yes"


# -- 6: injected faults strike where Kalshi's would ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("kind", "status", "error"),
    [("status", 429, RateLimitedError), ("status", 503, ServerError), ("html", 502, ServerError)],
)
def test_a_fault_before_processing_leaves_no_order_behind(kind: str, status: int, error: type[Exception]) -> None:
    exchange, c = _venue()
    exchange.inject(kind, status=status, operation="CreateOrderV2")
    # The SDK reads a 5xx on a create as "outcome unknown" (OrderOutcomeUnknownError); on this exchange it is
    # "not processed", as Kalshi's 429 is. What matters here is what the exchange did: nothing.
    with pytest.raises((error, OrderOutcomeUnknownError)):
        _order(c["alice"], "bid", "1", "0.30", client_order_id="intent-1")
    assert get_orders.sync(client=c["alice"]).orders == []
    assert get_balance.sync(client=c["alice"]).balance_dollars == 10000
    (seen,) = [s for s in exchange.seen if s.operation == "POST /portfolio/events/orders"]
    assert (seen.status, seen.fault) == (status, kind)
    # Nothing was placed, so the retry with the same client_order_id is a first placement.
    assert _order(c["alice"], "bid", "1", "0.30", client_order_id="intent-1").remaining_count == 1


def test_a_dropped_connection_before_processing_leaves_no_order_behind() -> None:
    exchange, c = _venue()
    exchange.inject("drop", operation="CreateOrderV2")
    with pytest.raises(APIConnectionError):
        _order(c["alice"], "bid", "1", "0.30")
    assert get_orders.sync(client=c["alice"]).orders == []


@pytest.mark.parametrize("over", ["in process", "http"])
def test_a_lost_response_is_processed_then_the_connection_drops(over: str) -> None:
    exchange, c = _venue()
    exchange.inject("lost_response", operation="CreateOrderV2")
    if over == "http":
        with ExchangeServer(exchange, stream=False) as server:
            client = kalshi_client("alice", ed_key(), base_url=server.base_url, rate_limit=None, retries=False)
            with pytest.raises(APIConnectionError, match="RemoteProtocolError"):
                _order(client, "bid", "1", "0.30", client_order_id="intent-1")
            client.get_httpx_client().close()
    else:
        with pytest.raises(APIConnectionError, match="RemoteProtocolError"):
            _order(c["alice"], "bid", "1", "0.30", client_order_id="intent-1")
    (order,) = get_orders.sync(client=c["alice"]).orders  # the order exists: the answer was lost, not the request
    assert (order.client_order_id, order.remaining_count_fp) == ("intent-1", Decimal(1))
    (seen,) = [s for s in exchange.seen if s.operation == "POST /portfolio/events/orders"]
    assert (seen.status, seen.fault) == (201, "lost_response")
    with pytest.raises(ConflictError, match="order_already_exists"):  # the retry is refused: placed once
        _order(c["alice"], "bid", "1", "0.30", client_order_id="intent-1")


def test_a_lost_response_over_http_sends_no_byte() -> None:
    exchange = LocalExchange(keys={"alice": ed_key()}, rate_limit=None)
    exchange.inject("lost_response", operation="GetExchangeStatus")
    with ExchangeServer(exchange, stream=False) as server, httpx.Client() as raw:
        with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
            raw.get(server.base_url + "/exchange/status")
        assert raw.get(server.base_url + "/exchange/status").status_code == 200


# -- 7: client_order_id is deduplicated among live and recent orders --------------------------------------------------
def test_a_duplicate_client_order_id_is_a_409_order_already_exists_in_kalshis_nested_shape() -> None:
    _, c = _venue()
    _order(c["alice"], "bid", "1", "0.30", client_order_id="intent-7")
    with pytest.raises(ConflictError) as refused:
        _order(c["alice"], "bid", "2", "0.31", client_order_id="intent-7")
    assert refused.value.status_code == 409
    (error,) = json.loads(refused.value.body).values()  # {"error": {...}}, as the live API nests it
    assert error["code"] == refused.value.code == "order_already_exists" and "intent-7" in error["message"]
    assert [o.client_order_id for o in get_orders.sync(client=c["alice"]).orders] == ["intent-7"]
    # Ids belong to a user: bob may use the same one.
    assert _order(c["bob"], "bid", "1", "0.30", client_order_id="intent-7").remaining_count == 1


def test_a_client_order_id_stays_taken_after_its_order_ends_for_the_window() -> None:
    clock = ControlledClock()
    _, c = _venue(clock=clock)
    placed = _order(c["alice"], "bid", "1", "0.30", client_order_id="intent-8")
    cancel_order_v2.sync(placed.order_id, client=c["alice"])
    with pytest.raises(ConflictError, match="order_already_exists"):  # canceled, but recent
        _order(c["alice"], "bid", "1", "0.30", client_order_id="intent-8")
    clock.advance(24 * 3600 + 1)  # past the dedup window (engine.DEDUP_WINDOW_MS), the id is free again
    assert _order(c["alice"], "bid", "1", "0.30", client_order_id="intent-8").order_id != placed.order_id


def test_a_resting_order_holds_its_client_order_id_past_the_window() -> None:
    clock = ControlledClock()
    _, c = _venue(clock=clock)
    _order(c["alice"], "bid", "1", "0.30", client_order_id="intent-9")
    clock.advance(3 * 24 * 3600)
    with pytest.raises(ConflictError, match="order_already_exists"):
        _order(c["alice"], "bid", "1", "0.30", client_order_id="intent-9")


def test_a_batch_refuses_duplicates_item_by_item() -> None:
    _, c = _venue()
    _order(c["alice"], "bid", "1", "0.30", client_order_id="taken")
    batch = BatchCreateOrdersV2Request(
        orders=[
            _body("bid", "1", "0.31", client_order_id="taken"),
            _body("bid", "1", "0.32", client_order_id="fresh"),
            _body("bid", "1", "0.33", client_order_id="fresh"),
        ]
    )
    results = batch_create_orders_v2.sync(client=c["alice"], body=batch).orders
    codes = [r.error.code if r.error else None for r in results]
    assert codes == ["order_already_exists", None, "order_already_exists"]
    assert sorted(o.client_order_id for o in get_orders.sync(client=c["alice"]).orders) == ["fresh", "taken"]


def test_a_price_at_the_maker_after_amend_keeps_the_dedup_of_the_original_id() -> None:
    _, c = _venue()
    placed = _order(c["alice"], "bid", "1", "0.30", client_order_id="original")
    renamed = AmendOrderV2Request(ticker=TICKER, side="bid", price="0.31", count="1", updated_client_order_id="new")
    amend_order_v2.sync(placed.order_id, client=c["alice"], body=renamed)
    for taken in ("original", "new"):  # a retried create of the first intent is still refused
        with pytest.raises(ConflictError, match="order_already_exists"):
            _order(c["alice"], "bid", "1", "0.30", client_order_id=taken)
    other = _order(c["alice"], "bid", "1", "0.20", client_order_id="other")
    with pytest.raises(BadRequestError, match="order_already_exists"):  # an amend to an id in use
        amend_order_v2.sync(
            other.order_id,
            client=c["alice"],
            body=AmendOrderV2Request(ticker=TICKER, side="bid", price="0.20", count="1", updated_client_order_id="new"),
        )


def test_the_engine_refuses_a_duplicate_without_touching_balance() -> None:
    exchange, _ = _venue()
    engine = exchange.engine
    engine.place("u", TICKER, "bid", Decimal("0.30"), Decimal(1), client_order_id="x")
    cash = engine.ledger.account("u").cash
    with pytest.raises(TradingError) as refused:
        engine.place("u", TICKER, "bid", Decimal("0.30"), Decimal(1), client_order_id="x")
    assert (refused.value.status, refused.value.code) == (409, "order_already_exists")
    assert engine.ledger.account("u").cash == cash and [o.user for o in engine.orders.values()].count("u") == 1


# -- 8: a batch bigger than the tier's write bucket is refused before it is sent ---------------------------------------
def _batch(size: int, start: int = 0) -> BatchCreateOrdersV2Request:
    return BatchCreateOrdersV2Request(
        orders=[_body("bid", "1", "0.10", client_order_id=f"b-{start + i}") for i in range(size)]
    )


def test_the_client_refuses_a_batch_over_its_tiers_write_bucket_without_sending_it() -> None:
    from kalshi_auth import ConfigurationError
    from kalshi_auth.ratelimit import BatchTooLargeError

    exchange = LocalExchange(keys={"alice": ed_key()})  # meters Basic, as Kalshi does every key
    exchange.scenario(markets=[TICKER])
    client = kalshi_client("alice", ed_key(), base_url=BASE, transport=ExchangeTransport(exchange))  # paces Basic
    with pytest.raises(BatchTooLargeError, match="at most 20") as refused:
        batch_create_orders_v2.sync(client=client, body=_batch(21))
    assert isinstance(refused.value, ConfigurationError) and (refused.value.items, refused.value.largest) == (21, 20)
    assert not exchange.seen and exchange.engine.orders == {}
    premier = kalshi_client(
        "alice", ed_key(), base_url=BASE, transport=ExchangeTransport(exchange), rate_limit="premier"
    )
    with pytest.raises(BatchTooLargeError, match="at most 200"):  # 2,000 tokens at 10 an order
        batch_create_orders_v2.sync(client=premier, body=_batch(201))


def test_the_exchange_answers_an_over_budget_batch_with_a_400_not_a_429() -> None:
    exchange = LocalExchange(keys={"alice": ed_key()})
    exchange.scenario(markets=[TICKER])
    unpaced = kalshi_client("alice", ed_key(), base_url=BASE, transport=ExchangeTransport(exchange), rate_limit=None)
    with pytest.raises(BadRequestError, match=r"batch_too_large.*at most 20"):
        batch_create_orders_v2.sync(client=unpaced, body=_batch(21))
    assert exchange.engine.orders == {}
    assert len(batch_create_orders_v2.sync(client=unpaced, body=_batch(20)).orders) == 20  # 20 fit


def test_full_size_batches_back_to_back_are_paced_without_a_429() -> None:
    exchange = LocalExchange(keys={"alice": ed_key()})
    exchange.scenario(markets=[TICKER])
    client = kalshi_client("alice", ed_key(), base_url=BASE, transport=ExchangeTransport(exchange), retries=False)
    for start in (0, 20):  # 200 tokens each: the whole Basic write bucket; the second waits for its refill
        results = batch_create_orders_v2.sync(client=client, body=_batch(20, start)).orders
        assert [r.error for r in results if r.error] == []
    assert [s.status for s in exchange.seen] == [201, 201]
