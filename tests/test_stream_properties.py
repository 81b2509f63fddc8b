"""Properties of the stream's parsing and books, for any input (hypothesis).

- ``parse_message`` never raises, whatever the bytes;
- ``OrderBooks.apply`` raises nothing but ``BookError`` on any sequence of messages (and with a
  stream attached, nothing at all: every book error becomes one resync request);
- after any sequence of valid and invalid messages, a fresh snapshot makes the book exactly that snapshot.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from kalshi_stream import BookError, Message, OrderBook, OrderBooks, RawMessage, parse_message
from kalshi_stream.messages import MAX_DEPTH, ROUTES

MARKET_ID = "9b0f6b43-5b68-4f9f-9f02-9a2d1b8ac1a1"
TICKERS = ["KX-A", "KX-B"]

json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600) | st.text(max_size=600))
def test_parse_message_never_raises_on_any_bytes(frame: str | bytes) -> None:
    assert isinstance(parse_message(frame), Message)


@settings(max_examples=200, deadline=None)
@given(
    type_=st.sampled_from([*ROUTES, "", "unknown"]) | json_scalars,
    body=st.dictionaries(st.sampled_from(["sid", "seq", "id", "msg", "x"]), json_values, max_size=5),
    msg=st.dictionaries(
        st.sampled_from(["market_ticker", "price_dollars", "delta_fp", "side", "ts", "yes_dollars_fp", "sid"]),
        json_values,
        max_size=6,
    ),
)
def test_parse_message_never_raises_on_any_json_of_any_type(type_: Any, body: dict[str, Any], msg: Any) -> None:
    frame = json.dumps({"type": type_, **body, "msg": body.get("msg", msg)})
    parsed = parse_message(frame)
    assert isinstance(parsed, Message)
    parsed.to_dict()
    repr(parsed)


@settings(max_examples=100, deadline=None)
@given(depth=st.integers(1, 3000), opener=st.sampled_from(["[", '{"a":']), as_bytes=st.booleans())
def test_parse_message_never_raises_on_any_nesting(depth: int, opener: str, as_bytes: bool) -> None:
    closer = "]" if opener == "[" else "}"
    text = opener * depth + ("1" if opener != "[" else "") + closer * depth
    parsed = parse_message(text.encode() if as_bytes else text)
    if depth > MAX_DEPTH:
        assert isinstance(parsed, RawMessage) and parsed.data is None and "nested" in str(parsed.error)
    repr(parsed)  # nothing handed over is too deep to print


# -- book messages, valid and invalid, in any order ----------------------------------------------------
PRICES = ["0.0100", "0.1000", "0.2500", "0.5000", "0.7500", "0.9900", "0.45", "1e9999999", "-0.5", " 0.3", "1.5", "x"]
COUNTS = ["1.00", "2.50", "10", "-1.00", "-3.00", "-100.00", "0.001", "1e9999999", "NaN", ""]
SIDES = ["yes", "no", "yes", "no", "maybe"]


@st.composite
def book_frames(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["delta", "delta", "delta", "snapshot", "ok", "junk", "raw delta"]))
    sid, seq = draw(st.sampled_from([1, 2, 3])), draw(st.integers(1, 8))
    ticker = draw(st.sampled_from(TICKERS))
    if kind == "snapshot":
        level = st.tuples(st.sampled_from(PRICES), st.sampled_from(COUNTS)).map(list)
        msg: dict[str, Any] = {"market_ticker": ticker, "market_id": MARKET_ID}
        for side in ("yes_dollars_fp", "no_dollars_fp"):
            if draw(st.booleans()):
                msg[side] = draw(st.lists(level, max_size=4))
        return json.dumps({"type": "orderbook_snapshot", "sid": sid, "seq": seq, "msg": msg})
    if kind == "delta":
        msg = {
            "market_ticker": ticker,
            "market_id": MARKET_ID,
            "price_dollars": draw(st.sampled_from(PRICES)),
            "delta_fp": draw(st.sampled_from(COUNTS)),
            "side": draw(st.sampled_from(SIDES)),
        }
        return json.dumps({"type": "orderbook_delta", "sid": sid, "seq": seq, "msg": msg})
    if kind == "ok":
        return json.dumps({"id": 1, "type": "ok", "sid": sid, "seq": seq, "msg": {"market_tickers": TICKERS}})
    if kind == "raw delta":  # a book message no model can read
        return json.dumps({"type": "orderbook_delta", "sid": sid, "seq": seq, "msg": draw(json_values)})
    return draw(st.sampled_from(["not json", "[]", '{"type":"ticker","sid":1,"msg":{}}', "[" * 100]))


class _Stream:
    def __init__(self) -> None:
        self.resyncs: list[int] = []

    def resync(self, target: int, reason: str = "requested", *, error: Exception | None = None) -> bool:
        assert isinstance(error, BookError) and reason == "book_error"
        self.resyncs.append(target)
        return True


def _levels(book: OrderBook) -> dict[str, dict[Decimal, Decimal]]:
    return {"yes": dict(book.yes), "no": dict(book.no)}


FRESH_YES = [["0.2000", "5.00"], ["0.1000", "1.50"]]
FRESH_NO = [["0.7000", "2.00"]]
FRESH = {"yes": {Decimal("0.2"): Decimal(5), Decimal("0.1"): Decimal("1.5")}, "no": {Decimal("0.7"): Decimal(2)}}


def _fresh_snapshot(sid: int, ticker: str) -> Message:
    msg = {"market_ticker": ticker, "market_id": MARKET_ID, "yes_dollars_fp": FRESH_YES, "no_dollars_fp": FRESH_NO}
    return parse_message(json.dumps({"type": "orderbook_snapshot", "sid": sid, "seq": 1, "msg": msg}))


@settings(max_examples=200, deadline=None)
@given(frames=st.lists(book_frames(), max_size=40), sid=st.sampled_from([1, 2, 3, 9]), ticker=st.sampled_from(TICKERS))
def test_order_books_raise_only_book_errors_and_a_fresh_snapshot_makes_them_exact(
    frames: list[str], sid: int, ticker: str
) -> None:
    alone, single = OrderBooks(), OrderBook(TICKERS[0])
    for frame in frames:
        message = parse_message(frame)
        try:
            alone.apply(message)
        except BookError:
            pass  # the documented error; anything else fails the test
        try:
            single.apply(message)
        except BookError:
            pass
    alone.apply(_fresh_snapshot(sid, ticker))
    assert _levels(alone[ticker]) == FRESH
    if ticker == TICKERS[0]:
        fresh = _fresh_snapshot(sid, ticker)
        single.apply(fresh)
        assert _levels(single) == FRESH


@settings(max_examples=200, deadline=None)
@given(frames=st.lists(book_frames(), max_size=40), ticker=st.sampled_from(TICKERS))
def test_order_books_with_a_stream_never_raise_and_resync_on_every_error(frames: list[str], ticker: str) -> None:
    stream = _Stream()
    books = OrderBooks(stream)
    for frame in frames:
        books.apply(parse_message(frame))  # never raises: any exception fails the test
    assert books.errors >= len(stream.resyncs)
    # every book error resynced its sid, or hit a sid without an int id (nothing to resync)
    books.apply(_fresh_snapshot(7, ticker))  # the resubscription's snapshot, on its new sid
    assert _levels(books[ticker]) == FRESH
    for sid in set(stream.resyncs):  # a reused sid number starts over with a seq-1 snapshot
        books.apply(_fresh_snapshot(sid, ticker))
        assert _levels(books[ticker]) == FRESH
