from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

CreateOrderRequestTimeInForce = Literal[
    "fill_or_kill", "good_till_canceled", "immediate_or_cancel"
]

CREATE_ORDER_REQUEST_TIME_IN_FORCE_VALUES: frozenset[str] = frozenset(
    {
        "fill_or_kill",
        "good_till_canceled",
        "immediate_or_cancel",
    }
)


def check_create_order_request_time_in_force(
    value: object, field: str | int = "value", *, received: bool = False
) -> CreateOrderRequestTimeInForce:
    if isinstance(value, str) and value in CREATE_ORDER_REQUEST_TIME_IN_FORCE_VALUES:
        return cast(CreateOrderRequestTimeInForce, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(CreateOrderRequestTimeInForce, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "CreateOrderRequestTimeInForce (str)", value)
    allowed = ", ".join(
        repr(v) for v in sorted(CREATE_ORDER_REQUEST_TIME_IN_FORCE_VALUES)
    )
    raise ValueError(
        f"{field}={value!r} is not allowed; CreateOrderRequestTimeInForce is one of: {allowed}"
    )
