from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

OrderGroupUpdatesPayloadMsgEventType = Literal[
    "created", "deleted", "limit_updated", "reset", "triggered"
]

ORDER_GROUP_UPDATES_PAYLOAD_MSG_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "created",
        "deleted",
        "limit_updated",
        "reset",
        "triggered",
    }
)


def check_order_group_updates_payload_msg_event_type(
    value: object, field: str | int = "value", *, received: bool = False
) -> OrderGroupUpdatesPayloadMsgEventType:
    if (
        isinstance(value, str)
        and value in ORDER_GROUP_UPDATES_PAYLOAD_MSG_EVENT_TYPE_VALUES
    ):
        return cast(OrderGroupUpdatesPayloadMsgEventType, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(OrderGroupUpdatesPayloadMsgEventType, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "OrderGroupUpdatesPayloadMsgEventType (str)", value)
    allowed = ", ".join(
        repr(v) for v in sorted(ORDER_GROUP_UPDATES_PAYLOAD_MSG_EVENT_TYPE_VALUES)
    )
    raise ValueError(
        f"{field}={value!r} is not allowed; OrderGroupUpdatesPayloadMsgEventType is one of: {allowed}"
    )
