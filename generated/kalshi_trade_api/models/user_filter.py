from typing import Literal, cast

from ..types import UnknownEnumValue

UserFilter = Literal["self"]

USER_FILTER_VALUES: frozenset[str] = frozenset(
    {
        "self",
    }
)


def check_user_filter(
    value: object, field: str = "value", *, received: bool = False
) -> UserFilter:
    if value in USER_FILTER_VALUES:
        return cast(UserFilter, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(UserFilter, UnknownEnumValue(value))
    if received:
        raise TypeError(f"{field}: {value!r} is not a valid UserFilter")
    allowed = ", ".join(repr(v) for v in sorted(USER_FILTER_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; UserFilter is one of: {allowed}"
    )
