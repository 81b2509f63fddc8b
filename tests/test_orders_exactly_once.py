"""Orders placed exactly once: client_order_id on every create, safe retries, lost answers resolved.

A scripted fake of Kalshi's order endpoints (httpx.MockTransport) deduplicates client_order_id
as Kalshi does (409 ``order_already_exists`` in the nested error body; per item inside a batch)
and injects faults per attempt: before processing (a 429, a 503, a refused connection) or after
it (the answer lost to a dropped connection, a timeout or a 500). Sync and async twins.
"""

from __future__ import annotations

import asyncio
import json
import random
import uuid
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from kalshi_auth import (
    ConflictError,
    OrderAlreadyPlacedError,
    OrderOutcomeUnknownError,
    RateLimitedError,
    RetryPolicy,
    afind_order,
    find_order,
    kalshi_client,
)
from kalshi_auth.client import KalshiClient
from kalshi_trade_api.api.orders import batch_create_orders_v2, create_order_v2
from kalshi_trade_api.errors import ResponseParseError
from kalshi_trade_api.models import BatchCreateOrdersV2Request, CreateOrderV2Request
from kalshi_trade_api.types import UNSET
from tests.keyfactory import ed_key

BASE = "http://127.0.0.1:9/trade-api/v2"
FAST = RetryPolicy(backoff_base=0.001, backoff_max=0.002)
# What happens to one attempt: processed or not, and what the client sees.
BEFORE: dict[str, int | Exception] = {"429": 429, "503": 503, "refused": httpx.ConnectError("refused")}
AFTER: dict[str, int | Exception] = {
    "lost": httpx.RemoteProtocolError("dropped"),
    "timeout": httpx.ReadTimeout("slow"),
    "500": 500,
}


def _order(body: dict[str, Any], order_id: str) -> dict[str, Any]:
    return {
        "order_id": order_id,
        "user_id": "u1",
        "client_order_id": body["client_order_id"],
        "ticker": body["ticker"],
        "outcome_side": "yes",
        "book_side": body["side"],
        "type": "limit",
        "status": "resting",
        "yes_price_dollars": body["price"],
        "no_price_dollars": "0.5000",
        "fill_count_fp": "0.00",
        "remaining_count_fp": body["count"],
        "initial_count_fp": body["count"],
        "taker_fees_dollars": "0.0000",
        "maker_fees_dollars": "0.0000",
        "taker_fill_cost_dollars": "0.0000",
        "maker_fill_cost_dollars": "0.0000",
    }


def _duplicate() -> dict[str, Any]:
    return {"code": "order_already_exists", "message": "order already exists", "details": ""}


class FakeKalshi:
    """Kalshi's create, batch create and GetOrders, deduplicating client_order_id, with scripted faults."""

    def __init__(self, faults: list[str] | Callable[[], str] = ()) -> None:  # type: ignore[assignment]
        self.faults = faults
        self.orders: dict[str, dict[str, Any]] = {}  # by client_order_id
        self.posts: list[dict[str, Any]] = []

    def _fault(self) -> str:
        if callable(self.faults):
            return self.faults()
        return self.faults.pop(0) if self.faults else "ok"

    def _place(self, body: dict[str, Any]) -> dict[str, Any] | None:
        if body["client_order_id"] in self.orders:
            return None
        order = _order(body, str(uuid.uuid4()))
        self.orders[body["client_order_id"]] = order
        return order

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path.removeprefix("/trade-api/v2")
        if request.method == "GET" and path == "/portfolio/orders":
            ticker = request.url.params.get("ticker")
            found = [o for o in reversed(self.orders.values()) if ticker is None or o["ticker"] == ticker]
            return httpx.Response(200, json={"orders": found, "cursor": ""})
        body = json.loads(request.content)
        self.posts.append(body)
        fault = self._fault()
        if fault in BEFORE:
            answer = BEFORE[fault]
            if isinstance(answer, Exception):
                raise answer
            return httpx.Response(answer, json={"error": "too many requests"} if answer == 429 else {})
        if path == "/portfolio/events/orders":
            order = self._place(body)
            response = (
                httpx.Response(409, json={"error": _duplicate()})
                if order is None
                else httpx.Response(
                    201,
                    json={
                        "order_id": order["order_id"],
                        "client_order_id": order["client_order_id"],
                        "fill_count": "0.00",
                        "remaining_count": body["count"],
                        "ts_ms": 1,
                    },
                )
            )
        else:  # the batch: each order on its own, a duplicate refused in its item
            items = []
            for item in body["orders"]:
                order = self._place(item)
                items.append(
                    {"client_order_id": item["client_order_id"], "error": _duplicate()}
                    if order is None
                    else {"order_id": order["order_id"], "client_order_id": item["client_order_id"], "ts_ms": 1}
                )
            response = httpx.Response(201, json={"orders": items})
        if fault in AFTER:
            answer = AFTER[fault]
            if isinstance(answer, Exception):
                raise answer
            return httpx.Response(answer, json={"error": {"code": "internal_error", "message": "oops"}})
        return response


