from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

OutcomeSide = Literal["no", "yes"]

OUTCOME_SIDE_VALUES: frozenset[str] = frozenset(
    {
        "no",
        "yes",
    }
)


def check_outcome_side(
    value: object, field: str | int = "value", *, received: bool = False
) -> OutcomeSide:
    if isinstance(value, str) and value in OUTCOME_SIDE_VALUES:
        return cast(OutcomeSide, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(OutcomeSide, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "OutcomeSide (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(OUTCOME_SIDE_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; OutcomeSide is one of: {allowed}"
    )
