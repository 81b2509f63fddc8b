from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

ApiKeyScope = Literal[
    "read",
    "read::block_trade_accept",
    "read::portfolio_balance",
    "write",
    "write::block_trade_accept",
    "write::fcm_risk",
    "write::trade",
    "write::transfer",
]

API_KEY_SCOPE_VALUES: frozenset[str] = frozenset(
    {
        "read",
        "read::block_trade_accept",
        "read::portfolio_balance",
        "write",
        "write::block_trade_accept",
        "write::fcm_risk",
        "write::trade",
        "write::transfer",
    }
)


def check_api_key_scope(
    value: object, field: str | int = "value", *, received: bool = False
) -> ApiKeyScope:
    if isinstance(value, str) and value in API_KEY_SCOPE_VALUES:
        return cast(ApiKeyScope, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(ApiKeyScope, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "ApiKeyScope (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(API_KEY_SCOPE_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; ApiKeyScope is one of: {allowed}"
    )
