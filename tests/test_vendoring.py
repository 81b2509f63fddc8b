"""``make vendor``: the runtime packages copied into a project, type-checked and run there with only
the runtime dependencies importable (no dev tools, no stubs, no optional extras)."""

from __future__ import annotations

import importlib.metadata
import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from codegen.vendor import MARKER, RUNTIME_PACKAGES, VendorError, left_out, runtime_dependencies, vendor
from kalshi_auth import __version__
from tests.conftest import ROOT

# A user's program over the vendored packages: public and signed clients, a stream model,
# the version constants, the DataFrame helper's import (pandas itself is not installed).
SCRIPT = """
from __future__ import annotations

import asyncio

import httpx
from cryptography.hazmat.primitives.asymmetric import ed25519

import kalshi_stream
from kalshi_auth import API_VERSION, CredentialsRequiredError, __version__, kalshi_client, kalshi_public_client
from kalshi_auth.frames import to_dataframe
from kalshi_stream_messages import API_VERSION as STREAM_API_VERSION
from kalshi_trade_api.api.market import get_markets
from kalshi_trade_api.api.portfolio import get_balance
from kalshi_trade_api.types import parse_datetime

BODY = {"markets": [], "cursor": ""}


def answer(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/portfolio/balance"):
        assert "KALSHI-ACCESS-SIGNATURE" in request.headers
        return httpx.Response(200, json={"balance": 12, "balance_dollars": "0.1200", "portfolio_value": 0,
                                         "portfolio_value_dollars": "0.0000", "updated_ts": 1})
    return httpx.Response(200, json=BODY)


def main() -> None:
    transport = httpx.MockTransport(answer)
    public = kalshi_public_client(base_url="http://127.0.0.1:9/trade-api/v2", transport=transport)
    print("markets", len(get_markets.sync(client=public, status="open").markets))
    try:
        get_balance.sync(client=public)  # type: ignore[arg-type]
    except CredentialsRequiredError:
        print("refused")
    key = ed25519.Ed25519PrivateKey.generate()
    with kalshi_client("vendored-key-1", key, base_url="http://127.0.0.1:9/trade-api/v2", transport=transport) as c:
        print("balance", get_balance.sync(client=c).balance_dollars)
        print("async", len(asyncio.run(get_markets.asyncio(client=c)).markets))
    print("dateutil", parse_datetime("2026-01-02T03:04:05.123456789Z", "t").year)
    print("versions", __version__, API_VERSION, STREAM_API_VERSION, kalshi_stream.__name__, to_dataframe.__name__)


main()
"""


def _top_level_names(dist: importlib.metadata.Distribution) -> set[str]:
    text = dist.read_text("top_level.txt")
    if text:
        return {line.strip() for line in text.splitlines() if line.strip()}
    names = set()
    for file in dist.files or []:
        first = file.parts[0]
        if first.endswith((".dist-info", ".data")) or first in ("..", "__pycache__", "bin"):
            continue
        names.add(first.split(".")[0] if len(file.parts) == 1 else first)
    return names


def runtime_closure(requirements: list[str]) -> dict[str, importlib.metadata.Distribution]:
    """The installed distributions the runtime requirements pull in, transitively (markers evaluated, no extras)."""
    found: dict[str, importlib.metadata.Distribution] = {}
    pending = [Requirement(r) for r in requirements]
    while pending:
        requirement = pending.pop()
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue
        dist = importlib.metadata.distribution(requirement.name)
        key = dist.metadata["Name"].lower().replace("_", "-")
        if key in found:
            continue
        found[key] = dist
        pending += [Requirement(r) for r in dist.requires or []]
    return found


def runtime_only_python(where: Path) -> Path:
    """A venv whose site-packages holds only the runtime dependencies (links into this venv's)."""
    venv.EnvBuilder(with_pip=False, symlinks=True).create(where)
    python = where / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    for dist in runtime_closure(runtime_dependencies()).values():
        base = Path(str(dist.locate_file("")))
        for name in _top_level_names(dist):
            for candidate in [base / name, *base.glob(f"{name}.*")]:
                if candidate.exists() and not (site / candidate.name).exists():
                    (site / candidate.name).symlink_to(candidate)
        info = Path(str(dist._path))  # type: ignore[attr-defined]  # the .dist-info folder
        (site / info.name).symlink_to(info)
    return python


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("vendored")
    vendor(root / "project")
    (root / "project" / "bot.py").write_text(SCRIPT)
    return root / "project", runtime_only_python(root / "venv")


def test_vendor_copies_exactly_the_runtime_packages(project: tuple[Path, Path]) -> None:
    folder, _ = project
    assert sorted(p.name for p in folder.iterdir()) == sorted([*RUNTIME_PACKAGES, "bot.py"])
    not_copied = left_out()
    for name, source in RUNTIME_PACKAGES.items():
        shipped = {p.relative_to(source) for p in source.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
        shipped -= {p.relative_to(source) for p in not_copied if source in p.parents}
        copied = {p.relative_to(folder / name) for p in (folder / name).rglob("*") if p.is_file()}
        assert copied == shipped | {Path(MARKER)}, name
    # Only the demo needs the local exchange; the exchange itself is never copied.
    assert [p.relative_to(ROOT).as_posix() for p in not_copied] == ["stream/kalshi_stream/demo.py"]
    record = json.loads((folder / "kalshi_auth" / MARKER).read_text())
    assert record["version"] == __version__ and record["api_version"] in __version__


def test_vendor_replaces_only_what_it_wrote(tmp_path: Path) -> None:
    vendor(tmp_path)
    (tmp_path / "kalshi_auth" / "stale.py").write_text("")
    vendor(tmp_path)  # a second run upgrades in place
    assert not (tmp_path / "kalshi_auth" / "stale.py").exists()
    mine = tmp_path / "other"
    (mine / "kalshi_stream").mkdir(parents=True)
    (mine / "kalshi_stream" / "mine.py").write_text("keep")
    with pytest.raises(VendorError, match="not written by `make vendor`"):
        vendor(mine)
    assert (mine / "kalshi_stream" / "mine.py").read_text() == "keep" and not (mine / "kalshi_auth").exists()
    with pytest.raises(VendorError, match="this repository"):
        vendor(ROOT / "somewhere")


def test_only_runtime_dependencies_are_importable_there(project: tuple[Path, Path]) -> None:
    _, python = project
    absent = ("pytest", "mypy", "dateutil-stubs", "pandas", "openapi_core")
    probe = f"import importlib.util as u; print([m for m in {absent!r} if u.find_spec(m)])"
    result = subprocess.run([str(python), "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_vendored_code_passes_a_users_mypy_strict_and_runs(project: tuple[Path, Path]) -> None:
    folder, python = project
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(folder)}
    checked = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--python-executable",
            str(python),
            # The program, and the handwritten packages whole; the generated ones as far as the
            # program and those packages import them (every generated module comes from the same templates).
            "bot.py",
            "kalshi_auth",
            "kalshi_stream",
        ],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout[-4000:]
    ran = subprocess.run([str(python), "bot.py"], cwd=folder, env=env, capture_output=True, text=True, check=False)
    assert ran.returncode == 0, ran.stderr[-3000:]
    lines = ran.stdout.splitlines()
    assert lines[:5] == ["markets 0", "refused", "balance 0.1200", "async 0", "dateutil 2026"], lines
    assert lines[5].startswith(f"versions {__version__} ")
