"""OrderBook: exact decimals, best bid/ask, the sequence rule; a property test against the exchange's book."""

from __future__ import annotations

import json
import random
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kalshi_exchange.stream_feed import Book
from kalshi_stream import (
    BookError,
    OrderBook,
    OrderbookDeltaPayload,
    OrderBooks,
    OrderbookSnapshotPayload,
    OutOfSequenceError,
    RawMessage,
    fixed_point,
    parse_message,
)

MARKET_ID = "9b0f6b43-5b68-4f9f-9f02-9a2d1b8ac1a1"


def snapshot(seq: int = 1, sid: int = 1, ticker: str = "KX-A", **sides: Any) -> OrderbookSnapshotPayload:
    msg = {"market_ticker": ticker, "market_id": MARKET_ID, **sides}
    parsed = parse_message(json.dumps({"type": "orderbook_snapshot", "sid": sid, "seq": seq, "msg": msg}))
    assert isinstance(parsed, OrderbookSnapshotPayload)
    return parsed


def delta(seq: int, side: str, price: str, count: str, sid: int = 1, ticker: str = "KX-A") -> OrderbookDeltaPayload:
    msg = {"market_ticker": ticker, "market_id": MARKET_ID, "price_dollars": price, "delta_fp": count, "side": side}
    parsed = parse_message(json.dumps({"type": "orderbook_delta", "sid": sid, "seq": seq, "msg": msg}))
    assert isinstance(parsed, OrderbookDeltaPayload)
    return parsed


def levels(book: OrderBook) -> dict[str, dict[str, str]]:
    return {side: {f"{p:.4f}": f"{c:.2f}" for p, c in book.levels(side)} for side in ("yes", "no")}


def test_snapshot_then_deltas_with_exact_decimals_and_both_sides() -> None:
    book = OrderBook()
    yes = [["0.0800", "300.00"], ["0.2200", "333.00"]]
    book.apply(snapshot(yes_dollars_fp=yes, no_dollars_fp=[["0.5400", "20.10"]]))
    assert book.market_ticker == "KX-A" and book.seq == 1
    assert book.best_yes_bid == (Decimal("0.2200"), Decimal("333.00"))
    assert book.best_yes_ask == (Decimal("0.4600"), Decimal("20.10"))  # 1 - best no bid
    assert book.best_no_ask == (Decimal("0.7800"), Decimal("333.00"))
    book.apply(delta(2, "no", "0.5400", "0.10"))
    book.apply(delta(3, "no", "0.5400", "0.20"))
    assert book.best_no_bid == (Decimal("0.5400"), Decimal("20.40"))  # 20.10 + 0.10 + 0.20, exactly
    book.apply(delta(4, "yes", "0.2200", "-333.00"))  # the whole level goes
    assert book.depth("yes") == [(Decimal("0.0800"), Decimal("300.00"))]
    book.apply(delta(5, "yes", "0.0900", "5.00"))
    assert [p for p, _ in book.levels("yes")] == [Decimal("0.0900"), Decimal("0.0800")]  # best first
    assert book.seq == 5


def test_an_empty_side_is_absent_from_the_snapshot() -> None:
    book = OrderBook()
    book.apply(snapshot(no_dollars_fp=[["0.5000", "1.00"]]))
    assert book.best_yes_bid is None and book.best_no_ask is None
    assert book.best_yes_ask == (Decimal("0.5000"), Decimal("1.00"))


@pytest.mark.parametrize(
    ("message", "why"),
    [
        (delta(3, "yes", "0.1000", "1.00"), "expected 2"),  # a gap
        (delta(1, "yes", "0.1000", "1.00"), "expected 2"),  # a repeat
        (delta(2, "yes", "0.1000", "1.00", sid=9), "sid 9"),  # another subscription
    ],
)
def test_out_of_sequence_deltas_are_refused_and_change_nothing(message: OrderbookDeltaPayload, why: str) -> None:
    book = OrderBook()
    book.apply(snapshot(yes_dollars_fp=[["0.1000", "2.00"]]))
    before = levels(book)
    with pytest.raises(OutOfSequenceError, match=why):
        book.apply(message)
    assert levels(book) == before and book.seq == 1


