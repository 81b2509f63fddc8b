"""[price, count] levels: a fixed-point list of arrays of exactly two, typed tuple[Decimal, Decimal].

The pipeline marks such a list by its shape (codegen.rules, ``x-kalshi-fixed-point-pairs``), never
by a schema's name; the models read each level through a bounded cache of shared pairs
(``types.FIXED_POINT_PAIRS``) on both paths (msgspec's strict pass and from_dict), refuse a wrong
level with its JSON path, and write the levels back as the lists of two strings they came as.
"""

from __future__ import annotations

import decimal
import json
import re
import typing
from decimal import Decimal
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from codegen.rules import FIXED_POINT_KEY, FIXED_POINT_PAIRS_KEY, remove_fixed_point_marks, type_fixed_point_numbers
from kalshi_trade_api import types
from kalshi_trade_api.api.market import get_market_orderbook
from kalshi_trade_api.errors import ResponseParseError
from kalshi_trade_api.models import GetMarketOrderbookResponse, OrderbookCountFp

BOOK = {
    "orderbook_fp": {
        "yes_dollars": [["0.0100", "5.00"], ["0.4400", "120.50"]],
        "no_dollars": [["0.9900", "12.50"], ["0.0100", "5.00"]],
    }
}


def _doc(level: dict[str, Any], name: str = "bids") -> dict[str, Any]:
    return {
        "openapi": "3.0.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {
            "schemas": {
                "Level": level,
                "Book": {
                    "type": "object",
                    "properties": {
                        name: {"type": "array", "items": {"$ref": "#/components/schemas/Level"}},
                        "prices": {"type": "array", "items": {"type": "string", "format": "decimal"}},
                    },
                },
            }
        },
    }


@pytest.mark.parametrize(
    ("level", "name", "pairs"),
    [
        ({"type": "array", "minItems": 2, "maxItems": 2, "items": {"type": "string", "format": "decimal"}}, "b", True),
        ({"type": "array", "minItems": 2, "maxItems": 2, "items": {"type": "string"}}, "asks_dollars", True),
        ({"type": "array", "minItems": 2, "maxItems": 3, "items": {"type": "string"}}, "asks_dollars", False),
        ({"type": "array", "items": {"type": "string"}}, "asks_dollars", False),
        ({"type": "array", "minItems": 2, "maxItems": 2, "items": {"type": "string"}}, "asks", False),  # not money
    ],
)
def test_the_pairs_mark_follows_the_shape_not_a_name(level: dict[str, Any], name: str, pairs: bool) -> None:
    spec = _doc(level, name)
    type_fixed_point_numbers(spec)
    props = spec["components"]["schemas"]["Book"]["properties"]
    assert props[name].get(FIXED_POINT_PAIRS_KEY, False) is pairs
    assert FIXED_POINT_PAIRS_KEY not in props["prices"]  # a list of numbers, not of pairs
    assert type_fixed_point_numbers(spec) == 0  # marking again changes nothing
    remove_fixed_point_marks(spec)
    assert FIXED_POINT_PAIRS_KEY not in props[name] and FIXED_POINT_KEY not in props[name]


def test_the_generated_orderbook_types_its_levels_as_pairs() -> None:
    hints = typing.get_type_hints(OrderbookCountFp)
    assert hints["yes_dollars"] == hints["no_dollars"] == list[tuple[Decimal, Decimal]]


def _parse(body: object) -> GetMarketOrderbookResponse:
    return get_market_orderbook._parse_response(client=None, response=httpx.Response(200, json=body))  # type: ignore[arg-type]


