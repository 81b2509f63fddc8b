from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

CreateOrderV2RequestTimeInForce = Literal[
    "fill_or_kill", "good_till_canceled", "immediate_or_cancel"
]

CREATE_ORDER_V2_REQUEST_TIME_IN_FORCE_VALUES: frozenset[str] = frozenset(
    {
        "fill_or_kill",
        "good_till_canceled",
        "immediate_or_cancel",
    }
)


def check_create_order_v2_request_time_in_force(
    value: object, field: str | int = "value", *, received: bool = False
) -> CreateOrderV2RequestTimeInForce:
    if isinstance(value, str) and value in CREATE_ORDER_V2_REQUEST_TIME_IN_FORCE_VALUES:
        return cast(CreateOrderV2RequestTimeInForce, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(CreateOrderV2RequestTimeInForce, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "CreateOrderV2RequestTimeInForce (str)", value)
    allowed = ", ".join(
        repr(v) for v in sorted(CREATE_ORDER_V2_REQUEST_TIME_IN_FORCE_VALUES)
    )
    raise ValueError(
        f"{field}={value!r} is not allowed; CreateOrderV2RequestTimeInForce is one of: {allowed}"
    )
