from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

LastUpdateReason = Literal[
    "",
    "Amend",
    "Decrease",
    "ExpiryCancel",
    "MarginCancel",
    "PostOnlyCrossCancel",
    "SelfTradeCancel",
    "Trade",
]

LAST_UPDATE_REASON_VALUES: frozenset[str] = frozenset(
    {
        "",
        "Amend",
        "Decrease",
        "ExpiryCancel",
        "MarginCancel",
        "PostOnlyCrossCancel",
        "SelfTradeCancel",
        "Trade",
    }
)


def check_last_update_reason(
    value: object, field: str | int = "value", *, received: bool = False
) -> LastUpdateReason:
    if isinstance(value, str) and value in LAST_UPDATE_REASON_VALUES:
        return cast(LastUpdateReason, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(LastUpdateReason, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "LastUpdateReason (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(LAST_UPDATE_REASON_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; LastUpdateReason is one of: {allowed}"
    )
