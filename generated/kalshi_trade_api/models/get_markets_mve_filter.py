from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

GetMarketsMveFilter = Literal["exclude", "only"]

GET_MARKETS_MVE_FILTER_VALUES: frozenset[str] = frozenset(
    {
        "exclude",
        "only",
    }
)


def check_get_markets_mve_filter(
    value: object, field: str | int = "value", *, received: bool = False
) -> GetMarketsMveFilter:
    if isinstance(value, str) and value in GET_MARKETS_MVE_FILTER_VALUES:
        return cast(GetMarketsMveFilter, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(GetMarketsMveFilter, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "GetMarketsMveFilter (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(GET_MARKETS_MVE_FILTER_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; GetMarketsMveFilter is one of: {allowed}"
    )
