from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

OrderStatus = Literal["canceled", "executed", "resting"]

ORDER_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "canceled",
        "executed",
        "resting",
    }
)


def check_order_status(
    value: object, field: str | int = "value", *, received: bool = False
) -> OrderStatus:
    if isinstance(value, str) and value in ORDER_STATUS_VALUES:
        return cast(OrderStatus, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(OrderStatus, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "OrderStatus (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(ORDER_STATUS_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; OrderStatus is one of: {allowed}"
    )
