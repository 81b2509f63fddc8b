from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

EventLifecyclePayloadMsgCollateralReturnType = Literal["", "DIRECNET", "MECNET"]

EVENT_LIFECYCLE_PAYLOAD_MSG_COLLATERAL_RETURN_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "",
        "DIRECNET",
        "MECNET",
    }
)


def check_event_lifecycle_payload_msg_collateral_return_type(
    value: object, field: str | int = "value", *, received: bool = False
) -> EventLifecyclePayloadMsgCollateralReturnType:
    if (
        isinstance(value, str)
        and value in EVENT_LIFECYCLE_PAYLOAD_MSG_COLLATERAL_RETURN_TYPE_VALUES
    ):
        return cast(EventLifecyclePayloadMsgCollateralReturnType, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(
            EventLifecyclePayloadMsgCollateralReturnType, UnknownEnumValue(value)
        )
    if received:
        raise BadValue(
            field, "EventLifecyclePayloadMsgCollateralReturnType (str)", value
        )
    allowed = ", ".join(
        repr(v)
        for v in sorted(EVENT_LIFECYCLE_PAYLOAD_MSG_COLLATERAL_RETURN_TYPE_VALUES)
    )
    raise ValueError(
        f"{field}={value!r} is not allowed; EventLifecyclePayloadMsgCollateralReturnType is one of: {allowed}"
    )
