"""Iterate any cursor-paginated generated operation, page by page or item by item, typed.

The pipeline gives every operation with a ``cursor`` parameter and a ``cursor`` in
its response typed ``pages``/``apages``/``paginate``/``apaginate`` functions (items
are the page's first required list: ``markets`` of GetMarkets, ``events`` of
GetEvents). These helpers take the operation module, so
``paginate(get_markets, client=c, status="open")`` is an ``Iterator[Market]`` to a
type checker, with no list of operations anywhere.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, Protocol, TypeVar

from kalshi_errors import PaginationError

__all__ = ["CursorOperation", "PaginationError", "apages", "apaginate", "pages", "paginate"]

ItemT = TypeVar("ItemT", covariant=True)
PageT = TypeVar("PageT", covariant=True)


class CursorOperation(Protocol[PageT, ItemT]):
    """A generated operation module that follows cursors (e.g. ``kalshi_trade_api.api.market.get_markets``)."""

    @property
    def pages(self) -> Callable[..., Iterator[PageT]]: ...

    @property
    def apages(self) -> Callable[..., AsyncIterator[PageT]]: ...

    @property
    def paginate(self) -> Callable[..., Iterator[ItemT]]: ...

    @property
    def apaginate(self) -> Callable[..., AsyncIterator[ItemT]]: ...


def _check(operation: object, name: str) -> None:
    if not callable(getattr(operation, name, None)):
        raise TypeError(
            f"{getattr(operation, '__name__', operation)!r} does not follow cursors: pass a generated operation "
            "module with a cursor parameter, e.g. kalshi_trade_api.api.market.get_markets"
        )


def pages(operation: CursorOperation[PageT, Any], /, *, max_pages: int | None = None, **params: Any) -> Iterator[PageT]:
    """Yield each page model, following cursors; stop after ``max_pages`` pages if given."""
    _check(operation, "pages")
    return operation.pages(max_pages=max_pages, **params)


def apages(
    operation: CursorOperation[PageT, Any], /, *, max_pages: int | None = None, **params: Any
) -> AsyncIterator[PageT]:
    """The async twin of pages(): ``async for page in apages(get_markets, client=c)``."""
    _check(operation, "apages")
    return operation.apages(max_pages=max_pages, **params)


def paginate(
    operation: CursorOperation[Any, ItemT], /, *, max_pages: int | None = None, **params: Any
) -> Iterator[ItemT]:
    """Yield every item of every page: ``for market in paginate(get_markets, client=c, status="open")``."""
    _check(operation, "paginate")
    return operation.paginate(max_pages=max_pages, **params)


def apaginate(
    operation: CursorOperation[Any, ItemT], /, *, max_pages: int | None = None, **params: Any
) -> AsyncIterator[ItemT]:
    """The async twin of paginate(): ``async for market in apaginate(get_markets, client=c)``."""
    _check(operation, "apaginate")
    return operation.apaginate(max_pages=max_pages, **params)
