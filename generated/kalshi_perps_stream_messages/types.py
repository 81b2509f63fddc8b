"""Contains some shared types for properties"""

import datetime
import functools
import gc
import itertools
import json
import logging
import re
import sys
import uuid
from collections.abc import Callable, Mapping, MutableMapping
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, Context, Decimal, InvalidOperation
from http import HTTPStatus
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    BinaryIO,
    Generic,
    Literal,
    NamedTuple,
    TypeVar,
    cast,
)
from uuid import UUID

from attrs import AttrsInstance, define, fields


def json_loads(data: str | bytes) -> Any:
    """Decode a JSON body: msgspec's decoder, or the standard library's where msgspec is not installed."""
    try:
        return _decode(data)
    except ValueError:  # msgspec's errors are ValueErrors; the standard library decides
        return json.loads(data)


def _decode_first(data: str | bytes) -> Any:
    # msgspec is imported on the first body, not with the client: it adds ~4 ms to import.
    global _decode, _msgspec, _msgspec_decode, _Raw
    try:
        import msgspec  # type: ignore[import-not-found, unused-ignore]

        _msgspec = msgspec
        _msgspec_decode = _decode = msgspec.json.Decoder().decode
        _Raw = msgspec.Raw
    except ImportError:
        _decode = json.loads
    return _decode(data)


_decode: Callable[[str | bytes], Any] = _decode_first
# Set when msgspec is imported; the strict pass runs while _decode is msgspec's (tests set json.loads).
_msgspec: Any = None
_msgspec_decode: Any = None


class _NoRaw:
    pass


_Raw: Any = _NoRaw


# -- the strict pass ---------------------------------------------------------------------------------
_M = TypeVar("_M")
_WIRE: dict[
    type, Any
] = {}  # model -> its msgspec Struct (or dict[str, Any]: read by from_dict)
_BUILDING: set[type] = set()
_DECODERS: dict[tuple[type, bool], Any] = {}
# A list of models read item by item gives up on the strict pass after this many refused items, when
# they outnumber the accepted ones: a page whose every item deviates costs about what from_dict costs.
_ITEM_MISSES = 8


def wire_struct(cls: type) -> Any:
    """The msgspec type a model's JSON object decodes into in the strict pass (built once per model).

    A Struct with the model's fields (absent optional ones hold UNSET), refusing unknown fields; a
    model without properties, or one met again while its own Struct is built (a model inside itself),
    is a plain JSON object that its _from_wire reads with from_dict.
    """
    found = _WIRE.get(cls)
    if found is not None:
        return found
    if cls in _BUILDING:
        return dict[str, Any]
    _BUILDING.add(cls)
    try:
        fields = cast(Any, cls)._wire_fields()
        struct = _struct(cls, fields, items=False) if fields else dict[str, Any]
    finally:
        _BUILDING.discard(cls)
    _WIRE[cls] = struct
    return struct


def list_of(kind: Any) -> Any:
    """``list[kind]`` for a type known only at run time (a model's Struct)."""
    return list[kind]


def _struct(
    cls: type, fields: list[tuple[str, str, Any, bool, Any]], *, items: bool
) -> Any:
    """``items``: lists of models stay raw JSON (msgspec.Raw), read one item at a time (items_from_wire)."""
    spec = []
    for name, _, kind, required, item_model in fields:
        if items and item_model is not None:
            kind = (
                list_of(_Raw) | None
                if type(None) in getattr(kind, "__args__", ())
                else list_of(_Raw)
            )
        spec.append((name, kind) if required else (name, kind, UNSET))
    rename = {name: json_name for name, json_name, *_ in fields}
    kind_of = "Items" if items else "Wire"
    return _msgspec.defstruct(
        f"{cls.__name__}{kind_of}",
        spec + extra_fields(cls, rename),
        kw_only=True,
        rename=rename,
        forbid_unknown_fields=True,
        gc=False,
        namespace=extras_namespace(cls, rename),
    )


# Fields the spec does not list that the tolerant reader found in a model's objects (Kalshi added them
# later): model -> their JSON names, in the order found. The model's Structs take them from then on, as
# any JSON kept in additional_properties, so a page whose every item carries the same new field is read
# by the strict pass after its first item instead of item by item by from_dict. Bounded: the names of a
# hostile server that sends new ones with every item stop being learned, and those items are read by
# from_dict as before.
_EXTRAS: dict[type, dict[str, None]] = {}
_EXTRAS_PER_MODEL = 32
_EXTRA_NAME_LENGTH = 64
_EXTRA_PREFIX = "extra__"
# Counts what was learned: a reader holding a decoder built before takes the new one.
_learned = 0


