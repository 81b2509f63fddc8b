from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

GetIncentiveProgramsType = Literal[
    "all", "liquidity", "margin_maker_volume", "margin_taker_volume", "volume"
]

GET_INCENTIVE_PROGRAMS_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "all",
        "liquidity",
        "margin_maker_volume",
        "margin_taker_volume",
        "volume",
    }
)


def check_get_incentive_programs_type(
    value: object, field: str | int = "value", *, received: bool = False
) -> GetIncentiveProgramsType:
    if isinstance(value, str) and value in GET_INCENTIVE_PROGRAMS_TYPE_VALUES:
        return cast(GetIncentiveProgramsType, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(GetIncentiveProgramsType, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "GetIncentiveProgramsType (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(GET_INCENTIVE_PROGRAMS_TYPE_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; GetIncentiveProgramsType is one of: {allowed}"
    )
