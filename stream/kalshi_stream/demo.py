"""``python -m kalshi_stream.demo [seconds]``: a few seconds of a live order book, streamed.

Against the local exchange (``kalshi_exchange``, a throwaway key made in
memory) by default. With ``KALSHI_ENV=demo``, ``KALSHI_API_KEY_ID``, a key
(``KALSHI_PRIVATE_KEY_PATH``) and ``KALSHI_STREAM_MARKET=<ticker>``, it streams
that market from Kalshi's demo exchange instead.
"""

from __future__ import annotations

import asyncio
import os
import sys

from kalshi_stream.book import OrderBooks
from kalshi_stream.client import KalshiStream
from kalshi_stream.notices import BookResync

DEMO_KEY_ID = "local-demo-key"


def _level(level: tuple[object, object] | None) -> str:
    return "      -        " if level is None else f"{level[0]} x {level[1]:>8}"


async def watch(stream: KalshiStream, market: str, seconds: float) -> None:
    """Print the best bid/ask of ``market`` a few times a second for ``seconds``."""
    books = OrderBooks(stream)
    await stream.subscribe("orderbook_delta", market_tickers=[market])
    loop = asyncio.get_running_loop()
    end = next_print = loop.time()
    end += seconds
    async for message in stream:
        if isinstance(message, BookResync):
            books.forget(message)
        elif (book := books.apply(message)) is not None:
            if loop.time() >= next_print:
                next_print = loop.time() + 0.5
                print(
                    f"  {market}  yes bid {_level(book.best_yes_bid)}  |  yes ask {_level(book.best_yes_ask)}"
                    f"  |  {len(book.yes)}+{len(book.no)} levels, seq {book.seq}"
                )
        if loop.time() >= end:
            break
    stats = stream.stats
    print(f"  {stats.messages} messages, {stats.gaps} gaps, {stats.reconnects} reconnects")


def main(seconds: float = 3.0) -> int:
    market = os.environ.get("KALSHI_STREAM_MARKET")
    if os.environ.get("KALSHI_ENV") == "demo" and os.environ.get("KALSHI_API_KEY_ID") and market:
        ticker: str = market
        print(f"streaming {ticker} from Kalshi's demo exchange for {seconds:g}s")

        async def remote() -> None:
            async with KalshiStream() as stream:
                await watch(stream, ticker, seconds)

        asyncio.run(remote())
        return 0

    from cryptography.hazmat.primitives.asymmetric import ed25519

    from kalshi_exchange import ExchangeServer, LocalExchange, StreamServer

    key = ed25519.Ed25519PrivateKey.generate()  # throwaway, never written to disk
    exchange = LocalExchange(keys={DEMO_KEY_ID: key.public_key()}, seed=1)
    # The drawn feed: with nobody trading, the engine's books would stand still; these move at random.
    with ExchangeServer(exchange, stream=StreamServer(exchange, follow_engine=False)) as server:
        assert server.stream is not None
        market = next(iter(server.stream.feed.books))
        print(f"streaming {market} from the local exchange at {server.ws_url} for {seconds:g}s")

        async def local() -> None:
            async with KalshiStream(DEMO_KEY_ID, key, url=server.ws_url) as stream:
                await watch(stream, market, seconds)

        asyncio.run(local())
        ok = all(h.status == 101 for h in server.stream.handshakes)
        print(f"  handshake signature verified by the exchange: {ok}")
    return 0


if __name__ == "__main__":
    sys.exit(main(float(sys.argv[1]) if len(sys.argv) > 1 else 3.0))