def learn_extras(cls: type, extra: Mapping[str, Any]) -> None:
    """from_dict found fields ``cls``'s spec does not list (kept in additional_properties): learn their names."""
    global _learned
    known = _EXTRAS.get(cls)
    if known is None:
        known = _EXTRAS[cls] = {}
    changed = False
    for name in extra:
        if name not in known and len(known) < _EXTRAS_PER_MODEL and _learnable(name):
            known[name] = None
            changed = True
    if changed:
        # Structs hold the Structs of the models inside them: every one is built again when next used.
        _WIRE.clear()
        _DECODERS.clear()
        _learned += 1


def _learnable(name: str) -> bool:
    # msgspec refuses a JSON name with a quote, a backslash or a control character: such a field stays
    # the tolerant reader's (as does a long one: the names a server sends are kept bounded in bytes).
    return (
        0 < len(name) <= _EXTRA_NAME_LENGTH
        and name.isprintable()
        and '"' not in name
        and "\\" not in name
    )


def extra_fields(cls: type, rename: dict[str, str]) -> list[tuple[str, Any, Any]]:
    """The learned fields of ``cls`` as Struct fields (any JSON, UNSET when absent); adds their JSON names to ``rename``."""
    fields = []
    for index, json_name in enumerate(_EXTRAS.get(cls, ())):
        name = f"{_EXTRA_PREFIX}{index}"
        while (
            name in rename
        ):  # a property of the spec with that Python name: never shadowed
            name += "_"
        rename[name] = json_name
        fields.append((name, Any, UNSET))
    return fields


def _no_extras(_wire: Any) -> dict[str, Any]:
    return {}


def extras_namespace(cls: type, rename: dict[str, str]) -> dict[str, Any]:
    """The Struct's ``_extras()``: the learned fields a decoded object had, by JSON name (its additional_properties)."""
    pairs = [
        (name, json_name)
        for name, json_name in rename.items()
        if name.startswith(_EXTRA_PREFIX)
    ]
    if not pairs:
        return {"_extras": _no_extras}

    def _extras(wire: Any) -> dict[str, Any]:
        found = {}
        for name, json_name in pairs:
            value = getattr(wire, name)
            if value is not UNSET:
                found[json_name] = value
        return found

    return {"_extras": _extras}


def _decoder(cls: type, items: bool) -> Any:
    found = _DECODERS.get((cls, items))
    if found is None:
        fields = cast(Any, cls)._wire_fields()
        if items and not any(field[4] is not None for field in fields):
            found = None
        else:
            found = _msgspec.json.Decoder(
                _struct(cls, fields, items=True) if items else wire_struct(cls)
            )
        _DECODERS[(cls, items)] = found
    return found


def items_from_wire(cls: Any, items: list[Any]) -> list[Any]:
    """The models of a list: from their Structs, or (raw items) each by the strict pass or else from_dict."""
    if not items or type(items[0]) is not _Raw:
        return list(map(cls._from_wire, items))
    decode = _decoder(cls, False).decode
    learned = _learned
    out = []
    misses = hits = 0
    for raw in items:
        if misses < _ITEM_MISSES or misses <= hits:
            try:
                out.append(cls._from_wire(decode(raw)))
                hits += 1
                continue
            except Exception:
                misses += 1
        out.append(cls.from_dict(json_loads(bytes(raw))))
        if (
            learned != _learned
        ):  # the item had fields the spec does not list: the next ones are read with them
            learned = _learned
            try:
                decode = _decoder(cls, False).decode
                misses -= 1
            except (
                Exception
            ):  # no Struct for them after all: the rest of the page is from_dict's
                misses = hits + _ITEM_MISSES
    return out


def read_json(cls: type[_M], content: bytes) -> _M:
    """A JSON response body as the model ``cls``: strict pass, item by item, or from_dict (same result).

    The garbage collector waits while a body is read: a page is thousands of new objects that all
    live on, and collecting every 700 of them (each time finding nothing) cost up to half the
    parse. The young ones are collected once at the end, so the caller pays for what it made.
    """
    collecting = gc.isenabled()
    if collecting:
        gc.disable()
    try:
        return _read_json(cls, content)
    finally:
        if collecting:
            gc.enable()
            if gc.get_count()[0] >= gc.get_threshold()[0]:
                gc.collect(0)


