from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

IntraExchangeInstanceTransferStatus = Literal["complete", "pending"]

INTRA_EXCHANGE_INSTANCE_TRANSFER_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "complete",
        "pending",
    }
)


def check_intra_exchange_instance_transfer_status(
    value: object, field: str | int = "value", *, received: bool = False
) -> IntraExchangeInstanceTransferStatus:
    if (
        isinstance(value, str)
        and value in INTRA_EXCHANGE_INSTANCE_TRANSFER_STATUS_VALUES
    ):
        return cast(IntraExchangeInstanceTransferStatus, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(IntraExchangeInstanceTransferStatus, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "IntraExchangeInstanceTransferStatus (str)", value)
    allowed = ", ".join(
        repr(v) for v in sorted(INTRA_EXCHANGE_INSTANCE_TRANSFER_STATUS_VALUES)
    )
    raise ValueError(
        f"{field}={value!r} is not allowed; IntraExchangeInstanceTransferStatus is one of: {allowed}"
    )
