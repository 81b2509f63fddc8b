"""``make bench``: speed as ratios to floors measured in the same run (machines are noisy).

Each line reports the measurement, its floor, the ratio and the budget. Exit
status 1 when a budget is broken. Needs the spec corpus (../shared/kalshi-specs).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from codegen.generate import generate
from codegen.specfile import load_spec
from tests.conftest import CORPUS_DIR

LATEST = CORPUS_DIR / "openapi-3.31.0.yaml"
results: list[tuple[str, bool]] = []


def report(name: str, value: str, ratio: float | None = None, budget: float | None = None) -> None:
    ok = budget is None or ratio is None or ratio <= budget
    extra = "" if ratio is None else f"  ratio {ratio:.2f}" + ("" if budget is None else f" (budget {budget:.2f})")
    print(f"{'ok  ' if ok else 'OVER'} {name}: {value}{extra}", flush=True)
    results.append((name, ok))


def best_of(fn: Callable[[], object], repeat: int, number: int) -> float:
    """Median seconds per call over ``repeat`` rounds of ``number`` calls."""
    rounds = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        rounds.append((time.perf_counter() - start) / number)
    return statistics.median(rounds)


def fresh_import_ms(code: str, path: Path, runs: int) -> list[float]:
    timer = f"import time; t = time.perf_counter(); {code}; print((time.perf_counter() - t) * 1000)"
    env = dict(os.environ, PYTHONPATH=str(path))
    # Time imports as an installed package runs them (pip compiles at install): from bytecode, not a compile.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return [
        float(subprocess.run([sys.executable, "-c", timer], env=env, capture_output=True, text=True, check=True).stdout)
        for _ in range(runs)
    ]


def bench_generation(out: Path) -> None:
    times = []
    for _ in range(3):
        start = time.perf_counter()
        generate(LATEST, out)
        times.append(time.perf_counter() - start)
    report(
        "regenerate 3.31.0 client (117 ops, validation + ruff included), median of 3",
        f"{statistics.median(times):.2f} s",
    )


def bench_import(out: Path) -> None:
    floor_code = "import httpx, attrs"
    op = "from kalshi_trade_api.api.order_groups import get_order_groups"
    # What a trader imports (the signed client and an operation), and the generated package alone.
    codes = {"client": f"from kalshi_auth import kalshi_client; {op}", "generated": f"import kalshi_trade_api; {op}"}
    for code in (floor_code, *codes.values()):
        fresh_import_ms(code, out, 2)  # warm the bytecode caches
    floor: list[float] = []
    times: dict[str, list[float]] = {name: [] for name in codes}
    for _ in range(15):  # interleaved so machine load hits all alike
        floor += fresh_import_ms(floor_code, out, 1)
        for name, code in codes.items():
            times[name] += fresh_import_ms(code, out, 1)
    f = statistics.median(floor)
    client, generated = statistics.median(times["client"]), statistics.median(times["generated"])
    report(
        "cold import kalshi_client + get_order_groups (3.31.0), median of 15 fresh processes",
        f"{client:.1f} ms vs httpx+attrs {f:.1f} ms (the generated package and the operation alone: "
        f"{generated:.1f} ms, {generated / f:.2f}x)",
        client / f,
        1.3,
    )


def main() -> int:
    if not LATEST.exists():
        print(f"make bench needs the spec corpus: {LATEST} not found", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "client-3.31.0"
        bench_generation(out)
        bench_import(out)
        sys.path.insert(0, str(out))  # everything below runs on the 3.31.0 client
        from tests import bench_auth, bench_exchange, bench_parse, bench_stream, bench_trading

        bench_parse.main(report, load_spec(LATEST))

        bench_auth.main(report)
        bench_exchange.main(report)
        bench_stream.main(report)
        bench_trading.main(report)
    broken = [name for name, ok in results if not ok]
    print(f"{len(results) - len(broken)} within budget, {len(broken)} over")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
