from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

GetIncentiveProgramsStatus = Literal["active", "all", "closed", "paid_out", "upcoming"]

GET_INCENTIVE_PROGRAMS_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "active",
        "all",
        "closed",
        "paid_out",
        "upcoming",
    }
)


def check_get_incentive_programs_status(
    value: object, field: str | int = "value", *, received: bool = False
) -> GetIncentiveProgramsStatus:
    if isinstance(value, str) and value in GET_INCENTIVE_PROGRAMS_STATUS_VALUES:
        return cast(GetIncentiveProgramsStatus, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(GetIncentiveProgramsStatus, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "GetIncentiveProgramsStatus (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(GET_INCENTIVE_PROGRAMS_STATUS_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; GetIncentiveProgramsStatus is one of: {allowed}"
    )
