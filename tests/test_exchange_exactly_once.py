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
    assert (outcome.duplicated, outcome.missing, outcome.stray) == ([], [], 0)
    assert sum(outcome.per_intent.values()) == intents
    # The run met faults of both kinds: answers lost after the order was placed (found again by the 409) ...
    assert outcome.placed_by_409 > 0
    # ... and refusals before processing, retried into a first placement.
    assert outcome.faults["status 429"] + outcome.faults["drop"] > 0


@pytest.mark.parametrize("over", ["in process", "http"])
def test_batches_whose_ids_the_sdk_makes_place_every_order_exactly_once(over: str) -> None:
    """Batches with no ids of the bot's own, through random faults and lost answers: the SDK gives each
    order an id, retries the batch with the same ids, and what it cannot settle find_order settles."""
    outcome = run(80 if over == "http" else 160, over=over, seed=11, seconds=60, batches=True)
    assert outcome.intents == (80 if over == "http" else 160), "ran out of time"
    assert (outcome.duplicated, outcome.missing, outcome.stray) == ([], [], 0)
    assert len(set(outcome.per_intent)) == outcome.intents  # one id per order, made by the SDK
    assert outcome.placed_by_409 > 0 and outcome.faults["lost_response"] > 0
