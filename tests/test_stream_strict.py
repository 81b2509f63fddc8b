"""The stream's strict pass (decode.StrictFrames): one msgspec pass, the tolerant reader's result.

``parse_message`` first offers a frame to the strict pass, which takes only a frame exactly as the
AsyncAPI document says; every other frame is read by the tolerant path. Whatever path a frame
takes, the result must be the tolerant reader's: the same model with the same values, value types
and deviations, or the same ``RawMessage`` with the same reason. Checked by reading each frame
with the strict pass and with it switched off, on spec-valid frames of every message type and on
every single-field mutation of them (absent, null, wrong type, odd number, field added upstream).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from kalshi_exchange.stream_feed import StreamFeed
from kalshi_stream import Message, RawMessage, parse_message
from kalshi_stream import messages as stream_messages
from kalshi_stream.messages import MAX_DEPTH, ROUTES, STRICT
from kalshi_stream.products import PERPS, TRADE
from kalshi_stream_messages import types

TICKERS = ["KXDEMO-26JAN01-T50", "KXRAIN-26JAN01"]
# Values a field is set to in turn: each a type some field has and others do not, and numbers the
# fixed-point gate or an int field must refuse or read its own way.
OTHER_VALUES: list[Any] = [None, "x", "", 7, -1, 2**70, 1.5, True, [], {}, ["0.5000", "1.00"], "1e3", "NaN", "0.12345"]


def _frames() -> list[dict[str, Any]]:
    """Spec-valid frames of every single-schema type, a few draws each, sid/seq as the exchange sends them."""
    out = []
    for seed in range(3):
        feed = StreamFeed(seed=seed)
        for type_, routes in sorted(ROUTES.items()):
            if len(routes) != 1:
                continue
            message = feed.sample(type_, TICKERS)
            listed = feed.spec["components"]["schemas"][feed.schema_name(type_)].get("properties") or {}
            message.update({key: value for key, value in (("sid", 3), ("seq", 9)) if key in listed})
            out.append(message)
    return out


FRAMES = _frames()


def _outcome(message: Any) -> Any:
    """What a consumer can tell apart: every field's value and type, deviations all the way down."""
    if isinstance(message, RawMessage):
        return ("raw", message.type_, repr(message.data), message.raw, message.error)
    return ("model", type(message).__name__, repr(message), sorted(_deviations(message, "$")), _typed(message))


def _deviations(node: Any, path: str) -> Iterator[tuple[str, str, str]]:
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from _deviations(item, f"{path}[{index}]")
    elif hasattr(node, "_deviations"):
        yield from ((path, key, kind) for key, kind in types.deviations(node).items())
        for attribute in node.__attrs_attrs__:
            yield from _deviations(getattr(node, attribute.name), f"{path}.{attribute.name}")


def _typed(node: Any) -> Any:
    """The value with the type of every leaf (repr alone shows 5 and 5.0 alike in a list)."""
    if isinstance(node, list):
        return [_typed(item) for item in node]
    if isinstance(node, dict):
        return {key: _typed(value) for key, value in node.items()}
    if hasattr(node, "__attrs_attrs__"):
        return {a.name: _typed(getattr(node, a.name)) for a in node.__attrs_attrs__}
    return (type(node).__name__, repr(node))


def _both(frame: str | bytes, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any, bool]:
    """(outcome with the strict pass, outcome without it, whether the strict pass took the frame)."""
    took = STRICT.message(frame) is not None
    strict = _outcome(parse_message(frame))
    with monkeypatch.context() as patch:
        patch.setattr(stream_messages.STRICT, "message", lambda data: None)
        tolerant = _outcome(parse_message(frame))
    return strict, tolerant, took


