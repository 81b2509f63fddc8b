"""Kalshi's WebSocket API: typed messages, a self-healing stream client, local order books.

    async with KalshiStream(environment="demo") as stream:        # KALSHI_* variables as for kalshi_client
        await stream.subscribe("orderbook_delta", market_tickers=["KXFED-26MAR-T4"])
        books = OrderBooks(stream)  # a book that cannot apply a message asks the stream to resync it
        async for message in stream:
            if isinstance(message, BookResync):
                books.forget(message)
            elif (book := books.apply(message)) is not None:
                print(book.best_yes_bid, book.best_yes_ask)

The message models (``kalshi_stream_messages``) are generated from Kalshi's
AsyncAPI document by the same pipeline as the REST client. The Perps (margin)
WebSocket API is ``PerpsStream`` (models: ``kalshi_perps_stream_messages``) with
``PerpsOrderBooks``: the same client, the same guarantees.
"""

from kalshi_stream.book import OrderBook, OrderBooks, Resyncer
from kalshi_stream.client import KalshiStream, ListedSubscription, StreamStats
from kalshi_stream.connection import websocket_url
from kalshi_stream.errors import (
    ERRORS_BY_CODE,
    ActionRequiredError,
    AlreadySubscribedError,
    AuthenticationRequiredError,
    BookError,
    ChannelError,
    ChannelsRequiredError,
    CommandTimeoutError,
    ExactlyOneSubscriptionIdRequiredError,
    InvalidParameterError,
    MarketNotFoundError,
    MarketTickerRequiredError,
    OutOfSequenceError,
    ParamsRequiredError,
    ServerCommandTimeoutError,
    ServerInternalError,
    ShardFactorNotPositiveError,
    ShardFactorRequiredError,
    ShardFactorTooLargeError,
    ShardKeyOutOfRangeError,
    StreamAuthError,
    StreamClosedError,
    StreamCommandError,
    StreamDisconnectedError,
    StreamError,
    StreamProtocolError,
    StreamRedirectError,
    SubscriptionIdsRequiredError,
    UnableToProcessMessageError,
    UnknownChannelError,
    UnknownCommandError,
    UnknownSubscriptionIdError,
    UnsupportedActionError,
    error_for_code,
)
from kalshi_stream.messages import Message, RawMessage, parse_message, parse_object
from kalshi_stream.notices import BookResync, Overflow, Reconnected, ResubscribeFailed, SequenceGap, Subscription
from kalshi_stream.numbers import fixed_point
from kalshi_stream.perps import PerpsStream
from kalshi_stream.perps_book import PerpsOrderBook, PerpsOrderBooks
from kalshi_stream.products import StreamProduct
from kalshi_stream_messages.models import OrderbookDeltaPayload, OrderbookSnapshotPayload

__all__ = [
    "ERRORS_BY_CODE",
    "ActionRequiredError",
    "AlreadySubscribedError",
    "AuthenticationRequiredError",
    "BookError",
    "BookResync",
    "ChannelError",
    "ChannelsRequiredError",
    "CommandTimeoutError",
    "ExactlyOneSubscriptionIdRequiredError",
    "InvalidParameterError",
    "KalshiStream",
    "ListedSubscription",
    "MarketNotFoundError",
    "MarketTickerRequiredError",
    "Message",
    "OrderBook",
    "OrderBooks",
    "OrderbookDeltaPayload",
    "OrderbookSnapshotPayload",
    "OutOfSequenceError",
    "Overflow",
    "ParamsRequiredError",
    "PerpsOrderBook",
    "PerpsOrderBooks",
    "PerpsStream",
    "RawMessage",
    "Reconnected",
    "ResubscribeFailed",
    "Resyncer",
    "SequenceGap",
    "ServerCommandTimeoutError",
    "ServerInternalError",
    "ShardFactorNotPositiveError",
    "ShardFactorRequiredError",
    "ShardFactorTooLargeError",
    "ShardKeyOutOfRangeError",
    "StreamAuthError",
    "StreamClosedError",
    "StreamCommandError",
    "StreamDisconnectedError",
    "StreamError",
    "StreamProduct",
    "StreamProtocolError",
    "StreamRedirectError",
    "StreamStats",
    "Subscription",
    "SubscriptionIdsRequiredError",
    "UnableToProcessMessageError",
    "UnknownChannelError",
    "UnknownCommandError",
    "UnknownSubscriptionIdError",
    "UnsupportedActionError",
    "error_for_code",
    "fixed_point",
    "parse_message",
    "parse_object",
    "websocket_url",
]
