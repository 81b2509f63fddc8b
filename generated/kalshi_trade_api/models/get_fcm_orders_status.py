from typing import Literal, cast

from ..types import UnknownEnumValue

GetFCMOrdersStatus = Literal["canceled", "executed", "resting"]

GET_FCM_ORDERS_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "canceled",
        "executed",
        "resting",
    }
)


def check_get_fcm_orders_status(
    value: object, field: str = "value", *, received: bool = False
) -> GetFCMOrdersStatus:
    if value in GET_FCM_ORDERS_STATUS_VALUES:
        return cast(GetFCMOrdersStatus, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(GetFCMOrdersStatus, UnknownEnumValue(value))
    if received:
        raise TypeError(f"{field}: {value!r} is not a valid GetFCMOrdersStatus")
    allowed = ", ".join(repr(v) for v in sorted(GET_FCM_ORDERS_STATUS_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; GetFCMOrdersStatus is one of: {allowed}"
    )
