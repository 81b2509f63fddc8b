"""Turns the per-round samples into the table's cells: medians of per-round ratios, and footnotes."""

from __future__ import annotations

import statistics
from typing import TYPE_CHECKING, Any

from tests.peers import table
from tests.peers.common import SELECTED
from tests.peers.pins import PEERS
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

if TYPE_CHECKING:
    from tests.peers.run import Bench

KINDS = {"rsa": "RSA-2048", "ed25519": "Ed25519"}
ONLY_RSA = "RSA keys only: its key loader refuses an Ed25519 key"


COLUMNS = {"ours": "ours"}  # a peer's column: its name and version


def _version(name: str) -> str:
    return PEERS[name][-1].split("==")[-1]


def _label(name: str) -> str:
    return COLUMNS.get(name) or f"{name} {_version(name)}"


class Cells:
    def __init__(self, bench: Bench, checks: dict[str, dict[str, Any]]) -> None:
        self.bench, self.checks = bench, checks
        self.notes: list[str] = []

    def note(self, text: str) -> str:
        if text not in self.notes:
            self.notes.append(text)
        return f"- [{self.notes.index(text) + 1}]"

    def missing(self, figure: str, name: str) -> str:
        """'-' and the footnote saying why this SDK has no number here."""
        found = self.checks.get(name, {}).get(figure)
        if _run_as(figure) not in SELECTED:
            return self.note("not run: BENCH_PEERS_FIGURES left this figure out.")
        if isinstance(found, str) and found.startswith("error"):
            return self.note(f"{name}: {found}")
        kind = figure.rsplit("-", 1)[-1]
        sdk = adapter(name)[0]
        if kind in KINDS and kind not in sdk.keys:
            return self.note(f"{name}: {ONLY_RSA}.")
        if figure.startswith("aget") and sdk.async_get is None:
            return self.note(f"{name}: no asyncio API.")
        if figure in STREAM_FIGURES and sdk.firehose is None:
            return self.note(f"{name}: no WebSocket client or stream message models (none in its installed package).")
        return self.note(f"{name}: not measured ({found!r}).")

    def ratio(self, figure: str, name: str, unit: str, scale: float, throughput: bool = False) -> str:
        pairs = self.bench.samples.get(figure, {}).get(name)
        if not pairs:
            return self.missing(figure, name)
        if throughput:  # floor and SDK are req/s: the cost ratio is floor / SDK
            ratio = statistics.median(f / s for f, s in pairs)
            return f"{statistics.median(s for _, s in pairs):.0f} req/s ({ratio:.2f}x)"
        ratio = statistics.median(s / f for f, s in pairs)
        value = statistics.median(s for _, s in pairs) * scale
        return f"**{ratio:.2f}x** ({value:.{1 if unit == 'ms' else 0}f} {unit})"

    def latency(self, figure: str, name: str) -> str:
        """A quantile over every round's deltas: the SDK's against its floor's (both in its own process)."""
        lags = self.bench.lags.get(name)
        if not lags or not lags["sdk"] or not lags["floor"]:
            return self.missing(figure, name)
        index = 0 if figure == "lat50" else 1
        sdk, floor = quantiles(lags["sdk"])[index], quantiles(lags["floor"])[index]
        return f"**{sdk / floor:.2f}x** ({sdk * 1e6:.0f} us)"

    def latency_floor(self, figure: str) -> float:
        """The floors' quantile over every SDK's rounds, in microseconds."""
        floors = [lag for lags in self.bench.lags.values() for lag in lags["floor"]]
        return quantiles(floors)[0 if figure == "lat50" else 1] * 1e6 if floors else float("nan")

    def frames(self, figure: str, name: str, count: int) -> str:
        """A time per pass as a ratio, with the frames per second it means."""
        pairs = self.bench.samples.get(figure, {}).get(name)
        if not pairs:
            return self.missing(figure, name)
        ratio = statistics.median(s / f for f, s in pairs)
        return f"**{ratio:.2f}x** ({count / statistics.median(s for _, s in pairs):,.0f} frames/s)"

    def floor(self, figure: str, scale: float) -> float:
        floors = [f * scale for pairs in self.bench.samples.get(figure, {}).values() for f, _ in pairs]
        return statistics.median(floors) if floors else float("nan")  # nan: a figure BENCH_PEERS_FIGURES left out


