from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

SelfTradePreventionType = Literal["maker", "taker_at_cross"]

SELF_TRADE_PREVENTION_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "maker",
        "taker_at_cross",
    }
)


def check_self_trade_prevention_type(
    value: object, field: str | int = "value", *, received: bool = False
) -> SelfTradePreventionType:
    if isinstance(value, str) and value in SELF_TRADE_PREVENTION_TYPE_VALUES:
        return cast(SelfTradePreventionType, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(SelfTradePreventionType, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "SelfTradePreventionType (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(SELF_TRADE_PREVENTION_TYPE_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; SelfTradePreventionType is one of: {allowed}"
    )
