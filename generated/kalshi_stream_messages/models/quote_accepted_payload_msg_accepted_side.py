from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

QuoteAcceptedPayloadMsgAcceptedSide = Literal["no", "yes"]

QUOTE_ACCEPTED_PAYLOAD_MSG_ACCEPTED_SIDE_VALUES: frozenset[str] = frozenset(
    {
        "no",
        "yes",
    }
)


def check_quote_accepted_payload_msg_accepted_side(
    value: object, field: str | int = "value", *, received: bool = False
) -> QuoteAcceptedPayloadMsgAcceptedSide:
    if (
        isinstance(value, str)
        and value in QUOTE_ACCEPTED_PAYLOAD_MSG_ACCEPTED_SIDE_VALUES
    ):
        return cast(QuoteAcceptedPayloadMsgAcceptedSide, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(QuoteAcceptedPayloadMsgAcceptedSide, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "QuoteAcceptedPayloadMsgAcceptedSide (str)", value)
    allowed = ", ".join(
        repr(v) for v in sorted(QUOTE_ACCEPTED_PAYLOAD_MSG_ACCEPTED_SIDE_VALUES)
    )
    raise ValueError(
        f"{field}={value!r} is not allowed; QuoteAcceptedPayloadMsgAcceptedSide is one of: {allowed}"
    )
