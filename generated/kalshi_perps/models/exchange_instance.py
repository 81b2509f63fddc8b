from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

ExchangeInstance = Literal["event_contract", "margined"]

EXCHANGE_INSTANCE_VALUES: frozenset[str] = frozenset(
    {
        "event_contract",
        "margined",
    }
)


def check_exchange_instance(
    value: object, field: str | int = "value", *, received: bool = False
) -> ExchangeInstance:
    if isinstance(value, str) and value in EXCHANGE_INSTANCE_VALUES:
        return cast(ExchangeInstance, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(ExchangeInstance, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "ExchangeInstance (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(EXCHANGE_INSTANCE_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; ExchangeInstance is one of: {allowed}"
    )
