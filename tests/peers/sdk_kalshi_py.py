"""``kalshi-py`` (openapi-python-client output from an older spec, httpx, attrs). RSA keys only."""

from __future__ import annotations

import importlib
from collections.abc import Sized
from typing import Any

from tests.peers.common import AsyncCall, Call, Close, Creds, Sdk


def _client(creds: Creds) -> Any:
    kalshi_py = importlib.import_module("kalshi_py")
    return kalshi_py.create_client(base_url=creds.base_url, access_key_id=creds.key_id, private_key_data=creds.pem)


def _parse(body: bytes) -> Sized:
    import httpx

    get_markets = importlib.import_module("kalshi_py.api.market.get_markets")
    markets: Sized = get_markets._parse_response(client=None, response=httpx.Response(200, content=body)).markets
    return markets


def _signed_get(creds: Creds) -> Call:
    client, operation = _client(creds), importlib.import_module("kalshi_py.api.portfolio.get_order_groups")
    return lambda: operation.sync(client=client)


def _async_get(creds: Creds) -> tuple[AsyncCall, Close]:
    client, operation = _client(creds), importlib.import_module("kalshi_py.api.portfolio.get_order_groups")
    return lambda: operation.asyncio(client=client), client.get_async_httpx_client().aclose


IMPORT = "from kalshi_py import create_client; from kalshi_py.api.portfolio import get_order_groups"
SDK = Sdk(parse=_parse, signed_get=_signed_get, async_get=_async_get, keys=("rsa",))