def _client(fake: FakeKalshi, retries: RetryPolicy | bool = FAST) -> KalshiClient:
    # No pacing: the fake meters nothing, and Basic's 10 creates a second would only slow the test down.
    transport = httpx.MockTransport(fake)
    return kalshi_client("k", ed_key(), base_url=BASE, transport=transport, retries=retries, rate_limit=None)


def _intent(ticker: str = "KXTEST-26JAN01", client_order_id: str | None = None) -> CreateOrderV2Request:
    order = CreateOrderV2Request(
        ticker=ticker,
        side="bid",
        count="1",
        price="0.40",
        time_in_force="good_till_canceled",
        self_trade_prevention_type="taker_at_cross",
    )
    if client_order_id is not None:
        order.client_order_id = client_order_id
    return order


def _create(client: KalshiClient, body: CreateOrderV2Request, use_async: bool) -> Any:
    if use_async:
        return asyncio.run(create_order_v2.asyncio(client=client, body=body))
    return create_order_v2.sync(client=client, body=body)


both = pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])


@both
def test_every_create_carries_a_fresh_client_order_id_and_the_callers_own_is_kept(use_async: bool) -> None:
    fake = FakeKalshi()
    client, body = _client(fake), _intent()
    first, second = _create(client, body, use_async), _create(client, body, use_async)
    sent = [post["client_order_id"] for post in fake.posts]
    assert len(set(sent)) == 2 and all(uuid.UUID(value) for value in sent)  # one fresh UUID per call
    assert [first.client_order_id, second.client_order_id] == sent  # and the answer says which
    assert body.client_order_id is UNSET  # the caller's object is left as it was
    assert _create(client, _intent(client_order_id="mine-1"), use_async).client_order_id == "mine-1"


@both
@pytest.mark.parametrize("before", ["429", "503", "refused"])
def test_a_create_refused_before_processing_is_sent_again_with_the_same_id(use_async: bool, before: str) -> None:
    fake = FakeKalshi([before])
    placed = _create(_client(fake), _intent(), use_async)
    assert len(fake.posts) == 2 and fake.posts[0] == fake.posts[1]  # the same body, id included
    assert list(fake.orders) == [placed.client_order_id]


@both
@pytest.mark.parametrize("after", ["lost", "timeout", "500"])
def test_a_create_whose_answer_was_lost_is_placed_once_and_handed_over(use_async: bool, after: str) -> None:
    fake = FakeKalshi([after])
    with pytest.raises(OrderAlreadyPlacedError) as caught:
        _create(_client(fake), _intent(), use_async)
    (placed,) = fake.orders.values()  # once
    assert caught.value.client_order_id == placed["client_order_id"] == fake.posts[1]["client_order_id"]
    assert caught.value.order is not None and caught.value.order.order_id == placed["order_id"]
    assert isinstance(caught.value, ConflictError) and caught.value.code == "order_already_exists"


@both
def test_no_definitive_answer_in_time_is_one_typed_error_that_find_order_settles(use_async: bool) -> None:
    fake = FakeKalshi(["lost", "503", "503", "503"])  # placed, then every retry refused before processing
    client = _client(fake)
    with pytest.raises(OrderOutcomeUnknownError) as caught:
        _create(client, _intent(), use_async)
    error = caught.value
    assert len(fake.posts) == FAST.max_attempts and error.client_order_id == fake.posts[0]["client_order_id"]
    if use_async:
        found = asyncio.run(afind_order(client, client_order_id=error.client_order_id, ticker=error.ticker))
    else:
        found = find_order(client, client_order_id=error.client_order_id, ticker=error.ticker)
    assert found is not None and found.order_id == fake.orders[error.client_order_id]["order_id"]


@both
def test_an_unknown_outcome_of_an_order_never_placed_is_found_absent_and_safe_to_send_again(use_async: bool) -> None:
    fake = FakeKalshi(["503"] * FAST.max_attempts)
    client = _client(fake)
    with pytest.raises(OrderOutcomeUnknownError) as caught:
        _create(client, _intent(), use_async)
    assert find_order(client, client_order_id=caught.value.client_order_id, ticker=caught.value.ticker) is None
    placed = _create(client, _intent(client_order_id=caught.value.client_order_id), use_async)
    assert list(fake.orders) == [placed.client_order_id]


