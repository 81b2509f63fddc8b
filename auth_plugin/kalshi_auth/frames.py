"""``to_dataframe``: generated models (markets, trades, candlesticks, fills, ...) as a pandas or polars DataFrame.

Columns are typed from the model's field annotations, not guessed from values, so an
empty page or a column of nulls keeps its type and a field that becomes ``Decimal``
in the models becomes a decimal column with no change here:

- ``Decimal``: an exact decimal column (polars ``Decimal``; pandas ``ArrowDtype(decimal128)``
  with pyarrow installed, which the ``pandas`` extra brings, else ``object`` holding the
  ``Decimal``s: pandas has no decimal type of its own, and a float column would not be exact);
- ``datetime``: UTC timestamps (pandas ``datetime64[ns, UTC]``, polars ``Datetime("us", "UTC")``);
- enums (``Literal[...]``): categorical, with the values the spec lists as categories, plus
  any value Kalshi added since (pandas ``category``, polars ``Enum``);
- ``int``/``float``/``bool``/``str``/``UUID``: nullable integer, float, boolean and string columns;
- nested models and lists: their ``to_dict()`` form (pandas ``object``, polars inferred, e.g. a struct).

A field the answer left out (``UNSET``) or sent as null is a null in its column. Fields
Kalshi sends that the spec does not list (``additional_properties``) follow as extra
columns, typed by their values.

pandas and polars are imported only when called: install the SDK with its ``pandas``
(pandas and pyarrow) or ``polars`` extra, e.g. ``pip install -e '.[pandas]'`` in a clone.
"""

from __future__ import annotations

import builtins
import datetime
import decimal
import enum
import sys
import types
import typing
import uuid
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, overload

import attrs

if TYPE_CHECKING:
    # Optional: absent (or installed without stubs) in a user's environment, they type as Any.
    import pandas  # type: ignore[import-not-found, import-untyped, unused-ignore]
    import polars  # type: ignore[import-not-found, unused-ignore]

__all__ = ["to_dataframe"]

Library = Literal["pandas", "polars"]


class _Nested:
    """Stands for a name an annotation uses but the model's module imports only for type checking."""


class _Names(dict[str, Any]):
    """Globals for evaluating a model's string annotations: the module's, builtins, then _Nested."""

    def __missing__(self, key: str) -> Any:
        return getattr(builtins, key, _Nested)


@attrs.frozen
class _Column:
    name: str
    kind: str  # decimal, datetime, date, enum, bool, int, float, str, uuid, other (nested), extra (not in the spec)
    categories: tuple[str, ...] = ()


def _is_unset(value: object) -> bool:
    return type(value).__name__ == "Unset" and not value


def _annotation(cls: type, field: attrs.Attribute[Any]) -> Any:
    hint = field.type
    if not isinstance(hint, str):
        return hint
    module = sys.modules.get(cls.__module__)
    try:
        return eval(hint, {}, _Names(vars(module) if module else {}))  # noqa: S307 - the model's own annotation
    except Exception:  # an annotation this cannot evaluate: values keep their Python objects
        return object


