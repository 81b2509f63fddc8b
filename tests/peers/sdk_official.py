"""Kalshi's official SDKs: ``kalshi-python-sync`` (urllib3) and ``kalshi-python-async`` (aiohttp), pydantic models.

Imported by name at run time: they live only in their own venvs.
"""

from __future__ import annotations

import importlib
from collections.abc import Sized
from typing import Any

from tests.peers.common import AsyncCall, Call, Close, Creds, Sdk


def _client(package: str, creds: Creds) -> Any:
    sdk = importlib.import_module(package)
    config = sdk.Configuration(host=creds.base_url)
    config.api_key_id = creds.key_id  # what KalshiClient looks for to sign
    config.private_key_pem = creds.pem
    return sdk.KalshiClient(config)


def _parse(body: bytes) -> Sized:
    # What every call does with a 2xx body: decode, then ApiClient.deserialize into the response model.
    client = importlib.import_module("kalshi_python_sync").ApiClient()
    markets: Sized = client.deserialize(body.decode("utf-8"), "GetMarketsResponse", "application/json").markets
    return markets


def _signed_get(creds: Creds) -> Call:
    return _client("kalshi_python_sync", creds).get_order_groups  # type: ignore[no-any-return]


def _async_get(creds: Creds) -> tuple[AsyncCall, Close]:
    client = _client("kalshi_python_async", creds)
    return client.get_order_groups, client.close


IMPORT = "from kalshi_python_sync import Configuration, KalshiClient"
SYNC = Sdk(parse=_parse, signed_get=_signed_get, async_get=None)
ASYNC = Sdk(parse=None, signed_get=None, async_get=_async_get)
