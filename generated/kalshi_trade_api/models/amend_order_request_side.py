from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

AmendOrderRequestSide = Literal["no", "yes"]

AMEND_ORDER_REQUEST_SIDE_VALUES: frozenset[str] = frozenset(
    {
        "no",
        "yes",
    }
)


def check_amend_order_request_side(
    value: object, field: str | int = "value", *, received: bool = False
) -> AmendOrderRequestSide:
    if isinstance(value, str) and value in AMEND_ORDER_REQUEST_SIDE_VALUES:
        return cast(AmendOrderRequestSide, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(AmendOrderRequestSide, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "AmendOrderRequestSide (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(AMEND_ORDER_REQUEST_SIDE_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; AmendOrderRequestSide is one of: {allowed}"
    )
