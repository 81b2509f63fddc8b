from typing import Literal, cast

from ..types import BadValue, UnknownIntEnumValue

GetMarginMarketCandlesticksPeriodInterval = Literal[1, 60, 1440]

GET_MARGIN_MARKET_CANDLESTICKS_PERIOD_INTERVAL_VALUES: frozenset[int] = frozenset(
    {
        1,
        60,
        1440,
    }
)


def check_get_margin_market_candlesticks_period_interval(
    value: object, field: str | int = "value", *, received: bool = False
) -> GetMarginMarketCandlesticksPeriodInterval:
    if (
        isinstance(value, int)
        and type(value) is not bool
        and value in GET_MARGIN_MARKET_CANDLESTICKS_PERIOD_INTERVAL_VALUES
    ):
        return cast(GetMarginMarketCandlesticksPeriodInterval, value)
    if isinstance(value, UnknownIntEnumValue) or (received and type(value) is int):
        return cast(
            GetMarginMarketCandlesticksPeriodInterval, UnknownIntEnumValue(value)
        )
    if received:
        raise BadValue(field, "GetMarginMarketCandlesticksPeriodInterval (int)", value)
    allowed = ", ".join(
        repr(v) for v in sorted(GET_MARGIN_MARKET_CANDLESTICKS_PERIOD_INTERVAL_VALUES)
    )
    raise ValueError(
        f"{field}={value!r} is not allowed; GetMarginMarketCandlesticksPeriodInterval is one of: {allowed}"
    )
