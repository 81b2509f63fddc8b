"""The floors, measured in each worker's own process: stdlib, httpx and cryptography only."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable

import httpx
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

from tests.peers.common import SMALL_PATH, WIRE_PREFIX, AsyncCall, Call, Close, Creds

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
