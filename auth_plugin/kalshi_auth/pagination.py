"""Iterate any cursor-paginated generated operation, page by page or item by item.

Works for every operation with a ``cursor`` parameter whose response has a
``cursor`` field, with no list of operations: the items are the page's first
required list field in schema order (``markets`` of GetMarkets, ``events`` of
GetEvents, ``market_positions`` of GetPositions); ``items=`` picks another, and
``pages()`` gives whole pages.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from types import ModuleType
from typing import Any

import attrs

from kalshi_trade_api.errors import KalshiSDKError
from kalshi_trade_api.types import Unset

Operation = ModuleType | Callable[..., Any]


class PaginationError(KalshiSDKError):
    """The server's cursors do not move forward, or a page is not what the operation documents."""


def _function(operation: Operation, name: str) -> Callable[..., Any]:
    fn = getattr(operation, name, None) if isinstance(operation, ModuleType) else operation
    if not callable(fn):
        raise TypeError(f"pass a generated operation module (e.g. get_markets) or its {name} function")
    return fn


def items_field(page: Any, items: str | None = None) -> str:
    """The attribute holding a page's items."""
    if items is not None:
        return items
    lists = [f for f in attrs.fields(type(page)) if isinstance(getattr(page, f.name), list)]
    required = [f for f in lists if f.default is attrs.NOTHING]
    chosen = (required or lists)[:1]
    if not chosen:
        raise PaginationError(f"{type(page).__name__} has no list of items; iterate pages() instead")
    return str(chosen[0].name)


def _checked(page: Any, operation: str) -> Any:
    if page is None or not attrs.has(type(page)):
        raise PaginationError(f"{operation} returned {type(page).__name__}, not a page (an undocumented answer?)")
    return page


class _Cursor:
    def __init__(self, start: str | None) -> None:
        self.value, self.seen = start, set[str]()

    def advance(self, page: Any) -> bool:
        """Take the page's cursor; False when it was the last page. Raises on a repeated cursor."""
        cursor = getattr(page, "cursor", None)
        if cursor is None or isinstance(cursor, Unset) or cursor == "":
            return False
        if cursor in self.seen or cursor == self.value:
            raise PaginationError(f"cursor {cursor!r} came back a second time; stopping instead of looping")
        self.seen.add(cursor)
        self.value = str(cursor)
        return True

    def kwargs(self) -> dict[str, str]:
        return {"cursor": self.value} if self.value else {}


def pages(operation: Operation, *, client: Any, max_pages: int | None = None, **params: Any) -> Iterator[Any]:
    """Yield each page model, following cursors; stop after ``max_pages`` pages if given."""
    fn, cursor, count = _function(operation, "sync"), _Cursor(params.pop("cursor", None)), 0
    while max_pages is None or count < max_pages:
        page = _checked(fn(client=client, **params, **cursor.kwargs()), getattr(fn, "__module__", "operation"))
        count += 1
        yield page
        if not cursor.advance(page):
            return


async def apages(
    operation: Operation, *, client: Any, max_pages: int | None = None, **params: Any
) -> AsyncIterator[Any]:
    """The async twin of pages()."""
    fn, cursor, count = _function(operation, "asyncio"), _Cursor(params.pop("cursor", None)), 0
    while max_pages is None or count < max_pages:
        page = _checked(await fn(client=client, **params, **cursor.kwargs()), getattr(fn, "__module__", "operation"))
        count += 1
        yield page
        if not cursor.advance(page):
            return


def paginate(
    operation: Operation, *, client: Any, max_pages: int | None = None, items: str | None = None, **params: Any
) -> Iterator[Any]:
    """Yield every item of every page: ``for market in paginate(get_markets, client=c, status=...)``."""
    for page in pages(operation, client=client, max_pages=max_pages, **params):
        yield from getattr(page, items_field(page, items))


async def apaginate(
    operation: Operation, *, client: Any, max_pages: int | None = None, items: str | None = None, **params: Any
) -> AsyncIterator[Any]:
    """The async twin of paginate(): ``async for market in apaginate(get_markets, client=c)``."""
    async for page in apages(operation, client=client, max_pages=max_pages, **params):
        for item in getattr(page, items_field(page, items)):
            yield item
