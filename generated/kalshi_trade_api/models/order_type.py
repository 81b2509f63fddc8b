from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

OrderType = Literal["limit", "market"]

ORDER_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "limit",
        "market",
    }
)


def check_order_type(
    value: object, field: str | int = "value", *, received: bool = False
) -> OrderType:
    if isinstance(value, str) and value in ORDER_TYPE_VALUES:
        return cast(OrderType, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(OrderType, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "OrderType (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(ORDER_TYPE_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; OrderType is one of: {allowed}"
    )
