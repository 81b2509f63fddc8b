"""Runs inside one SDK's venv: ``python -m tests.peers.worker NAME CONFIG``, one JSON command a line on stdin.

Every answer times the floor and the SDK in this same process, back to back.
Loops are bounded in count and in time.
"""

from __future__ import annotations

import asyncio
import functools
import gc
import importlib
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.peers import floors
from tests.peers.common import Arrivals, AsyncCall, Call, Creds, Feed, Sdk

# venv name -> (module, attribute) of its adapter
ADAPTERS = {
    "ours": ("sdk_ours", "SDK"),
    "official": ("sdk_official", "SYNC"),
    "official-async": ("sdk_official", "ASYNC"),
    "kalshi-sdk": ("sdk_kalshi_sdk", "SDK"),
    "kalshi-py": ("sdk_kalshi_py", "SDK"),
}
BATCH_SECONDS = 30.0  # a timed batch stops early past this; its mean covers the calls it made


def adapter(name: str) -> tuple[Sdk, str]:
    """The adapter and the import line timed for the cold-import figure."""
    module_name, attribute = ADAPTERS[name]
    module = importlib.import_module(f"tests.peers.{module_name}")
    sdk: Sdk = getattr(module, attribute)
    return sdk, str(module.IMPORT)


def per_call(fn: Call, count: int) -> float:
    """Mean seconds per call over ``count`` calls (fewer if the batch passes BATCH_SECONDS)."""
    start = time.perf_counter()
    done = 0
    while done < count:
        fn()
        done += 1
        if time.perf_counter() - start > BATCH_SECONDS:
            break
    return (time.perf_counter() - start) / done


async def throughput(call: AsyncCall, total: int, in_flight: int) -> float:
    """Requests per second for ``total`` calls with at most ``in_flight`` at once."""
    gate = asyncio.Semaphore(in_flight)

    async def one() -> None:
        async with gate:
            await call()

    start = time.perf_counter()
    await asyncio.wait_for(asyncio.gather(*(one() for _ in range(total))), timeout=120)
    return total / (time.perf_counter() - start)


