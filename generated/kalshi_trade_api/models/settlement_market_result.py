from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

SettlementMarketResult = Literal["no", "scalar", "yes"]

SETTLEMENT_MARKET_RESULT_VALUES: frozenset[str] = frozenset(
    {
        "no",
        "scalar",
        "yes",
    }
)


def check_settlement_market_result(
    value: object, field: str | int = "value", *, received: bool = False
) -> SettlementMarketResult:
    if isinstance(value, str) and value in SETTLEMENT_MARKET_RESULT_VALUES:
        return cast(SettlementMarketResult, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(SettlementMarketResult, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "SettlementMarketResult (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(SETTLEMENT_MARKET_RESULT_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; SettlementMarketResult is one of: {allowed}"
    )
