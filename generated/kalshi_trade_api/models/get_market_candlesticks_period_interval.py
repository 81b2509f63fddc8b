from typing import Literal, cast

from ..types import BadValue, UnknownIntEnumValue

GetMarketCandlesticksPeriodInterval = Literal[1, 60, 1440]

GET_MARKET_CANDLESTICKS_PERIOD_INTERVAL_VALUES: frozenset[int] = frozenset(
    {
        1,
        60,
        1440,
    }
)


def check_get_market_candlesticks_period_interval(
    value: object, field: str | int = "value", *, received: bool = False
) -> GetMarketCandlesticksPeriodInterval:
    if (
        isinstance(value, int)
        and type(value) is not bool
        and value in GET_MARKET_CANDLESTICKS_PERIOD_INTERVAL_VALUES
    ):
        return cast(GetMarketCandlesticksPeriodInterval, value)
    if isinstance(value, UnknownIntEnumValue) or (received and type(value) is int):
        return cast(GetMarketCandlesticksPeriodInterval, UnknownIntEnumValue(value))
    if received:
        raise BadValue(field, "GetMarketCandlesticksPeriodInterval (int)", value)
    allowed = ", ".join(
        repr(v) for v in sorted(GET_MARKET_CANDLESTICKS_PERIOD_INTERVAL_VALUES)
    )
    raise ValueError(
        f"{field}={value!r} is not allowed; GetMarketCandlesticksPeriodInterval is one of: {allowed}"
    )
