from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

MarketStrikeType = Literal[
    "between",
    "custom",
    "functional",
    "greater",
    "greater_or_equal",
    "less",
    "less_or_equal",
    "structured",
]

MARKET_STRIKE_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "between",
        "custom",
        "functional",
        "greater",
        "greater_or_equal",
        "less",
        "less_or_equal",
        "structured",
    }
)


def check_market_strike_type(
    value: object, field: str | int = "value", *, received: bool = False
) -> MarketStrikeType:
    if isinstance(value, str) and value in MARKET_STRIKE_TYPE_VALUES:
        return cast(MarketStrikeType, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(MarketStrikeType, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "MarketStrikeType (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(MARKET_STRIKE_TYPE_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; MarketStrikeType is one of: {allowed}"
    )
