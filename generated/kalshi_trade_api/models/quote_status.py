from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

QuoteStatus = Literal["accepted", "cancelled", "confirmed", "executed", "open"]

QUOTE_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "accepted",
        "cancelled",
        "confirmed",
        "executed",
        "open",
    }
)


def check_quote_status(
    value: object, field: str | int = "value", *, received: bool = False
) -> QuoteStatus:
    if isinstance(value, str) and value in QUOTE_STATUS_VALUES:
        return cast(QuoteStatus, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(QuoteStatus, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "QuoteStatus (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(QUOTE_STATUS_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; QuoteStatus is one of: {allowed}"
    )
