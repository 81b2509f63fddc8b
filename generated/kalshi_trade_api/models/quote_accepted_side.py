from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

QuoteAcceptedSide = Literal["no", "yes"]

QUOTE_ACCEPTED_SIDE_VALUES: frozenset[str] = frozenset(
    {
        "no",
        "yes",
    }
)


def check_quote_accepted_side(
    value: object, field: str | int = "value", *, received: bool = False
) -> QuoteAcceptedSide:
    if isinstance(value, str) and value in QUOTE_ACCEPTED_SIDE_VALUES:
        return cast(QuoteAcceptedSide, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(QuoteAcceptedSide, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "QuoteAcceptedSide (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(QUOTE_ACCEPTED_SIDE_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; QuoteAcceptedSide is one of: {allowed}"
    )
