from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

DepositStatus = Literal["applied", "failed", "pending", "returned"]

DEPOSIT_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "applied",
        "failed",
        "pending",
        "returned",
    }
)


def check_deposit_status(
    value: object, field: str | int = "value", *, received: bool = False
) -> DepositStatus:
    if isinstance(value, str) and value in DEPOSIT_STATUS_VALUES:
        return cast(DepositStatus, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(DepositStatus, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "DepositStatus (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(DEPOSIT_STATUS_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; DepositStatus is one of: {allowed}"
    )
