from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

IncentiveProgramIncentiveType = Literal[
    "liquidity", "margin_maker_volume", "margin_taker_volume", "volume"
]

INCENTIVE_PROGRAM_INCENTIVE_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "liquidity",
        "margin_maker_volume",
        "margin_taker_volume",
        "volume",
    }
)


def check_incentive_program_incentive_type(
    value: object, field: str | int = "value", *, received: bool = False
) -> IncentiveProgramIncentiveType:
    if isinstance(value, str) and value in INCENTIVE_PROGRAM_INCENTIVE_TYPE_VALUES:
        return cast(IncentiveProgramIncentiveType, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(IncentiveProgramIncentiveType, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "IncentiveProgramIncentiveType (str)", value)
    allowed = ", ".join(
        repr(v) for v in sorted(INCENTIVE_PROGRAM_INCENTIVE_TYPE_VALUES)
    )
    raise ValueError(
        f"{field}={value!r} is not allowed; IncentiveProgramIncentiveType is one of: {allowed}"
    )
