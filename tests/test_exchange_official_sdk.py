"""Kalshi's official SDK (kalshi-python-sync 3.34.0) runs a trading session against the local exchange unchanged.

The SDK needs Python 3.13 and lives in its own venv (.bench-peers/venvs/official, the one
`make bench-peers` uses; pip installs it from PyPI once, ~15 s, and reuses it while its pins
are unchanged). Without a Python 3.13 the test is skipped and says why.
"""

from __future__ import annotations

import json
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from kalshi_exchange import ExchangeServer, LocalExchange
from tests.keyfactory import rsa_key
from tests.peers import venvs

SESSION = Path(__file__).with_name("peers") / "official_session.py"


def _official_python() -> Path:
    try:
        python = venvs.interpreter()
    except SystemExit as err:
        pytest.skip(str(err))
    return venvs.ensure("official", python)


def test_the_official_sdk_trades_a_session_against_the_exchange(tmp_path: Path) -> None:
    python = _official_python()
    key = rsa_key()
    pem = tmp_path / "key.pem"
    pem.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    # Unmetered: the official SDK does not pace itself, and a session of ~25 calls bursts past Basic's 20 reads.
    exchange = LocalExchange(keys={"maker": key, "taker": key}, rate_limit=None)
    with ExchangeServer(exchange, stream=False) as server:
        done = subprocess.run(
            [str(python), str(SESSION), server.base_url, "maker", str(pem), "taker", str(pem)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout)
    bid = Decimal(seen["bid"])
    assert seen["trading_active"] is True and seen["open_statuses"] == ["active"]
    assert seen["bid_below_ask"] and seen["book_levels"] >= 1 and seen["trades_of_ticker"]
    assert seen["event"] and seen["series"] == seen["ticker"].split("-")[0]
    assert seen["duplicate"] == [409, "order_already_exists"]
    assert [Decimal(v) for v in seen["taker_fill"]] == [2, bid]
    assert seen["maker_order"] == ["resting", "2.00", "3.00"]
    assert seen["amended_remaining"] == "4.00" and seen["resting"] and seen["canceled_by"] == "1.00"
    assert [(Decimal(c), Decimal(p)) for c, p in seen["fills"]] == [(Decimal(2), bid)]
    assert seen["position"] == [[seen["ticker"], "2.00"]]
    assert Decimal(seen["balance"]) == Decimal(10_000) - 2 * bid
    assert seen["unknown_market"] == 404
    assert [s.status for s in exchange.seen if s.status >= 400] == [409, 404]  # the two refusals it asked for
