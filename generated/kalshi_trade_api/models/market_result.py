from typing import Literal, cast

from ..types import UnknownEnumValue

MarketResult = Literal["", "no", "scalar", "yes"]

MARKET_RESULT_VALUES: frozenset[str] = frozenset(
    {
        "",
        "no",
        "scalar",
        "yes",
    }
)


def check_market_result(
    value: object, field: str = "value", *, received: bool = False
) -> MarketResult:
    if value in MARKET_RESULT_VALUES:
        return cast(MarketResult, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(MarketResult, UnknownEnumValue(value))
    if received:
        raise TypeError(f"{field}: {value!r} is not a valid MarketResult")
    allowed = ", ".join(repr(v) for v in sorted(MARKET_RESULT_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; MarketResult is one of: {allowed}"
    )
