from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

MarketLifecycleV2PayloadMsgEventType = Literal[
    "activated", "close_date_updated", "created", "deactivated", "determined", "settled"
]

MARKET_LIFECYCLE_V2_PAYLOAD_MSG_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "activated",
        "close_date_updated",
        "created",
        "deactivated",
        "determined",
        "settled",
    }
)


def check_market_lifecycle_v2_payload_msg_event_type(
    value: object, field: str | int = "value", *, received: bool = False
) -> MarketLifecycleV2PayloadMsgEventType:
    if (
        isinstance(value, str)
        and value in MARKET_LIFECYCLE_V2_PAYLOAD_MSG_EVENT_TYPE_VALUES
    ):
        return cast(MarketLifecycleV2PayloadMsgEventType, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(MarketLifecycleV2PayloadMsgEventType, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "MarketLifecycleV2PayloadMsgEventType (str)", value)
    allowed = ", ".join(
        repr(v) for v in sorted(MARKET_LIFECYCLE_V2_PAYLOAD_MSG_EVENT_TYPE_VALUES)
    )
    raise ValueError(
        f"{field}={value!r} is not allowed; MarketLifecycleV2PayloadMsgEventType is one of: {allowed}"
    )
