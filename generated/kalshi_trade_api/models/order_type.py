from typing import Literal, cast

from ..types import UnknownEnumValue

OrderType = Literal["limit", "market"]

ORDER_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "limit",
        "market",
    }
)


def check_order_type(
    value: object, field: str = "value", *, received: bool = False
) -> OrderType:
    if value in ORDER_TYPE_VALUES:
        return cast(OrderType, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(OrderType, UnknownEnumValue(value))
    if received:
        raise TypeError(f"{field}: {value!r} is not a valid OrderType")
    allowed = ", ".join(repr(v) for v in sorted(ORDER_TYPE_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; OrderType is one of: {allowed}"
    )
