from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

UserFilter = Literal["self"]

USER_FILTER_VALUES: frozenset[str] = frozenset(
    {
        "self",
    }
)


def check_user_filter(
    value: object, field: str | int = "value", *, received: bool = False
) -> UserFilter:
    if isinstance(value, str) and value in USER_FILTER_VALUES:
        return cast(UserFilter, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(UserFilter, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "UserFilter (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(USER_FILTER_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; UserFilter is one of: {allowed}"
    )
