"""The floors, measured in each worker's own process: stdlib, httpx and cryptography only."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable

import httpx
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

from tests.peers.common import SMALL_PATH, WIRE_PREFIX, WS_PATH, Arrivals, AsyncCall, Call, Close, Creds, Feed

_PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)


def bare_signer(pem: str) -> Callable[[bytes], bytes]:
    """``cryptography`` signing as Kalshi wants it, with nothing around it."""
    key = serialization.load_pem_private_key(pem.encode(), password=None)
    if isinstance(key, rsa.RSAPrivateKey):
        rsa_key = key
        return lambda message: rsa_key.sign(message, _PSS, hashes.SHA256())
    assert isinstance(key, ed25519.Ed25519PrivateKey)
    return key.sign


def _headers(creds: Creds, sign: Callable[[bytes], bytes]) -> dict[str, str]:
    stamp = str(int(time.time() * 1000))
    signature = sign(f"{stamp}GET{WIRE_PREFIX}{SMALL_PATH}".encode())
    return {
        "KALSHI-ACCESS-KEY": creds.key_id,
        "KALSHI-ACCESS-SIGNATURE": base64.b64encode(signature).decode(),
        "KALSHI-ACCESS-TIMESTAMP": stamp,
    }


def signed_get(creds: Creds) -> Call:
    """Bare sign + bare httpx GET of the same URL (keep-alive) + ``json.loads`` of the body."""
    sign, client, url = bare_signer(creds.pem), httpx.Client(), creds.base_url + SMALL_PATH
    return lambda: json.loads(client.get(url, headers=_headers(creds, sign)).content)


def async_get(creds: Creds) -> tuple[AsyncCall, Close]:
    sign, client, url = bare_signer(creds.pem), httpx.AsyncClient(), creds.base_url + SMALL_PATH

    async def call() -> object:
        return json.loads((await client.get(url, headers=_headers(creds, sign))).content)

    return call, client.aclose


async def listen(creds: Creds, feed: Feed) -> Arrivals:
    """The latency floor: bare ``websockets`` (the handshake signed as Kalshi wants it) + ``json.loads`` per frame."""
    from websockets.asyncio.client import connect

    stamp = str(int(time.time() * 1000))
    signature = bare_signer(creds.pem)(f"{stamp}GET{WS_PATH}".encode())
    headers = {
        "KALSHI-ACCESS-KEY": creds.key_id,
        "KALSHI-ACCESS-SIGNATURE": base64.b64encode(signature).decode(),
        "KALSHI-ACCESS-TIMESTAMP": stamp,
    }
    arrivals: Arrivals = []
    clock, loads = time.perf_counter, json.loads
    async with connect(feed.url, additional_headers=headers) as ws:
        params = {"channels": ["orderbook_delta"], "market_tickers": list(feed.markets)}
        await ws.send(json.dumps({"id": 1, "cmd": "subscribe", "params": params}))
        async for frame in ws:
            message = loads(frame)
            if message.get("type") == "orderbook_delta":
                arrivals.append((message["sid"], message["seq"], clock()))
                if len(arrivals) >= feed.deltas:
                    break
    return arrivals
