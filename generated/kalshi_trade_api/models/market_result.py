from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

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
    value: object, field: str | int = "value", *, received: bool = False
) -> MarketResult:
    if isinstance(value, str) and value in MARKET_RESULT_VALUES:
        return cast(MarketResult, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(MarketResult, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "MarketResult (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(MARKET_RESULT_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; MarketResult is one of: {allowed}"
    )
