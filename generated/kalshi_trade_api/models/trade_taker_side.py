from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

TradeTakerSide = Literal["no", "yes"]

TRADE_TAKER_SIDE_VALUES: frozenset[str] = frozenset(
    {
        "no",
        "yes",
    }
)


def check_trade_taker_side(
    value: object, field: str | int = "value", *, received: bool = False
) -> TradeTakerSide:
    if isinstance(value, str) and value in TRADE_TAKER_SIDE_VALUES:
        return cast(TradeTakerSide, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(TradeTakerSide, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "TradeTakerSide (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(TRADE_TAKER_SIDE_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; TradeTakerSide is one of: {allowed}"
    )