def _kind(hint: Any) -> tuple[str, tuple[str, ...]]:
    """The column kind of an annotation, ignoring None and UNSET."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        members = [m for m in typing.get_args(hint) if m is not type(None) and getattr(m, "__name__", "") != "Unset"]
        return _kind(members[0]) if len(members) == 1 else ("other", ())
    if origin is Literal:
        return "enum", tuple(str(value) for value in typing.get_args(hint))
    if isinstance(hint, type):
        if issubclass(hint, enum.Enum):
            return "enum", tuple(str(member.value) for member in hint)
        for kind, base in (
            ("decimal", decimal.Decimal),
            ("datetime", datetime.datetime),
            ("date", datetime.date),
            ("bool", bool),
            ("int", int),
            ("float", float),
            ("uuid", uuid.UUID),
            ("str", str),
        ):
            if issubclass(hint, base):
                return kind, ()
    return "other", ()


def _columns(cls: type) -> list[_Column]:
    columns = []
    for field in attrs.fields(cls):
        if field.name.startswith("_") or field.name == "additional_properties":
            continue
        kind, categories = _kind(_annotation(cls, field))
        columns.append(_Column(field.name, kind, categories))
    return columns


def _plain(value: Any) -> Any:
    """A nested value as data: models by their to_dict(), UNSET as None."""
    if value is None or _is_unset(value):
        return None
    if attrs.has(type(value)):
        to_dict = getattr(value, "to_dict", None)
        return to_dict() if callable(to_dict) else attrs.asdict(value)
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, enum.Enum):
        return value.value
    return value


def _cell(value: Any, kind: str) -> Any:
    if value is None or _is_unset(value):
        return None
    if kind == "uuid" or (kind == "enum" and isinstance(value, str)):
        return str(value)
    if kind == "enum" and isinstance(value, enum.Enum):
        return str(value.value)
    if kind == "other":
        return _plain(value)
    return value


def _decimal_shape(values: list[Any]) -> tuple[int, int] | None:
    """(precision, scale) that holds every value exactly, or None when one is not finite."""
    digits, scale = 1, 0
    for value in values:
        if value is None:
            continue
        if not isinstance(value, decimal.Decimal) or not value.is_finite():
            return None
        _, numerals, exponent = value.as_tuple()
        places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        whole = len(numerals) - places if isinstance(exponent, int) and exponent < 0 else len(numerals) + int(exponent)
        digits, scale = max(digits, whole), max(scale, places)
    return digits + scale, scale


def _table(items: Iterable[Any], model: type | None) -> tuple[list[_Column], dict[str, list[Any]]]:
    rows = list(items)
    cls = model if model is not None else (type(rows[0]) if rows else None)
    if cls is None:
        return [], {}
    if not attrs.has(cls):
        raise TypeError(f"to_dataframe takes generated models (attrs classes), not {cls.__name__}")
    columns = _columns(cls)
    data: dict[str, list[Any]] = {column.name: [] for column in columns}
    extras: dict[str, list[Any]] = {}
    for index, row in enumerate(rows):
        if not isinstance(row, cls):
            raise TypeError(
                f"to_dataframe: item {index} is a {type(row).__name__}, the others {cls.__name__}; "
                "pass models of one kind (one DataFrame per kind)"
            )
        for column in columns:
            data[column.name].append(_cell(getattr(row, column.name), column.kind))
        additional = getattr(row, "additional_properties", None)
        if isinstance(additional, Mapping):
            for key, value in additional.items():
                if key not in data:
                    extras.setdefault(str(key), [None] * index).append(value)
        for values in extras.values():  # keys this row lacks
            if len(values) < index + 1:
                values.append(None)
    columns += [_Column(key, "extra") for key in extras]
    return columns, {**data, **extras}


def _categories(column: _Column, values: list[Any]) -> list[str]:
    seen = dict.fromkeys(column.categories)
    seen.update(dict.fromkeys(value for value in values if value is not None))  # values Kalshi added later
    return list(seen)


def _pandas_frame(columns: list[_Column], data: dict[str, list[Any]]) -> Any:
    import pandas as pd  # type: ignore[import-not-found, import-untyped, unused-ignore]

    try:
        import pyarrow as pa  # type: ignore[import-not-found, import-untyped, unused-ignore]
    except ImportError:  # no decimal dtype without it: Decimals stay exact in an object column
        pa = None
    series: dict[str, Any] = {}
    for column in columns:
        values = data[column.name]
        kind = column.kind
        if kind == "decimal":
            shape = _decimal_shape(values)
            if pa is not None and shape is not None:
                precision, scale = shape
                arrow = pa.decimal128(precision, scale) if precision <= 38 else pa.decimal256(min(precision, 76), scale)
                series[column.name] = pd.Series(values, dtype=pd.ArrowDtype(arrow))
            else:
                series[column.name] = pd.Series(values, dtype=object)
        elif kind == "datetime":
            series[column.name] = pd.Series(pd.to_datetime(values, utc=True)).astype("datetime64[ns, UTC]")
        elif kind == "date":
            series[column.name] = pd.Series(pd.to_datetime(values)).astype("datetime64[ns]")
        elif kind == "enum":
            series[column.name] = pd.Series(pd.Categorical(values, categories=_categories(column, values)))
        else:
            dtypes = {"bool": "boolean", "int": "Int64", "float": "Float64", "str": "string", "uuid": "string"}
            dtype = dtypes.get(kind, None if kind == "extra" else object)  # extra: typed by pandas from the values
            series[column.name] = pd.Series(values, dtype=dtype)
    return pd.DataFrame(series)


def _polars_frame(columns: list[_Column], data: dict[str, list[Any]]) -> Any:
    import polars as pl  # type: ignore[import-not-found, import-untyped, unused-ignore]

    series = []
    for column in columns:
        values = data[column.name]
        kind = column.kind
        dtype: Any
        if kind == "decimal":
            shape = _decimal_shape(values)
            dtype = pl.Decimal(*shape) if shape is not None else pl.Object
        elif kind == "datetime":
            dtype = pl.Datetime("us", "UTC")
        elif kind == "enum":
            dtype = pl.Enum(_categories(column, values))
        else:
            simple = {"date": pl.Date, "bool": pl.Boolean, "int": pl.Int64, "float": pl.Float64}
            dtype = simple.get(kind, pl.String if kind in ("str", "uuid") else None)
        if dtype is None:
            try:  # nested data: polars infers (a struct, a list of structs)
                series.append(pl.Series(column.name, values, strict=False))
                continue
            except Exception:  # shapes polars cannot unify: keep the Python objects
                dtype = pl.Object
        series.append(pl.Series(column.name, values, dtype=dtype))
    return pl.DataFrame(series)


@overload
def to_dataframe(
    items: Iterable[Any], library: Literal["pandas"] = "pandas", *, model: type | None = None
) -> pandas.DataFrame: ...


@overload
def to_dataframe(
    items: Iterable[Any], library: Literal["polars"], *, model: type | None = None
) -> polars.DataFrame: ...


def to_dataframe(items: Iterable[Any], library: Library = "pandas", *, model: type | None = None) -> Any:
    """One row per model, one typed column per field (see the module's docstring for the types).

    ``items`` is any iterable of generated models of one kind: a page's list
    (``page.markets``), ``paginate(...)``, a list of stream messages. ``model`` gives the
    columns when ``items`` may be empty. ``library`` is ``"pandas"`` or ``"polars"``.
    """
    columns, data = _table(items, model)
    if library == "pandas":
        return _pandas_frame(columns, data)
    if library == "polars":
        return _polars_frame(columns, data)
    raise ValueError(f"library={library!r}: use 'pandas' or 'polars'")
