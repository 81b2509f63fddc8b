from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

RestingMarginReservation = Literal["max", "none", "sum"]

RESTING_MARGIN_RESERVATION_VALUES: frozenset[str] = frozenset(
    {
        "max",
        "none",
        "sum",
    }
)


def check_resting_margin_reservation(
    value: object, field: str | int = "value", *, received: bool = False
) -> RestingMarginReservation:
    if isinstance(value, str) and value in RESTING_MARGIN_RESERVATION_VALUES:
        return cast(RestingMarginReservation, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(RestingMarginReservation, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "RestingMarginReservation (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(RESTING_MARGIN_RESERVATION_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; RestingMarginReservation is one of: {allowed}"
    )
