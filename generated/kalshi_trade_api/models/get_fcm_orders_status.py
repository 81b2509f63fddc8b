from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

GetFCMOrdersStatus = Literal["canceled", "executed", "resting"]

GET_FCM_ORDERS_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "canceled",
        "executed",
        "resting",
    }
)


def check_get_fcm_orders_status(
    value: object, field: str | int = "value", *, received: bool = False
) -> GetFCMOrdersStatus:
    if isinstance(value, str) and value in GET_FCM_ORDERS_STATUS_VALUES:
        return cast(GetFCMOrdersStatus, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(GetFCMOrdersStatus, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "GetFCMOrdersStatus (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(GET_FCM_ORDERS_STATUS_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; GetFCMOrdersStatus is one of: {allowed}"
    )
