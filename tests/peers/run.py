"""``make bench-peers``: the side-by-side table of our SDK and the other Python SDKs for Kalshi.

Installs each SDK into its own venv (pins.py), writes the same bytes for all, serves
them on 127.0.0.1, and runs interleaved rounds: in each round every SDK's worker
times its floor and its SDK back to back, in its own process. Cells are medians
over rounds of the per-round ratio to the floor. Nothing leaves the machine except
pip installing the peers.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import IO, Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

from codegen.specfile import load_spec
from kalshi_exchange import StreamServer
from tests.peers import data, report, stream_data, table, venvs
from tests.peers.common import FIGURES, PAGE_PATH, SELECTED, SMALL_PATH, WIRE_PREFIX
from tests.peers.pins import PEERS
from tests.peers.server import LoopbackServer, PublicKey
from tests.peers.stream_data import (
    FIREHOSE_DELTAS,
    FIREHOSE_MARKETS,
    LATENCY_DELTAS,
    LATENCY_MARKETS,
    LATENCY_ORDER,
    LATENCY_WARMUP,
    STREAM_BURST,
    STREAM_INTERVAL,
    quantiles,
)
from tests.peers.worker import adapter
from tests.realistic import RECORDED

ROUNDS = int(os.environ.get("BENCH_PEERS_ROUNDS", "5"))
IMPORT_ROUNDS = int(os.environ.get("BENCH_PEERS_IMPORT_ROUNDS", "11"))
GET_CALLS = {"rsa": 300, "ed25519": 600}  # per SDK and floor in each round
ASYNC_TOTAL, IN_FLIGHT = 2000, 50
COLUMNS = ["ours", "official", "kalshi-sdk", "kalshi-py"]
KIND_LABEL = {"rsa": "RSA-2048", "ed25519": "Ed25519"}


class WorkerProcess:
    """One SDK's worker process, answering one JSON line per command."""

    def __init__(self, name: str, python: Path, config: Path) -> None:
        self.name = name
        env = venvs._env() | {"PYTHONPATH": str(venvs.ROOT)}
        self.proc = subprocess.Popen(
            [str(python), "-m", "tests.peers.worker", name, str(config)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=config.parent,
        )

    def ask(self, cmd: str, **args: Any) -> Any:
        stdin, stdout = self.proc.stdin, self.proc.stdout
        assert stdin is not None and stdout is not None
        stdin.write(json.dumps({"cmd": cmd, **args}) + "\n")
        stdin.flush()
        line = stdout.readline()
        if not line:
            raise RuntimeError(f"the {self.name} worker exited (see its stderr above)")
        answer = json.loads(line)
        if isinstance(answer, dict) and "worker_error" in answer:
            raise RuntimeError(f"{self.name} {cmd}: {answer['worker_error']}")
        return answer

    def close(self) -> None:
        stdin: IO[str] | None = self.proc.stdin
        if stdin is not None and self.proc.poll() is None:
            stdin.write('{"cmd": "quit"}\n')
            stdin.close()
        self.proc.wait(timeout=30)


def cold_import_ms(python: Path, code: str, cwd: Path) -> float:
    timer = f"import time; t = time.perf_counter(); {code}; print((time.perf_counter() - t) * 1000)"
    command = [str(python), "-c", timer]
    done = subprocess.run(command, env=venvs._env(), cwd=cwd, capture_output=True, text=True, timeout=120)
    if done.returncode:
        raise RuntimeError(f"{python}: {code}: {done.stderr.strip()[-300:]}")
    return float(done.stdout)


def public_keys(keys: dict[str, dict[str, str]]) -> dict[str, PublicKey]:
    out: dict[str, PublicKey] = {}
    for key in keys.values():
        private = serialization.load_pem_private_key(Path(key["pem"]).read_bytes(), password=None)
        assert isinstance(private, rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey)
        out[key["key_id"]] = private.public_key()
    return out


class Bench:
    def __init__(self) -> None:
        self.work = venvs.HOME / "work"
        self.work.mkdir(parents=True, exist_ok=True)
        python = venvs.interpreter()
        self.pythons = {name: venvs.ensure(name, python) for name in PEERS}
        self.python_version = subprocess.run(
            [str(self.pythons["ours"]), "-c", "import platform; print(platform.python_version())"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        spec = load_spec(venvs.ROOT / "openapi.yaml")
        self.page, self.small = data.market_page(spec), data.order_groups(spec)
        (self.work / "page.json").write_bytes(self.page)
        self.keys = data.write_keys(self.work)
        frames, books = stream_data.orderbook_firehose(FIREHOSE_MARKETS, FIREHOSE_DELTAS)
        self.firehose = frames
        (self.work / "firehose.json").write_text(json.dumps(frames))
        (self.work / "firehose-books.json").write_text(json.dumps(books))
        self.firehose_frames, self.firehose_kib = len(frames), sum(map(len, frames)) // 1024
        self.resubscribes: dict[str, int] = {}  # SDK -> resubscriptions its client made while listening
        self.rates: list[float] = []  # deltas per second the exchange published while a consumer was timed
        # SDK -> "floor"/"sdk" -> every timed delta's latency, all rounds: the latency cells' quantiles
        self.lags: dict[str, dict[str, list[float]]] = {}
        self.stream: StreamServer  # the local exchange's WebSocket server and the blaster, while run() runs
        self.blaster: stream_data.Blaster
        # figure -> SDK -> per-round (floor, sdk) pairs; a cell with no pairs says why in `reasons`
        self.samples: dict[str, dict[str, list[tuple[float, float]]]] = {}
        self.reasons: dict[tuple[str, str], str] = {}

    def add(self, figure: str, sdk: str, floor: float, value: float) -> None:
        self.samples.setdefault(figure, {}).setdefault(sdk, []).append((floor, value))

    def imports(self) -> None:
        names = COLUMNS
        codes = {name: adapter(name)[1] for name in names}
        for name in names:  # warm the bytecode caches: no compile is timed
            for code in ("import httpx, attrs", codes[name]):
                cold_import_ms(self.pythons[name], code, self.work)
        for _ in range(IMPORT_ROUNDS):
            for name in names:
                floor = cold_import_ms(self.pythons[name], "import httpx, attrs", self.work)
                self.add("import", name, floor, cold_import_ms(self.pythons[name], codes[name], self.work))

    def run(self) -> str:
        start_context = table.machine()
        print(f"bench-peers: {start_context}", flush=True)
        if unknown := SELECTED - set(FIGURES):
            raise SystemExit(f"BENCH_PEERS_FIGURES: unknown {sorted(unknown)}; figures are {', '.join(FIGURES)}")
        if "import" in SELECTED:
            self.imports()
        routes = {WIRE_PREFIX + PAGE_PATH: self.page, WIRE_PREFIX + SMALL_PATH: self.small}
        with (
            LoopbackServer(routes, public_keys(self.keys)) as server,
            stream_data.exchange(
                public_keys(self.keys), STREAM_INTERVAL, STREAM_BURST, stream_data.tickers(LATENCY_MARKETS)
            ) as stream,
            stream_data.Blaster(self.firehose) as blaster,
        ):
            self.stream, self.blaster = stream, blaster
            config = self.work / "config.json"
            files = {"page": "page.json", "frames": "firehose.json", "books": "firehose-books.json"}
            config.write_text(json.dumps({"base_url": server.base_url, "keys": self.keys, **files}))
            workers = {name: WorkerProcess(name, self.pythons[name], config) for name in PEERS}
            try:
                server.strict = True  # every SDK's first calls must carry signatures that verify
                checks = {name: worker.ask("check") for name, worker in workers.items()}
                server.strict = False
                for name, worker in workers.items():  # each stream client once against the exchange
                    if adapter(name)[0].listen is not None:
                        checks[name]["listen"] = self._attempt_listen(worker)
                print("checks (first calls; the server verified every signature):", flush=True)
                for name, found in checks.items():
                    print(f"  {name}: " + ", ".join(f"{k}={v}" for k, v in found.items()), flush=True)
                if server.rejected:
                    raise SystemExit(f"the loopback server rejected: {server.rejected}")
                self.rounds(workers, checks)
            finally:
                for worker in workers.values():
                    worker.close()
        return self.report(start_context, checks)

    def rounds(self, workers: dict[str, WorkerProcess], checks: dict[str, dict[str, Any]]) -> None:
        order = list(workers)
        for number in range(ROUNDS):
            print(f"round {number + 1} of {ROUNDS}", flush=True)
            order = order[1:] + order[:1]  # rotate, so no SDK always runs first
            for name in order:
                worker, ok = workers[name], checks[name]
                if isinstance(ok.get("parse"), int) and "parse" in SELECTED:
                    got = worker.ask("parse", pairs=3)
                    self.add("parse", name, got["floor"], got["sdk"])
                for kind in KIND_LABEL:
                    if ok.get(f"get-{kind}") == "ok" and "get" in SELECTED:
                        got = worker.ask("get", kind=kind, count=GET_CALLS[kind])
                        self.add(f"get-{kind}", name, got["floor"], got["sdk"])
                    if ok.get(f"aget-{kind}") == "ok" and "aget" in SELECTED:
                        got = worker.ask("aget", kind=kind, total=ASYNC_TOTAL, in_flight=IN_FLIGHT)
                        self.add(f"aget-{kind}", name, got["floor"], got["sdk"])
                if isinstance(ok.get("firehose"), int) and "firehose" in SELECTED:
                    got = worker.ask("firehose", pairs=3)
                    self.add("firehose", name, got["floor"], got["sdk"])
                if ok.get("listen") == "ok" and "latency" in SELECTED:
                    floor, sdk = self.latency_pair(worker, name)  # the cells use self.lags; this round's, printed
                    us = "  ".join(
                        f"{f * 1e6:.0f}/{s * 1e6:.0f} us ({s / f:.2f}x)" for f, s in zip(floor, sdk, strict=True)
                    )
                    print(f"  {name} latency p50, p99 floor/sdk: {us}", flush=True)
                if ok.get("listen") == "ok" and "drain" in SELECTED:
                    self.add("drain", name, *(self.drain(worker, who) for who in ("floor", "sdk")))

    def drain(self, worker: WorkerProcess, who: str) -> float:
        """Deltas per second one consumer takes from the blaster (first delta to last)."""
        url = self.blaster.url
        arrivals = worker.ask("listen", who=who, url=url, markets=["ANY"], deltas=FIREHOSE_DELTAS)
        return float((len(arrivals) - 1) / (arrivals[-1][2] - arrivals[0][2]))

    def listen(self, worker: WorkerProcess, who: str, deltas: int) -> list[tuple[float, float]]:
        """(when the exchange queued it, seconds until the consumer held it) per delta, in arrival order."""
        stream = self.stream
        deadline = time.monotonic() + 10
        while stream.connection_count and time.monotonic() < deadline:  # the last consumer's connection is gone
            time.sleep(0.01)
        stream.emit_times = {}
        stream.commands.clear()
        url, markets = stream.url, stream_data.tickers(LATENCY_MARKETS)
        arrivals = worker.ask("listen", who=who, url=url, markets=markets, deltas=deltas)
        subscribes = sum(1 for command in list(stream.commands) if command.get("cmd") == "subscribe")
        if who == "sdk" and subscribes > 1:  # its client resubscribed (a gap it saw, or a frame it refused)
            self.resubscribes[worker.name] = self.resubscribes.get(worker.name, 0) + subscribes - 1
        published = dict(stream.emit_times)  # (sid, seq) -> when queued, for this one connection
        stream.emit_times = None
        return [(published[sid, seq], at - published[sid, seq]) for sid, seq, at in arrivals]

    def latency_pair(self, worker: WorkerProcess, name: str) -> tuple[tuple[float, float], tuple[float, float]]:
        """This round's p50 and p99 of the floor and of the SDK, each over its connections in LATENCY_ORDER.

        Every delta timed is also kept in ``lags``: the table's latency cells are quantiles over all rounds.
        Why: one stall of a few ms fills the tail of a connection's 3,000 deltas. In an A/A test (the floor
        against itself, 9 rounds) the per-round p99 ratio of two connections each ranged 0.71-1.58x and of
        four each 0.98-1.38x; over all rounds' deltas a stall weighs a few hundredths of the tail instead.
        """
        lags: dict[str, list[float]] = {"floor": [], "sdk": []}
        for who in LATENCY_ORDER:
            lags[who] += self.latencies(worker, who)
        kept = self.lags.setdefault(name, {"floor": [], "sdk": []})
        for who, timed in lags.items():
            kept[who] += timed
        floor, sdk = (quantiles(lags[who]) for who in ("floor", "sdk"))
        return floor, sdk

    def latencies(self, worker: WorkerProcess, who: str) -> list[float]:
        """One consumer's latencies on one connection, past the warm-up; records the rate the exchange kept."""
        timed = self.listen(worker, who, LATENCY_WARMUP + LATENCY_DELTAS)[LATENCY_WARMUP:]
        span = timed[-1][0] - timed[0][0]
        if span > 0:
            self.rates.append((len(timed) - 1) / span)
        return [lag for _, lag in timed]

    def _attempt_listen(self, worker: WorkerProcess) -> str:
        try:
            for who in ("floor", "sdk"):
                self.listen(worker, who, 200)
        except Exception as error:
            return f"error: {type(error).__name__}: {str(error)[:300]}"
        return "ok"

    def report(self, start_context: str, checks: dict[str, dict[str, Any]]) -> str:
        return report.build(self, start_context, checks)


def main() -> int:
    if not RECORDED.exists():
        print(f"bench-peers needs the recorded responses: {RECORDED} not found (../shared)", file=sys.stderr)
        return 2
    bench = Bench()
    text = bench.run()
    out = venvs.HOME / "results.md"
    out.write_text(text)
    print("\n" + text + f"\n(written to {out.relative_to(venvs.ROOT)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
