"""``make bench-peers`` stays runnable: its loopback server answers, and checks signatures when strict; the
stream figures' frames rebuild the exchange's books, and their consumers read the local exchange and the blaster."""

from __future__ import annotations

import asyncio
import itertools
import json
from pathlib import Path

import httpx
import pytest

from tests.keyfactory import ed_key, pem, rsa_key
from tests.peers import floors, sdk_ours, stream_data
from tests.peers.common import SMALL_PATH, WIRE_PREFIX, Creds, Feed
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


def test_firehose_frames_rebuild_the_exchange_books() -> None:
    frames, books = stream_data.orderbook_firehose(markets=4, deltas=300)
    assert [json.loads(f)["seq"] for f in frames] == list(range(1, 305))
    assert sdk_ours._firehose(frames)() == books  # what the worker checks before timing any SDK
    changed = json.loads(frames[-1])
    changed["msg"]["delta_fp"] = "1.00" if changed["msg"]["delta_fp"] != "1.00" else "2.00"
    assert sdk_ours._firehose([*frames[:-1], json.dumps(changed)])() != books


def test_latency_and_drain_paths_against_the_local_exchange() -> None:
    key = rsa_key()
    creds = Creds("rsa", "k", pem(key).decode(), "http://127.0.0.1:1/trade-api/v2")
    markets = stream_data.tickers(3)
    frames, _ = stream_data.orderbook_firehose(markets=3, deltas=100)
    with (
        stream_data.exchange({"k": key.public_key()}, 0.001, 5, markets) as stream,
        stream_data.Blaster(frames) as blaster,
    ):
        for listen in (floors.listen, sdk_ours._listen):
            stream.emit_times = {}
            arrivals = asyncio.run(listen(creds, Feed(stream.url, tuple(markets), 30)))
            published = stream.emit_times
            assert len(arrivals) == 30 and all(0 < at - published[sid, seq] < 5 for sid, seq, at in arrivals)
            drained = asyncio.run(listen(creds, Feed(blaster.url, ("ANY",), 100)))
            assert [seq for _, seq, _ in drained] == list(range(4, 104))  # after the 3 snapshots, every delta in order


def test_latency_pools_each_consumer_over_its_connections_in_mirrored_order(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.peers import run

    bench = run.Bench.__new__(run.Bench)  # no venvs: the connections are stood in for below
    bench.lags = {}
    # per connection, in the order timed: floor 1, 3, 2, 4 and sdk 5, 7, 6, 8 (each 100 deltas)
    lags = itertools.cycle([[v] * 100 for v in (1.0, 5.0, 7.0, 3.0, 6.0, 2.0, 4.0, 8.0)])
    timed: list[str] = []

    def latencies(worker: object, who: str) -> list[float]:
        timed.append(who)
        return next(lags)

    monkeypatch.setattr(bench, "latencies", latencies)
    floor, sdk = bench.latency_pair(None, "ours")  # type: ignore[arg-type]
    assert timed == ["floor", "sdk", "sdk", "floor", "sdk", "floor", "floor", "sdk"]
    assert floor == (2.5, 4.0) and sdk == (6.5, 8.0)  # p50 and p99 over all four connections of each consumer
    assert sorted(set(bench.lags["ours"]["floor"])) == [1.0, 2.0, 3.0, 4.0] and len(bench.lags["ours"]["sdk"]) == 400
    bench.latency_pair(None, "ours")  # type: ignore[arg-type]  # a second round adds to what the cells use
    assert len(bench.lags["ours"]["floor"]) == 800


def test_report_with_only_the_latency_figures(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.peers import report, run

    monkeypatch.setattr(report, "SELECTED", frozenset({"latency"}))
    bench = run.Bench.__new__(run.Bench)
    bench.page, bench.python_version, bench.firehose_frames, bench.firehose_kib = b"{}", "3.13.0", 0, 0
    bench.rates, bench.resubscribes, bench.reasons = [6000.0], {}, {}
    bench.samples = {}
    # the cells are quantiles over every round's deltas: floor 4e-4 (half) and 8e-4, sdk 5e-4 (half) and 9e-4
    bench.lags = {"ours": {"floor": [4e-4] * 60 + [8e-4] * 40, "sdk": [5e-4] * 60 + [9e-4] * 40}}
    checks = {name: {"listen": "ok"} for name in ("ours", "kalshi-sdk")}
    text = report.build(bench, "now", checks)
    assert "**1.25x** (500 us)" in text and "**1.12x** (900 us)" in text
    assert "not run: BENCH_PEERS_FIGURES left this figure out." in text
