from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

MarketMarketType = Literal["binary", "scalar"]

MARKET_MARKET_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "binary",
        "scalar",
    }
)


def check_market_market_type(
    value: object, field: str | int = "value", *, received: bool = False
) -> MarketMarketType:
    if isinstance(value, str) and value in MARKET_MARKET_TYPE_VALUES:
        return cast(MarketMarketType, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(MarketMarketType, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "MarketMarketType (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(MARKET_MARKET_TYPE_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; MarketMarketType is one of: {allowed}"
    )
