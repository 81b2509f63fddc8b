"""Contains some shared types for properties"""

import datetime
import functools
import itertools
import json
import logging
import sys
from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Generic, Literal, TypeVar
from uuid import UUID

from attrs import AttrsInstance, define, fields


def json_loads(data: str | bytes) -> Any:
    """Decode a JSON body: msgspec's decoder when installed (pip install 'kalshi-trade-api[fast]')."""
    try:
        return _decode(data)
    except ValueError:  # msgspec's errors are ValueErrors; the standard library decides
        return json.loads(data)


def _decode_first(data: str | bytes) -> Any:
    # msgspec is imported on the first body, not with the client: it adds ~4 ms to import.
    global _decode
    try:
        import msgspec  # type: ignore[import-not-found, unused-ignore]

        _decode = msgspec.json.Decoder().decode
    except ImportError:
        _decode = json.loads
    return _decode(data)


_decode: Callable[[str | bytes], Any] = _decode_first

# Models' from_dict makes instances with this and sets every field (see model.py.jinja).
if TYPE_CHECKING:
    _M = TypeVar("_M")

    def _new(cls: type[_M]) -> _M: ...

else:
    _new = object.__new__

# The spec this client was generated from, named in deviation warnings.
SPEC = "Kalshi Trade API Manual Endpoints 0.0.1"
log = logging.getLogger("kalshi_perps")


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
        elif attribute.name == "_deviations":
            if value:
                shown.append(
                    f"<not as the spec says: {', '.join(f'{k} {v}' for k, v in value.items())}>"
                )
        elif value is not UNSET:
            shown.append(f"{attribute.name}={value!r}")
    return f"{type(model).__name__}({', '.join(shown)})"


class BadValue(ValueError):
    """A response value of the wrong type; ``path`` says where (``$.markets[3].ticker``)."""

    def __init__(self, segment: str | int | None, expected: str, value: object) -> None:
        self.segments: list[str | int] = [] if segment is None else [segment]
        self.expected = expected
        self.got = f"{type(value).__name__} {repr(value)[:60]}"
        self.source: object = None
        super().__init__()

    @property
    def path(self) -> str:
        return "$" + "".join(
            f"[{s}]" if isinstance(s, int) else f".{s}" for s in self.segments
        )

    def within(self, segment: str | int) -> "BadValue":
        self.segments.insert(0, segment)
        return self

    def within_list(self, segment: str | int, items: list[Any]) -> "BadValue":
        """Add the index of the item that failed (the object its from_dict was given) and the list's name."""
        index = next((i for i, item in enumerate(items) if item is self.source), None)
        if index is not None:
            self.segments.insert(0, index)
        return self.within(segment)

    def __str__(self) -> str:
        return f"{self.path}: expected {self.expected}, got {self.got}"


if sys.version_info >= (3, 11):
    fromisoformat = datetime.datetime.fromisoformat
else:

    def fromisoformat(value: str) -> datetime.datetime:
        """Python 3.10's parser rejects the "Z" Kalshi writes for UTC."""
        if value[-1:] in ("Z", "z"):
            value = value[:-1] + "+00:00"
        return datetime.datetime.fromisoformat(value)


def parse_datetime(value: object, segment: str | int) -> datetime.datetime:
    """An RFC 3339 date-time: the standard library's parser (~40x faster), dateutil's for what it rejects."""
    if type(value) is not str:
        raise BadValue(segment, "date-time string", value)
    try:
        return fromisoformat(value)
    except ValueError:
        pass
    from dateutil.parser import (
        isoparse,  # only for what the standard parser rejects (~10 ms to import)
    )

    try:
        return isoparse(value)
    except (ValueError, OverflowError):
        raise BadValue(segment, "date-time string", value) from None


# A stream repeats a few ids (one market's id in every delta); parsing one is ~1 us, a hit ~0.1 us.
_uuid = functools.lru_cache(maxsize=4096)(UUID)
# "urn:uuid:" + 36 characters. uuid.UUID drops any number of hyphens, so a longer string can
# still parse; it is not kept in the cache, whose size then stays bounded in bytes too.
_CACHED_UUID_LENGTH = 45


def parse_uuid(value: object, segment: str | int) -> UUID:
    """A UUID string (any form ``uuid.UUID`` reads); anything else is a BadValue, never a crash."""
    if type(value) is str:
        try:
            return _uuid(value) if len(value) <= _CACHED_UUID_LENGTH else UUID(value)
        except ValueError:
            pass
    raise BadValue(segment, "uuid string", value)


def check_items(
    values: list[Any], kind: type, segment: str | int, depth: int = 1
) -> None:
    """Every item of ``values`` (of its sublists at ``depth`` 2) is exactly ``kind``.

    The common case costs C-level passes (``set(map(type, ...))``; for strings one
    ``"".join``, which refuses anything but a str at a third of the cost) instead of a
    Python loop per item; only a failure walks the items to name the path.
    """
    if depth == 2 and list(map(type, values)).count(list) != len(values):
        index = next(i for i, item in enumerate(values) if type(item) is not list)
        raise BadValue(index, "array", values[index]).within(segment)
    flat: Any = itertools.chain.from_iterable(values) if depth == 2 else values
    if kind is str:
        try:
            "".join(flat)
            return
        except TypeError:
            flat = itertools.chain.from_iterable(values) if depth == 2 else values
    if set(map(type, flat)) - {kind}:
        for index, item in enumerate(values):
            inner = item if depth == 2 else [item]
            for position, value in enumerate(inner):
                if type(value) is not kind:
                    where = (
                        BadValue(position, kind.__name__, value)
                        if depth == 2
                        else BadValue(index, kind.__name__, value)
                    )
                    raise (where.within(index) if depth == 2 else where).within(segment)


def parse_date(value: object, segment: str | int) -> datetime.date:
    if type(value) is not str:
        raise BadValue(segment, "date string", value)
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise BadValue(segment, "date string", value) from None


_reported: set[tuple[str, str, str]] = set()


def record_deviation(
    found: dict[str, str] | None, model: str, field: str, kind: str
) -> dict[str, str]:
    """Note that ``field`` of a ``model`` response was ``kind`` ("missing" or "null"); warn once per process."""
    if (model, field, kind) not in _reported:
        _reported.add((model, field, kind))
        what = (
            "is absent"
            if kind == "missing"
            else "is null, which the spec does not allow"
        )
        log.warning(
            "%s.%r %s in a response; kept as %s. This client was generated from %s: Kalshi has changed the API "
            "since. Regenerate kalshi_perps from Kalshi's current document (make update-spec for the REST "
            "client, make generate-stream for the stream messages).",
            model,
            field,
            what,
            "UNSET" if kind == "missing" else "None",
            SPEC,
        )
    found = {} if found is None else found
    found[field] = kind
    return found


def deviations(model: Any) -> dict[str, str]:
    """What a parsed model's response did not have as the spec says: {json field: "missing" | "null"}."""
    return dict(getattr(model, "_deviations", None) or {})


def missing_fields(model: Any) -> list[str]:
    """The required fields the response did not contain (they hold UNSET)."""
    return [field for field, kind in deviations(model).items() if kind == "missing"]


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
    "BadValue",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "UnknownEnumValue",
    "UnknownIntEnumValue",
    "Unset",
    "check_items",
    "deviations",
    "fromisoformat",
    "json_loads",
    "missing_fields",
    "model_repr",
    "parse_date",
    "parse_datetime",
    "parse_uuid",
    "record_deviation",
]
