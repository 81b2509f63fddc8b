"""Orders placed exactly once: what a create's outcome was when its answer was lost.

Every order-creating operation sends each order with a ``client_order_id`` (the generated
code sets a fresh UUID where the caller gave none; see ``kalshi_trade_api.types.client_order_ids``).
Kalshi refuses a second order with the id of a live or recent one (409 ``order_already_exists``),
so the transport may send a create again after a dropped connection, a timeout, a 429 or a 5xx
without placing it twice. ``find_order`` is the call that settles an outcome the SDK could not
learn within a call's deadline (``OrderOutcomeUnknownError`` carries the ids it needs).
"""

from __future__ import annotations

import importlib
import json
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import httpx

import kalshi_trade_api.api
from kalshi_trade_api.types import OrderRef

if TYPE_CHECKING:
    from kalshi_trade_api.client import AuthenticatedClient, Client
    from kalshi_trade_api.models import Order

__all__ = ["ORDER_ALREADY_EXISTS", "OrderRef", "afind_order", "find_order"]

# Kalshi's error code for a client_order_id it already holds among live and recent orders.
ORDER_ALREADY_EXISTS = "order_already_exists"
# GetOrders pages through every status; a bot's recent orders come first, so a few pages suffice.
DEFAULT_MAX_PAGES = 20
_GET_ORDERS = "GET /portfolio/orders"


@cache
def _get_orders() -> ModuleType:
    """The generated GetOrders module, wherever the document's tags put it (found by its operation)."""
    api = Path(kalshi_trade_api.api.__file__).parent
    marker = f"_OPERATION = {json.dumps(_GET_ORDERS)}"
    for source in sorted(api.glob("*/*.py")):
        if marker in source.read_text(encoding="utf-8"):
            return importlib.import_module(f"kalshi_trade_api.api.{source.parent.name}.{source.stem}")
    raise LookupError(f"this client has no {_GET_ORDERS} operation to look orders up with")


def _filters(ticker: str | None, subaccount: int | None, max_pages: int) -> dict[str, Any]:
    found: dict[str, Any] = {"max_pages": max_pages}
    if ticker is not None:
        found["ticker"] = ticker
    if subaccount is not None:
        found["subaccount"] = subaccount
    return found


def find_order(
    client: AuthenticatedClient | Client,
    *,
    client_order_id: str,
    ticker: str | None = None,
    subaccount: int | None = None,
    max_pages: int = DEFAULT_MAX_PAGES,
) -> Order | None:
    """The order placed with ``client_order_id`` (within ``ticker``), or None when Kalshi has none.

    The call that settles an ``OrderOutcomeUnknownError``: it pages through GetOrders (every
    status, newest first) up to ``max_pages``. None means no such order: placing it again with
    the same ``client_order_id`` is then safe (a duplicate would be refused, not filled twice).
    """
    module = _get_orders()
    for order in module.paginate(client=client, **_filters(ticker, subaccount, max_pages)):
        if order.client_order_id == client_order_id:
            return order  # type: ignore[no-any-return]
    return None


async def afind_order(
    client: AuthenticatedClient | Client,
    *,
    client_order_id: str,
    ticker: str | None = None,
    subaccount: int | None = None,
    max_pages: int = DEFAULT_MAX_PAGES,
) -> Order | None:
    """The asyncio twin of :func:`find_order`."""
    module = _get_orders()
    async for order in module.apaginate(client=client, **_filters(ticker, subaccount, max_pages)):
        if order.client_order_id == client_order_id:
            return order  # type: ignore[no-any-return]
    return None


def error_code(response: httpx.Response) -> str | None:
    """Kalshi's error code in a read error body (nested under "error" or at the top level)."""
    try:
        payload = json.loads(response.content)
    except (ValueError, RecursionError):
        return None
    if isinstance(payload, dict):
        error = payload.get("error", payload)
        code = error.get("code") if isinstance(error, dict) else None
        return code if isinstance(code, str) else None
    return None