@both
def test_a_duplicate_id_on_the_first_attempt_is_the_callers_conflict_not_a_lost_answer(use_async: bool) -> None:
    fake = FakeKalshi()
    client = _client(fake)
    _create(client, _intent(client_order_id="reused"), use_async)
    with pytest.raises(ConflictError) as caught:
        _create(client, _intent(client_order_id="reused"), use_async)
    assert not isinstance(caught.value, OrderAlreadyPlacedError) and len(fake.posts) == 2


@both
def test_only_refusals_before_processing_mean_not_placed(use_async: bool) -> None:
    fake = FakeKalshi(["refused", "429", "429", "429"])
    with pytest.raises(RateLimitedError):
        _create(_client(fake), _intent(), use_async)
    assert fake.orders == {}


@both
def test_with_retries_off_a_lost_answer_is_an_unknown_outcome_not_a_connection_error(use_async: bool) -> None:
    fake = FakeKalshi(["lost"])
    with pytest.raises(OrderOutcomeUnknownError):
        _create(_client(fake, retries=False), _intent(), use_async)
    assert len(fake.posts) == 1 and len(fake.orders) == 1


@both
def test_a_batch_sent_again_places_each_order_once(use_async: bool) -> None:
    fake = FakeKalshi(["lost"])
    client = _client(fake)
    body = BatchCreateOrdersV2Request(orders=[_intent(), _intent(client_order_id="mine"), _intent()])
    if use_async:
        answer = asyncio.run(batch_create_orders_v2.asyncio(client=client, body=body))
    else:
        answer = batch_create_orders_v2.sync(client=client, body=body)
    ids = [item["client_order_id"] for item in fake.posts[0]["orders"]]
    assert len(set(ids)) == 3 and ids[1] == "mine" and fake.posts[0] == fake.posts[1]
    assert list(fake.orders) == ids  # each once
    # The retry's answer: every item refused as a duplicate, i.e. placed by the lost first attempt.
    assert [item.client_order_id for item in answer.orders] == ids
    assert {item.error.code for item in answer.orders if item.error} == {"order_already_exists"}


def test_random_faults_place_every_intent_exactly_once() -> None:
    """A bot under random faults before and after processing: each intent is one id, placed at most once.

    An intent the SDK reports placed (or placed by an earlier attempt) exists; one it reports unknown
    is settled with find_order and, when absent, sent again with the same id until it is known.
    """
    rng = random.Random(7)
    kinds = ["ok"] * 6 + list(BEFORE) + list(AFTER)
    fake = FakeKalshi(lambda: rng.choice(kinds))
    client = _client(fake)
    seen: dict[str, int] = {}
    for n in range(150):
        body, first_post = _intent(ticker=f"KXTEST-{n % 5}"), len(fake.posts)
        placed = True
        try:
            create_order_v2.sync(client=client, body=body)
            seen["placed"] = seen.get("placed", 0) + 1
        except OrderAlreadyPlacedError:
            seen["placed by an earlier attempt"] = seen.get("placed by an earlier attempt", 0) + 1
        except OrderOutcomeUnknownError as error:
            seen["unknown, then settled"] = seen.get("unknown, then settled", 0) + 1
            body.client_order_id = error.client_order_id  # settle: same order, same id, until known
            while find_order(client, client_order_id=error.client_order_id, ticker=error.ticker) is None:
                try:
                    create_order_v2.sync(client=client, body=body)
                except (OrderAlreadyPlacedError, OrderOutcomeUnknownError, RateLimitedError):
                    pass
        except RateLimitedError:  # every attempt refused before processing: not placed
            seen["refused"] = seen.get("refused", 0) + 1
            placed = False
        ids = {post["client_order_id"] for post in fake.posts[first_post:]}
        assert len(ids) == 1, "one intent, one client_order_id on every attempt"
        assert (ids.pop() in fake.orders) is placed
    assert len(fake.orders) == 150 - seen.get("refused", 0)  # one order per placed intent
    assert seen.get("placed") and seen.get("placed by an earlier attempt") and seen.get("unknown, then settled")


@both
def test_an_accepted_create_whose_answer_cannot_be_read_names_its_ids(use_async: bool) -> None:
    """A 2xx whose body is broken: the order exists; the error carries the id that finds it, so a bot
    never places it again under a new one."""

    def broken(request: httpx.Request) -> httpx.Response:
        fake(request)  # placed
        return httpx.Response(201, content=b'{"order_id": "trunc')

    fake = FakeKalshi()
    client = kalshi_client("k", ed_key(), base_url=BASE, transport=httpx.MockTransport(broken), rate_limit=None)
    with pytest.raises(ResponseParseError) as caught:
        _create(client, _intent(), use_async)
    (placed,) = fake.orders
    assert caught.value.client_order_ids == (placed,) and caught.value.client_order_id == placed
    assert "find_order" in str(caught.value)