def test_delta_before_snapshot_wrong_market_and_negative_levels_are_refused() -> None:
    with pytest.raises(OutOfSequenceError, match="before any snapshot"):
        OrderBook().apply(delta(1, "yes", "0.1000", "1.00"))
    book = OrderBook()
    book.apply(snapshot(yes_dollars_fp=[["0.1000", "2.00"]]))
    with pytest.raises(BookError, match="KX-B"):
        book.apply(delta(2, "yes", "0.1000", "1.00", ticker="KX-B"))
    with pytest.raises(BookError, match="out of sync"):
        book.apply(delta(2, "yes", "0.1000", "-3.00"))
    # A price that is not a fixed-point number never reaches the book: the message reader refuses it.
    msg = {"market_ticker": "KX-A", "market_id": MARKET_ID, "price_dollars": "ten cents", "delta_fp": "1.00"}
    bad = parse_message(json.dumps({"type": "orderbook_delta", "sid": 1, "seq": 2, "msg": dict(msg, side="yes")}))
    assert isinstance(bad, RawMessage) and "$.msg.price_dollars: expected fixed-point number" in str(bad.error)
    assert levels(book) == {"yes": {"0.1000": "2.00"}, "no": {}}


@pytest.mark.parametrize(
    ("frame", "lacking"),
    [
        # Legacy (pre fixed-point) delta: integer cents, no *_dollars / *_fp fields.
        (
            '{"type":"orderbook_delta","sid":1,"seq":2,"msg":{"market_ticker":"KX-A","price":10,"delta":1,"side":"yes"}}',
            "msg.delta_fp missing",
        ),
        ('{"type":"orderbook_delta","sid":1,"seq":2}', "msg missing"),
        (
            '{"type":"orderbook_delta","sid":1,"seq":2,"msg":{"market_ticker":"KX-A","price_dollars":"0.1000",'
            '"delta_fp":"1.00","side":null}}',
            "msg.side null",
        ),
    ],
)
def test_messages_kept_by_the_tolerant_reader_but_lacking_book_fields_are_refused(frame: str, lacking: str) -> None:
    message = parse_message(frame)
    assert isinstance(message, OrderbookDeltaPayload)
    for book in (OrderBook(), OrderBooks()):
        book.apply(snapshot(yes_dollars_fp=[["0.1000", "2.00"]]))
        with pytest.raises(BookError, match=lacking):
            book.apply(message)


def test_order_books_track_seq_across_the_markets_of_one_subscription() -> None:
    books = OrderBooks()
    books.apply(snapshot(1, ticker="KX-A", yes_dollars_fp=[["0.1000", "2.00"]]))
    books.apply(snapshot(2, ticker="KX-B", no_dollars_fp=[["0.3000", "4.00"]]))
    books.apply(delta(3, "yes", "0.1000", "1.00", ticker="KX-A"))
    book = books.apply(delta(4, "no", "0.3000", "-4.00", ticker="KX-B"))
    assert book is not None and book.best_no_bid is None
    with pytest.raises(OutOfSequenceError):
        books.apply(delta(6, "yes", "0.1000", "1.00", ticker="KX-A"))
    assert books["KX-A"].best_yes_bid == (Decimal("0.1000"), Decimal("3.00"))


def test_order_books_count_the_seq_of_an_ok_in_the_subscription() -> None:
    books = OrderBooks()
    books.apply(snapshot(1, yes_dollars_fp=[["0.1000", "2.00"]]))
    ok = parse_message('{"id":4,"sid":1,"seq":2,"type":"ok","msg":{"market_tickers":["KX-A"]}}')
    assert books.apply(ok) is None and books.last_seq(1) == 2
    books.apply(delta(3, "yes", "0.1000", "1.00"))
    with pytest.raises(OutOfSequenceError):
        books.apply(parse_message('{"id":5,"sid":1,"seq":9,"type":"ok","msg":{}}'))
    assert books.apply(parse_message('{"type":"ticker","sid":7,"msg":{}}')) is None  # not a book's: ignored


_change = st.tuples(
    st.sampled_from(["yes", "no"]),
    st.integers(1, 99),  # price in cents
    st.integers(-200_000, 200_000),  # delta in hundredths of a contract (clamped at zero by the exchange)
)


def _would_cross(book: Book, side: str, cents: int) -> bool:
    other = book.side("no" if side == "yes" else "yes")
    return bool(other) and Decimal(cents) / 100 + max(other) >= 1


