from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

GetFCMPositionsSettlementStatus = Literal["all", "settled", "unsettled"]

GET_FCM_POSITIONS_SETTLEMENT_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "all",
        "settled",
        "unsettled",
    }
)


def check_get_fcm_positions_settlement_status(
    value: object, field: str | int = "value", *, received: bool = False
) -> GetFCMPositionsSettlementStatus:
    if isinstance(value, str) and value in GET_FCM_POSITIONS_SETTLEMENT_STATUS_VALUES:
        return cast(GetFCMPositionsSettlementStatus, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(GetFCMPositionsSettlementStatus, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "GetFCMPositionsSettlementStatus (str)", value)
    allowed = ", ".join(
        repr(v) for v in sorted(GET_FCM_POSITIONS_SETTLEMENT_STATUS_VALUES)
    )
    raise ValueError(
        f"{field}={value!r} is not allowed; GetFCMPositionsSettlementStatus is one of: {allowed}"
    )
