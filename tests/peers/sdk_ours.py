"""Our SDK: ``kalshi_client`` and the generated operations (client-side pacing off, like the peers)."""

from __future__ import annotations

from collections.abc import Sized

from tests.peers.common import AsyncCall, Call, Close, Creds, Sdk


def _parse(body: bytes) -> Sized:
    import httpx

    from kalshi_trade_api.api.market import get_markets

    response = httpx.Response(200, content=body, headers={"content-type": "application/json"})
    return get_markets._parse_response(client=None, response=response).markets  # type: ignore[arg-type]


def _signed_get(creds: Creds) -> Call:
    from kalshi_auth import kalshi_client
    from kalshi_trade_api.api.order_groups import get_order_groups

    client = kalshi_client(creds.key_id, creds.pem, base_url=creds.base_url, rate_limit=None)
    return lambda: get_order_groups.sync(client=client)


def _async_get(creds: Creds) -> tuple[AsyncCall, Close]:
    from kalshi_auth import kalshi_client
    from kalshi_trade_api.api.order_groups import get_order_groups

    client = kalshi_client(creds.key_id, creds.pem, base_url=creds.base_url, rate_limit=None)

    async def close() -> None:
        pass  # the pool of this event loop closes with the loop

    return lambda: get_order_groups.asyncio(client=client), close


IMPORT = "from kalshi_auth import kalshi_client; from kalshi_trade_api.api.order_groups import get_order_groups"
SDK = Sdk(parse=_parse, signed_get=_signed_get, async_get=_async_get)