@settings(max_examples=200, deadline=None)
@given(seed_levels=st.lists(_change, max_size=20), changes=st.lists(_change, max_size=60))
def test_snapshot_plus_any_deltas_equals_the_exchanges_book(
    seed_levels: list[tuple[str, int, int]], changes: list[tuple[str, int, int]]
) -> None:
    exchange = Book("KX-A", MARKET_ID)
    for side, cents, hundredths in seed_levels:
        if not _would_cross(exchange, side, cents):
            exchange.move(side, Decimal(cents) / 100, abs(Decimal(hundredths)) / 100)
    mine = OrderBook()
    mine.apply(snapshot(1, **exchange.snapshot_msg()))
    seq = 1
    for side, cents, hundredths in changes:
        if hundredths > 0 and _would_cross(exchange, side, cents):
            continue  # a real book never crosses (the bids would have traded)
        msg = exchange.move(side, Decimal(cents) / 100, Decimal(hundredths) / 100)
        seq += 1
        frame = json.dumps({"type": "orderbook_delta", "sid": 1, "seq": seq, "msg": msg})
        parsed = parse_message(frame)
        assert isinstance(parsed, OrderbookDeltaPayload)
        mine.apply(parsed)
    assert levels(mine) == {"yes": exchange.levels("yes"), "no": exchange.levels("no")}


@pytest.mark.parametrize("seed", [19, 25, 82, 143])  # each crossed within its first 1,000 changes before the fix
def test_the_exchanges_drawn_book_never_crosses(seed: int) -> None:
    """A 99c bid on one side and an empty other side: the next new level there must not be a 1c bid."""
    exchange, rng = Book("KX-A", MARKET_ID), random.Random(seed)
    for _ in range(1000):
        exchange.change(rng)
        assert not (exchange.yes and exchange.no and max(exchange.yes) + max(exchange.no) >= 1)


# -- what cannot be a Kalshi price or count (issue 16, item 7) ---------------------------------------
NOT_PRICES = {
    "huge": "1e9999999",
    "exponent": "1e-1",
    "above $1": "1.5000",
    "$1": "1.0000",
    "zero": "0.0000",
    "negative": "-0.5000",
    "spaces": " 0.5000 ",
    "newline": "0.5000\n",
    "Arabic-Indic digits": "\u0660.\u0665",
    "fullwidth digits": "\uff10.\uff15",
    "plus": "+0.5",
    "underscore": "0.5_0",
    "no leading digit": ".5",
    "trailing dot": "0.",
    "off the grid": "0.00005",
    "NaN": "NaN",
    "Infinity": "Infinity",
    "empty": "",
}
NOT_COUNTS = {
    "huge": "1e9999999",
    "huge, plainly": "9" * 40,
    "exponent": "3E+2",
    "fraction of a cent": "1.001",
    "spaces": " 1.00",
    "Arabic-Indic digits": "\u0661.\u0660\u0660",
    "NaN": "nan",
    "sNaN": "sNaN",
    "-Infinity": "-Infinity",
}


def frame(kind: str, seq: int, msg: dict[str, Any]) -> Any:
    """A frame as parse_message reads it: the typed message, or a RawMessage when the reader refuses it."""
    msg = {"market_ticker": "KX-A", "market_id": MARKET_ID, **msg}
    return parse_message(json.dumps({"type": kind, "sid": 1, "seq": seq, "msg": msg}))


def refused(message: Any, what: str) -> None:
    """A number that cannot be Kalshi's is refused where it is read, naming the field, or by the book."""
    if isinstance(message, RawMessage):  # the generated reader refuses what is not a plain fixed-point text
        assert "expected fixed-point number" in str(message.error)
    else:  # a plainly written number that cannot be a price or count: the book's gate
        assert what in ("price", "count")


@pytest.mark.parametrize("price", list(NOT_PRICES.values()), ids=list(NOT_PRICES))
def test_what_cannot_be_a_kalshi_price_is_a_book_error_and_changes_nothing(price: str) -> None:
    bad_delta = frame("orderbook_delta", 2, {"price_dollars": price, "delta_fp": "1.00", "side": "no"})
    bad_snapshot = frame("orderbook_snapshot", 1, {"yes_dollars_fp": [[price, "1.00"]]})
    refused(bad_delta, "price")
    for book in (OrderBook(), OrderBooks()):
        book.apply(snapshot(yes_dollars_fp=[["0.1000", "2.00"]]))
        with pytest.raises(BookError):
            book.apply(bad_delta)
        with pytest.raises(BookError):
            book.apply(bad_snapshot)
    single = OrderBook()
    single.apply(snapshot(yes_dollars_fp=[["0.1000", "2.00"]]))
    with pytest.raises(BookError):
        single.apply(bad_delta)
    assert levels(single) == {"yes": {"0.1000": "2.00"}, "no": {}} and single.seq == 1
    assert single.best_yes_ask is None and single.best_yes_bid == (Decimal("0.1"), Decimal("2"))


