"""``make bench-peers`` stays runnable: its loopback server answers, and checks signatures when strict."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from tests.keyfactory import ed_key, pem, rsa_key
from tests.peers import floors
from tests.peers.common import SMALL_PATH, WIRE_PREFIX, Creds
from tests.peers.server import LoopbackServer

BODY = b'{"order_groups": []}'


@pytest.mark.parametrize("kind", ["rsa", "ed25519"])
def test_loopback_server_verifies_the_bare_floor(kind: str) -> None:
    key = rsa_key() if kind == "rsa" else ed_key()
    with LoopbackServer({WIRE_PREFIX + SMALL_PATH: BODY}, {"k": key.public_key()}) as server:
        server.strict = True
        creds = Creds(kind, "k", pem(key).decode(), server.base_url)
        assert floors.signed_get(creds)() == json.loads(BODY)
        forged = httpx.get(server.base_url + SMALL_PATH, headers={"KALSHI-ACCESS-KEY": "k"})
        assert forged.status_code == 401
        server.strict = False
        assert httpx.get(server.base_url + "/nowhere").status_code == 404
        assert server.requests == 3 and len(server.rejected) == 1


def test_peer_pins_are_exact() -> None:
    from tests.peers.pins import FLOOR, PEERS

    pinned = [spec for specs in PEERS.values() for spec in specs if not spec.startswith(("-e", "."))] + FLOOR
    assert all("==" in spec for spec in pinned)
    constraints = (Path(__file__).parent / "peers" / "constraints.txt").read_text().splitlines()
    assert all("==" in line for line in constraints if line and not line.startswith("#"))
