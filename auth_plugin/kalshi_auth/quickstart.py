"""Quick start: list your order groups with the generated client, sync and async.

Run ``make demo`` to try it against the local exchange, or
``KALSHI_ENV=demo KALSHI_API_KEY_ID=... KALSHI_PRIVATE_KEY_PATH=... python -m kalshi_auth.quickstart``
against Kalshi's demo exchange.
"""

from __future__ import annotations

import asyncio

from kalshi_auth import KalshiAPIError, kalshi_client
from kalshi_trade_api.api.order_groups import get_order_groups
from kalshi_trade_api.models import GetOrderGroupsResponse


def show(title: str, response: GetOrderGroupsResponse | object) -> None:
    print(f"{title}:")
    groups = getattr(response, "order_groups", None)
    if not isinstance(groups, list) or not groups:
        print("  (no order groups)")
        return
    for group in groups:
        limit = group.contracts_limit_fp if isinstance(group.contracts_limit_fp, str) else "-"
        print(f"  {group.id:<40} auto-cancel={group.is_auto_cancel_enabled!s:<5} limit={limit}")


async def list_async() -> None:
    client = kalshi_client()
    async with client:
        show("order groups (asyncio)", await get_order_groups.asyncio(client=client))


def main() -> None:
    client = kalshi_client()  # KALSHI_API_KEY_ID, KALSHI_PRIVATE_KEY_PATH, KALSHI_ENV or KALSHI_BASE_URL
    print(f"Kalshi Trade API at {client.get_httpx_client().base_url}")
    try:
        with client:
            show("order groups (sync)", get_order_groups.sync(client=client))
        asyncio.run(list_async())
    except KalshiAPIError as error:  # every API error is typed, with Kalshi's code and message
        print(f"Kalshi answered {error.status_code} {error.code}: {error.message}")
        raise SystemExit(1) from None


if __name__ == "__main__":
    main()
