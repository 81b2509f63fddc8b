from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

SubscribeCommandPayloadParamsChannelsItem = Literal[
    "fill", "order_group_updates", "orderbook_delta", "ticker", "trade", "user_orders"
]

SUBSCRIBE_COMMAND_PAYLOAD_PARAMS_CHANNELS_ITEM_VALUES: frozenset[str] = frozenset(
    {
        "fill",
        "order_group_updates",
        "orderbook_delta",
        "ticker",
        "trade",
        "user_orders",
    }
)


def check_subscribe_command_payload_params_channels_item(
    value: object, field: str | int = "value", *, received: bool = False
) -> SubscribeCommandPayloadParamsChannelsItem:
    if (
        isinstance(value, str)
        and value in SUBSCRIBE_COMMAND_PAYLOAD_PARAMS_CHANNELS_ITEM_VALUES
    ):
        return cast(SubscribeCommandPayloadParamsChannelsItem, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(SubscribeCommandPayloadParamsChannelsItem, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "SubscribeCommandPayloadParamsChannelsItem (str)", value)
    allowed = ", ".join(
        repr(v) for v in sorted(SUBSCRIBE_COMMAND_PAYLOAD_PARAMS_CHANNELS_ITEM_VALUES)
    )
    raise ValueError(
        f"{field}={value!r} is not allowed; SubscribeCommandPayloadParamsChannelsItem is one of: {allowed}"
    )
