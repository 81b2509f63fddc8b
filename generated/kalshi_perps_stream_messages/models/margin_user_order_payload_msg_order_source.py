from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

MarginUserOrderPayloadMsgOrderSource = Literal["system", "user"]

MARGIN_USER_ORDER_PAYLOAD_MSG_ORDER_SOURCE_VALUES: frozenset[str] = frozenset(
    {
        "system",
        "user",
    }
)


def check_margin_user_order_payload_msg_order_source(
    value: object, field: str | int = "value", *, received: bool = False
) -> MarginUserOrderPayloadMsgOrderSource:
    if (
        isinstance(value, str)
        and value in MARGIN_USER_ORDER_PAYLOAD_MSG_ORDER_SOURCE_VALUES
    ):
        return cast(MarginUserOrderPayloadMsgOrderSource, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(MarginUserOrderPayloadMsgOrderSource, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "MarginUserOrderPayloadMsgOrderSource (str)", value)
    allowed = ", ".join(
        repr(v) for v in sorted(MARGIN_USER_ORDER_PAYLOAD_MSG_ORDER_SOURCE_VALUES)
    )
    raise ValueError(
        f"{field}={value!r} is not allowed; MarginUserOrderPayloadMsgOrderSource is one of: {allowed}"
    )
