from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

MarginMarketStatus = Literal["active", "closed", "inactive"]

MARGIN_MARKET_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "active",
        "closed",
        "inactive",
    }
)


def check_margin_market_status(
    value: object, field: str | int = "value", *, received: bool = False
) -> MarginMarketStatus:
    if isinstance(value, str) and value in MARGIN_MARKET_STATUS_VALUES:
        return cast(MarginMarketStatus, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(MarginMarketStatus, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "MarginMarketStatus (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(MARGIN_MARKET_STATUS_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; MarginMarketStatus is one of: {allowed}"
    )
