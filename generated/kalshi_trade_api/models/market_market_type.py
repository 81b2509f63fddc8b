from typing import Literal, cast

from ..types import UnknownEnumValue

MarketMarketType = Literal["binary", "scalar"]

MARKET_MARKET_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "binary",
        "scalar",
    }
)


def check_market_market_type(
    value: object, field: str = "value", *, received: bool = False
) -> MarketMarketType:
    if value in MARKET_MARKET_TYPE_VALUES:
        return cast(MarketMarketType, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(MarketMarketType, UnknownEnumValue(value))
    if received:
        raise TypeError(f"{field}: {value!r} is not a valid MarketMarketType")
    allowed = ", ".join(repr(v) for v in sorted(MARKET_MARKET_TYPE_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; MarketMarketType is one of: {allowed}"
    )
