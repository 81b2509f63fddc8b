"""One wheel ships every package, typed."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import ROOT


def test_wheel_ships_generated_client_and_auth_plugin(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("kalshi_trade_api-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "kalshi_trade_api/__init__.py",
        "kalshi_trade_api/py.typed",
        "kalshi_trade_api/client.py",
        "kalshi_trade_api/_generation_stamp.json",
        "kalshi_auth/__init__.py",
        "kalshi_auth/py.typed",
        "kalshi_errors/__init__.py",  # the errors every product's package shares
        "kalshi_errors/py.typed",
        "kalshi_perps/_sdk_errors.py",
        "kalshi_stream_messages/models/__init__.py",
        "kalshi_stream_messages/_openapi.json",
        "kalshi_stream_messages/py.typed",
        "kalshi_stream/__init__.py",
        "kalshi_stream/py.typed",
        "kalshi_exchange/__init__.py",
        "kalshi_exchange/py.typed",
    ):
        assert required in names
    assert not [
        n for n in names if n.startswith(("generated/", "auth_plugin/", "stream/", "exchange/", "tests/", "codegen/"))
    ]
    metadata = next(n for n in names if n.endswith("METADATA"))
    text = zipfile.ZipFile(wheel).read(metadata).decode()
    assert "Requires-Python: >=3.10" in text
