"""The order and portfolio endpoints, answered from the engine instead of seeded draws.

Operations are found by operationId (``CreateOrder``, ``CreateOrderV2``, ...), so
whichever order endpoints the served spec has are the ones traded on; a spec whose
order request has no ``price``/``side``/``count`` (the cents-era v1 shape) keeps
the spec-driven answers. Answers carry the fields the engine knows; any other field
the schema requires is drawn by the seeded sampler, and fields the schema does not
list are left out, so every body fits the served spec.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from kalshi_exchange.book import ONE, Order
from kalshi_exchange.data import merged
from kalshi_exchange.engine import Engine, TradingError, parse_count, parse_price, user_uuid
from kalshi_exchange.errors import error_body, error_object
from kalshi_exchange.ledger import ZERO, Account, FillRecord
from kalshi_exchange.market_data import MarketData, page
from kalshi_exchange.market_data import contracts as contracts  # stream_engine.py imports them from here
from kalshi_exchange.market_data import dollars as dollars
from kalshi_exchange.market_data import iso_time as iso_time

# operationId (version suffix stripped) -> handler name
_OPERATIONS = {
    "CreateOrder": "create",
    "BatchCreateOrders": "batch_create",
    "CancelOrder": "cancel",
    "BatchCancelOrders": "batch_cancel",
    "AmendOrder": "amend",
    "DecreaseOrder": "decrease",
    "CancelAllOrders": "cancel_all",
    "GetOrders": "orders",
    "GetOrder": "order",
    "GetFills": "fills",
    "GetPositions": "positions",
    "GetBalance": "balance",
    "GetMarketOrderbook": "orderbook",
    "GetMarketOrderbooks": "orderbooks",
    "GetOrderQueuePosition": "queue_position",
    "GetOrderQueuePositions": "queue_positions",
    "GetPortfolioRestingOrderTotalValue": "resting_value",
    "GetSettlements": "settlements",
    "CreateOrderGroup": "create_group",
    "GetOrderGroup": "group",
    "GetOrderGroups": "groups",
    "DeleteOrderGroup": "delete_group",
    "ResetOrderGroup": "reset_group",
    "TriggerOrderGroup": "trigger_group",
    "UpdateOrderGroupLimit": "group_limit",
    # the exchange itself: always from the engine (stable, and consistent with each other)
    "GetExchangeStatus": "exchange_status",
    "GetExchangeSchedule": "exchange_schedule",
    "GetUserDataTimestamp": "user_data_timestamp",
    "GetAccountApiLimits": "account_limits",
    # market data: from the world's listings (see ``Trading.serves``)
    "GetMarkets": "markets",
    "GetMarket": "market",
    "GetEvents": "events",
    "GetEvent": "event",
    "GetEventMetadata": "event_metadata",
    "GetMultivariateEvents": "multivariate_events",
    "GetSeriesList": "series_list",
    "GetSeries": "series",
    "GetTrades": "trades",
    "GetMarketCandlesticks": "candlesticks",
    "BatchGetMarketCandlesticks": "batch_candlesticks",
    "GetMarketCandlesticksByEvent": "event_candlesticks",
    "GetMilestones": "milestones",
    "GetMilestone": "milestone",
    "GetLiveData": "live_data",
    "GetLiveDataByMilestone": "live_data",
    "GetGameStats": "live_data",
    "GetLiveDatas": "live_datas",
    "GetStructuredTargets": "structured_targets",
    "GetStructuredTarget": "structured_target",
    "GetMultivariateEventCollections": "collections",
    "GetMultivariateEventCollection": "collection",
    "GetHistoricalCutoff": "historical_cutoff",
    "GetHistoricalMarkets": "historical_list",
    "GetTradesHistorical": "historical_list",
    "GetFillsHistorical": "historical_list",
    "GetHistoricalOrders": "historical_list",
    "GetHistoricalPositions": "historical_positions",
    "GetHistoricalMarket": "historical_market",
    "GetMarketCandlesticksHistorical": "historical_market",
}
# Answered from the world only when there is one (markets listed by the default world or a scenario);
# with ``LocalExchange(world=None)`` they are drawn from the spec.
_LISTED = frozenset(
    {
        "markets",
        "market",
        "events",
        "event",
        "event_metadata",
        "multivariate_events",
        "series_list",
        "series",
        "trades",
        "candlesticks",
        "batch_candlesticks",
        "event_candlesticks",
        "milestones",
        "milestone",
        "live_data",
        "live_datas",
        "structured_targets",
        "structured_target",
        "collections",
        "collection",
        "historical_cutoff",
        "historical_list",
        "historical_positions",
        "historical_market",
    }
)
Filler = Callable[[dict[str, Any], str], Any]  # (schema, field name) -> a sampled value


def cents(value: Decimal) -> int:
    return int((value * 100).to_integral_value(rounding="ROUND_FLOOR"))


def trades_on(spec: Mapping[str, Any]) -> bool:
    """Whether ``spec``'s order creation takes dollar prices and book sides (the engine's language)."""
    for item in (spec.get("paths") or {}).values():
        for operation in item.values() if isinstance(item, dict) else ():
            if isinstance(operation, dict) and _kind(operation.get("operationId")) == "create":
                content = (operation.get("requestBody") or {}).get("content") or {}
                schema = merged(dict(spec), (content.get("application/json") or {}).get("schema") or {})
                return {"price", "side", "count"} <= set(schema.get("properties") or {})
    return False


def _kind(operation_id: object) -> str | None:
    if not isinstance(operation_id, str):
        return None
    return _OPERATIONS.get(re.sub(r"V\d+$", "", operation_id))


class Trading(MarketData):
    """Maps requests to the engine: ``answer`` returns (status, body) or None when it does not serve the operation."""

    def __init__(self, spec: dict[str, Any], engine: Engine, filler: Filler, seed: int = 0) -> None:
        self.spec, self.engine, self.filler, self.seed = spec, engine, filler, seed

    def serves(self, operation: Mapping[str, Any]) -> bool:
        kind = _kind(operation.get("operationId"))
        return kind is not None and (kind not in _LISTED or bool(self.engine.listings))

    def answer(
        self,
        operation: Mapping[str, Any],
        path_params: Mapping[str, str],
        query: Mapping[str, str],
        body: Any,
        user: str | None,
    ) -> tuple[int, Any]:
        """(status, JSON-able body) for one request; errors as Kalshi's error bodies with 4xx."""
        kind = _kind(operation.get("operationId"))
        handler = getattr(self, f"_{kind}")
        try:
            result: Any = handler(path_params, query, body if isinstance(body, dict) else {}, user or "anonymous")
        except TradingError as err:
            documented = {str(c) for c in (operation.get("responses") or {})}
            # A status the operation does not document would not fit the spec: use one it does. Except
            # 404: Kalshi answers an unknown ticker or id with 404 whatever the operation documents.
            fallbacks = [int(s) for s in ("400", "404", "409") if s in documented]
            keep = str(err.status) in documented or err.status == 404 or not fallbacks
            status = err.status if keep else fallbacks[0]
            return status, error_body(err.code, err.message)
        status = next((int(c) for c in sorted(operation.get("responses") or {}) if str(c).startswith("2")), 200)
        return status, self._fit(operation, status, result)

    # -- fitting answers to the spec ---------------------------------------------------------------
    def _fit(self, operation: Mapping[str, Any], status: int, value: Any) -> Any:
        response = merged(self.spec, (operation.get("responses") or {}).get(str(status)) or {})
        content = (response.get("content") or {}).get("application/json")
        if content is None or "schema" not in content:
            return None
        return self._shape(content["schema"], value, "")

    def _shape(self, schema: dict[str, Any], value: Any, name: str) -> Any:
        """``value`` cut to ``schema``: unknown fields dropped, missing required ones sampled."""
        schema = merged(self.spec, schema)
        if isinstance(value, dict) and (schema.get("type") == "object" or "properties" in schema):
            properties = schema.get("properties") or {}
            out = {k: self._shape(properties[k], v, k) for k, v in value.items() if k in properties}
            for missing in schema.get("required") or []:
                if missing not in out:
                    out[missing] = self.filler(properties.get(missing) or {}, missing)
            return out
        if isinstance(value, list) and schema.get("type") == "array" and isinstance(schema.get("items"), dict):
            if schema.get("minItems") == schema.get("maxItems") == 2 and all(isinstance(v, str) for v in value):
                return value  # a [price, count] level
            return [self._shape(schema["items"], item, name) for item in value]
        return value

    # -- JSON of engine objects --------------------------------------------------------------------
    @staticmethod
    def _order_json(order: Order) -> dict[str, Any]:
        outcome = "yes" if order.side == "bid" else "no"
        out = {
            "order_id": order.order_id,
            "user_id": user_uuid(order.user),
            "client_order_id": order.client_order_id,
            "ticker": order.ticker,
            "side": outcome,
            "action": "buy",
            "outcome_side": outcome,
            "book_side": order.side,
            "type": "limit",
            "status": order.status,
            "yes_price_dollars": dollars(order.price),
            "no_price_dollars": dollars(ONE - order.price),
            "fill_count_fp": contracts(order.filled),
            "remaining_count_fp": contracts(order.remaining),
            "initial_count_fp": contracts(order.initial),
            "taker_fees_dollars": dollars(ZERO),
            "maker_fees_dollars": dollars(ZERO),
            "taker_fill_cost_dollars": dollars(order.taker_cost),
            "maker_fill_cost_dollars": dollars(order.maker_cost),
            "created_time": iso_time(order.created_ms),
            "last_update_time": iso_time(order.updated_ms),
            "self_trade_prevention_type": order.self_trade_prevention,
        }
        if order.order_group_id:
            out["order_group_id"] = order.order_group_id
        return out

    @staticmethod
    def _fill_json(fill: FillRecord) -> dict[str, Any]:
        outcome = "yes" if fill.side == "bid" else "no"
        return {
            "fill_id": fill.fill_id,
            "exchange_index": 0,
            "trade_id": fill.trade_id,
            "order_id": fill.order_id,
            "ticker": fill.ticker,
            "market_ticker": fill.ticker,
            "side": outcome,
            "action": "buy",
            "outcome_side": outcome,
            "book_side": fill.side,
            "count_fp": contracts(fill.count),
            "yes_price_dollars": dollars(fill.price),
            "no_price_dollars": dollars(ONE - fill.price),
            "is_taker": fill.is_taker,
            "created_time": iso_time(fill.ts_ms),
            "fee_cost": dollars(ZERO),
            "ts": fill.ts_ms // 1000,
        }

    @staticmethod
    def _placed(order: Order, fills: list[FillRecord]) -> dict[str, Any]:
        mine = [f for f in fills if f.order_id == order.order_id]
        filled = sum((f.count for f in mine), ZERO)
        out: dict[str, Any] = {
            "order_id": order.order_id,
            "client_order_id": order.client_order_id,
            "fill_count": contracts(filled),
            "remaining_count": contracts(order.remaining),
            "ts_ms": order.updated_ms,
        }
        if filled:
            paid = sum((f.count * f.price for f in mine), ZERO)
            out["average_fill_price"] = dollars(paid / filled)
            out["average_fee_paid"] = dollars(ZERO)
        return out

    def _account(self, user: str) -> Account:
        return self.engine.ledger.account(user)

    @staticmethod
    def _page(items: list[Any], query: Mapping[str, str], key: str, default: int = 100) -> dict[str, Any]:
        return page(items, query, key, default)

    # -- orders ------------------------------------------------------------------------------------
    def _place(self, body: Mapping[str, Any], user: str) -> tuple[Order, list[FillRecord]]:
        side = body.get("side")
        if side not in ("bid", "ask"):
            raise TradingError(400, "invalid_order", f"side={side!r}; 'bid' or 'ask'")
        return self.engine.place(
            user,
            str(body.get("ticker") or ""),
            side,
            parse_price(body.get("price")),
            parse_count(body.get("count")),
            time_in_force=str(body.get("time_in_force") or "good_till_canceled"),
            self_trade_prevention=str(body.get("self_trade_prevention_type") or "taker_at_cross"),
            post_only=bool(body.get("post_only")),
            reduce_only=bool(body.get("reduce_only")),
            client_order_id=str(body.get("client_order_id") or ""),
            order_group_id=body.get("order_group_id") or None,
        )

    def _create(self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str) -> Any:
        return self._placed(*self._place(body, user))

    def _batch_create(self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str) -> Any:
        results = []
        for item in body.get("orders") or []:
            try:
                results.append(self._placed(*self._place(item, user)))
            except TradingError as err:
                results.append(
                    {"client_order_id": item.get("client_order_id"), "error": error_object(err.code, err.message)}
                )
        return {"orders": results}

    def _cancel(self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str) -> Any:
        order, reduced = self.engine.cancel(user, path.get("order_id", ""))
        return {
            "order_id": order.order_id,
            "client_order_id": order.client_order_id,
            "reduced_by": contracts(reduced),
            "ts_ms": order.updated_ms,
        }

    def _batch_cancel(self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str) -> Any:
        results = []
        for item in body.get("orders") or []:
            order_id = str(item.get("order_id") or "")
            try:
                results.append(self._cancel({"order_id": order_id}, query, {}, user))
            except TradingError as err:
                error = error_object(err.code, err.message)
                results.append({"order_id": order_id, "reduced_by": contracts(ZERO), "error": error})
        return {"orders": results}

    def _cancel_all(self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str) -> Any:
        for order in list(self.engine.orders.values()):
            if order.user == user and order.remaining > 0:
                self.engine.cancel(user, order.order_id)
        return {}

    def _amend(self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str) -> Any:
        order = self.engine.order_of(user, path.get("order_id", ""))
        if body.get("ticker") not in (None, order.ticker) or body.get("side") not in (None, order.side):
            raise TradingError(400, "invalid_order", "an amend keeps the order's ticker and side")
        order, fills = self.engine.amend(
            user,
            order.order_id,
            parse_price(body.get("price")),
            parse_count(body.get("count")),
            str(body.get("updated_client_order_id") or ""),
        )
        return self._placed(order, fills)

    def _decrease(self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str) -> Any:
        by, to = body.get("reduce_by"), body.get("reduce_to")
        order = self.engine.decrease(
            user,
            path.get("order_id", ""),
            None if by is None else parse_count(by, "reduce_by"),
            None if to is None else parse_count(to, "reduce_to", zero=True),
        )
        return {
            "order_id": order.order_id,
            "client_order_id": order.client_order_id,
            "remaining_count": contracts(order.remaining),
            "ts_ms": order.updated_ms,
        }

    def _orders(self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str) -> Any:
        orders = [o for o in self.engine.orders.values() if o.user == user]
        if query.get("ticker"):
            orders = [o for o in orders if o.ticker == query["ticker"]]
        if query.get("status"):
            orders = [o for o in orders if o.status == query["status"]]
        orders.sort(key=lambda o: -o.sequence)  # newest first, as Kalshi lists them
        page = self._page(orders, query, "orders")
        page["orders"] = [self._order_json(o) for o in page["orders"]]
        return page

    def _order(self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str) -> Any:
        return {"order": self._order_json(self.engine.order_of(user, path.get("order_id", "")))}

    # -- portfolio ---------------------------------------------------------------------------------
    def _fills(self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str) -> Any:
        fills = list(reversed(self._account(user).fills))  # newest first
        for name in ("ticker", "order_id"):
            if query.get(name):
                fills = [f for f in fills if getattr(f, name) == query[name]]
        page = self._page(fills, query, "fills")
        page["fills"] = [self._fill_json(f) for f in page["fills"]]
        return page

    def _positions(self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str) -> Any:
        positions = sorted(self._account(user).positions.values(), key=lambda p: p.ticker)
        if query.get("ticker"):
            positions = [p for p in positions if p.ticker == query["ticker"]]
        page = self._page(positions, query, "market_positions")
        page["market_positions"] = [
            {
                "ticker": p.ticker,
                "exchange_index": 0,
                "total_traded_dollars": dollars(p.traded),
                "position_fp": contracts(p.count),
                "market_exposure_dollars": dollars(p.exposure),
                "realized_pnl_dollars": dollars(p.realized),
                "fees_paid_dollars": dollars(p.fees),
                "last_updated_ts": iso_time(p.updated_ms),
            }
            for p in page["market_positions"]
        ]
        events: dict[str, list[Any]] = {}
        for p in positions:
            events.setdefault(p.ticker.rsplit("-", 1)[0], []).append(p)
        page["event_positions"] = [
            {
                "event_ticker": event,
                "total_cost_dollars": dollars(sum((p.traded for p in held), ZERO)),
                "total_cost_shares_fp": contracts(sum((abs(p.count) for p in held), ZERO)),
                "event_exposure_dollars": dollars(sum((p.exposure for p in held), ZERO)),
                "realized_pnl_dollars": dollars(sum((p.realized for p in held), ZERO)),
                "fees_paid_dollars": dollars(ZERO),
            }
            for event, held in sorted(events.items())
        ]
        return page

    def _balance(self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str) -> Any:
        account = self._account(user)
        held = sum((p.exposure for p in account.positions.values()), ZERO)
        return {
            "balance": cents(account.cash),
            "balance_dollars": dollars(account.cash),
            "portfolio_value": cents(held),
            "updated_ts": account.updated_ms // 1000,
            "balance_breakdown": [{"exchange_index": 0, "balance": dollars(account.cash)}],
        }

    def _resting_value(self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str) -> Any:
        reserved = self._account(user).reserved
        return {
            "total_resting_order_value": cents(reserved),
            "resting_order_value_breakdown": [{"exchange_index": 0, "balance": dollars(reserved)}],
        }

    def _settlements(self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str) -> Any:
        records = list(reversed(self._account(user).settlements))
        page = self._page(records, query, "settlements")
        page["settlements"] = [
            {
                "ticker": s.ticker,
                "exchange_index": 0,
                "event_ticker": s.ticker.rsplit("-", 1)[0],
                "market_result": s.result,
                "yes_count_fp": contracts(max(s.count, ZERO)),
                "yes_total_cost_dollars": dollars(s.cost if s.count > 0 else ZERO),
                "no_count_fp": contracts(max(-s.count, ZERO)),
                "no_total_cost_dollars": dollars(s.cost if s.count < 0 else ZERO),
                "revenue": cents(s.payout),
                "value": 100 if s.result == "yes" else 0,
                "settled_time": iso_time(s.ts_ms),
                "fee_cost": dollars(ZERO),
            }
            for s in page["settlements"]
        ]
        return page

    def _orderbook(self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str) -> Any:
        if self.engine.listings:  # listed markets only, when there is a world
            self._market_named(path.get("ticker", ""))
        book = self.engine.book(path.get("ticker", ""))
        depth = int(query.get("depth") or 0)

        def view(side: Any) -> list[list[str]]:
            levels = [[dollars(price), contracts(count)] for price, count in book.levels(side)]
            return levels[-depth:] if depth > 0 else levels

        return {"orderbook_fp": {"yes_dollars": view("bid"), "no_dollars": view("ask")}}

    def _orderbooks(self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str) -> Any:
        tickers = [t for t in (query.get("tickers") or "").split(",") if t]
        books = [{"ticker": t, **self._orderbook({"ticker": t}, {}, body, user)} for t in tickers]
        return {"orderbooks": books}

    def _queue_ahead(self, order: Order) -> Decimal:
        """Contracts resting at the order's price ahead of it (time priority)."""
        queue = self.engine.book(order.ticker).side(order.side)
        return sum((o.remaining for o in queue if o.price == order.price and o.sequence < order.sequence), ZERO)

    def _queue_position(
        self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str
    ) -> Any:
        order = self.engine.order_of(user, path.get("order_id", ""))
        if order.remaining == 0:
            raise TradingError(404, "not_found", f"order {order.order_id} is not resting")
        return {"queue_position_fp": contracts(self._queue_ahead(order))}

    def _queue_positions(
        self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str
    ) -> Any:
        tickers = {t for t in (query.get("market_tickers") or "").split(",") if t}
        event = query.get("event_ticker") or ""
        resting = [
            o
            for o in self.engine.orders.values()
            if o.user == user
            and o.remaining > 0
            and (not tickers or o.ticker in tickers)
            and (not event or o.ticker.startswith(event + "-"))
        ]
        return {
            "queue_positions": [
                {
                    "order_id": o.order_id,
                    "market_ticker": o.ticker,
                    "queue_position_fp": contracts(self._queue_ahead(o)),
                }
                for o in resting
            ]
        }

    # -- order groups ------------------------------------------------------------------------------
    def _create_group(self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str) -> Any:
        limit = body.get("contracts_limit_fp") or body.get("contracts_limit")
        if limit is None:
            raise TradingError(400, "invalid_request", "give contracts_limit or contracts_limit_fp")
        group = self.engine.create_group(user, parse_count(limit, "contracts_limit"))
        return {"order_group_id": group.group_id, "subaccount": 0, "exchange_index": 0}

    def _group_json(self, group: Any) -> dict[str, Any]:
        return {
            "id": group.group_id,
            "is_auto_cancel_enabled": True,
            "contracts_limit_fp": contracts(group.limit),
            "orders": list(group.order_ids),
            "exchange_index": 0,
        }

    def _group(self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str) -> Any:
        return self._group_json(self.engine.group_of(user, path.get("order_group_id", "")))

    def _groups(self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str) -> Any:
        groups = [g for g in self.engine.groups.values() if g.user == user]
        return {"order_groups": [self._group_json(g) for g in groups]}

    def _delete_group(self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str) -> Any:
        self.engine.delete_group(self.engine.group_of(user, path.get("order_group_id", "")))
        return {}

    def _reset_group(self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str) -> Any:
        self.engine.reset_group(self.engine.group_of(user, path.get("order_group_id", "")))
        return {}

    def _trigger_group(self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str) -> Any:
        self.engine.trigger_group(self.engine.group_of(user, path.get("order_group_id", "")))
        return {}

    def _group_limit(self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str) -> Any:
        group = self.engine.group_of(user, path.get("order_group_id", ""))
        limit = body.get("contracts_limit_fp") or body.get("contracts_limit")
        if limit is None:
            raise TradingError(400, "invalid_request", "give contracts_limit or contracts_limit_fp")
        self.engine.set_group_limit(group, parse_count(limit, "contracts_limit"))
        return {}
