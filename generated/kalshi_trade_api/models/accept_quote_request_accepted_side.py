from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

AcceptQuoteRequestAcceptedSide = Literal["no", "yes"]

ACCEPT_QUOTE_REQUEST_ACCEPTED_SIDE_VALUES: frozenset[str] = frozenset(
    {
        "no",
        "yes",
    }
)


def check_accept_quote_request_accepted_side(
    value: object, field: str | int = "value", *, received: bool = False
) -> AcceptQuoteRequestAcceptedSide:
    if isinstance(value, str) and value in ACCEPT_QUOTE_REQUEST_ACCEPTED_SIDE_VALUES:
        return cast(AcceptQuoteRequestAcceptedSide, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(AcceptQuoteRequestAcceptedSide, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "AcceptQuoteRequestAcceptedSide (str)", value)
    allowed = ", ".join(
        repr(v) for v in sorted(ACCEPT_QUOTE_REQUEST_ACCEPTED_SIDE_VALUES)
    )
    raise ValueError(
        f"{field}={value!r} is not allowed; AcceptQuoteRequestAcceptedSide is one of: {allowed}"
    )
