from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

UpdateSubscriptionCommandPayloadParamsAction = Literal["add_markets", "delete_markets"]

UPDATE_SUBSCRIPTION_COMMAND_PAYLOAD_PARAMS_ACTION_VALUES: frozenset[str] = frozenset(
    {
        "add_markets",
        "delete_markets",
    }
)


def check_update_subscription_command_payload_params_action(
    value: object, field: str | int = "value", *, received: bool = False
) -> UpdateSubscriptionCommandPayloadParamsAction:
    if (
        isinstance(value, str)
        and value in UPDATE_SUBSCRIPTION_COMMAND_PAYLOAD_PARAMS_ACTION_VALUES
    ):
        return cast(UpdateSubscriptionCommandPayloadParamsAction, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(
            UpdateSubscriptionCommandPayloadParamsAction, UnknownEnumValue(value)
        )
    if received:
        raise BadValue(
            field, "UpdateSubscriptionCommandPayloadParamsAction (str)", value
        )
    allowed = ", ".join(
        repr(v)
        for v in sorted(UPDATE_SUBSCRIPTION_COMMAND_PAYLOAD_PARAMS_ACTION_VALUES)
    )
    raise ValueError(
        f"{field}={value!r} is not allowed; UpdateSubscriptionCommandPayloadParamsAction is one of: {allowed}"
    )
