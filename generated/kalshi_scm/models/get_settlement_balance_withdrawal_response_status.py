from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

GetSettlementBalanceWithdrawalResponseStatus = Literal[
    "failed", "pending", "processed", "processing"
]

GET_SETTLEMENT_BALANCE_WITHDRAWAL_RESPONSE_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "failed",
        "pending",
        "processed",
        "processing",
    }
)


def check_get_settlement_balance_withdrawal_response_status(
    value: object, field: str | int = "value", *, received: bool = False
) -> GetSettlementBalanceWithdrawalResponseStatus:
    if (
        isinstance(value, str)
        and value in GET_SETTLEMENT_BALANCE_WITHDRAWAL_RESPONSE_STATUS_VALUES
    ):
        return cast(GetSettlementBalanceWithdrawalResponseStatus, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(
            GetSettlementBalanceWithdrawalResponseStatus, UnknownEnumValue(value)
        )
    if received:
        raise BadValue(
            field, "GetSettlementBalanceWithdrawalResponseStatus (str)", value
        )
    allowed = ", ".join(
        repr(v)
        for v in sorted(GET_SETTLEMENT_BALANCE_WITHDRAWAL_RESPONSE_STATUS_VALUES)
    )
    raise ValueError(
        f"{field}={value!r} is not allowed; GetSettlementBalanceWithdrawalResponseStatus is one of: {allowed}"
    )
