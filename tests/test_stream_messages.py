"""parse_message: every message of the AsyncAPI document, odd frames, and the error table."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

from codegen.specfile import load_document
from kalshi_auth.errors import KalshiSDKError
from kalshi_exchange.stream_feed import StreamFeed
from kalshi_stream import (
    ERRORS_BY_CODE,
    AlreadySubscribedError,
    Message,
    RawMessage,
    StreamCommandError,
    error_for_code,
    parse_message,
)
from kalshi_stream.messages import ROUTES
from kalshi_stream_messages.models import (
    ListSubscriptionsResponsePayload,
    OkResponsePayload,
    OrderbookDeltaPayload,
    OrderbookSnapshotPayload,
)
from tests.test_stream_codegen import COMMITTED, _asyncapi

PREPARED = json.loads((COMMITTED / "_openapi.json").read_text())


def _server_examples() -> list[tuple[str, dict[str, Any]]]:
    doc = load_document(_asyncapi())
    found = []
    for name, message in doc["components"]["messages"].items():
        for example in message.get("examples", []):
            payload = example.get("payload")
            if isinstance(payload, dict) and "type" in payload:
                found.append((f"{name}/{example.get('name', '?')}", payload))
    return found


def test_every_example_of_every_server_message_parses() -> None:
    """Typed when the example is valid for its own schema; never raising when it is not (upstream defects).

    ``pattern`` is not checked: the document's own ticker examples ("FED-23DEC-T3.00") break its
    ticker pattern (^[A-Z0-9-]+$), as do real tickers, and the models do not check patterns.
    """
    examples = _server_examples()
    assert {payload["type"] for _, payload in examples} == set(ROUTES)  # every routed type has an example
    feed = StreamFeed()
    for where, payload in examples:
        parsed = parse_message(json.dumps(payload))
        if feed.problems(payload, ignore=("pattern",)):
            assert isinstance(parsed, Message)
            continue
        assert not isinstance(parsed, RawMessage), f"{where}: {getattr(parsed, 'error', '')}"
        assert parsed.type_ == payload["type"]
        assert _shape(parsed.to_dict()) == _shape(payload), where  # no field lost or invented


def _shape(value: Any) -> Any:
    """Keys all the way down (values may differ in spelling: date-times come back as isoformat)."""
    if isinstance(value, dict):
        return {key: _shape(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_shape(item) for item in value]
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return "number"  # a schema's `number` reads 5 as 5.0
    return type(value).__name__


def test_bytes_and_str_frames_parse_alike() -> None:
    frame = '{"type":"orderbook_delta","sid":2,"seq":7,"msg":{"market_ticker":"KX-1",'
    frame += '"market_id":"9b0f6b43-5b68-4f9f-9f02-9a2d1b8ac1a1",'
    frame += '"price_dollars":"0.9600","delta_fp":"-54.00","side":"yes"}}'
    for data in (frame, frame.encode()):
        parsed = parse_message(data)
        assert isinstance(parsed, OrderbookDeltaPayload)
        msg = parsed.msg
        expected = (7, Decimal("0.9600"), Decimal("-54.00"), "yes")
        assert (parsed.seq, msg.price_dollars, msg.delta_fp, msg.side) == expected


def test_ok_is_routed_by_the_shape_of_msg() -> None:
    listed = parse_message('{"id":3,"type":"ok","msg":[{"channel":"ticker","sid":1}]}')
    assert isinstance(listed, ListSubscriptionsResponsePayload)
    updated = parse_message('{"id":3,"sid":1,"seq":4,"type":"ok","msg":{"market_tickers":["A"]}}')
    assert isinstance(updated, OkResponsePayload)


def test_unknown_type_keeps_the_raw_frame() -> None:
    frame = '{"type":"brand_new_channel","sid":9,"msg":{"x":1}}'
    parsed = parse_message(frame)
    assert isinstance(parsed, RawMessage)
    assert (parsed.type_, parsed.raw, parsed.error) == ("brand_new_channel", frame, None)
    assert parsed.data == json.loads(frame)


def test_unknown_fields_are_kept() -> None:
    parsed = parse_message(
        '{"type":"orderbook_snapshot","sid":1,"seq":1,"future":true,'
        '"msg":{"market_ticker":"KX-1","market_id":"9b0f6b43-5b68-4f9f-9f02-9a2d1b8ac1a1","yes_dollars_fp":[["0.0800","300.00"]],"yes":[[8,300]]}}'
    )
    assert isinstance(parsed, OrderbookSnapshotPayload)
    assert parsed["future"] is True and parsed.msg["yes"] == [[8, 300]]


@pytest.mark.parametrize(
    "frame",
    [
        "not json at all",
        b"\xff\xfe",
        "[1, 2]",
        "null",
        '{"no_type": 1}',
        '{"type": 7}',
        # Legacy (pre fixed-point) frames: integer cents and counts, no market_id.
        '{"type":"orderbook_snapshot","sid":1,"seq":1,"msg":{"market_ticker":"FED-23DEC-T3.00","yes":[[8,300]],"no":[[54,20]]}}',
        '{"type":"orderbook_delta","sid":1,"seq":2,"msg":{"market_ticker":"FED-23DEC-T3.00","price":96,"delta":-54,"side":"yes"}}',
        '{"type":"ticker","sid":2,"msg":null}',
        '{"type":"trade","sid":2,"msg":{"market_ticker":null}}',
        '{"type":"error","msg":"a string instead of an object"}',
    ],
)
def test_odd_frames_never_raise(frame: str | bytes) -> None:
    parsed = parse_message(frame)
    assert isinstance(parsed, Message)
    if isinstance(parsed, RawMessage):
        assert parsed.raw == frame


def test_error_classes_match_the_documents_error_table() -> None:
    table = {int(code): name for code, name in PREPARED["x-kalshi-error-codes"].items()}
    assert sorted(ERRORS_BY_CODE) == sorted(table) == list(range(1, 23))
    for code, cls in ERRORS_BY_CODE.items():
        err = error_for_code(code, table[code], command_id=5)
        assert type(err) is cls and isinstance(err, StreamCommandError) and isinstance(err, KalshiSDKError)
        assert (err.code, err.msg, err.command_id) == (code, table[code], 5)
    assert isinstance(error_for_code(6, "Already subscribed"), AlreadySubscribedError)
    unknown = error_for_code(99, "new")
    assert type(unknown) is StreamCommandError and unknown.code == 99


def _delta(market_id: object) -> str:
    msg = {
        "market_ticker": "KXDEMO-26JAN01-T50",
        "market_id": market_id,
        "price_dollars": "0.5600",
        "delta_fp": "10.00",
        "side": "yes",
        "ts": "2026-01-01T00:00:00Z",
    }
    return json.dumps({"type": "orderbook_delta", "sid": 1, "seq": 2, "msg": msg})


def test_uuid_fields_read_every_uuid_form_and_name_anything_else() -> None:
    market_id = "9b0f4a3c-1d2e-4f5a-8b6c-7d8e9f0a1b2c"
    first, again, braced = (
        parse_message(_delta(market_id)),
        parse_message(_delta(market_id)),  # a repeated id (served from the parse cache) is the same value
        parse_message(_delta("{" + market_id.upper() + "}")),
    )
    assert isinstance(first, OrderbookDeltaPayload) and isinstance(again, OrderbookDeltaPayload)
    assert isinstance(braced, OrderbookDeltaPayload)
    assert str(first.msg.market_id) == str(again.msg.market_id) == str(braced.msg.market_id) == market_id
    hyphenated = parse_message(_delta("-".join(market_id.replace("-", "")) + "-" * 1000))  # parses, not cached
    assert isinstance(hyphenated, OrderbookDeltaPayload) and str(hyphenated.msg.market_id) == market_id
    for bad in ("not-a-uuid", 7, ["x"], market_id + "0"):
        raw = parse_message(_delta(bad))
        assert isinstance(raw, RawMessage), bad
        assert "$.msg.market_id: expected uuid string" in str(raw.error)
