from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

GetMarketsStatus = Literal["closed", "open", "paused", "settled", "unopened"]

GET_MARKETS_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "closed",
        "open",
        "paused",
        "settled",
        "unopened",
    }
)


def check_get_markets_status(
    value: object, field: str | int = "value", *, received: bool = False
) -> GetMarketsStatus:
    if isinstance(value, str) and value in GET_MARKETS_STATUS_VALUES:
        return cast(GetMarketsStatus, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(GetMarketsStatus, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "GetMarketsStatus (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(GET_MARKETS_STATUS_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; GetMarketsStatus is one of: {allowed}"
    )