def _read_json(cls: type[_M], content: bytes) -> _M:
    if _decode is _decode_first:
        json_loads(b"{}")  # binds the decoder (imports msgspec once)
    if _decode is _msgspec_decode and _msgspec_decode is not None:
        model = cast(Any, cls)
        try:
            return cast(_M, model._from_wire(_decoder(cls, False).decode(content)))
        except (
            Exception
        ):  # anything from_dict reads its own way (or refuses): it decides below
            pass
        try:
            per_item = _decoder(cls, True)
            if per_item is not None:
                return cast(_M, model._from_wire(per_item.decode(content)))
        except Exception:
            pass
    return cast(_M, cast(Any, cls).from_dict(json_loads(content)))


# Models' from_dict makes instances with this and sets every field (see model.py.jinja).
if TYPE_CHECKING:

    def _new(cls: type[_M]) -> _M: ...

else:
    _new = object.__new__

# The spec this client was generated from, named in deviation warnings.
SPEC = "Kalshi Perps WebSocket API 2.0.0"
log = logging.getLogger("kalshi_perps_stream_messages")


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
            # Sorted: the strict pass keeps them in the order it learned them, from_dict as received.
            shown += [f"{key}={value[key]!r}" for key in sorted(value)]
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
    # Only for what the standard parser rejects (~10 ms to import). python-dateutil ships no
    # types (types-python-dateutil does): the ignore keeps a user's mypy clean without them.
    from dateutil.parser import isoparse  # type: ignore[import-untyped, unused-ignore]

    try:
        parsed: datetime.datetime = isoparse(value)
        return parsed
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


# -- money: fixed-point numbers ------------------------------------------------------------------------
# What Kalshi writes: an optional minus, ASCII digits, an optional fraction. Decimal() alone also
# takes " 1", "1_0", "1E+1", "NaN", "Infinity" and non-ASCII digits, none of which is a price.
_plain_fixed_point = re.compile(r"-?[0-9]+(?:\.[0-9]+)?").fullmatch
# Texts read before -> their Decimal (immutable, so shared). Prices sit on a grid and counts repeat,
# so most values of a page or a stream are a dict hit (~30 ns) instead of a check and a Decimal
# (~400 ns). Bounded: short texts only, emptied when full.
_FIXED_POINT_CACHE_SIZE = 16384
_FIXED_POINT_CACHED_LENGTH = 24


class _FixedPointCache(dict[str, Decimal]):
    """``FIXED_POINT[text]``: the Decimal of a plain fixed-point text (read once, then a dict hit).

    Anything else raises KeyError (TypeError when unhashable): the caller then names the JSON path.
    """

    __slots__ = ()

    def __missing__(self, text: str) -> Decimal:
        if type(text) is not str:
            raise KeyError(text)
        # A text Decimal writes back as it came, finite and without exponent (E, or e under a context
        # with capitals=0), is plain (ASCII digits, an optional minus and fraction): ~60 ns less than
        # the pattern, which decides everything else (InvalidOperation is an ArithmeticError).
        try:
            number = Decimal(text)
            plain = (
                number.is_finite()
                and str(number) == text
                and "E" not in text
                and "e" not in text
            )
        except (ArithmeticError, ValueError):
            plain = False
        if not plain:
            if not _plain_fixed_point(text):
                raise KeyError(text)
            number = Decimal(text)
        if len(text) <= _FIXED_POINT_CACHED_LENGTH:
            if len(self) >= _FIXED_POINT_CACHE_SIZE:
                self.clear()
            self[text] = number
        return number


FIXED_POINT = _FixedPointCache()


def parse_fixed_point(value: object, segment: str | int) -> Decimal:
    """A fixed-point number string (``"0.5600"``, ``"-54.00"``) as an exact Decimal; anything else is a BadValue."""
    try:
        return FIXED_POINT[value]  # type: ignore[index]
    except (KeyError, TypeError):
        raise BadValue(segment, "fixed-point number string", value) from None


