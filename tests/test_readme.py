"""The README's and docs/ pages' code runs against the local exchange and type-checks as a user's script would."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.readme_walkthrough import README, ROOT, as_script, local_exchange, origin, pages, python_blocks, run
from tests.typecheck import mypy_strict


def test_readme_has_the_walkthrough_blocks() -> None:
    code = "\n".join(block.code for block in python_blocks())
    for call in ("get_markets.sync", "paginate(get_markets", "get_market_orderbook.sync", "get_balance.sync"):
        assert call in code
    for call in ("create_order_v2.sync", "get_orders.sync", "cancel_order_v2.sync", "get_positions", "get_fills"):
        assert call in code
    assert "get_order_groups.sync" in code and "asyncio.run" in code


def test_the_readme_is_a_front_page_and_every_docs_page_is_linked_and_runs() -> None:
    """A newcomer's README: short, and every page under docs/ reachable from it (so its blocks run)."""
    assert len(README.read_text(encoding="utf-8").splitlines()) <= 150
    linked = set(pages()[1:])
    assert linked == set((ROOT / "docs").glob("*.md")), "link every docs/ page from the README's Documentation table"


def test_every_relative_link_in_the_docs_resolves() -> None:
    for page in pages():
        for target in re.findall(r"\]\(([^)#:\s]+)(?:#[^)]*)?\)", page.read_text(encoding="utf-8")):
            assert (page.parent / target).exists(), f"{page.relative_to(ROOT)} links to {target}, which does not exist"


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
    blocks = python_blocks()
    script = tmp_path / "readme_script.py"
    script.write_text(as_script(blocks))

    def at_their_pages(output: str) -> str:  # mypy names lines of the joined script; say which page's line
        return re.sub(r"readme_script\.py:(\d+)", lambda m: origin(blocks, int(m[1])), output)

    mypy_strict(str(script), None, "--warn-unreachable", explain=at_their_pages)