@pytest.mark.parametrize("count", list(NOT_COUNTS.values()), ids=list(NOT_COUNTS))
def test_what_cannot_be_a_kalshi_count_is_a_book_error_and_changes_nothing(count: str) -> None:
    bad_delta = frame("orderbook_delta", 2, {"price_dollars": "0.1000", "delta_fp": count, "side": "yes"})
    refused(bad_delta, "count")
    book = OrderBook()
    book.apply(snapshot(yes_dollars_fp=[["0.1000", "2.00"]]))
    with pytest.raises(BookError):
        book.apply(bad_delta)
    with pytest.raises(BookError):
        book.apply(frame("orderbook_snapshot", 1, {"yes_dollars_fp": [["0.2000", count]]}))
    assert levels(book) == {"yes": {"0.1000": "2.00"}, "no": {}}
    assert book.best_yes_bid == (Decimal("0.1"), Decimal("2"))  # and reading it never raises


@pytest.mark.parametrize(
    "value",
    [Decimal("NaN"), Decimal("Infinity"), Decimal("1e9999999"), Decimal("1e-9999999"), 0.5, 1, True, None, b"0.5"],
    ids=repr,
)
def test_only_a_finite_decimal_or_a_plain_string_is_a_number(value: object) -> None:
    with pytest.raises(BookError):
        fixed_point(value, "count")
    with pytest.raises(BookError):
        fixed_point(value, "price")


def test_strings_and_decimals_pass_the_same_gate() -> None:
    assert fixed_point("0.0800", "price") == fixed_point(Decimal("0.0800"), "price") == Decimal("0.08")
    assert fixed_point("-3.00", "delta") == fixed_point(Decimal("-3"), "delta") == Decimal(-3)
    assert fixed_point("300", "count") == Decimal(300)
    assert fixed_point("0.05", "price", tick=Decimal("0.01")) == Decimal("0.05")
    with pytest.raises(BookError, match=r"off the \$0.01 grid"):
        fixed_point("0.055", "price", tick=Decimal("0.01"))
    with pytest.raises(BookError, match="negative"):
        fixed_point("-1.00", "count")


def test_a_market_tick_refuses_prices_off_its_grid() -> None:
    books = OrderBooks(ticks={"KX-A": Decimal("0.01")})
    books.apply(snapshot(yes_dollars_fp=[["0.1000", "2.00"]]))
    with pytest.raises(BookError, match="grid"):
        books.apply(delta(2, "yes", "0.1050", "1.00"))
    assert books.apply(delta(2, "yes", "0.1100", "1.00")) is books["KX-A"]


def test_a_crossed_book_is_a_book_error_never_a_state_to_trade_on() -> None:
    book = OrderBook()
    with pytest.raises(BookError, match="crossed"):
        book.apply(snapshot(yes_dollars_fp=[["0.6000", "1.00"]], no_dollars_fp=[["0.4000", "1.00"]]))
    book.apply(snapshot(yes_dollars_fp=[["0.5000", "1.00"]], no_dollars_fp=[["0.4000", "1.00"]]))
    with pytest.raises(BookError, match="crosses"):
        book.apply(delta(2, "no", "0.5000", "2.00"))  # yes 0.50 + no 0.50 = $1: they would have traded
    with pytest.raises(BookError, match="crosses"):
        book.apply(delta(2, "yes", "0.7000", "2.00"))
    book.apply(delta(2, "yes", "0.5000", "-1.00"))  # taking the yes bid away
    book.apply(delta(3, "no", "0.5500", "2.00"))  # now a no bid of 0.55 crosses nothing
    assert book.best_yes_ask == (Decimal("0.45"), Decimal("2")) and book.best_yes_bid is None


