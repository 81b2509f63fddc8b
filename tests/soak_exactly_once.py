"""A bot that retries order creates with the same ``client_order_id`` under random injected faults.

Every fault the exchange injects, before processing (429, 5xx, an HTML error page, a dropped
connection) and after it (a broken, empty, late or lost answer), strikes creates at random.
The bot retries each intent with its own ``client_order_id`` until the exchange answers with
the order or with 409 ``order_already_exists`` (placed by an earlier attempt whose answer it
never saw). Afterwards every intent must exist exactly once.

``make soak`` runs it long (``python -m tests.soak_exactly_once --intents 2000``); the test
suite runs a short version (tests/test_exchange_exactly_once.py). Bounded in count and time.
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import attrs

from kalshi_auth import (
    APIConnectionError,
    ConflictError,
    KalshiAPIError,
    OrderAlreadyPlacedError,
    OrderOutcomeUnknownError,
    RetryPolicy,
    find_order,
    kalshi_client,
)
from kalshi_auth.client import KalshiClient
from kalshi_exchange import ExchangeServer, ExchangeTransport, LocalExchange
from kalshi_trade_api.api.orders import batch_create_orders_v2, create_order_v2
from kalshi_trade_api.errors import ResponseParseError
from kalshi_trade_api.models import BatchCreateOrdersV2Request, CreateOrderV2Request
from kalshi_trade_api.types import UNSET
from tests.keyfactory import ed_key

TICKER = "KXSOAK-26JAN01-T50"
BASE = "http://127.0.0.1/trade-api/v2"
# (kind, status): every fault the exchange has, before processing and after.
FAULTS = (
    ("status", 429),
    ("status", 500),
    ("status", 503),
    ("html", 502),
    ("drop", None),
    ("malformed_json", None),
    ("truncated_json", None),
    ("empty_body", None),
    ("delay", None),
    ("lost_response", None),
)
READ_TIMEOUT = 0.1  # a "delay" fault answers later than this: the client times out, the order exists
MAX_ATTEMPTS = 60  # per intent; at FAULT_RATE 0.5 the chance of running out is 2**-60


@dataclass
class Outcome:
    intents: int
    attempts: int = 0
    faults: collections.Counter[str] = field(default_factory=collections.Counter)
    placed_by_409: int = 0  # intents whose placing attempt's answer was lost, found by the retry's 409
    per_intent: dict[str, int] = field(default_factory=dict)  # client_order_id -> orders on the exchange
    stray: int = 0  # orders on the exchange that belong to no intent (a retry that made a new id would)

    @property
    def duplicated(self) -> list[str]:
        return [cid for cid, n in self.per_intent.items() if n > 1]

    @property
    def missing(self) -> list[str]:
        return [cid for cid, n in self.per_intent.items() if n == 0]


BATCH = 4  # orders per batch in the batch run


def _body(index: int, rng: random.Random) -> CreateOrderV2Request:
    crossing = rng.random() < 0.3  # some orders trade with the other side's resting ones, most rest
    side = "bid" if index % 2 else "ask"
    price = ("0.55" if side == "bid" else "0.45") if crossing else ("0.40" if side == "bid" else "0.60")
    return CreateOrderV2Request(
        ticker=TICKER,
        side=side,  # type: ignore[arg-type]
        count="1",
        price=price,
        time_in_force="good_till_canceled",
        self_trade_prevention_type="maker",
        client_order_id=f"intent-{index}",
    )


def place_exactly_once(client: KalshiClient, body: CreateOrderV2Request, outcome: Outcome) -> None:
    """The bot's retry loop: same body, same client_order_id, until the exchange says where the order is."""
    for _ in range(MAX_ATTEMPTS):
        outcome.attempts += 1
        try:
            create_order_v2.sync(client=client, body=body)
            return
        except ConflictError as err:
            if err.code != "order_already_exists":
                raise
            outcome.placed_by_409 += 1
            return
        except (APIConnectionError, ResponseParseError, KalshiAPIError) as err:
            if isinstance(err, KalshiAPIError) and err.status_code < 429:
                raise  # a refusal of the order itself: retrying would not change it
            continue  # unknown or not-processed outcome: send the same intent again
    raise RuntimeError(f"{body.client_order_id}: no definite answer in {MAX_ATTEMPTS} attempts")


