from typing import Literal, cast

from ..types import BadValue, UnknownIntEnumValue

ErrorResponsePayloadMsgCode = Literal[
    1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 18, 23, 24, 25, 26, 27, 28
]

ERROR_RESPONSE_PAYLOAD_MSG_CODE_VALUES: frozenset[int] = frozenset(
    {
        1,
        2,
        3,
        4,
        5,
        7,
        8,
        9,
        10,
        11,
        12,
        13,
        14,
        15,
        18,
        23,
        24,
        25,
        26,
        27,
        28,
    }
)


def check_error_response_payload_msg_code(
    value: object, field: str | int = "value", *, received: bool = False
) -> ErrorResponsePayloadMsgCode:
    if (
        isinstance(value, int)
        and type(value) is not bool
        and value in ERROR_RESPONSE_PAYLOAD_MSG_CODE_VALUES
    ):
        return cast(ErrorResponsePayloadMsgCode, value)
    if isinstance(value, UnknownIntEnumValue) or (received and type(value) is int):
        return cast(ErrorResponsePayloadMsgCode, UnknownIntEnumValue(value))
    if received:
        raise BadValue(field, "ErrorResponsePayloadMsgCode (int)", value)
    allowed = ", ".join(repr(v) for v in sorted(ERROR_RESPONSE_PAYLOAD_MSG_CODE_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; ErrorResponsePayloadMsgCode is one of: {allowed}"
    )
