from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

DepositType = Literal["ach", "apm", "crypto", "debit", "wire"]

DEPOSIT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "ach",
        "apm",
        "crypto",
        "debit",
        "wire",
    }
)


def check_deposit_type(
    value: object, field: str | int = "value", *, received: bool = False
) -> DepositType:
    if isinstance(value, str) and value in DEPOSIT_TYPE_VALUES:
        return cast(DepositType, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(DepositType, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "DepositType (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(DEPOSIT_TYPE_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; DepositType is one of: {allowed}"
    )
