"""Typed stream errors. All derive from the SDK's KalshiSDKError, like kalshi_auth's.

Kalshi answers a failed command with ``{"type": "error", "msg": {"code": N, "msg": ...}}``;
each documented code (1-22, the AsyncAPI document's error table) has its own class,
so callers catch what they can handle (``AlreadySubscribedError``) and let the rest rise.
"""

from __future__ import annotations

from kalshi_auth.errors import KalshiSDKError


class StreamError(KalshiSDKError):
    """Anything the stream client raises."""


class StreamClosedError(StreamError):
    """The stream was closed (by you, or for good after a fatal error) while waiting."""


class StreamDisconnectedError(StreamError):
    """The connection dropped before a command was answered; the stream reconnects by itself."""


class StreamAuthError(StreamError):
    """The handshake was refused (401/403): wrong key id, key, environment, or clock. Not retried."""


class StreamRedirectError(StreamDisconnectedError):
    """The handshake was answered with a redirect, which the client never follows.

    The handshake carries the signed ``KALSHI-ACCESS-*`` headers: following a redirect
    would hand them (or, re-signed, a fresh signature) to whatever host the answer names.
    Kalshi's WebSocket endpoints do not redirect; pass the new ``url=`` yourself if you
    trust it. Retried like any failed connection attempt when reconnecting.
    """


class StreamProtocolError(StreamError):
    """The server broke the protocol: an answer that does not match the command it names
    (another channel, another type, a missing or reused ``sid``)."""


class CommandTimeoutError(StreamError, TimeoutError):
    """No answer to a command within ``command_timeout`` seconds."""


class BookError(StreamError):
    """A message a book cannot apply: another market, a number that cannot be a Kalshi price or
    count, a level driven below zero, a crossed book, a message that is not a snapshot or delta."""


class OutOfSequenceError(BookError):
    """A delta whose ``seq`` does not follow the last one applied: resubscribe for a fresh snapshot."""

    def __init__(self, expected: int | None, got: int, sid: int) -> None:
        self.expected, self.got, self.sid = expected, got, sid
        if expected is None:
            super().__init__(f"delta seq {got} (sid {sid}) before any snapshot")
        else:
            super().__init__(f"delta seq {got} (sid {sid}) out of sequence: expected {expected}")


class StreamCommandError(StreamError):
    """The server refused a command. ``code`` is Kalshi's error code, ``msg`` its message."""

    code: int = 0

    def __init__(self, code: int, msg: str, *, command_id: int | None = None, market_ticker: str | None = None) -> None:
        self.code, self.msg, self.command_id, self.market_ticker = code, msg, command_id, market_ticker
        where = f" (market {market_ticker})" if market_ticker else ""
        super().__init__(f"Kalshi error {code}: {msg}{where}")


class UnableToProcessMessageError(StreamCommandError):
    code = 1


class ParamsRequiredError(StreamCommandError):
    code = 2


class ChannelsRequiredError(StreamCommandError):
    code = 3


class SubscriptionIdsRequiredError(StreamCommandError):
    code = 4


class UnknownCommandError(StreamCommandError):
    code = 5


class AlreadySubscribedError(StreamCommandError):
    code = 6


class UnknownSubscriptionIdError(StreamCommandError):
    code = 7


class UnknownChannelError(StreamCommandError):
    code = 8


class AuthenticationRequiredError(StreamCommandError):
    code = 9


class ChannelError(StreamCommandError):
    code = 10


class InvalidParameterError(StreamCommandError):
    code = 11


class ExactlyOneSubscriptionIdRequiredError(StreamCommandError):
    code = 12


class UnsupportedActionError(StreamCommandError):
    code = 13


class MarketTickerRequiredError(StreamCommandError):
    code = 14


class ActionRequiredError(StreamCommandError):
    code = 15


class MarketNotFoundError(StreamCommandError):
    code = 16


class ServerInternalError(StreamCommandError):
    code = 17


class ServerCommandTimeoutError(StreamCommandError):
    code = 18


class ShardFactorNotPositiveError(StreamCommandError):
    code = 19


class ShardFactorRequiredError(StreamCommandError):
    code = 20


class ShardKeyOutOfRangeError(StreamCommandError):
    code = 21


class ShardFactorTooLargeError(StreamCommandError):
    code = 22


ERRORS_BY_CODE: dict[int, type[StreamCommandError]] = {cls.code: cls for cls in StreamCommandError.__subclasses__()}


def error_for_code(
    code: int, msg: str, *, command_id: int | None = None, market_ticker: str | None = None
) -> StreamCommandError:
    """The typed error for a code; an undocumented code gets the base class (never a crash)."""
    cls = ERRORS_BY_CODE.get(code, StreamCommandError)
    return cls(code, msg, command_id=command_id, market_ticker=market_ticker)
