"""A few seconds of ``make soak``'s stream soak (tests/soak_stream.py), inside ``make test``."""

from __future__ import annotations

from tests.soak_stream import soak


def test_a_short_stream_soak_ends_with_every_book_exact_and_memory_flat() -> None:
    # Every fault kind once (15 of them, one every ~0.5 s), then the quiet period and the comparison.
    result = soak(seconds=9, markets=8, seed=7, progress=lambda line: None, fault_every=0.5)
    assert result.ok, result.report()
    assert result.counts["book_messages"] > 0 and result.counts["reconnects"] > 0, result.report()
    assert "hostile bad_delta" in result.counts["faults_injected"], result.report()