def fixed_point_items(values: list[Any], segment: str | int, depth: int) -> list[Any]:
    """``values`` (lists of lists at ``depth`` 2: order book levels) with every text read by parse_fixed_point."""
    try:
        if depth == 1:
            return list(map(FIXED_POINT.__getitem__, values))
        if depth == 2 and list(map(type, values)).count(list) == len(values):
            return [
                [FIXED_POINT[price], FIXED_POINT[count]] for price, count in values
            ]  # [price, count] levels
    except (
        KeyError,
        TypeError,
        ValueError,
    ):  # not a fixed-point text, not a pair: the walk names the path
        pass
    out: list[Any] = []
    for index, item in enumerate(values):
        try:
            if depth == 1:
                out.append(parse_fixed_point(item, index))
            elif type(item) is not list:
                raise BadValue(index, "array", item)
            else:
                out.append(fixed_point_items(item, index, depth - 1))
        except BadValue as bad:
            raise bad.within(segment) from None
    return out


def fixed_point_levels(
    levels: list[tuple[str, str]], segment: str | int
) -> list[list[Decimal]]:
    """The strict pass's ``[price, count]`` levels (tuples of texts, from msgspec) as lists of Decimals."""
    number = FIXED_POINT  # a local: ~8% faster than the global in the loop
    try:
        return [[number[price], number[count]] for price, count in levels]
    except KeyError:  # not a fixed-point text: checked one by one (names the path)
        return cast(
            list[list[Decimal]],
            fixed_point_items([list(level) for level in levels], segment, 2),
        )


# A [price, count] level's texts -> its (Decimal, Decimal), shared: a book polled again is mostly
# levels read before, one lookup each instead of two FIXED_POINT hits and a new pair. A plain dict, so
# that a miss ends the all-hits pass at once (KeyError) instead of reading that level by itself.
# Bounded like FIXED_POINT: short texts only, emptied when full.
FIXED_POINT_PAIRS: dict[tuple[str, str], tuple[Decimal, Decimal]] = {}


def _read_pair(level: tuple[str, str]) -> tuple[Decimal, Decimal]:
    """One level's shared pair, read (each text by FIXED_POINT) and kept if it was not; KeyError if not a pair of plain texts."""
    found = FIXED_POINT_PAIRS.get(level)
    if found is not None:
        return found
    if type(level) is not tuple or len(level) != 2:
        raise KeyError(level)
    price, count = level
    pair = (FIXED_POINT[price], FIXED_POINT[count])
    if (
        len(price) <= _FIXED_POINT_CACHED_LENGTH
        and len(count) <= _FIXED_POINT_CACHED_LENGTH
    ):
        if len(FIXED_POINT_PAIRS) >= _FIXED_POINT_CACHE_SIZE:
            FIXED_POINT_PAIRS.clear()
        FIXED_POINT_PAIRS[level] = pair
    return pair


# Decimals made in a batch, whatever the caller's context: exact (no rounding at any length), and a
# text that is no number raises InvalidOperation instead of becoming NaN where it is not trapped.
# create_decimal, unlike Decimal(), also refuses surrounding whitespace (a newline in a joined text).
_EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[InvalidOperation])
# Deleting these from plain texts joined by newlines leaves nothing.
_PLAIN_CHARACTERS = str.maketrans("", "", "0123456789.-\n")


def _learn_fixed_points(levels: list[tuple[str, str]]) -> bool:
    """Reads every text of these [price, count] levels not in FIXED_POINT into it, in one batch.

    The same rule as FIXED_POINT's own check, at ~0.15 us a text instead of ~0.4 us (a Python call,
    a Decimal and its check per text): the joined texts hold only ASCII digits, minus and point,
    none puts a point first or last or after a minus, and _EXACT refuses the rest (two points, a
    minus inside, an empty text, a newline). False, with nothing read, for anything else (not
    pairs, a text not plain or too long to keep): the caller then reads level by level.
    """
    if list(map(len, levels)).count(2) != len(levels):
        return False
    texts = list(
        itertools.filterfalse(
            FIXED_POINT.__contains__, set(itertools.chain.from_iterable(levels))
        )
    )
    if not texts:
        return True
    try:
        joined = "\n" + "\n".join(texts) + "\n"
    except TypeError:  # not a text
        return False
    if (
        joined.translate(_PLAIN_CHARACTERS)
        or "\n." in joined
        or ".\n" in joined
        or "-." in joined
        or max(map(len, texts)) > _FIXED_POINT_CACHED_LENGTH
        or len(texts) > _FIXED_POINT_CACHE_SIZE
    ):
        return False
    try:
        numbers = list(map(_EXACT.create_decimal, texts))
    except ArithmeticError:
        return False
    if len(FIXED_POINT) + len(texts) > _FIXED_POINT_CACHE_SIZE:
        FIXED_POINT.clear()
    FIXED_POINT.update(zip(texts, numbers))
    return True


