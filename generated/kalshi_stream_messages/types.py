"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import AttrsInstance, define, fields


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()


class UnknownEnumValue(str):
    """An enum value received from the API that this client's spec does not list."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"UnknownEnumValue({str.__repr__(self)})"


def model_repr(model: AttrsInstance) -> str:
    """``Name(field=value, ...)`` with only the fields that are set (and any undeclared ones)."""
    shown = []
    for attribute in fields(type(model)):
        value = getattr(model, attribute.name)
        if attribute.name == "additional_properties":
            shown += [f"{key}={item!r}" for key, item in value.items()]
        elif value is not UNSET:
            shown.append(f"{attribute.name}={value!r}")
    return f"{type(model).__name__}({', '.join(shown)})"


class UnknownIntEnumValue(int):
    """An integer enum value received from the API that this client's spec does not list."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"UnknownIntEnumValue({int.__repr__(self)})"


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint: status, headers, raw body and the parsed success model"""

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "UnknownEnumValue",
    "UnknownIntEnumValue",
    "Unset",
    "model_repr",
]
