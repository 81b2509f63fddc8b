"""``kalshi-sdk`` (httpx, pydantic models). RSA keys only: it refuses an Ed25519 key."""

from __future__ import annotations

import importlib
import json
from collections.abc import Sized

from tests.peers.common import AsyncCall, Call, Close, Creds, Sdk


def _parse(body: bytes) -> Sized:
    # markets.list() reads the body as JSON and validates each item into its Market model.
    market = importlib.import_module("kalshi.models").Market
    return [market.model_validate(item) for item in json.loads(body)["markets"]]


def _signed_get(creds: Creds) -> Call:
    kalshi = importlib.import_module("kalshi")
    client = kalshi.KalshiClient(key_id=creds.key_id, private_key=creds.pem, base_url=creds.base_url)
    return client.order_groups.list  # type: ignore[no-any-return]


def _async_get(creds: Creds) -> tuple[AsyncCall, Close]:
    kalshi = importlib.import_module("kalshi")
    client = kalshi.AsyncKalshiClient(key_id=creds.key_id, private_key=creds.pem, base_url=creds.base_url)
    return client.order_groups.list, client.close


IMPORT = "from kalshi import KalshiClient"
SDK = Sdk(parse=_parse, signed_get=_signed_get, async_get=_async_get, keys=("rsa",))
