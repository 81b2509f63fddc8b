from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

UserOrderPayloadMsgStatus = Literal["canceled", "executed", "resting"]

USER_ORDER_PAYLOAD_MSG_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "canceled",
        "executed",
        "resting",
    }
)


def check_user_order_payload_msg_status(
    value: object, field: str | int = "value", *, received: bool = False
) -> UserOrderPayloadMsgStatus:
    if isinstance(value, str) and value in USER_ORDER_PAYLOAD_MSG_STATUS_VALUES:
        return cast(UserOrderPayloadMsgStatus, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(UserOrderPayloadMsgStatus, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "UserOrderPayloadMsgStatus (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(USER_ORDER_PAYLOAD_MSG_STATUS_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; UserOrderPayloadMsgStatus is one of: {allowed}"
    )
