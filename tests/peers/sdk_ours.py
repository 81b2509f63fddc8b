"""Our SDK: ``kalshi_client`` and the generated operations (client-side pacing off, like the peers)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence, Sized

from tests.peers.common import Arrivals, AsyncCall, Call, Close, Creds, Feed, Levels, Sdk, book_levels


def _parse(body: bytes) -> Sized:
    import httpx

    from kalshi_trade_api.api.market import get_markets

    response = httpx.Response(200, content=body, headers={"content-type": "application/json"})
    return get_markets._parse_response(client=None, response=response).markets  # type: ignore[arg-type]


def _signed_get(creds: Creds) -> Call:
    from kalshi_auth import kalshi_client
    from kalshi_trade_api.api.order_groups import get_order_groups

    client = kalshi_client(creds.key_id, creds.pem, base_url=creds.base_url, rate_limit=None)
    return lambda: get_order_groups.sync(client=client)


def _async_get(creds: Creds) -> tuple[AsyncCall, Close]:
    from kalshi_auth import kalshi_client
    from kalshi_trade_api.api.order_groups import get_order_groups

    client = kalshi_client(creds.key_id, creds.pem, base_url=creds.base_url, rate_limit=None)

    async def close() -> None:
        pass  # the pool of this event loop closes with the loop

    return lambda: get_order_groups.asyncio(client=client), close


def _firehose(frames: Sequence[str]) -> Callable[[], Levels]:
    # What a trader writes with the stream client: parse_message (the router KalshiStream uses) + OrderBooks.
    from kalshi_stream import OrderBooks, parse_message

    books = OrderBooks()
    apply = books.apply
    for frame in frames:
        apply(parse_message(frame))
    return lambda: book_levels({ticker: (book.yes, book.no) for ticker, book in books.books.items()})  # type: ignore[misc]


async def _listen(creds: Creds, feed: Feed) -> Arrivals:
    from kalshi_stream import BookResync, KalshiStream, OrderbookDeltaPayload, OrderBooks, Overflow

    arrivals: Arrivals = []
    clock, books = time.perf_counter, OrderBooks()
    async with KalshiStream(creds.key_id, creds.pem, url=feed.url) as stream:
        await stream.subscribe("orderbook_delta", market_tickers=list(feed.markets))
        async for message in stream:
            if isinstance(message, (BookResync, Overflow)):
                raise RuntimeError(f"the stream resynced ({message}): the consumer fell behind the feed")
            books.apply(message)  # the consumer holds the delta once its book shows it
            if type(message) is OrderbookDeltaPayload:
                arrivals.append((message.sid, message.seq, clock()))
                if len(arrivals) >= feed.deltas:
                    break
    return arrivals


IMPORT = "from kalshi_auth import kalshi_client; from kalshi_trade_api.api.order_groups import get_order_groups"
SDK = Sdk(parse=_parse, signed_get=_signed_get, async_get=_async_get, firehose=_firehose, listen=_listen)