def place_with_sdk_retries(client: KalshiClient, body: CreateOrderV2Request, outcome: Outcome) -> None:
    """The same intent through the SDK's own exactly-once retries (kalshi_auth): a call, and a settle-up
    with ``find_order`` when the SDK could not tell (then a resend, which the exchange deduplicates)."""
    for _ in range(MAX_ATTEMPTS):
        outcome.attempts += 1
        try:
            create_order_v2.sync(client=client, body=body)
            return
        except OrderAlreadyPlacedError:
            outcome.placed_by_409 += 1
            return
        except OrderOutcomeUnknownError:
            if find_order(client, client_order_id=str(body.client_order_id), ticker=TICKER) is not None:
                outcome.placed_by_409 += 1  # found placed: the lost answer's order
                return
        except ConflictError as err:
            if err.code != "order_already_exists":
                raise
            outcome.placed_by_409 += 1
            return
        except (APIConnectionError, ResponseParseError, KalshiAPIError) as err:
            if isinstance(err, KalshiAPIError) and err.status_code < 429:
                raise
    raise RuntimeError(f"{body.client_order_id}: no definite answer in {MAX_ATTEMPTS} calls")


def place_batch_with_sdk_retries(
    client: KalshiClient, bodies: list[CreateOrderV2Request], outcome: Outcome
) -> list[str]:
    """A batch of intents with no ids of the bot's own: the SDK gives each order one and retries the batch;
    what it cannot settle, the bot settles with ``find_order`` and sends again with the same ids.
    Returns the ids the SDK gave the intents (the intents' identity from then on)."""
    pending = [attrs.evolve(body, client_order_id=UNSET) for body in bodies]  # the SDK picks the ids
    ids: list[str] = []
    for _ in range(MAX_ATTEMPTS):
        outcome.attempts += 1
        try:
            answer = batch_create_orders_v2.sync(client=client, body=BatchCreateOrdersV2Request(orders=pending))
        except OrderOutcomeUnknownError as err:
            ids = ids or list(err.client_order_ids)
            placed = {cid for cid in err.client_order_ids if find_order(client, client_order_id=cid, ticker=TICKER)}
            outcome.placed_by_409 += len(placed)
            pending = [b for b, cid in zip(pending, err.client_order_ids, strict=True) if cid not in placed]
            for body, cid in zip(pending, [c for c in err.client_order_ids if c not in placed], strict=True):
                body.client_order_id = cid  # send the rest again, same ids
            if not pending:
                return ids
            continue
        except ResponseParseError as err:  # accepted (a 2xx), the answer unreadable: the orders exist
            return ids or list(err.client_order_ids)
        except (APIConnectionError, KalshiAPIError) as err:
            if isinstance(err, KalshiAPIError) and err.status_code < 429:
                raise
            continue  # refused before the batch was sent (a connection refused, a 429): nothing placed
        items = answer.orders
        ids = ids or [str(item.client_order_id) for item in items]
        for item in items:
            code = item.error.code if item.error else None
            if code not in (None, "order_already_exists"):
                raise RuntimeError(f"batch item {item.client_order_id} refused: {code}")
            outcome.placed_by_409 += code == "order_already_exists"  # placed by a lost earlier attempt
        return ids
    raise RuntimeError(f"batch {ids}: no definite answer in {MAX_ATTEMPTS} calls")


@contextmanager
def _client(exchange: LocalExchange, over: str, sdk_retries: bool = False) -> Iterator[KalshiClient]:
    options: dict[str, object] = {"rate_limit": None, "timeout": READ_TIMEOUT, "clock": exchange.clock}
    if sdk_retries:  # quick backoff: the faults are injected, not load to back off from
        options["retries"] = RetryPolicy(max_attempts=6, backoff_base=0.001, backoff_max=0.01)
    else:
        options["retries"] = False
    if over == "http":
        with ExchangeServer(exchange, stream=False) as server:
            client = kalshi_client("bot", ed_key(), base_url=server.base_url, **options)  # type: ignore[arg-type]
            try:
                yield client
            finally:
                client.get_httpx_client().close()
    else:
        transport = ExchangeTransport(exchange)
        yield kalshi_client("bot", ed_key(), base_url=BASE, transport=transport, **options)  # type: ignore[arg-type]


