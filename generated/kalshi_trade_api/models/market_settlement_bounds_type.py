from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

MarketSettlementBoundsType = Literal["default", "floor"]

MARKET_SETTLEMENT_BOUNDS_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "default",
        "floor",
    }
)


def check_market_settlement_bounds_type(
    value: object, field: str | int = "value", *, received: bool = False
) -> MarketSettlementBoundsType:
    if isinstance(value, str) and value in MARKET_SETTLEMENT_BOUNDS_TYPE_VALUES:
        return cast(MarketSettlementBoundsType, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(MarketSettlementBoundsType, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "MarketSettlementBoundsType (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(MARKET_SETTLEMENT_BOUNDS_TYPE_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; MarketSettlementBoundsType is one of: {allowed}"
    )
