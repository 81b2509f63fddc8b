from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

TickerPairSide = Literal["no", "yes"]

TICKER_PAIR_SIDE_VALUES: frozenset[str] = frozenset(
    {
        "no",
        "yes",
    }
)


def check_ticker_pair_side(
    value: object, field: str | int = "value", *, received: bool = False
) -> TickerPairSide:
    if isinstance(value, str) and value in TICKER_PAIR_SIDE_VALUES:
        return cast(TickerPairSide, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(TickerPairSide, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "TickerPairSide (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(TICKER_PAIR_SIDE_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; TickerPairSide is one of: {allowed}"
    )
