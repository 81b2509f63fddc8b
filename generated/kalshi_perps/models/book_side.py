from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

BookSide = Literal["ask", "bid"]

BOOK_SIDE_VALUES: frozenset[str] = frozenset(
    {
        "ask",
        "bid",
    }
)


def check_book_side(
    value: object, field: str | int = "value", *, received: bool = False
) -> BookSide:
    if isinstance(value, str) and value in BOOK_SIDE_VALUES:
        return cast(BookSide, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(BookSide, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "BookSide (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(BOOK_SIDE_VALUES))
    raise ValueError(f"{field}={value!r} is not allowed; BookSide is one of: {allowed}")
