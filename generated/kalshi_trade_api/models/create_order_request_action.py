from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

CreateOrderRequestAction = Literal["buy", "sell"]

CREATE_ORDER_REQUEST_ACTION_VALUES: frozenset[str] = frozenset(
    {
        "buy",
        "sell",
    }
)


def check_create_order_request_action(
    value: object, field: str | int = "value", *, received: bool = False
) -> CreateOrderRequestAction:
    if isinstance(value, str) and value in CREATE_ORDER_REQUEST_ACTION_VALUES:
        return cast(CreateOrderRequestAction, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(CreateOrderRequestAction, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "CreateOrderRequestAction (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(CREATE_ORDER_REQUEST_ACTION_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; CreateOrderRequestAction is one of: {allowed}"
    )
