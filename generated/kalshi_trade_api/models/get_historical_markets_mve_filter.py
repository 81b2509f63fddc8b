from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

GetHistoricalMarketsMveFilter = Literal["exclude"]

GET_HISTORICAL_MARKETS_MVE_FILTER_VALUES: frozenset[str] = frozenset(
    {
        "exclude",
    }
)


def check_get_historical_markets_mve_filter(
    value: object, field: str | int = "value", *, received: bool = False
) -> GetHistoricalMarketsMveFilter:
    if isinstance(value, str) and value in GET_HISTORICAL_MARKETS_MVE_FILTER_VALUES:
        return cast(GetHistoricalMarketsMveFilter, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(GetHistoricalMarketsMveFilter, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "GetHistoricalMarketsMveFilter (str)", value)
    allowed = ", ".join(
        repr(v) for v in sorted(GET_HISTORICAL_MARKETS_MVE_FILTER_VALUES)
    )
    raise ValueError(
        f"{field}={value!r} is not allowed; GetHistoricalMarketsMveFilter is one of: {allowed}"
    )
