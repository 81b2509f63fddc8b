from typing import Literal, cast

from ..types import UnknownEnumValue

OrderOutcomeSide = Literal["no", "yes"]

ORDER_OUTCOME_SIDE_VALUES: frozenset[str] = frozenset(
    {
        "no",
        "yes",
    }
)


def check_order_outcome_side(
    value: object, field: str = "value", *, received: bool = False
) -> OrderOutcomeSide:
    if value in ORDER_OUTCOME_SIDE_VALUES:
        return cast(OrderOutcomeSide, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(OrderOutcomeSide, UnknownEnumValue(value))
    if received:
        raise TypeError(f"{field}: {value!r} is not a valid OrderOutcomeSide")
    allowed = ", ".join(repr(v) for v in sorted(ORDER_OUTCOME_SIDE_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; OrderOutcomeSide is one of: {allowed}"
    )
