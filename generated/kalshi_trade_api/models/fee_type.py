from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

FeeType = Literal[
    "flat", "quadratic", "quadratic_with_combo_maker_fees", "quadratic_with_maker_fees"
]

FEE_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "flat",
        "quadratic",
        "quadratic_with_combo_maker_fees",
        "quadratic_with_maker_fees",
    }
)


def check_fee_type(
    value: object, field: str | int = "value", *, received: bool = False
) -> FeeType:
    if isinstance(value, str) and value in FEE_TYPE_VALUES:
        return cast(FeeType, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(FeeType, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "FeeType (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(FEE_TYPE_VALUES))
    raise ValueError(f"{field}={value!r} is not allowed; FeeType is one of: {allowed}")
