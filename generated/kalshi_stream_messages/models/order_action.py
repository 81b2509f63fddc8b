from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

OrderAction = Literal["buy", "sell"]

ORDER_ACTION_VALUES: frozenset[str] = frozenset(
    {
        "buy",
        "sell",
    }
)


def check_order_action(
    value: object, field: str | int = "value", *, received: bool = False
) -> OrderAction:
    if isinstance(value, str) and value in ORDER_ACTION_VALUES:
        return cast(OrderAction, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(OrderAction, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "OrderAction (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(ORDER_ACTION_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; OrderAction is one of: {allowed}"
    )
