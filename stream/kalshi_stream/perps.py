"""``PerpsStream``: Kalshi's Perps (margin) WebSocket API, with every guarantee of ``KalshiStream``.

    async with PerpsStream(environment="demo") as stream:     # the same key as perps_client
        await stream.subscribe("orderbook_delta", market_tickers=[ticker])
        books = PerpsOrderBooks(stream)
        async for message in stream:
            if isinstance(message, BookResync):
                books.forget(message)
            elif (book := books.apply(message)) is not None:
                print(book.best_bid, book.best_ask)

Frames are typed by ``kalshi_perps_stream_messages`` (generated from the Perps AsyncAPI
document); the URL comes from that package's environments (``prod``, ``demo``; KALSHI_ENV),
or ``url=``, or KALSHI_PERPS_WS_URL, never from the Trade API's settings.
"""

from __future__ import annotations

from kalshi_stream.client import KalshiStream
from kalshi_stream.products import PERPS, StreamProduct


class PerpsStream(KalshiStream):
    """``KalshiStream(product="perps")``: the Perps WebSocket API (``wss://external-api-margin-ws...``).

    Credentials as ``perps_client`` reads them (KALSHI_API_KEY_ID, KALSHI_PRIVATE_KEY_PATH or
    KALSHI_PRIVATE_KEY, KALSHI_PRIVATE_KEY_PASSPHRASE); ``environment`` is ``prod`` or ``demo``;
    ``url=`` (or KALSHI_PERPS_WS_URL) names the endpoint directly, e.g. ``ExchangeServer.perps_ws_url``.
    """

    product: StreamProduct = PERPS
