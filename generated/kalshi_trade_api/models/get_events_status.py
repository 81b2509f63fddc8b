from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

GetEventsStatus = Literal["closed", "open", "settled", "unopened"]

GET_EVENTS_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "closed",
        "open",
        "settled",
        "unopened",
    }
)


def check_get_events_status(
    value: object, field: str | int = "value", *, received: bool = False
) -> GetEventsStatus:
    if isinstance(value, str) and value in GET_EVENTS_STATUS_VALUES:
        return cast(GetEventsStatus, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(GetEventsStatus, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "GetEventsStatus (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(GET_EVENTS_STATUS_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; GetEventsStatus is one of: {allowed}"
    )