def _read_levels(levels: list[tuple[str, str]]) -> list[tuple[Decimal, Decimal]]:
    """Every level's shared pair from FIXED_POINT_PAIRS, the levels not read before in one batch.

    A book read cold is mostly new counts: the batch (_learn_fixed_points) costs about a third of
    reading each new level by itself. Raises KeyError (TypeError when unhashable) where a level is
    not a pair of plain texts.
    """
    cache = FIXED_POINT_PAIRS
    try:
        return list(
            map(cache.__getitem__, levels)
        )  # every level read before: a book polled again
    except KeyError:
        pass
    new = list(itertools.filterfalse(cache.__contains__, levels))
    if len(new) <= _FIXED_POINT_CACHE_SIZE and _learn_fixed_points(
        new
    ):  # more: read and kept one by one
        prices, counts = zip(*new)
        read = zip(
            map(FIXED_POINT.__getitem__, prices), map(FIXED_POINT.__getitem__, counts)
        )
        if len(cache) + len(new) > _FIXED_POINT_CACHE_SIZE:
            cache.clear()
        cache.update(zip(new, read))
        try:
            return list(map(cache.__getitem__, levels))
        except KeyError:  # emptied since (full, or by another thread)
            pass
    return list(map(_read_pair, levels))


def fixed_point_wire_pairs(
    levels: list[tuple[str, str]], segment: str | int
) -> list[tuple[Decimal, Decimal]]:
    """The strict pass's [price, count] levels (msgspec decoded them as 2-tuples of str) as pairs."""
    try:
        return _read_levels(levels)
    except KeyError:  # not a fixed-point text: the walk names the path
        return fixed_point_pairs(levels, segment)


def fixed_point_pairs(
    levels: list[Any], segment: str | int
) -> list[tuple[Decimal, Decimal]]:
    """[price, count] levels (lists from json, or tuples) as shared (Decimal, Decimal) pairs.

    Anything but a list of pairs of fixed-point texts is a BadValue naming the first wrong item.
    """
    try:
        if list(map(type, levels)).count(list) == len(
            levels
        ):  # never tuple() of a str or a dict
            return _read_levels(list(map(tuple, levels)))
    except (
        KeyError,
        TypeError,
    ):  # not a fixed-point text, not a pair: the walk names the path
        pass
    out: list[tuple[Decimal, Decimal]] = []
    for index, level in enumerate(levels):
        if type(level) is not list and type(level) is not tuple:
            raise BadValue(index, "array", level).within(segment)
        if len(level) != 2:
            raise BadValue(index, "[price, count] pair", level).within(segment)
        try:
            out.append((parse_fixed_point(level[0], 0), parse_fixed_point(level[1], 1)))
        except BadValue as bad:
            raise bad.within(index).within(segment) from None
    return out


def _fixed_point_in(value: object, counts: bool) -> Decimal:
    kind = "count" if counts else "dollar amount"
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} is not a {kind}: pass a finite Decimal")
        return value
    if type(value) is str:
        if _plain_fixed_point(value):
            return Decimal(value)
        raise ValueError(
            f"{value!r} is not a fixed-point {kind}: write it like '0.5600' or '10.00'"
        )
    if counts and type(value) is int:
        return Decimal(value)
    allowed = (
        "Decimal, str or int"
        if counts
        else "Decimal or str (an int is refused: dollars, not cents)"
    )
    exact = (
        " (a float is not exact: Decimal('0.56') or '0.56')"
        if isinstance(value, float)
        else ""
    )
    raise TypeError(
        f"a {kind} must be a {allowed}{exact}; got {type(value).__name__} {value!r}"
    )


# attrs converters for the fields of the generated models (mypy reads their argument types).
def to_dollars(value: Decimal | str) -> Decimal:
    """A dollar amount from a Decimal or a plain fixed-point string (``"0.56"``)."""
    return _fixed_point_in(value, False)


def to_dollars_or_none(value: Decimal | str | None) -> Decimal | None:
    return None if value is None else _fixed_point_in(value, False)


def to_dollars_or_unset(value: Decimal | str | Unset) -> Decimal | Unset:
    return value if isinstance(value, Unset) else _fixed_point_in(value, False)


def to_dollars_or_none_or_unset(
    value: Decimal | str | None | Unset,
) -> Decimal | None | Unset:
    return (
        value
        if value is None or isinstance(value, Unset)
        else _fixed_point_in(value, False)
    )


