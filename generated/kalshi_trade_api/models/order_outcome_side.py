from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

OrderOutcomeSide = Literal["no", "yes"]

ORDER_OUTCOME_SIDE_VALUES: frozenset[str] = frozenset(
    {
        "no",
        "yes",
    }
)


def check_order_outcome_side(
    value: object, field: str | int = "value", *, received: bool = False
) -> OrderOutcomeSide:
    if isinstance(value, str) and value in ORDER_OUTCOME_SIDE_VALUES:
        return cast(OrderOutcomeSide, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(OrderOutcomeSide, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "OrderOutcomeSide (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(ORDER_OUTCOME_SIDE_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; OrderOutcomeSide is one of: {allowed}"
    )
