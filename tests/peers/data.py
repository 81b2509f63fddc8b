"""The bytes every SDK gets, and throwaway keys, written once per run under .bench-peers/work."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

from tests.keyfactory import pem
from tests.realistic import RECORDED, page

# Fields the peers require that neither the 3.31.0 schema nor the January 2026 recordings carry:
# kalshi-py's Market (from a 2025 spec) raises KeyError without them.
PEER_REQUIRED = {"category": "Sports", "risk_limit_cents": 0}


def market_page(spec: dict[str, Any]) -> bytes:
    """A real-shaped 1000-market GetMarkets page that every SDK reads.

    Every 3.31.0 field (tests/realistic.py), plus the fields the recorded markets
    still carried (legacy integer prices, ``liquidity_dollars``, ``response_price_units``...):
    kalshi-sdk and kalshi-py require some of them. Ours keeps them in ``additional_properties``.
    """
    body = page(spec, "GetMarketsResponse", "markets", "markets_list_response.json", 1000)
    recorded = json.loads((RECORDED / "markets_list_response.json").read_text())["response"]["markets"]
    for i, market in enumerate(body["markets"]):
        extra = {k: v for k, v in recorded[i % len(recorded)].items() if k not in market and v is not None}
        market.update(extra)
        for key, value in PEER_REQUIRED.items():
            market.setdefault(key, value)
    return json.dumps(body).encode()


def order_groups(spec: dict[str, Any]) -> bytes:
    """A small GetOrderGroups body: two real-shaped order groups."""
    body = page(spec, "GetOrderGroupsResponse", "order_groups", "order_groups_list_response.json", 2)
    body.pop("cursor", None)  # not a field of this response
    return json.dumps(body).encode()


def write_keys(folder: Path) -> dict[str, dict[str, str]]:
    """Fresh RSA-2048 and Ed25519 keys as PEM files (0600): kind -> key id and path."""
    keys: dict[str, dict[str, str]] = {}
    made: dict[str, rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey] = {
        "rsa": rsa.generate_private_key(public_exponent=65537, key_size=2048),
        "ed25519": ed25519.Ed25519PrivateKey.generate(),
    }
    for kind, key in made.items():
        path = folder / f"{kind}.pem"
        path.touch(mode=0o600)
        path.chmod(0o600)
        path.write_bytes(pem(key))
        keys[kind] = {"key_id": f"bench-{kind}-key", "pem": str(path)}
    return keys
