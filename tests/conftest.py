"""Shared fixtures: the repo layout, the upstream spec corpus, generated clients."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from codegen.generate import generate

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = Path(os.environ.get("KALSHI_SPECS_DIR", ROOT.parent / "shared" / "kalshi-specs"))
CORPUS = sorted(CORPUS_DIR.glob("*.yaml"))
IN_CI = os.environ.get("CI", "").lower() == "true"
# Every variable kalshi_client and KalshiStream read, for tests that set or clear them.
KALSHI_ENV_VARS = (
    "KALSHI_API_KEY_ID",
    "KALSHI_PRIVATE_KEY_PATH",
    "KALSHI_PRIVATE_KEY",
    "KALSHI_PRIVATE_KEY_PASSPHRASE",
    "KALSHI_ENV",
    "KALSHI_BASE_URL",
    "KALSHI_WS_URL",
    "KALSHI_PERPS_WS_URL",
    # Kalshi's other products (kalshi_auth.perps_client, kalshi_auth.scm_client)
    "KALSHI_PERPS_BASE_URL",
    "KALSHI_SCM_BASE_URL",
    "KALSHI_SCM_ADMIN_USER_ID",
    "KALSHI_SCM_ACCESS_TOKEN",
)


def corpus_params() -> list[object]:
    """One param per corpus spec, or one that fails (CI) / skips (elsewhere) when it is absent."""
    if CORPUS:
        return [pytest.param(path, id=path.stem) for path in CORPUS]
    reason = f"no spec corpus at {CORPUS_DIR} (set KALSHI_SPECS_DIR or check out ../shared)"
    return [pytest.param(None, id="corpus-missing", marks=pytest.mark.skipif(not IN_CI, reason=reason))]


def require_corpus(spec: Path | None) -> Path:
    if spec is None:
        pytest.fail(f"CI=true but the spec corpus is missing at {CORPUS_DIR}")
    return spec


class GeneratedClients:
    """Generates each spec once per session into a temporary folder."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self._done: dict[Path, Path] = {}

    def get(self, spec: Path) -> Path:
        if spec not in self._done:
            out = self.base / spec.stem
            generate(spec, out)
            self._done[spec] = out
        return self._done[spec]


@pytest.fixture(scope="session")
def generated_clients(tmp_path_factory: pytest.TempPathFactory) -> GeneratedClients:
    return GeneratedClients(tmp_path_factory.mktemp("clients"))


@pytest.fixture
def import_from(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """Import a generated package (``kalshi_trade_api`` unless named) from a given folder, isolated from
    other tests (callable more than once)."""
    import importlib
    import sys

    touched = {"kalshi_trade_api"}

    def ours() -> dict[str, Any]:
        return {m: sys.modules[m] for m in list(sys.modules) if m.split(".", 1)[0] in touched}

    before = ours()

    def _import(folder: Path, package: str = "kalshi_trade_api") -> object:
        if package not in touched:
            touched.add(package)
            before.update(ours())
        for name in ours():
            if name.split(".", 1)[0] == package:
                del sys.modules[name]
        monkeypatch.syspath_prepend(str(folder))
        importlib.invalidate_caches()
        return importlib.import_module(package)

    yield _import
    for name in ours():
        del sys.modules[name]
    sys.modules.update(before)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Print the contract suite's per-spec counts (operations called, passed, failed)."""
    from tests.test_contract import REPORTS

    if not REPORTS:
        return
    terminalreporter.section("contract suite: calls through kalshi_client against the local exchange")
    for report in REPORTS:
        terminalreporter.write_line(
            f"{report.spec:<32} called {report.called:>4}  passed {report.passed:>4}  failed {len(report.failures):>3}"
        )
