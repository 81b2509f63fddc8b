from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

MarketSide = Literal["no", "yes"]

MARKET_SIDE_VALUES: frozenset[str] = frozenset(
    {
        "no",
        "yes",
    }
)


def check_market_side(
    value: object, field: str | int = "value", *, received: bool = False
) -> MarketSide:
    if isinstance(value, str) and value in MARKET_SIDE_VALUES:
        return cast(MarketSide, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(MarketSide, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "MarketSide (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(MARKET_SIDE_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; MarketSide is one of: {allowed}"
    )
