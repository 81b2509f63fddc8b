from typing import Literal, cast

from ..types import UnknownEnumValue

UpdateSubscriptionCommandPayloadParamsAction = Literal["add_markets", "delete_markets"]

UPDATE_SUBSCRIPTION_COMMAND_PAYLOAD_PARAMS_ACTION_VALUES: frozenset[str] = frozenset(
    {
        "add_markets",
        "delete_markets",
    }
)


def check_update_subscription_command_payload_params_action(
    value: object, field: str = "value", *, received: bool = False
) -> UpdateSubscriptionCommandPayloadParamsAction:
    if value in UPDATE_SUBSCRIPTION_COMMAND_PAYLOAD_PARAMS_ACTION_VALUES:
        return cast(UpdateSubscriptionCommandPayloadParamsAction, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(
            UpdateSubscriptionCommandPayloadParamsAction, UnknownEnumValue(value)
        )
    if received:
        raise TypeError(
            f"{field}: {value!r} is not a valid UpdateSubscriptionCommandPayloadParamsAction"
        )
    allowed = ", ".join(
        repr(v)
        for v in sorted(UPDATE_SUBSCRIPTION_COMMAND_PAYLOAD_PARAMS_ACTION_VALUES)
    )
    raise ValueError(
        f"{field}={value!r} is not allowed; UpdateSubscriptionCommandPayloadParamsAction is one of: {allowed}"
    )
