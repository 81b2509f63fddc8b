from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

OrderSource = Literal["system", "user"]

ORDER_SOURCE_VALUES: frozenset[str] = frozenset(
    {
        "system",
        "user",
    }
)


def check_order_source(
    value: object, field: str | int = "value", *, received: bool = False
) -> OrderSource:
    if isinstance(value, str) and value in ORDER_SOURCE_VALUES:
        return cast(OrderSource, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(OrderSource, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "OrderSource (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(ORDER_SOURCE_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; OrderSource is one of: {allowed}"
    )
