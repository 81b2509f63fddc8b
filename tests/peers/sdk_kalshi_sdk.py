"""``kalshi-sdk`` (httpx, pydantic models). RSA keys only: it refuses an Ed25519 key."""

from __future__ import annotations

import importlib
import json
import time
from collections.abc import Callable, Sequence, Sized
from typing import Any

from tests.peers.common import Arrivals, AsyncCall, Call, Close, Creds, Feed, Levels, Sdk, book_levels


def _parse(body: bytes) -> Sized:
    # markets.list() reads the body as JSON and validates each item into its Market model.
    market = importlib.import_module("kalshi.models").Market
    return [market.model_validate(item) for item in json.loads(body)["markets"]]


def _signed_get(creds: Creds) -> Call:
    kalshi = importlib.import_module("kalshi")
    client = kalshi.KalshiClient(key_id=creds.key_id, private_key=creds.pem, base_url=creds.base_url)
    return client.order_groups.list  # type: ignore[no-any-return]


def _async_get(creds: Creds) -> tuple[AsyncCall, Close]:
    kalshi = importlib.import_module("kalshi")
    client = kalshi.AsyncKalshiClient(key_id=creds.key_id, private_key=creds.pem, base_url=creds.base_url)
    return client.order_groups.list, client.close


def _firehose(frames: Sequence[str]) -> Callable[[], Levels]:
    """What its WebSocket client does with each orderbook frame (``KalshiWebSocket._process_frame``).

    ``json.loads`` (its default ``ws_json_loads``), ``SequenceTracker.track_sync``, the
    message model's ``model_validate``, then ``OrderbookManager._apply_snapshot_inplace`` /
    ``_apply_delta_inplace``. Its public ``apply_snapshot``/``apply_delta`` also build a
    sorted ``Orderbook`` model per message, ~10x the cost; its client does not call them.
    """
    models = importlib.import_module("kalshi.ws.models.orderbook_delta")
    snapshot_model, delta_model = models.OrderbookSnapshotMessage, models.OrderbookDeltaMessage
    manager = importlib.import_module("kalshi.ws.orderbook").OrderbookManager()
    tracker = importlib.import_module("kalshi.ws.sequence").SequenceTracker()
    loads, track = json.loads, tracker.track_sync
    for frame in frames:
        data = loads(frame)
        kind = data.get("type", "")
        ok, gap = track(data.get("sid"), data.get("seq"), kind)
        if not ok or gap is not None:
            raise RuntimeError(f"kalshi-sdk's tracker refused seq {data.get('seq')}: {gap}")
        if kind == "orderbook_snapshot":
            snapshot = snapshot_model.model_validate(data)
            manager._apply_snapshot_inplace(snapshot, sid=snapshot.sid)
        elif kind == "orderbook_delta":
            manager._apply_delta_inplace(delta_model.model_validate(data))
    return lambda: book_levels({ticker: (state.yes, state.no) for ticker, state in manager._books.items()})


QUEUE = 100_000


async def _listen(creds: Creds, feed: Feed) -> Arrivals:
    """Its own WebSocket client (``KalshiWebSocket``, pointed at the local exchange by ``ws_base_url``)."""
    kalshi_ws = importlib.import_module("kalshi.ws")
    auth = importlib.import_module("kalshi.auth").KalshiAuth.from_pem(creds.key_id, creds.pem)
    rest = feed.url.replace("ws://", "http://", 1).split("/trade-api", 1)[0] + "/trade-api/v2"
    config = importlib.import_module("kalshi.config").KalshiConfig(base_url=rest, ws_base_url=feed.url)
    delta_model = importlib.import_module("kalshi.ws.models.orderbook_delta").OrderbookDeltaMessage
    arrivals: Arrivals = []
    clock = time.perf_counter
    session: Any
    async with kalshi_ws.KalshiWebSocket(auth=auth, config=config).connect() as session:
        # Its client applies each frame to its OrderbookManager before queueing it: the book is current here.
        # Its default queue (1000 messages, overflow raises) fails under the blaster: its receive loop fills it
        # before the consumer runs. A larger one, as its error message advises.
        stream = await session.subscribe_orderbook_delta(tickers=list(feed.markets), maxsize=QUEUE)
        async for message in stream:
            if type(message) is delta_model:
                arrivals.append((message.sid, message.seq, clock()))
                if len(arrivals) >= feed.deltas:
                    break
    return arrivals


IMPORT = "from kalshi import KalshiClient"
SDK = Sdk(parse=_parse, signed_get=_signed_get, async_get=_async_get, keys=("rsa",), firehose=_firehose, listen=_listen)
