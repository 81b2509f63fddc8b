"""Auth plugin benchmarks for ``make bench``: ratios to floors measured in the same run."""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Callable
from typing import Any

import httpx
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

from kalshi_auth import KalshiAuth, kalshi_client
from tests.bench import best_of
from tests.keyfactory import ed_key, rsa_key

BASE = "http://127.0.0.1:9/trade-api/v2"
BODY = b'{"order_groups": [{"id": "g1", "is_auto_cancel_enabled": true, "contracts_limit_fp": "10.00"}]}'
Report = Callable[..., None]


async def _aper_call(fn: Callable[[], Any], number: int, repeat: int = 9) -> float:
    rounds = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            await fn()
        rounds.append((time.perf_counter() - start) / number)
    return statistics.median(rounds)


def _bare_sign(key: rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey) -> Callable[[], bytes]:
    message = b"1700000000000GET/trade-api/v2/portfolio/order_groups"
    if isinstance(key, rsa.RSAPrivateKey):
        pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)
        return lambda: key.sign(message, pss, hashes.SHA256())
    return lambda: key.sign(message)


def main(report: Report) -> None:
    for label, key in (("RSA-2048", rsa_key()), ("Ed25519", ed_key())):
        _bench_key(label, key, report)


def _bench_key(label: str, key: rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey, report: Report) -> None:
    from kalshi_trade_api import AuthenticatedClient
    from kalshi_trade_api.api.order_groups import get_order_groups

    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=BODY))
    n = 300 if label.startswith("RSA") else 2000
    bare = _bare_sign(key)
    auth = KalshiAuth("key-0001", key, base_url=BASE)
    request = httpx.Request("GET", f"{BASE}/portfolio/order_groups?limit=5")
    floor_sign = best_of(bare, 9, n)
    ours = best_of(lambda: auth.sign(request), 9, n)
    report(
        f"sign one request, {label}",
        f"{ours * 1e6:.1f} us vs bare sign {floor_sign * 1e6:.1f} us",
        ours / floor_sign,
        1.10,
    )

    bare_client = httpx.Client(transport=transport, base_url=BASE)
    # The floor reads the body too: bare sign + bare httpx GET + json.loads of the body.
    floor_get = best_of(lambda: bare_client.get("/portfolio/order_groups").json(), 9, n)
    client = kalshi_client("key-0001", key, base_url=BASE, transport=transport, rate_limit=None)
    signed = best_of(lambda: get_order_groups.sync(client=client), 9, n)
    floor = floor_sign + floor_get
    plain = AuthenticatedClient(base_url=BASE, token="")  # the generated op with no plugin at all
    plain.set_httpx_client(httpx.Client(transport=transport, base_url=BASE))
    unsigned = best_of(lambda: get_order_groups.sync(client=plain), 9, n)
    report(
        f"where the time goes, {label}",
        f"generated op over plain httpx {unsigned * 1e6:.0f} us (its own cost over a bare GET: "
        f"{(unsigned - floor_get) * 1e6:.0f} us); the plugin's own cost: "
        f"{(signed - unsigned - floor_sign) * 1e6:.1f} us per request (below zero when httpx's cookie pass, "
        "which kalshi_client skips for answers without Set-Cookie, outweighs it)",
    )
    report(
        f"signed GET get_order_groups via kalshi_client, sync, {label}",
        f"{signed * 1e6:.0f} us vs floor {floor * 1e6:.0f} us (sign {floor_sign * 1e6:.0f} + "
        f"bare GET + json.loads {floor_get * 1e6:.0f})",
        signed / floor,
        1.2,
    )

    async def run_async() -> None:
        bare_async = httpx.AsyncClient(transport=transport, base_url=BASE)

        async def bare_get() -> Any:
            return (await bare_async.get("/portfolio/order_groups")).json()

        floor_aget = await _aper_call(bare_get, n)
        aclient = kalshi_client("key-0001", key, base_url=BASE, transport=transport, rate_limit=None)
        asigned = await _aper_call(lambda: get_order_groups.asyncio(client=aclient), n)
        afloor = floor_sign + floor_aget
        report(
            f"signed GET get_order_groups via kalshi_client, async, {label}",
            f"{asigned * 1e6:.0f} us vs floor {afloor * 1e6:.0f} us (sign {floor_sign * 1e6:.0f} + "
            f"bare GET + json.loads {floor_aget * 1e6:.0f})",
            asigned / afloor,
            1.2,
        )

    asyncio.run(run_async())
