from typing import Literal, cast

from ..types import UnknownEnumValue

TradeTakerOutcomeSide = Literal["no", "yes"]

TRADE_TAKER_OUTCOME_SIDE_VALUES: frozenset[str] = frozenset(
    {
        "no",
        "yes",
    }
)


def check_trade_taker_outcome_side(
    value: object, field: str = "value", *, received: bool = False
) -> TradeTakerOutcomeSide:
    if value in TRADE_TAKER_OUTCOME_SIDE_VALUES:
        return cast(TradeTakerOutcomeSide, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(TradeTakerOutcomeSide, UnknownEnumValue(value))
    if received:
        raise TypeError(f"{field}: {value!r} is not a valid TradeTakerOutcomeSide")
    allowed = ", ".join(repr(v) for v in sorted(TRADE_TAKER_OUTCOME_SIDE_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; TradeTakerOutcomeSide is one of: {allowed}"
    )
