from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

RFQStatus = Literal["closed", "open"]

RFQ_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "closed",
        "open",
    }
)


def check_rfq_status(
    value: object, field: str | int = "value", *, received: bool = False
) -> RFQStatus:
    if isinstance(value, str) and value in RFQ_STATUS_VALUES:
        return cast(RFQStatus, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(RFQStatus, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "RFQStatus (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(RFQ_STATUS_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; RFQStatus is one of: {allowed}"
    )
