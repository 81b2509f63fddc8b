from typing import Literal, cast

from ..types import UnknownEnumValue

RestingMarginReservation = Literal["max", "none", "sum"]

RESTING_MARGIN_RESERVATION_VALUES: frozenset[str] = frozenset(
    {
        "max",
        "none",
        "sum",
    }
)


def check_resting_margin_reservation(
    value: object, field: str = "value", *, received: bool = False
) -> RestingMarginReservation:
    if value in RESTING_MARGIN_RESERVATION_VALUES:
        return cast(RestingMarginReservation, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(RestingMarginReservation, UnknownEnumValue(value))
    if received:
        raise TypeError(f"{field}: {value!r} is not a valid RestingMarginReservation")
    allowed = ", ".join(repr(v) for v in sorted(RESTING_MARGIN_RESERVATION_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; RestingMarginReservation is one of: {allowed}"
    )
