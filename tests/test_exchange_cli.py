"""``python -m kalshi_exchange`` as a tool: a scenario file, a log line per request, --quiet, clear errors."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization

from kalshi_auth import NotFoundError, kalshi_client
from kalshi_exchange.__main__ import main
from kalshi_exchange.scenario_file import SCENARIO_KEYS, scenario_parameters
from kalshi_trade_api.api.market import get_market, get_market_orderbook, get_markets
from kalshi_trade_api.api.portfolio import get_balance
from tests.conftest import ROOT
from tests.keyfactory import ed_key

EXAMPLE = ROOT / "exchange" / "examples" / "world.yaml"
KEY_ID = "my-key"


def _public_pem(folder: Path) -> Path:
    path = folder / "public.pem"
    path.write_bytes(
        ed_key().public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    return path


@contextmanager
def _serving(folder: Path, *extra: str) -> Iterator[tuple[str, list[str]]]:
    """The CLI in a subprocess: yields its base URL and, after it stops, every line it printed."""
    command = [sys.executable, "-m", "kalshi_exchange", "--key", f"{KEY_ID}={_public_pem(folder)}", *extra]
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    assert process.stdout is not None
    lines: list[str] = []
    try:
        for line in process.stdout:
            lines.append(line.rstrip("\n"))
            found = re.search(r"on (http://127\.0\.0\.1:\d+/trade-api/v2)", line)
            if found:
                yield found.group(1), lines
                break
        else:
            raise AssertionError(f"the exchange did not start: {lines}")
    finally:
        process.send_signal(signal.SIGTERM)
        rest, _ = process.communicate(timeout=20)
        lines += rest.splitlines()


def test_the_example_world_file_serves_its_scenario_and_logs_every_request(tmp_path: Path) -> None:
    with _serving(tmp_path, "--scenario", str(EXAMPLE), "--rate-limit", "none") as (base_url, lines):
        client = kalshi_client(KEY_ID, ed_key(), base_url=base_url)
        tickers = [m.ticker for m in get_markets.sync(client=client).markets]
        assert tickers == ["KXFED-27MAR-T4.00", "KXFED-27MAR-T4.25", "KXRAINNYC-27JAN01-T1"]  # the world replaced
        assert get_balance.sync(client=client).balance_dollars == 250
        book = get_market_orderbook.sync("KXFED-27MAR-T4.00", client=client).orderbook_fp
        assert book.yes_dollars == [(Decimal("0.43"), Decimal(25)), (Decimal("0.44"), Decimal(10))]
        rain = get_market.sync("KXRAINNYC-27JAN01-T1", client=client).market
        assert (rain.price_level_structure, rain.status, rain.close_time.year) == ("tapered_deci_cent", "active", 2027)
        with pytest.raises(NotFoundError):
            get_market.sync("KXNOPE-XX", client=client)
        client.get_httpx_client().close()
    log = "\n".join(lines)
    assert "3 listed market(s)" in log
    assert re.search(r"GET /trade-api/v2/portfolio/balance key \.\.\.-key -> 200", log), log
    assert re.search(
        r"GET /trade-api/v2/markets/KXNOPE-XX no key -> 404 \(not_found: market KXNOPE-XX not found\)", log
    )
    assert KEY_ID not in log.replace("...-key", "")  # only the key id's last 4 characters


def test_quiet_logs_no_request_and_a_refusal_names_its_reason(tmp_path: Path) -> None:
    with _serving(tmp_path, "--quiet") as (base_url, lines):
        client = kalshi_client(KEY_ID, ed_key(), base_url=base_url)
        get_markets.sync(client=client, limit=1)
        client.get_httpx_client().close()
    assert not [line for line in lines if "/trade-api/v2/markets" in line], lines
    with _serving(tmp_path) as (base_url, lines):
        stranger = kalshi_client("someone-else", ed_key(), base_url=base_url, retries=False)
        with pytest.raises(Exception, match="unknown_api_key"):
            get_balance.sync(client=stranger)
        stranger.get_httpx_client().close()
    assert any("-> 401 (unknown_api_key" in line and "key ...else" in line for line in lines), lines


@pytest.mark.parametrize(
    ("content", "suffix", "named"),
    [
        ("markets: [KXA-1]\nbalance: {my-key: '5'}\n", ".yaml", "unknown key 'balance'"),
        ('{"markets": {"KXA-1": {"staus": "closed"}}}', ".json", "unknown field 'staus'"),
        ("markets: {KXA-1: {status: opened}}\n", ".yml", "status='opened'"),
        ("books: {KXA-1: {bid: [0.44, 10]}}\n", ".yaml", "list of [price, count] pairs"),
        ("markets: [KXA-1\n", ".yaml", "not YAML"),
        ("- a list\n", ".yaml", "a scenario is a mapping"),
    ],
)
def test_a_bad_scenario_file_is_a_clear_error_naming_the_problem(
    tmp_path: Path, capsys: Any, content: str, suffix: str, named: str
) -> None:
    path = tmp_path / f"world{suffix}"
    path.write_text(content)
    assert main(["--scenario", str(path), "--quiet"]) == 2
    error = capsys.readouterr().err
    assert error.startswith("error: --scenario") and named in error and str(path) in error, error


def test_the_scenario_file_keys_are_scenarios_keyword_arguments() -> None:
    assert sorted(scenario_parameters()) == sorted(SCENARIO_KEYS)


def test_a_json_scenario_works_too(tmp_path: Path) -> None:
    from kalshi_exchange import LocalExchange
    from kalshi_exchange.scenario_file import load_scenario

    path = tmp_path / "world.json"
    path.write_text(json.dumps({"markets": ["KXJSON-27JAN01-T1"], "books": {"KXJSON-27JAN01-T1": {"bid": [[0.4, 3]]}}}))
    exchange = LocalExchange(rate_limit=None)
    exchange.scenario(**load_scenario(path))
    assert list(exchange.engine.listings) == ["KXJSON-27JAN01-T1"]
    (level,) = exchange.engine.book("KXJSON-27JAN01-T1").levels("bid")
    assert (str(level[0]), str(level[1])) == ("0.4", "3")
