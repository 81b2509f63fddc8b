"""make soak's exactly-once run, short: retried creates under random faults place every intent once."""

from __future__ import annotations

import pytest

from tests.soak_exactly_once import run


@pytest.mark.parametrize(
    ("over", "intents", "sdk_retries"),
    [("in process", 150, False), ("http", 40, False), ("in process", 120, True)],
    ids=["bot-in-process", "bot-http", "sdk-retries-in-process"],
)
def test_retrying_with_the_same_client_order_id_places_every_intent_exactly_once(
    over: str, intents: int, sdk_retries: bool
) -> None:
    outcome = run(intents, over=over, seed=7, seconds=60, sdk_retries=sdk_retries)
    assert outcome.intents == intents, "ran out of time"
    assert (outcome.duplicated, outcome.missing) == ([], [])
    assert sum(outcome.per_intent.values()) == intents
    # The run met faults of both kinds: answers lost after the order was placed (found again by the 409) ...
    assert outcome.placed_by_409 > 0
    # ... and refusals before processing, retried into a first placement.
    assert outcome.faults["status 429"] + outcome.faults["drop"] > 0
