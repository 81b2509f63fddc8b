"""A few seconds of ``make soak``'s stream soaks (tests/soak_stream.py, tests/soak_perps_stream.py),
inside ``make test``: the Trade stream against the engine's books, the Perps stream against drawn ones."""

from __future__ import annotations

import pytest

from tests.soak_stream import soak


@pytest.mark.parametrize("product", ["trade", "perps"])
def test_a_short_stream_soak_ends_with_every_book_exact_and_memory_flat(product: str) -> None:
    # Every fault kind once (15 of them, one every ~0.5 s), then the quiet period and the comparison.
    result = soak(seconds=9, markets=8, seed=7, progress=lambda line: None, fault_every=0.5, product=product)
    assert result.ok, result.report()
    assert result.counts["book_messages"] > 0 and result.counts["reconnects"] > 0, result.report()
    assert "hostile bad_delta" in result.counts["faults_injected"], result.report()
    if product == "trade":  # the engine really traded: the books compared were not the snapshots
        assert not result.counts["exchange"].startswith("0 orders"), result.report()