def to_count(value: Decimal | str | int) -> Decimal:
    """A contract count from a Decimal, a plain fixed-point string (``"10.00"``) or an int."""
    return _fixed_point_in(value, True)


def to_count_or_none(value: Decimal | str | int | None) -> Decimal | None:
    return None if value is None else _fixed_point_in(value, True)


def to_count_or_unset(value: Decimal | str | int | Unset) -> Decimal | Unset:
    return value if isinstance(value, Unset) else _fixed_point_in(value, True)


def to_count_or_none_or_unset(
    value: Decimal | str | int | None | Unset,
) -> Decimal | None | Unset:
    return (
        value
        if value is None or isinstance(value, Unset)
        else _fixed_point_in(value, True)
    )


def fixed_point_text(value: object, field: str, *, counts: bool) -> str:
    """The wire form of a fixed-point field: plain digits (``Decimal("1E+1")`` -> ``"10"``), never NaN/Infinity."""
    if type(value) is Decimal and value.is_finite():
        return format(value, "f")
    try:
        return format(_fixed_point_in(value, counts), "f")
    except (TypeError, ValueError) as err:
        raise ValueError(f"{field}: {err}") from None


def fixed_point_texts(
    values: Any, field: str, depth: int, *, counts: bool
) -> list[Any]:
    """fixed_point_text for each number of a list (of lists, at ``depth`` 2)."""
    if depth > 1:
        return [
            fixed_point_texts(item, field, depth - 1, counts=counts) for item in values
        ]
    return [fixed_point_text(item, field, counts=counts) for item in values]


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
            "since. Regenerate kalshi_perps_stream_messages from Kalshi's current document (make update-spec for the REST "
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


class OrderRef(NamedTuple):
    """One order of a create request, as the transport needs it to look the order up."""

    client_order_id: str
    ticker: str | None
    subaccount: int | None


# The httpx request extension that marks an order-creating request: its OrderRefs, in body order.
CLIENT_ORDER_IDS = "kalshi_client_order_ids"


def client_order_ids(
    payload: dict[str, Any], items: str | None
) -> tuple[OrderRef, ...]:
    """Give each order of a create body (``payload``, or each of ``payload[items]``) a client_order_id.

    A fresh UUID goes where the caller gave none; the caller's own id is kept. The same body,
    ids included, is sent on every attempt of the call.
    """
    orders = payload.get(items) if items is not None else [payload]
    refs: list[OrderRef] = []
    for order in orders if isinstance(orders, list) else []:
        if isinstance(order, dict):
            if "client_order_id" not in order:
                order["client_order_id"] = str(uuid.uuid4())
            ticker, subaccount = order.get("ticker"), order.get("subaccount")
            refs.append(
                OrderRef(
                    str(order["client_order_id"]),
                    ticker if isinstance(ticker, str) else None,
                    subaccount if type(subaccount) is int else None,
                )
            )
    return tuple(refs)


def sent_client_order_ids(response: Any) -> tuple[str, ...]:
    """The client_order_ids an order create's request carried (see client_order_ids), from its response."""
    try:
        refs = response.request.extensions.get(CLIENT_ORDER_IDS, ())
    except RuntimeError:  # a response built by hand, never sent
        return ()
    return tuple(ref.client_order_id for ref in refs)


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
    "CLIENT_ORDER_IDS",
    "UNSET",
    "BadValue",
    "File",
    "FileTypes",
    "OrderRef",
    "RequestFiles",
    "Response",
    "UnknownEnumValue",
    "UnknownIntEnumValue",
    "Unset",
    "FIXED_POINT",
    "FIXED_POINT_PAIRS",
    "check_items",
    "client_order_ids",
    "sent_client_order_ids",
    "deviations",
    "fixed_point_items",
    "fixed_point_levels",
    "fixed_point_pairs",
    "fixed_point_wire_pairs",
    "fixed_point_text",
    "fixed_point_texts",
    "items_from_wire",
    "learn_extras",
    "list_of",
    "fromisoformat",
    "json_loads",
    "missing_fields",
    "model_repr",
    "parse_date",
    "parse_fixed_point",
    "parse_datetime",
    "parse_uuid",
    "read_json",
    "record_deviation",
    "to_count",
    "to_count_or_none",
    "to_count_or_none_or_unset",
    "to_count_or_unset",
    "to_dollars",
    "to_dollars_or_none",
    "to_dollars_or_none_or_unset",
    "to_dollars_or_unset",
    "wire_struct",
]
