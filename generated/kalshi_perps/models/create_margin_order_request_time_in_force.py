from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

CreateMarginOrderRequestTimeInForce = Literal[
    "fill_or_kill", "good_till_canceled", "immediate_or_cancel"
]

CREATE_MARGIN_ORDER_REQUEST_TIME_IN_FORCE_VALUES: frozenset[str] = frozenset(
    {
        "fill_or_kill",
        "good_till_canceled",
        "immediate_or_cancel",
    }
)


def check_create_margin_order_request_time_in_force(
    value: object, field: str | int = "value", *, received: bool = False
) -> CreateMarginOrderRequestTimeInForce:
    if (
        isinstance(value, str)
        and value in CREATE_MARGIN_ORDER_REQUEST_TIME_IN_FORCE_VALUES
    ):
        return cast(CreateMarginOrderRequestTimeInForce, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(CreateMarginOrderRequestTimeInForce, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "CreateMarginOrderRequestTimeInForce (str)", value)
    allowed = ", ".join(
        repr(v) for v in sorted(CREATE_MARGIN_ORDER_REQUEST_TIME_IN_FORCE_VALUES)
    )
    raise ValueError(
        f"{field}={value!r} is not allowed; CreateMarginOrderRequestTimeInForce is one of: {allowed}"
    )