def run(
    intents: int,
    *,
    over: str = "in process",
    seed: int = 0,
    fault_rate: float = 0.5,
    seconds: float = 60.0,
    sdk_retries: bool = False,
    batches: bool = False,
) -> Outcome:
    """Place ``intents`` orders through random faults; stop early (with fewer intents) after ``seconds``.

    ``batches``: BatchCreateOrdersV2 of ``BATCH`` orders whose ids the SDK makes (its retries on)."""
    rng = random.Random(seed)
    exchange = LocalExchange(keys={"bot": ed_key()}, rate_limit=None, seed=seed)
    exchange.scenario(markets=[TICKER], balances={"bot": "1000000"})
    outcome = Outcome(intents)
    deadline = time.monotonic() + seconds
    place = place_with_sdk_retries if sdk_retries else place_exactly_once
    operation = "BatchCreateOrdersV2" if batches else "CreateOrderV2"
    identities: list[str] = []  # per intent: the client_order_id it was placed with
    with _client(exchange, over, sdk_retries or batches) as client:
        index = 0
        while index < intents:
            if time.monotonic() > deadline:
                break
            count = min(BATCH, intents - index) if batches else 1
            bodies = [_body(index + n, rng) for n in range(count)]
            while rng.random() < fault_rate:  # the next attempt(s) of this intent meet faults
                kind, status = rng.choice(FAULTS)
                exchange.inject(kind, status=status, seconds=READ_TIMEOUT * 2, operation=operation)
                outcome.faults[kind if status is None else f"{kind} {status}"] += 1
            if batches:
                identities += place_batch_with_sdk_retries(client, bodies, outcome)
            else:
                place(client, bodies[0], outcome)
                identities.append(str(bodies[0].client_order_id))
            exchange.faults.clear()
            index += count
    outcome.intents = len(identities)
    # The exchange's own record (GetOrders pages of 1,000 would outlast the bot's short read timeout).
    with exchange.engine_lock:
        counts = collections.Counter(o.client_order_id for o in exchange.engine.orders.values() if o.user == "bot")
        total = sum(counts.values())
    outcome.per_intent = {cid: counts.get(cid, 0) for cid in identities}
    outcome.stray = total - sum(outcome.per_intent.values())  # orders no intent accounts for
    return outcome


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.soak_exactly_once", description=__doc__)
    parser.add_argument("--intents", type=int, default=2000)
    parser.add_argument("--http-intents", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=240.0, help="bound per transport")
    args = parser.parse_args(argv)
    failed = False
    runs = [
        (over, intents, how)
        for how in ("bot", "sdk", "sdk-batches")
        for over, intents in (("in process", args.intents), ("http", args.http_intents))
    ]
    for over, intents, how in runs:
        started = time.monotonic()
        outcome = run(
            intents,
            over=over,
            seed=args.seed,
            seconds=args.seconds,
            sdk_retries=how != "bot",
            batches=how == "sdk-batches",
        )
        over = f"{over}, " + {"bot": "the bot retrying", "sdk": "the SDK retrying", "sdk-batches": "batches"}[how]
        took = time.monotonic() - started
        faults = sum(outcome.faults.values())
        print(
            f"exactly-once soak ({over}): {outcome.intents} intents, {outcome.attempts} attempts, {faults} faults "
            f"({dict(sorted(outcome.faults.items()))}), {outcome.placed_by_409} found placed by a 409, "
            f"{len(outcome.duplicated)} duplicated, {len(outcome.missing)} missing, {outcome.stray} stray, "
            f"{took:.1f} s",
            flush=True,
        )
        failed |= bool(outcome.duplicated or outcome.missing or outcome.stray)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
