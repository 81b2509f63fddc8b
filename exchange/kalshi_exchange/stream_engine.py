"""The engine's events as stream messages: fills, user orders, positions and order groups for their
user; trades and tickers for all.

Built when the event happens (the engine's lock held), so a message carries the
state of that moment; fields the engine does not know but a schema requires are
drawn by the feed's sampler. A ticker message goes out when one of its numbers
changed (as Kalshi's: "updates sent whenever any ticker field changes").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from kalshi_exchange.book import ONE, Order
from kalshi_exchange.engine import Engine, OrderGroup, user_uuid
from kalshi_exchange.ledger import FillRecord
from kalshi_exchange.quotes import ONE as ONE_DOLLAR
from kalshi_exchange.quotes import ZERO, Quote, quote, whole_dollars
from kalshi_exchange.trading import contracts, dollars, iso_time

# The channels whose messages come from the engine when the stream follows it.
FOLLOWED = {
    "fill": "fill",
    "user_orders": "user_order",
    "market_positions": "market_position",
    "trade": "trade",
    "ticker": "ticker",
    "order_group_updates": "order_group_updates",
}
Shape = Callable[[str, dict[str, Any]], dict[str, Any]]  # (message type, known msg fields) -> a full msg


@dataclass(frozen=True)
class Event:
    """One message to publish: on ``channel``, about ``ticker`` (None: every subscription of the channel,
    whatever its markets), only to ``user``'s connections if set."""

    channel: str
    ticker: str | None
    user: str | None
    message: dict[str, Any]


def _centi_cents(value: Decimal) -> int:
    return int(value * 10_000)


def events_for(engine: Engine, event: str, payload: object, shape: Shape) -> list[Event]:
    """The stream messages an engine event makes."""
    if event == "order" and isinstance(payload, Order):
        msg = {
            "order_id": payload.order_id,
            "user_id": user_uuid(payload.user),
            "ticker": payload.ticker,
            "status": payload.status,
            "side": "yes" if payload.side == "bid" else "no",
            "is_yes": payload.side == "bid",
            "yes_price_dollars": dollars(payload.price),
            "fill_count_fp": contracts(payload.filled),
            "remaining_count_fp": contracts(payload.remaining),
            "initial_count_fp": contracts(payload.initial),
            "taker_fill_cost_dollars": dollars(payload.taker_cost),
            "maker_fill_cost_dollars": dollars(payload.maker_cost),
            "taker_fees_dollars": dollars(Decimal(0)),
            "maker_fees_dollars": dollars(Decimal(0)),
            "client_order_id": payload.client_order_id,
            "created_time": iso_time(payload.created_ms),
        }
        return [Event("user_orders", payload.ticker, payload.user, _message("user_order", msg, shape))]
    if event == "fill" and isinstance(payload, FillRecord):
        position = engine.ledger.account(payload.user).position(payload.ticker)
        outcome = "yes" if payload.side == "bid" else "no"
        fill = {
            "trade_id": payload.trade_id,
            "order_id": payload.order_id,
            "market_ticker": payload.ticker,
            "is_taker": payload.is_taker,
            "side": outcome,
            "yes_price_dollars": dollars(payload.price),
            "count_fp": contracts(payload.count),
            "fee_cost": dollars(Decimal(0)),
            "action": "buy",
            "ts": payload.ts_ms // 1000,
            "post_position_fp": contracts(position.count),
            "purchased_side": outcome,
        }
        held = {
            "user_id": user_uuid(payload.user),
            "market_ticker": payload.ticker,
            "position_fp": contracts(position.count),
            "position_cost": _centi_cents(position.exposure),
            "position_cost_dollars": dollars(position.exposure),
            "realized_pnl": _centi_cents(position.realized),
            "realized_pnl_dollars": dollars(position.realized),
            "fees_paid": 0,
            "fees_paid_dollars": dollars(Decimal(0)),
            "position_fee_cost": 0,
            "position_fee_cost_dollars": dollars(Decimal(0)),
            "volume_fp": contracts(position.traded_count),
        }
        return [
            Event("fill", payload.ticker, payload.user, _message("fill", fill, shape)),
            Event("market_positions", payload.ticker, payload.user, _message("market_position", held, shape)),
        ]
    if event == "trade" and isinstance(payload, tuple):
        taker, maker, count, price, trade_id = payload
        trade = {
            "trade_id": trade_id,
            "market_ticker": maker.ticker,
            "yes_price_dollars": dollars(price),
            "no_price_dollars": dollars(ONE - price),
            "count_fp": contracts(count),
            "taker_side": "yes" if taker.side == "bid" else "no",
            "ts": maker.updated_ms // 1000,
        }
        return [Event("trade", maker.ticker, None, _message("trade", trade, shape))]
    if event == "group" and isinstance(payload, tuple):
        kind, group = payload
        assert isinstance(group, OrderGroup)
        update = {"event_type": kind, "order_group_id": group.group_id}
        if kind in ("created", "limit_updated"):  # the document: the limit comes with these two only
            update["contracts_limit_fp"] = contracts(group.limit)
        return [Event("order_group_updates", None, group.user, _message("order_group_updates", update, shape))]
    return []


def ticker_of(event: str, payload: object) -> str | None:
    """The market whose quote an engine event may have changed (its book, last price, volume or open interest)."""
    if event == "order" and isinstance(payload, Order):
        return payload.ticker
    if event == "trade" and isinstance(payload, tuple):
        return str(payload[1].ticker)
    if event == "settled" and isinstance(payload, str):
        return payload
    return None


class TickerTape:
    """The last quote published per market, so a ticker message goes out only when a number changed."""

    def __init__(self) -> None:
        self.last: dict[str, Quote] = {}

    def event(self, engine: Engine, ticker: str, shape: Shape) -> Event | None:
        now = quote(engine, ticker)
        if self.last.get(ticker) == now:
            return None
        self.last[ticker] = now
        ms = engine.clock_ms()
        msg = {
            "market_ticker": ticker,
            "price_dollars": dollars(now.last_price),
            # an empty side reads as Kalshi's bounds: no bid is $0, no ask is $1
            "yes_bid_dollars": dollars(ZERO if now.yes_bid is None else now.yes_bid),
            "yes_ask_dollars": dollars(ONE_DOLLAR if now.yes_ask is None else now.yes_ask),
            "volume_fp": contracts(now.volume),
            "open_interest_fp": contracts(now.open_interest),
            "dollar_volume": whole_dollars(now.dollar_volume),
            "dollar_open_interest": whole_dollars(now.dollar_open_interest),
            "ts": ms // 1000,
            "time": iso_time(ms),
        }
        return Event("ticker", ticker, None, _message("ticker", msg, shape))


def _message(type_: str, msg: dict[str, Any], shape: Shape) -> dict[str, Any]:
    return {"type": type_, "msg": shape(type_, msg)}
