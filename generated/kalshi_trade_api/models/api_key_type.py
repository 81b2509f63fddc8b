from typing import Literal, cast

from ..types import BadValue, UnknownEnumValue

ApiKeyType = Literal["ed25519", "rsa"]

API_KEY_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "ed25519",
        "rsa",
    }
)


def check_api_key_type(
    value: object, field: str | int = "value", *, received: bool = False
) -> ApiKeyType:
    if isinstance(value, str) and value in API_KEY_TYPE_VALUES:
        return cast(ApiKeyType, value)
    if isinstance(value, UnknownEnumValue) or (received and type(value) is str):
        return cast(ApiKeyType, UnknownEnumValue(value))
    if received:
        raise BadValue(field, "ApiKeyType (str)", value)
    allowed = ", ".join(repr(v) for v in sorted(API_KEY_TYPE_VALUES))
    raise ValueError(
        f"{field}={value!r} is not allowed; ApiKeyType is one of: {allowed}"
    )
