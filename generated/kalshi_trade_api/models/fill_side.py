from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

FillSide = Literal["no", "yes"]

FILL_SIDE_VALUES: frozenset[str] = frozenset(
    {
        "no",
        "yes",
    }
)


def check_fill_side(
    value: object, field: str | int = "value", *, received: bool = False
) -> FillSide:
    if isinstance(value, str) and value in FILL_SIDE_VALUES:
        return cast(FillSide, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(FillSide, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "FillSide (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(FILL_SIDE_VALUES))
    raise ValueError(f"{field}={value!r} is not allowed; FillSide is one of: {allowed}")
