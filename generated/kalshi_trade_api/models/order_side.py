from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

OrderSide = Literal["no", "yes"]

ORDER_SIDE_VALUES: frozenset[str] = frozenset(
    {
        "no",
        "yes",
    }
)


def check_order_side(
    value: object, field: str | int = "value", *, received: bool = False
) -> OrderSide:
    if isinstance(value, str) and value in ORDER_SIDE_VALUES:
        return cast(OrderSide, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(OrderSide, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "OrderSide (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(ORDER_SIDE_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; OrderSide is one of: {allowed}"
    )