class Worker:
    def __init__(self, name: str, config: dict[str, Any]) -> None:
        self.sdk, _ = adapter(name)
        self.page = Path(config["page"]).read_bytes()
        self.creds = {
            kind: Creds(kind, key["key_id"], Path(key["pem"]).read_text(), config["base_url"])
            for kind, key in config["keys"].items()
        }
        self.calls: dict[str, tuple[Call, Call]] = {}  # kind -> (floor, sdk), built once
        self.frames: list[str] = json.loads(Path(config["frames"]).read_text())
        self.books = json.loads(Path(config["books"]).read_text())  # every book after the last frame

    def _sync_pair(self, kind: str) -> tuple[Call, Call]:
        if kind not in self.calls:
            assert self.sdk.signed_get is not None
            self.calls[kind] = floors.signed_get(self.creds[kind]), self.sdk.signed_get(self.creds[kind])
        return self.calls[kind]

    def check(self) -> dict[str, Any]:
        """Each figure once, so a failure shows as a reason instead of a number."""
        out: dict[str, Any] = {}
        if (parse := self.sdk.parse) is not None:
            out["parse"] = _attempt(lambda: len(parse(self.page)))
        for kind in self.creds:
            if kind not in self.sdk.keys:
                continue
            if self.sdk.signed_get is not None:
                out[f"get-{kind}"] = _attempt(functools.partial(self.get, kind, 1))
            if self.sdk.async_get is not None:
                out[f"aget-{kind}"] = _attempt(functools.partial(self.aget, kind, 20, 5))
        if (firehose := self.sdk.firehose) is not None:
            out["firehose"] = _attempt(lambda: self._same_books(firehose(self.frames)()))
        return out

    def _same_books(self, books: dict[str, Any]) -> int:
        """The frame count, once the SDK's books equal the exchange's after the last frame."""
        if books != self.books:
            wrong = sorted(t for t in self.books if books.get(t) != self.books[t])[:3]
            raise ValueError(f"its books differ from the exchange's after the firehose (e.g. {wrong})")
        return len(self.frames)

    def firehose(self, pairs: int) -> dict[str, float]:
        """Decode + book maintenance of every frame, against ``json.loads`` of every frame."""
        firehose, frames = self.sdk.firehose, self.frames
        assert firehose is not None
        loads = json.loads

        def floor() -> None:
            for frame in frames:
                loads(frame)

        timed_floor, timed_sdk = [], []
        for _ in range(pairs):
            timed_floor.append(per_call(floor, 1))
            timed_sdk.append(per_call(lambda: firehose(frames), 1))
        return {"floor": statistics.median(timed_floor), "sdk": statistics.median(timed_sdk)}

    def listen(self, who: str, url: str, markets: list[str], deltas: int) -> Arrivals:
        """One consumer (the bare floor or the SDK) subscribed to the exchange until ``deltas`` deltas arrived."""
        listen = floors.listen if who == "floor" else self.sdk.listen
        assert listen is not None
        feed = Feed(url, tuple(markets), deltas)
        # Every consumer starts from a collected heap: a full collection of the garbage the worker's earlier
        # figures left would otherwise fall, tens of ms long, into whichever connection happens to be open
        # (bench-peers 2026-12-06: 43-67 ms in ours, 48 ms in kalshi-sdk's; gc.callbacks). Collections the
        # consumer's own frames cause still fall inside its connection and are timed.
        gc.collect()
        return asyncio.run(asyncio.wait_for(listen(self.creds["rsa"], feed), timeout=120))

    def parse(self, pairs: int) -> dict[str, float]:
        parse, page = self.sdk.parse, self.page
        assert parse is not None
        floor, work = [], []
        for _ in range(pairs):
            floor.append(per_call(lambda: json.loads(page), 1))
            work.append(per_call(lambda: parse(page), 1))
        return {"floor": statistics.median(floor), "sdk": statistics.median(work)}

    def get(self, kind: str, count: int) -> dict[str, float]:
        floor, sdk = self._sync_pair(kind)
        return {"floor": per_call(floor, count), "sdk": per_call(sdk, count)}

    async def _aget(self, kind: str, total: int, in_flight: int) -> dict[str, float]:
        assert self.sdk.async_get is not None
        out = {}
        for label, factory in (("floor", floors.async_get), ("sdk", self.sdk.async_get)):
            call, close = factory(self.creds[kind])
            await throughput(call, min(total, 100), in_flight)  # warm: connections, lazy imports
            out[label] = await throughput(call, total, in_flight)
            await close()
        return out

    def aget(self, kind: str, total: int, in_flight: int) -> dict[str, float]:
        return asyncio.run(self._aget(kind, total, in_flight))


def _attempt(fn: Callable[[], object]) -> object:
    """``fn``'s result (or "ok"), or the error that stops this SDK doing the figure."""
    try:
        result = fn()
    except Exception as error:
        return f"error: {type(error).__name__}: {str(error)[:300]}"
    return result if isinstance(result, int) else "ok"


def main() -> None:
    name, config_path = sys.argv[1], sys.argv[2]
    answers, sys.stdout = sys.stdout, sys.stderr  # an SDK that prints cannot garble the answers
    worker = Worker(name, json.loads(Path(config_path).read_text()))
    for line in sys.stdin:
        command = json.loads(line)
        action = command.pop("cmd")
        if action == "quit":
            break
        try:
            result = getattr(worker, action)(**command)
        except Exception as error:  # the orchestrator raises it; this worker stays up for the other figures
            result = {"worker_error": f"{type(error).__name__}: {str(error)[:500]}"}
        print(json.dumps(result), file=answers, flush=True)


if __name__ == "__main__":
    main()