def _mutations(message: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every single-field change of a frame, at its top level and inside its ``msg``."""
    for where in ("top", "msg"):
        target = message if where == "top" else message.get("msg")
        if not isinstance(target, dict):
            continue
        for key in list(target):
            if where == "top" and key == "type":
                continue
            changed = json.loads(json.dumps(message))
            inner = changed if where == "top" else changed["msg"]
            del inner[key]
            yield f"{where}.{key} absent", changed
            for value in OTHER_VALUES:
                changed = json.loads(json.dumps(message))
                inner = changed if where == "top" else changed["msg"]
                inner[key] = value
                yield f"{where}.{key}={value!r}", changed
        changed = json.loads(json.dumps(message))
        (changed if where == "top" else changed["msg"])["added_upstream_fp"] = "1.00"
        yield f"{where} with a field added upstream", changed


def test_the_strict_pass_reads_every_spec_valid_frame_as_the_tolerant_reader_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    taken = set()
    for message in FRAMES:
        frame = json.dumps(message)
        for data in (frame, frame.encode()):
            strict, tolerant, took = _both(data, monkeypatch)
            assert strict == tolerant, message
            assert strict[0] == "model", strict
            if took:
                taken.add(message["type"])
    # Not a test that cannot fail: the strict pass does take them (every single-schema type).
    assert taken == {type_ for type_, routes in ROUTES.items() if len(routes) == 1}


def test_every_single_field_mutation_reads_as_the_tolerant_reader_reads_it(monkeypatch: pytest.MonkeyPatch) -> None:
    checked = refused = 0
    seen_types = set()
    for message in FRAMES:
        if message["type"] in seen_types:  # one draw per type: mutations multiply fast
            continue
        seen_types.add(message["type"])
        for label, changed in _mutations(message):
            strict, tolerant, took = _both(json.dumps(changed), monkeypatch)
            assert strict == tolerant, f"{message['type']}: {label}"
            checked += 1
            refused += not took
    assert checked > 1000 and refused > checked // 2  # most mutations are deviations the strict pass refuses


@pytest.mark.parametrize(
    "frame",
    [
        "not json at all",
        b"\xff\xfe",
        "[1, 2]",
        "null",
        '{"type": 7}',
        '{"type":"orderbook_delta","sid":1,"seq":2,"msg":{"market_ticker":"A","price":96,"delta":-54,"side":"yes"}}',
        '{"type":"orderbook_delta","sid":1,"seq":2,"sid":3,"msg":{"market_ticker":"A","market_id":'
        '"9b0f6b43-5b68-4f9f-9f02-9a2d1b8ac1a1","price_dollars":"0.9600","delta_fp":"-54.00","side":"yes"}}',
        '{"type":"orderbook_delta","sid":1,"seq":2,"msg":{"market_ticker":"A","market_id":'
        '"9b0f6b43-5b68-4f9f-9f02-9a2d1b8ac1a1","price_dollars":"0.9600","delta_fp":"-54.00","side":"maybe"}}',
        '{"type":"orderbook_delta","sid":1,"seq":2,"msg":{"market_ticker":"A","market_id":'
        '"9b0f6b43-5b68-4f9f-9f02-9a2d1b8ac1a1","price_dollars":"0.96","delta_fp":"-54.001","side":"yes"}}',
        '{"type":"error","msg":"a string instead of an object"}',
        '{"id":3,"type":"ok","msg":[{"channel":"ticker","sid":1}]}',
    ],
)
def test_odd_frames_read_the_same_either_way(frame: str | bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    strict, tolerant, _ = _both(frame, monkeypatch)
    assert strict == tolerant


def test_json_nested_past_the_limit_is_refused_whichever_path_would_read_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """A type with a field of any JSON (decoded by msgspec as it comes) still gets the depth limit."""
    deep = "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5)
    found = 0
    for message in FRAMES:
        for path in _paths(message.get("msg") or {}):
            for value in ("DEEP", {"k": "DEEP"}):  # an object: a free-form field decodes it as it comes
                frame = json.dumps({**message, "msg": _set(message["msg"], path, value)}).replace('"DEEP"', deep)
                strict, tolerant, _ = _both(frame, monkeypatch)
                assert strict == tolerant
                assert strict[0] == "raw" and strict[4] == f"JSON nested deeper than {MAX_DEPTH} levels"
                found += 1
    assert found > 100
    parsed = parse_message(frame)
    assert isinstance(parsed, RawMessage) and parsed.error == f"JSON nested deeper than {MAX_DEPTH} levels"


def _paths(obj: dict[str, Any], prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """Every key of an object and of the objects inside it (``additional_metadata.custom_strike``)."""
    for key, value in obj.items():
        yield (*prefix, key)
        if isinstance(value, dict):
            yield from _paths(value, (*prefix, key))


def _set(obj: dict[str, Any], path: tuple[str, ...], value: Any) -> dict[str, Any]:
    out: dict[str, Any] = json.loads(json.dumps(obj))
    inner = out
    for key in path[:-1]:
        inner = inner[key]
    inner[path[-1]] = value
    return out


def test_without_msgspec_chosen_every_frame_takes_the_tolerant_path(monkeypatch: pytest.MonkeyPatch) -> None:
    frame = json.dumps(next(m for m in FRAMES if m["type"] == "orderbook_delta"))
    assert STRICT.message(frame) is not None
    monkeypatch.setattr(types, "_decode", json.loads)
    assert STRICT.message(frame) is None
    assert isinstance(parse_message(frame), Message)


def test_each_product_has_its_own_strict_pass_and_perps_frames_read_as_its_tolerant_reader_reads_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The Trade API's strict pass must never type another product's frame (types such as
    # orderbook_snapshot exist in both documents with other fields): each product reads its own.
    assert PERPS.strict is not STRICT and TRADE.strict is STRICT
    feed = StreamFeed(PERPS.document, seed=1)
    taken = set()
    for type_, routes in sorted(PERPS.routes.items()):
        if len(routes) != 1:
            continue
        message = feed.sample(type_, ["KXBTC-PERP"])
        frame = json.dumps(message)
        took = PERPS.strict.message(frame) is not None
        strict = _outcome(PERPS.parse_message(frame))
        with monkeypatch.context() as patch:
            patch.setattr(PERPS.strict, "message", lambda data: None)
            tolerant = _outcome(PERPS.parse_message(frame))
        assert strict == tolerant, message
        assert strict[0] == "model" and type(PERPS.parse_message(frame)).__module__.startswith(PERPS.package)
        if took:
            taken.add(type_)
    assert taken == {type_ for type_, routes in PERPS.routes.items() if len(routes) == 1}


def test_a_field_added_upstream_is_learned_and_its_frames_then_take_the_strict_pass(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A new process: nothing learned yet (the strict pass is built again when types._learned moves).
    for name in ("_EXTRAS", "_WIRE", "_DECODERS"):
        monkeypatch.setattr(types, name, {})
    monkeypatch.setattr(types, "_learned", -1)
    message = json.loads(json.dumps(next(m for m in FRAMES if m["type"] == "orderbook_delta")))
    message["msg"]["added_upstream_fp"] = "1.00"
    message["added_at_the_top"] = {"any": ["json"]}
    frame = json.dumps(message)
    assert STRICT.message(frame) is None  # not as the spec says: the tolerant path reads it and learns
    strict, tolerant, _ = _both(frame, monkeypatch)
    assert strict == tolerant
    parsed = parse_message(frame)
    assert STRICT.message(frame) is not None  # the same frame again: one msgspec pass
    assert _outcome(STRICT.message(frame)) == _outcome(parsed) == tolerant
    written = STRICT.message(frame).to_dict()  # the added fields given back as received
    assert written["added_at_the_top"] == {"any": ["json"]} and written["msg"]["added_upstream_fp"] == "1.00"
    without = json.dumps({**message, "msg": {k: v for k, v in message["msg"].items() if k != "added_upstream_fp"}})
    assert _outcome(STRICT.message(without)) == _outcome(parse_message(without))  # a learned field may be absent