@pytest.mark.parametrize("warm", [False, True])
def test_both_paths_read_the_same_shared_pairs_and_write_them_back(warm: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    if not warm:
        types.FIXED_POINT.clear()
        types.FIXED_POINT_PAIRS.clear()
    types.json_loads(b"{}")  # binds msgspec's decoder
    strict = _parse(BOOK)
    assert strict._from_wire is not None and types._decode is not json.loads
    monkeypatch.setattr(types, "_decode", json.loads)
    tolerant = _parse(BOOK)
    assert strict == tolerant
    for book in (strict.orderbook_fp, tolerant.orderbook_fp):
        assert book.yes_dollars == [(Decimal("0.01"), Decimal(5)), (Decimal("0.44"), Decimal("120.5"))]
        assert all(type(level) is tuple for level in book.yes_dollars + book.no_dollars)
        assert book.to_dict() == BOOK["orderbook_fp"]  # lists of two strings, exactly as received
        assert json.dumps(strict.to_dict()) == json.dumps(BOOK)
    # One pair object per distinct level, shared by both reads and both sides.
    assert strict.orderbook_fp.yes_dollars[0] is tolerant.orderbook_fp.yes_dollars[0]
    assert strict.orderbook_fp.yes_dollars[0] is strict.orderbook_fp.no_dollars[1]


@pytest.mark.parametrize(
    ("yes", "path"),
    [
        ([["0.5600", "10.00"], ["0.5700", "1e3"]], "$.orderbook_fp.yes_dollars[1][1]"),
        ([["NaN", "10.00"]], "$.orderbook_fp.yes_dollars[0][0]"),
        ([["0.5600", " 10.00"]], "$.orderbook_fp.yes_dollars[0][1]"),
        ([["0.5600", "1E+1"]], "$.orderbook_fp.yes_dollars[0][1]"),
        ([["0.5600", 10]], "$.orderbook_fp.yes_dollars[0][1]"),
        ([["0.5600", "10.00"], ["0.5700", "1.00", "2.00"]], "$.orderbook_fp.yes_dollars[1]"),
        ([["0.5600"]], "$.orderbook_fp.yes_dollars[0]"),
        ([["0.5600", "10.00"], "12"], "$.orderbook_fp.yes_dollars[1]"),  # never read as ("1", "2")
        ([{"0.56": 1, "10.00": 2}], "$.orderbook_fp.yes_dollars[0]"),  # nor a dict as its keys
        ("0.56", "$.orderbook_fp.yes_dollars"),
    ],
)
@pytest.mark.parametrize("decoder", ["msgspec", "json"])
def test_a_wrong_level_is_refused_with_its_path_on_both_paths(
    yes: object, path: str, decoder: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    types.json_loads(b"{}")
    if decoder == "json":
        monkeypatch.setattr(types, "_decode", json.loads)
    before = len(types.FIXED_POINT_PAIRS)
    with pytest.raises(ResponseParseError) as caught:
        _parse({"orderbook_fp": {"yes_dollars": yes, "no_dollars": []}})
    assert caught.value.path == path
    assert len(types.FIXED_POINT_PAIRS) <= before + 1  # at most the good level before it
    assert not any(isinstance(key, tuple) and len(key) != 2 for key in types.FIXED_POINT_PAIRS)


def test_the_pair_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(types, "_FIXED_POINT_CACHE_SIZE", 8)
    types.FIXED_POINT_PAIRS.clear()
    levels = [(f"0.{i % 99 + 1:02d}00", f"{i}.00") for i in range(50)]
    read = types.fixed_point_wire_pairs(levels, "bids")
    assert read == [(Decimal(p), Decimal(c)) for p, c in levels]
    assert 0 < len(types.FIXED_POINT_PAIRS) <= 8
    long = ("0." + "1" * 30, "1.00")  # a text longer than the cached length is read, not kept
    assert types.fixed_point_pairs([list(long)], "bids") == [(Decimal(long[0]), Decimal(1))]
    assert long not in types.FIXED_POINT_PAIRS
    types.FIXED_POINT_PAIRS.clear()


def test_a_pair_key_that_is_not_a_pair_of_texts_is_a_key_error() -> None:
    for key in ["12", ("1",), ("1", "2", "3"), ("1", 2), ("1", "x")]:
        with pytest.raises(KeyError):
            types._read_pair(key)  # type: ignore[arg-type]
        assert key not in types.FIXED_POINT_PAIRS


TEXTS = [
    *("0", "-0", "7", "007", "00.5", "0.5600", "-54.00", "120.50", "0.0000001", "123456789012345678901234.5"),
    *("1E+1", "1e1", "1E-7", "1e-7", "1e+1", "+1", " 1", "1 ", "1_0", "\u0661", "\uff11"),  # Arabic-Indic, full-width 1
    *("NaN", "-NaN", "sNaN", "Infinity", "-Infinity", "inf", ".5", "5.", "", "-", "1.2.3", "0x10", "\x00", "1\n"),
]


@pytest.mark.parametrize("capitals", [1, 0])
def test_the_fixed_point_cache_takes_exactly_the_plain_texts(capitals: int) -> None:
    plain = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
    with decimal.localcontext() as context:
        context.capitals = capitals  # str(Decimal) then writes an exponent with "e"
        types.FIXED_POINT.clear()
        for text in TEXTS:
            if plain.fullmatch(text):
                assert types.FIXED_POINT[text] == Decimal(text), text
            else:
                with pytest.raises(KeyError):
                    types.FIXED_POINT[text]
    types.FIXED_POINT.clear()


# -- a book's new levels read in one batch (types._learn_fixed_points) ------------------------------
PLAIN = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
BATCH_TEXTS = [*TEXTS, "\n1", "1\n2", "-.5", "-5.", "1-", "--1", "1.-2", "0.5\n", "\t1", "1.5.", "-"]


def _cold() -> None:
    types.FIXED_POINT.clear()
    types.FIXED_POINT_PAIRS.clear()


def _book_with(text: str, at: int = 37) -> list[tuple[str, str]]:
    levels = [(f"0.{i % 99 + 1:02d}00", f"{i * 37 % 5000 + 1}.00") for i in range(60)]
    levels[at] = (levels[at][0], text)
    return levels


@pytest.mark.parametrize("text", BATCH_TEXTS)
@pytest.mark.parametrize("decoder", ["msgspec", "json"])
def test_a_book_read_cold_takes_exactly_the_plain_texts(
    text: str, decoder: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    types.json_loads(b"{}")
    if decoder == "json":
        monkeypatch.setattr(types, "_decode", json.loads)
    levels = _book_with(text)
    _cold()
    body = {"orderbook_fp": {"yes_dollars": [list(level) for level in levels], "no_dollars": []}}
    if PLAIN.fullmatch(text):
        assert _parse(body).orderbook_fp.yes_dollars == [(Decimal(p), Decimal(c)) for p, c in levels]
    else:
        with pytest.raises(ResponseParseError) as caught:
            _parse(body)
        assert caught.value.path == "$.orderbook_fp.yes_dollars[37][1]"
        assert text not in types.FIXED_POINT
        assert not any(text in level for level in types.FIXED_POINT_PAIRS)
    _cold()


def test_the_batch_reads_a_cold_book_without_the_per_text_check(monkeypatch: pytest.MonkeyPatch) -> None:
    def per_text(*read: object) -> Decimal:
        raise AssertionError(f"{read[-1]!r} read one by one")

    monkeypatch.setattr(types._FixedPointCache, "__missing__", per_text)
    monkeypatch.setattr(types, "_read_pair", per_text)
    _cold()
    levels = _book_with("5.00")
    read = types.fixed_point_wire_pairs(levels, "yes_dollars")
    assert read == [(Decimal(p), Decimal(c)) for p, c in levels]
    assert all(read[i] is types.FIXED_POINT_PAIRS[level] for i, level in enumerate(levels))
    again = types.fixed_point_wire_pairs(list(reversed(levels)), "no_dollars")
    assert again[0] is read[-1]  # polled again: the same shared pairs
    _cold()


def test_the_batch_is_exact_and_strict_whatever_the_callers_context() -> None:
    long = "123456789012.0000"
    with decimal.localcontext() as context:
        context.prec = 3  # would round a Decimal made under it
        context.traps[decimal.InvalidOperation] = False  # Decimal("1.2.3") would be NaN under it
        _cold()
        read = types.fixed_point_wire_pairs(_book_with(long), "bids")
        assert read[37][1] == Decimal(long) and str(read[37][1]) == long
        _cold()
        with pytest.raises(types.BadValue) as caught:
            types.fixed_point_wire_pairs(_book_with("1.2.3"), "bids")
        assert caught.value.path == "$.bids[37][1]"
    _cold()


def test_a_book_partly_read_before_shares_the_old_pairs_and_reads_the_new() -> None:
    _cold()
    old = _book_with("5.00")
    first = types.fixed_point_wire_pairs(old[:30], "bids")
    read = types.fixed_point_wire_pairs(old, "bids")
    assert read == [(Decimal(p), Decimal(c)) for p, c in old]
    assert all(read[i] is first[i] for i in range(30))
    _cold()


def test_the_batch_keeps_both_caches_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(types, "_FIXED_POINT_CACHE_SIZE", 64)
    _cold()
    for start in range(0, 400, 20):  # books of 20 new levels (up to 40 new texts) until both caches fill
        levels = [(f"0.{i % 99 + 1:02d}00", f"{i}.00") for i in range(start, start + 20)]
        assert types.fixed_point_wire_pairs(levels, "bids") == [(Decimal(p), Decimal(c)) for p, c in levels]
        assert len(types.FIXED_POINT) <= 64 and len(types.FIXED_POINT_PAIRS) <= 64
    _cold()
    # More new levels than the cache holds, from few texts (10 prices x 10 counts): still bounded.
    levels = [(f"0.{p + 1:02d}00", f"{c + 1}.00") for p in range(10) for c in range(10)]
    assert types.fixed_point_wire_pairs(levels, "bids") == [(Decimal(p), Decimal(c)) for p, c in levels]
    assert len(types.FIXED_POINT_PAIRS) <= 64
    _cold()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.text("0123456789.-\n eE+", max_size=6), st.text("0123456789.-", max_size=6)), min_size=1))
def test_the_batch_agrees_with_the_pattern_on_any_texts(levels: list[tuple[str, str]]) -> None:
    _cold()
    if all(PLAIN.fullmatch(text) for level in levels for text in level):
        assert types.fixed_point_wire_pairs(levels, "bids") == [(Decimal(p), Decimal(c)) for p, c in levels]
    else:
        with pytest.raises(types.BadValue):
            types.fixed_point_wire_pairs(levels, "bids")
    assert all(PLAIN.fullmatch(text) for text in types.FIXED_POINT)
    _cold()