def build(bench: Bench, start_context: str, checks: dict[str, dict[str, Any]]) -> str:
    cells = Cells(bench, checks)
    names = _columns()
    columns = [_label(name) for name in names]
    rows: list[tuple[str, list[str]]] = []
    kib = len(bench.page) // 1024
    rows.append(
        (
            f"parse a real-shaped 1000-market GetMarkets page ({kib} KiB), ratio to `json.loads` "
            f"(~{cells.floor('parse', 1e3):.0f} ms)",
            [cells.ratio("parse", n, "ms", 1e3) for n in names],
        )
    )
    for kind, label in KINDS.items():
        rows.append(
            (
                f"signed GET /portfolio/order_groups, sync, {label}, ratio to bare sign + bare httpx GET + "
                f"`json.loads` (~{cells.floor(f'get-{kind}', 1e6):.0f} us)",
                [cells.ratio(f"get-{kind}", n, "us", 1e6) for n in names],
            )
        )
    rows.append(
        (
            f"cold import, client + one operation, ratio to `import httpx, attrs` (~{cells.floor('import', 1):.0f} ms)",
            [cells.ratio("import", n, "ms", 1) for n in names],
        )
    )
    for kind, label in KINDS.items():
        rows.append(
            (
                f"2000 async GETs at 50 in flight, {label}: req/s (ratio to bare httpx.AsyncClient)",
                [cells.ratio(f"aget-{kind}", _async(n), "", 1, throughput=True) for n in names],
            )
        )
    rows += _stream_rows(bench, cells, names)
    ours_vs = _versus_official(bench)
    context = [
        f"Python {bench.python_version} in every venv. Started {start_context}.",
        f"Finished {table.machine()}.",
        "Each cell but latency's: median over interleaved rounds of (SDK / floor), both timed in the same "
        "process and round; the SDK's own median in parentheses (latency: see its note). All HTTP goes to a "
        "loopback server (keep-alive) serving the same bytes to every SDK.",
    ]
    notes = [f"[{i + 1}] {text}" for i, text in enumerate(cells.notes)]
    notes += [
        "The official SDK's async figure is `kalshi-python-async` "
        f"{_version('official-async')}; ours / official async: {ours_vs}.",
        "The page carries every 3.31.0 field, the fields the January 2026 recordings still had "
        "(kalshi-sdk requires `liquidity_dollars`, kalshi-py the legacy integer prices and "
        "`response_price_units`) and two that kalshi-py requires and nothing else sends "
        "(`category`, `risk_limit_cents`); without them those two SDKs raise on the page.",
        "Parse paths: ours `get_markets._parse_response`; official `ApiClient.deserialize` "
        "(what every call does); kalshi-sdk `Market.model_validate` per item (what `markets.list` "
        "does); kalshi-py `get_markets._parse_response`.",
        "The floors' HTTP is httpx, as ours and two peers use; the official SDKs use urllib3 (sync) "
        "and aiohttp (async), which can beat it, so a ratio below 1 means faster than httpx. "
        "httpx's AsyncClient itself slows as requests in flight grow.",
        "Imports timed: " + "; ".join(f"{_label(name)} `{adapter(name)[1]}`" for name in names) + ".",
        "Client-side rate limiting off in ours (`rate_limit=None`); the peers have none.",
        *_stream_notes(bench),
    ]
    return table.render("make bench-peers", context, columns, rows, notes)


STREAM_FIGURES = ("firehose", "drain", "lat50", "lat99")


def _stream_rows(bench: Bench, cells: Cells, names: list[str]) -> list[tuple[str, list[str]]]:
    count = bench.firehose_frames
    rate = f"~{statistics.median(bench.rates):,.0f}" if bench.rates else "?"
    rows = [
        (
            f"orderbook firehose, decode + order books: {FIREHOSE_MARKETS} snapshots then {FIREHOSE_DELTAS:,} "
            f"deltas ({bench.firehose_kib} KiB), ratio to `json.loads` of every frame "
            f"(~{cells.floor('firehose', 1e3):.0f} ms)",
            [cells.frames("firehose", n, count) for n in names],
        ),
        (
            "the same firehose through the SDK's WebSocket client, loopback server sending as fast as it can: "
            "deltas/s (ratio to bare `websockets` + `json.loads`)",
            [cells.ratio("drain", n, "", 1, throughput=True).replace(" req/s", " deltas/s") for n in names],
        ),
    ]
    for figure, label in (("lat50", "p50"), ("lat99", "p99")):
        rows.append(
            (
                f"latency {label}, local exchange publishes a delta -> the consumer holds it (book applied), "
                f"{len(LATENCY_ORDER) // 2} x {LATENCY_DELTAS} deltas a round at {rate}/s, over all rounds, ratio "
                "to bare `websockets` + `json.loads` "
                f"(~{cells.latency_floor(figure):.0f} us)",
                [cells.latency(figure, n) for n in names],
            )
        )
    return rows


