"""The README's code runs against the local exchange and type-checks as a user's script would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.readme_walkthrough import as_script, local_exchange, python_blocks, run


def test_readme_has_the_walkthrough_blocks() -> None:
    code = "\n".join(block for _, block in python_blocks())
    for call in ("get_markets.sync", "paginate(get_markets", "get_market_orderbook.sync", "get_balance.sync"):
        assert call in code
    for call in ("create_order_v2.sync", "get_orders.sync", "cancel_order_v2.sync", "get_positions", "get_fills"):
        assert call in code
    assert "get_order_groups.sync" in code and "asyncio.run" in code


def test_every_readme_block_runs_against_the_local_exchange(capsys: pytest.CaptureFixture[str]) -> None:
    with local_exchange() as exchange:
        namespace = run(python_blocks())
    printed = capsys.readouterr().out
    assert "is not allowed; GetMarketsStatus is one of:" in printed  # the typo raised ...
    secured = [seen for seen in exchange.seen if seen.operation and "/portfolio/" in seen.operation]
    assert secured and all(seen.verified for seen in secured)
    assert all(seen.status < 400 for seen in exchange.seen if seen.operation == "GET /markets")  # ... before sending
    assert {"POST /portfolio/events/orders", "DELETE /portfolio/events/orders/{order_id}"} <= {
        s.operation for s in exchange.seen
    }
    assert type(namespace["placed"]).__name__ == "CreateOrderV2Response"
    assert "Unset object" not in printed and "KalshiClient(base_url=" in printed


def test_readme_code_passes_mypy_strict_without_narrowing(tmp_path: Path) -> None:
    script = tmp_path / "readme_script.py"
    script.write_text(as_script(python_blocks()))
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--warn-unreachable", str(script)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:]
