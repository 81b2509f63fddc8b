"""OrderBook: exact decimals, best bid/ask, the sequence rule; a property test against the exchange's book."""

from __future__ import annotations

import json
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
    with pytest.raises(BookError, match="not a decimal"):
        book.apply(delta(2, "yes", "ten cents", "1.00"))
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
    assert books.apply(delta(4, "no", "0.3000", "-4.00", ticker="KX-B")).best_no_bid is None
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


@settings(max_examples=200, deadline=None)
@given(seed_levels=st.lists(_change, max_size=20), changes=st.lists(_change, max_size=60))
def test_snapshot_plus_any_deltas_equals_the_exchanges_book(
    seed_levels: list[tuple[str, int, int]], changes: list[tuple[str, int, int]]
) -> None:
    exchange = Book("KX-A", MARKET_ID)
    for side, cents, hundredths in seed_levels:
        exchange.move(side, Decimal(cents) / 100, abs(Decimal(hundredths)) / 100)
    mine = OrderBook()
    mine.apply(snapshot(1, **exchange.snapshot_msg()))
    for seq, (side, cents, hundredths) in enumerate(changes, start=2):
        msg = exchange.move(side, Decimal(cents) / 100, Decimal(hundredths) / 100)
        frame = json.dumps({"type": "orderbook_delta", "sid": 1, "seq": seq, "msg": msg})
        parsed = parse_message(frame)
        assert isinstance(parsed, OrderbookDeltaPayload)
        mine.apply(parsed)
    assert levels(mine) == {"yes": exchange.levels("yes"), "no": exchange.levels("no")}


def test_price_strings_from_a_server_are_held_in_a_bounded_table() -> None:
    from kalshi_stream import book as book_module

    books = OrderBooks()
    books.apply(snapshot(seq=1))
    for seq in range(2, 6002):  # 6000 distinct spellings of prices, each its own level
        books.apply(delta(seq, "yes", f"0.{seq:07d}", "1.00"))
    assert len(book_module._PRICES) <= book_module._PRICES_HELD
    assert len(books["KX-A"].yes) == 6000 and books["KX-A"].yes[Decimal("0.0006001")] == Decimal("1.00")
    books.apply(delta(6002, "yes", "0.0006001", "-1.00"))  # read through the table or past it, the same level
    assert Decimal("0.0006001") not in books["KX-A"].yes
