from typing import Literal, cast

from ..types import UnknownEnumValue

QuoteAcceptedPayloadMsgAcceptedSide = Literal["no", "yes"]

QUOTE_ACCEPTED_PAYLOAD_MSG_ACCEPTED_SIDE_VALUES: frozenset[str] = frozenset(
    {
        "no",
        "yes",
    }
)


def check_quote_accepted_payload_msg_accepted_side(
    value: object, field: str = "value", *, received: bool = False
) -> QuoteAcceptedPayloadMsgAcceptedSide:
    if value in QUOTE_ACCEPTED_PAYLOAD_MSG_ACCEPTED_SIDE_VALUES:
        return cast(QuoteAcceptedPayloadMsgAcceptedSide, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(QuoteAcceptedPayloadMsgAcceptedSide, UnknownEnumValue(value))
    if received:
        raise TypeError(
            f"{field}: {value!r} is not a valid QuoteAcceptedPayloadMsgAcceptedSide"
        )
    allowed = ", ".join(
        repr(v) for v in sorted(QUOTE_ACCEPTED_PAYLOAD_MSG_ACCEPTED_SIDE_VALUES)
    )
    raise ValueError(
        f"{field}={value!r} is not allowed; QuoteAcceptedPayloadMsgAcceptedSide is one of: {allowed}"
    )
