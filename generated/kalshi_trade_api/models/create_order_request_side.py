from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

CreateOrderRequestSide = Literal["no", "yes"]

CREATE_ORDER_REQUEST_SIDE_VALUES: frozenset[str] = frozenset(
    {
        "no",
        "yes",
    }
)


def check_create_order_request_side(
    value: object, field: str | int = "value", *, received: bool = False
) -> CreateOrderRequestSide:
    if isinstance(value, str) and value in CREATE_ORDER_REQUEST_SIDE_VALUES:
        return cast(CreateOrderRequestSide, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(CreateOrderRequestSide, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "CreateOrderRequestSide (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(CREATE_ORDER_REQUEST_SIDE_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; CreateOrderRequestSide is one of: {allowed}"
    )
