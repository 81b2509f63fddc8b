from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

AmendOrderRequestAction = Literal["buy", "sell"]

AMEND_ORDER_REQUEST_ACTION_VALUES: frozenset[str] = frozenset(
    {
        "buy",
        "sell",
    }
)


def check_amend_order_request_action(
    value: object, field: str | int = "value", *, received: bool = False
) -> AmendOrderRequestAction:
    if isinstance(value, str) and value in AMEND_ORDER_REQUEST_ACTION_VALUES:
        return cast(AmendOrderRequestAction, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(AmendOrderRequestAction, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "AmendOrderRequestAction (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(AMEND_ORDER_REQUEST_ACTION_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; AmendOrderRequestAction is one of: {allowed}"
    )
