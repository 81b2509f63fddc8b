from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

WithdrawalType = Literal["ach", "apm", "crypto", "debit", "wire"]

WITHDRAWAL_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "ach",
        "apm",
        "crypto",
        "debit",
        "wire",
    }
)


def check_withdrawal_type(
    value: object, field: str | int = "value", *, received: bool = False
) -> WithdrawalType:
    if isinstance(value, str) and value in WITHDRAWAL_TYPE_VALUES:
        return cast(WithdrawalType, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(WithdrawalType, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "WithdrawalType (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(WITHDRAWAL_TYPE_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; WithdrawalType is one of: {allowed}"
    )
