"""The engine's events as stream messages: fills, user orders and positions for their user, trades for all.

Built when the event happens (the engine's lock held), so a message carries the
state of that moment; fields the engine does not know but a schema requires are
drawn by the feed's sampler.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from kalshi_exchange.book import ONE, Order
from kalshi_exchange.engine import Engine, user_uuid
from kalshi_exchange.ledger import FillRecord
from kalshi_exchange.trading import contracts, dollars, iso_time

# The channels whose messages come from the engine when the stream follows it.
FOLLOWED = {"fill": "fill", "user_orders": "user_order", "market_positions": "market_position", "trade": "trade"}
Shape = Callable[[str, dict[str, Any]], dict[str, Any]]  # (message type, known msg fields) -> a full msg


@dataclass(frozen=True)
class Event:
    """One message to publish: on ``channel``, about ``ticker``, only to ``user``'s connections if set."""

    channel: str
    ticker: str
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
    return []


def _message(type_: str, msg: dict[str, Any], shape: Shape) -> dict[str, Any]:
    return {"type": type_, "msg": shape(type_, msg)}
