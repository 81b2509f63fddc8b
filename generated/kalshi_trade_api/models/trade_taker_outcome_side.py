from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

TradeTakerOutcomeSide = Literal["no", "yes"]

TRADE_TAKER_OUTCOME_SIDE_VALUES: frozenset[str] = frozenset(
    {
        "no",
        "yes",
    }
)


def check_trade_taker_outcome_side(
    value: object, field: str | int = "value", *, received: bool = False
) -> TradeTakerOutcomeSide:
    if isinstance(value, str) and value in TRADE_TAKER_OUTCOME_SIDE_VALUES:
        return cast(TradeTakerOutcomeSide, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(TradeTakerOutcomeSide, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "TradeTakerOutcomeSide (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(TRADE_TAKER_OUTCOME_SIDE_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; TradeTakerOutcomeSide is one of: {allowed}"
    )
