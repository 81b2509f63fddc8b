from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

WithdrawalStatus = Literal["applied", "failed", "pending", "returned"]

WITHDRAWAL_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "applied",
        "failed",
        "pending",
        "returned",
    }
)


def check_withdrawal_status(
    value: object, field: str | int = "value", *, received: bool = False
) -> WithdrawalStatus:
    if isinstance(value, str) and value in WITHDRAWAL_STATUS_VALUES:
        return cast(WithdrawalStatus, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(WithdrawalStatus, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "WithdrawalStatus (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(WITHDRAWAL_STATUS_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; WithdrawalStatus is one of: {allowed}"
    )
