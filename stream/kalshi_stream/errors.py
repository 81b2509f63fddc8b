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


class CommandTimeoutError(StreamError, TimeoutError):
    """No answer to a command within ``command_timeout`` seconds."""


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
