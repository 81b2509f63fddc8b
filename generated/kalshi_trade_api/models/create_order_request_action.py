from typing import Literal, cast

from ..types import UnknownEnumValue

CreateOrderRequestAction = Literal["buy", "sell"]

CREATE_ORDER_REQUEST_ACTION_VALUES: frozenset[str] = frozenset(
    {
        "buy",
        "sell",
    }
)


def check_create_order_request_action(
    value: object, field: str = "value", *, received: bool = False
) -> CreateOrderRequestAction:
    if value in CREATE_ORDER_REQUEST_ACTION_VALUES:
        return cast(CreateOrderRequestAction, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(CreateOrderRequestAction, UnknownEnumValue(value))
    if received:
        raise TypeError(f"{field}: {value!r} is not a valid CreateOrderRequestAction")
    allowed = ", ".join(repr(v) for v in sorted(CREATE_ORDER_REQUEST_ACTION_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; CreateOrderRequestAction is one of: {allowed}"
    )
