from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

UserOrderPayloadMsgSelfTradePreventionType = Literal["maker", "taker_at_cross"]

USER_ORDER_PAYLOAD_MSG_SELF_TRADE_PREVENTION_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "maker",
        "taker_at_cross",
    }
)


def check_user_order_payload_msg_self_trade_prevention_type(
    value: object, field: str | int = "value", *, received: bool = False
) -> UserOrderPayloadMsgSelfTradePreventionType:
    if (
        isinstance(value, str)
        and value in USER_ORDER_PAYLOAD_MSG_SELF_TRADE_PREVENTION_TYPE_VALUES
    ):
        return cast(UserOrderPayloadMsgSelfTradePreventionType, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(UserOrderPayloadMsgSelfTradePreventionType, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "UserOrderPayloadMsgSelfTradePreventionType (str)", value)
    allowed = ", ".join(
        repr(v)
        for v in sorted(USER_ORDER_PAYLOAD_MSG_SELF_TRADE_PREVENTION_TYPE_VALUES)
    )
    raise ValueError(
        f"{field}={value!r} is not allowed; UserOrderPayloadMsgSelfTradePreventionType is one of: {allowed}"
    )
