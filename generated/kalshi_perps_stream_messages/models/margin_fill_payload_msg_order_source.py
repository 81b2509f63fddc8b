from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

MarginFillPayloadMsgOrderSource = Literal["system", "user"]

MARGIN_FILL_PAYLOAD_MSG_ORDER_SOURCE_VALUES: frozenset[str] = frozenset(
    {
        "system",
        "user",
    }
)


def check_margin_fill_payload_msg_order_source(
    value: object, field: str | int = "value", *, received: bool = False
) -> MarginFillPayloadMsgOrderSource:
    if isinstance(value, str) and value in MARGIN_FILL_PAYLOAD_MSG_ORDER_SOURCE_VALUES:
        return cast(MarginFillPayloadMsgOrderSource, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(MarginFillPayloadMsgOrderSource, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "MarginFillPayloadMsgOrderSource (str)", value)
    allowed = ", ".join(
        repr(v) for v in sorted(MARGIN_FILL_PAYLOAD_MSG_ORDER_SOURCE_VALUES)
    )
    raise ValueError(
        f"{field}={value!r} is not allowed; MarginFillPayloadMsgOrderSource is one of: {allowed}"
    )
