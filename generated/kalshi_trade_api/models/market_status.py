from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

MarketStatus = Literal[
    "active",
    "amended",
    "closed",
    "determined",
    "disputed",
    "finalized",
    "inactive",
    "initialized",
]

MARKET_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "active",
        "amended",
        "closed",
        "determined",
        "disputed",
        "finalized",
        "inactive",
        "initialized",
    }
)


def check_market_status(
    value: object, field: str | int = "value", *, received: bool = False
) -> MarketStatus:
    if isinstance(value, str) and value in MARKET_STATUS_VALUES:
        return cast(MarketStatus, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(MarketStatus, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "MarketStatus (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(MARKET_STATUS_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; MarketStatus is one of: {allowed}"
    )
