from typing import Literal, cast

from ..types import UnknownEnumValue

ExchangeInstance = Literal["event_contract", "margined"]

EXCHANGE_INSTANCE_VALUES: frozenset[str] = frozenset(
    {
        "event_contract",
        "margined",
    }
)


def check_exchange_instance(
    value: object, field: str = "value", *, received: bool = False
) -> ExchangeInstance:
    if value in EXCHANGE_INSTANCE_VALUES:
        return cast(ExchangeInstance, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(ExchangeInstance, UnknownEnumValue(value))
    if received:
        raise TypeError(f"{field}: {value!r} is not a valid ExchangeInstance")
    allowed = ", ".join(repr(v) for v in sorted(EXCHANGE_INSTANCE_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; ExchangeInstance is one of: {allowed}"
    )