def test_a_snapshot_listing_a_price_twice_is_refused() -> None:
    with pytest.raises(BookError, match="twice"):
        OrderBook().apply(snapshot(yes_dollars_fp=[["0.1000", "2.00"], ["0.1", "1.00"]]))
    # A level that is not a pair: the message reader refuses it with its JSON path (levels are
    # tuple[Decimal, Decimal])...
    msg = {"market_ticker": "KX-A", "market_id": MARKET_ID, "yes_dollars_fp": [["0.1000", "2.00", "7"]]}
    raw = parse_message(json.dumps({"type": "orderbook_snapshot", "sid": 1, "seq": 1, "msg": msg}))
    assert isinstance(raw, RawMessage) and "$.msg.yes_dollars_fp[0]: expected [price, count] pair" in str(raw.error)
    # ...and the book refuses one set on a message by hand.
    bad = snapshot(yes_dollars_fp=[["0.1000", "2.00"]])
    bad.msg.yes_dollars_fp = [(Decimal("0.1"), Decimal(2), Decimal(7))]  # type: ignore[list-item]
    with pytest.raises(BookError, match=r"\[price, count\]"):
        OrderBook().apply(bad)


# -- anything that is not a snapshot or delta (issue 16, item 8) -------------------------------------
@pytest.mark.parametrize(
    "frame",
    ["not json", '{"type":"ticker","sid":1,"msg":{"market_ticker":"KX-A"}}', '{"type":"orderbook_delta","sid":1}'],
)
def test_a_book_given_any_other_message_raises_a_book_error_never_attribute_error(frame: str) -> None:
    book = OrderBook()
    book.apply(snapshot(yes_dollars_fp=[["0.1000", "2.00"]]))
    with pytest.raises(BookError):
        book.apply(parse_message(frame))
    with pytest.raises(BookError, match="not an orderbook snapshot or delta"):
        book.apply(RawMessage("", None, "x", "not JSON"))
    with pytest.raises(BookError, match="not an orderbook snapshot or delta"):
        book.apply(object())
    assert levels(book) == {"yes": {"0.1000": "2.00"}, "no": {}}


def test_order_books_ignore_other_messages_but_refuse_a_book_message_no_model_could_read() -> None:
    books = OrderBooks()
    books.apply(snapshot(yes_dollars_fp=[["0.1000", "2.00"]]))
    assert books.apply(RawMessage("", None, "x", "not JSON")) is None
    assert books.apply(parse_message('{"type":"ticker","sid":7,"msg":{}}')) is None
    unreadable = parse_message('{"type":"orderbook_delta","sid":1,"seq":2,"msg":{"price_dollars":0.1}}')
    assert isinstance(unreadable, RawMessage)
    with pytest.raises(BookError, match="could not read"):
        books.apply(unreadable)


class _Stream:
    """What OrderBooks needs of a stream: ``resync``; records the calls."""

    def __init__(self) -> None:
        self.calls: list[tuple[int, str]] = []

    def resync(self, target: int, reason: str = "requested", *, error: Exception | None = None) -> bool:
        assert isinstance(error, BookError)
        self.calls.append((target, reason))
        return True


def test_order_books_with_a_stream_never_raise_they_hand_the_subscription_back_for_a_resync() -> None:
    stream = _Stream()
    books = OrderBooks(stream)
    books.apply(snapshot(1, sid=1, ticker="KX-A", yes_dollars_fp=[["0.1000", "2.00"]]))
    books.apply(snapshot(1, sid=2, ticker="KX-B", yes_dollars_fp=[["0.3000", "2.00"]]))
    assert books.apply(delta(2, "yes", "0.1000", "-5.00", sid=1)) is None  # below zero: no exception
    assert stream.calls == [(1, "book_error")] and books.errors == 1 and "KX-A" not in books
    assert books.apply(delta(3, "yes", "0.1000", "1.00", sid=1)) is None  # queued before the resync: ignored
    assert stream.calls == [(1, "book_error")]
    live = books.apply(delta(2, "yes", "0.3000", "1.00", sid=2, ticker="KX-B"))  # the other subscription lives on
    assert live is not None and live.best_yes_bid == (Decimal("0.3"), Decimal("3"))
    books.apply(snapshot(1, sid=3, ticker="KX-A", yes_dollars_fp=[["0.2000", "9.00"]]))  # the fresh one
    assert levels(books["KX-A"]) == {"yes": {"0.2000": "9.00"}, "no": {}}
