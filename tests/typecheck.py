"""``mypy --strict`` on generated or user code, in a subprocess (no shared cache between clients)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path


def mypy_strict(target: str, cwd: Path | None = None, *extra: str, explain: Callable[[str], str] = str) -> None:
    """Fail the test with mypy's output (passed through ``explain``) unless ``target`` passes ``mypy --strict``."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *extra, target],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, explain(result.stdout)[-3000:]