def _stream_notes(bench: Bench) -> list[str]:
    rates = sorted(bench.rates)
    held = f"{rates[0]:,.0f}-{rates[-1]:,.0f}" if rates else "?"
    resubscribed = [f"{_label(name)} {count} time(s)" for name, count in bench.resubscribes.items() if count] or [
        "none"
    ]
    return [
        "Stream: ours is `parse_message` + `OrderBooks.apply` (firehose) and `KalshiStream` + `OrderBooks` "
        "(latency); kalshi-sdk is what its `KalshiWebSocket._process_frame` does with an orderbook frame "
        "(`json.loads`, `SequenceTracker.track_sync`, `OrderbookSnapshotMessage`/`OrderbookDeltaMessage."
        "model_validate`, `OrderbookManager._apply_snapshot_inplace`/`_apply_delta_inplace`: its public "
        "`apply_snapshot`/`apply_delta` also build a sorted `Orderbook` per message) and its own `KalshiWebSocket`, "
        "pointed at the exchange by `ws_base_url`, with a 100,000-message queue (its default 1,000, overflow "
        "raising, fails under the loopback server). Every SDK's books must equal the exchange's after the "
        "firehose, or it gets no number.",
        f"Latency: the local exchange (`StreamServer`, in the benchmark's process) publishes {STREAM_BURST} deltas "
        f"every {STREAM_INTERVAL * 1e3:g} ms over {LATENCY_MARKETS} markets (it held {held} deltas/s across the "
        "timed consumers: its own publisher is the limit); times are `perf_counter` (CLOCK_MONOTONIC, one clock "
        "for every process) from queueing the frame to the consumer holding it; the first "
        f"{LATENCY_WARMUP} deltas of each connection are not counted; each round times the consumers in the order "
        f"{', '.join(LATENCY_ORDER)} (its own connection each; the second half mirrors the first, so neither "
        "holds the better places), and a consumer's p50 and p99 are over all of its connections in all rounds, "
        "its floor's over the floor's connections in the same rounds and process (the per-round figures are "
        "printed as the rounds run). Each stream connection, floor's and SDK's (the through-the-client row's too), "
        "starts after a full `gc.collect()` in its worker: a full collection of what the worker's earlier "
        "figures left (43-67 ms seen) otherwise lands in whichever connection is open; collections a "
        "consumer's own frames cause are still timed. "
        "Frames from the exchange carry no `ts`; "
        "the firehose's do, as in the AsyncAPI example.",
        "Resubscriptions while listening to the exchange: " + ", ".join(resubscribed) + ". The exchange sends a "
        "snapshot of a book with an empty side without that side's key, as the AsyncAPI document says Kalshi does; "
        "kalshi-sdk's snapshot model requires both keys, so its client drops such a snapshot as malformed, sees "
        "the next seq as a gap and resubscribes (the latency of its deltas meanwhile is counted as it came).",
    ]


def _run_as(figure: str) -> str:
    """The BENCH_PEERS_FIGURES name of a table figure (get-rsa -> get, lat99 -> latency)."""
    return "latency" if figure.startswith("lat") else figure.split("-", 1)[0]


def _columns() -> list[str]:
    return [name for name in PEERS if name != "official-async"]


def _async(name: str) -> str:
    return "official-async" if name == "official" else name


def _versus_official(bench: Bench) -> str:
    parts = []
    for kind, label in KINDS.items():
        runs = bench.samples.get(f"aget-{kind}", {})
        if runs.get("ours") and runs.get("official-async"):
            ours = statistics.median(s for _, s in runs["ours"])
            official = statistics.median(s for _, s in runs["official-async"])
            parts.append(f"{ours / official:.2f}x the requests per second ({label})")
    return "; ".join(parts) or "not measured"
