from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

FillAction = Literal["buy", "sell"]

FILL_ACTION_VALUES: frozenset[str] = frozenset(
    {
        "buy",
        "sell",
    }
)


def check_fill_action(
    value: object, field: str | int = "value", *, received: bool = False
) -> FillAction:
    if isinstance(value, str) and value in FILL_ACTION_VALUES:
        return cast(FillAction, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(FillAction, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "FillAction (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(FILL_ACTION_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; FillAction is one of: {allowed}"
    )
