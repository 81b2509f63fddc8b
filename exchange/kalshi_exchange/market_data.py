"""The market data operations, answered from the exchange's world: series, events, markets, trades, candlesticks.

Everything here reads the engine (its listings, series and events, books, trade log,
quote history and settlements) under the caller's lock, so two identical calls give
identical answers and every answer agrees with the others and with the order book:
a filter is honoured, a list pages over the real result and its cursor ends, an unknown
ticker is a 404, a market's times agree with the exchange's clock and its status.
"""

from __future__ import annotations

import bisect
import datetime
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import Any

from kalshi_auth.ratelimit import TIERS, RateLimit
from kalshi_exchange.book import ONE
from kalshi_exchange.engine import Engine, TradeRecord, TradingError
from kalshi_exchange.ledger import ZERO
from kalshi_exchange.listings import SETTLED_STATES, STATUS_FILTER, Listing
from kalshi_exchange.quotes import quote
from kalshi_exchange.world import Event, Series

HOUR_MS, DAY_MS = 3_600_000, 86_400_000
MAX_CANDLES = 5000  # periods one candlestick request may span
PERIODS = (1, 60, 1440)  # candlestick widths in minutes, as GetMarketCandlesticks takes them
# An event's status filter (GetEvents) over its markets' statuses.
EVENT_STATUS = {"unopened": {"initialized"}, "open": {"active", "inactive"}, "closed": {"closed"}}


def dollars(value: Decimal) -> str:
    return f"{value:.4f}"


def contracts(value: Decimal) -> str:
    return f"{value:.2f}"


def iso_time(ms: int) -> str:
    moment = datetime.datetime.fromtimestamp(ms / 1000, tz=datetime.timezone.utc)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def page(
    items: list[Any], query: Mapping[str, str], key: str, default: int = 100, limit: str = "limit"
) -> dict[str, Any]:
    """One page of ``items``; the cursor is the next offset, empty on the last page.

    A cursor the exchange did not hand out is a 400 (as a stale or foreign cursor is on Kalshi);
    ``limit`` 0 or absent means the operation's default.
    """
    cursor = query.get("cursor") or ""
    if cursor and not (cursor.isascii() and cursor.isdigit() and int(cursor) <= len(items)):
        raise TradingError(400, "invalid_cursor", f"cursor={cursor[:40]!r} was not handed out by this list")
    start = int(cursor) if cursor else 0
    size = int(query.get(limit) or 0) or default
    end = start + size
    return {key: items[start:end], "cursor": str(end) if end < len(items) else ""}


def _int(query: Mapping[str, str], name: str) -> int | None:
    text = query.get(name)
    return int(text) if text not in (None, "") else None


def _flag(query: Mapping[str, str], name: str) -> bool:
    return (query.get(name) or "").lower() == "true"


def _tickers(text: str | None) -> set[str]:
    return {t for t in (text or "").split(",") if t}


class MarketData:
    """Handlers for the market data operations (mixed into ``Trading``, which dispatches to them)."""

    engine: Engine
    filler: Callable[[dict[str, Any], str], Any]

    # -- markets -----------------------------------------------------------------------------------
    def _opened_ms(self, market: Listing) -> int:
        return market.open_ms if market.open_ms is not None else self.engine.clock_ms() - DAY_MS

    def _closes_ms(self, market: Listing) -> int:
        return market.close_ms if market.close_ms is not None else self.engine.clock_ms() + 30 * DAY_MS

    def _settled_ms(self, market: Listing) -> int | None:
        if market.ticker not in self.engine.settled:
            return None
        return self.engine.settled_at.get(market.ticker, self._closes_ms(market) + HOUR_MS)

    def _quote_at(self, ticker: str, ms: int) -> tuple[Decimal | None, Decimal | None]:
        """The best YES bid and ask at ``ms`` (None for an empty side, or before anything rested)."""
        history = self.engine.quotes.get(ticker) or []
        index = bisect.bisect_right(history, ms, key=lambda point: point[0]) - 1
        return (history[index][1], history[index][2]) if index >= 0 else (None, None)

    def _trades_of(self, ticker: str) -> list[TradeRecord]:
        return [trade for trade in self.engine.trades if trade.ticker == ticker]

    def market_json(self, market: Listing) -> dict[str, Any]:
        """The market as GetMarket shows it: its listing, book, trades and settlement, now."""
        engine, now_ms = self.engine, self.engine.clock_ms()
        status = engine.market_status(market)
        now = quote(engine, market.ticker)
        book = engine.book(market.ticker)
        bid = ZERO if now.yes_bid is None else now.yes_bid
        ask = ONE if now.yes_ask is None else now.yes_ask
        trades = self._trades_of(market.ticker)
        day_ago = now_ms - DAY_MS
        before = [t for t in trades if t.ts_ms <= day_ago]
        old_bid, old_ask = self._quote_at(market.ticker, day_ago)
        opens, closes = self._opened_ms(market), self._closes_ms(market)
        result = engine.settled.get(market.ticker, "")
        settled_ms = self._settled_ms(market)
        out: dict[str, Any] = {
            "ticker": market.ticker,
            "event_ticker": market.event_ticker,
            "market_type": "binary",
            "title": market.title,
            "subtitle": "",
            "yes_sub_title": "",
            "no_sub_title": "",
            "created_time": iso_time(opens - DAY_MS),
            "updated_time": iso_time(opens - DAY_MS),
            "open_time": iso_time(opens),
            "close_time": iso_time(closes),
            "expected_expiration_time": iso_time(closes + HOUR_MS),
            "expiration_time": iso_time(closes + HOUR_MS),
            "latest_expiration_time": iso_time(closes + 7 * DAY_MS),
            "settlement_timer_seconds": 3600,
            "status": status,
            "yes_bid_dollars": dollars(bid),
            "yes_ask_dollars": dollars(ask),
            "no_bid_dollars": dollars(ONE - ask),
            "no_ask_dollars": dollars(ONE - bid),
            "yes_bid_size_fp": contracts(sum((o.remaining for o in book.bids if o.price == bid), ZERO)),
            "yes_ask_size_fp": contracts(sum((o.remaining for o in book.asks if o.price == ask), ZERO)),
            "last_price_dollars": dollars(now.last_price),
            "previous_yes_bid_dollars": dollars(ZERO if old_bid is None else old_bid),
            "previous_yes_ask_dollars": dollars(ONE if old_ask is None else old_ask),
            "previous_price_dollars": dollars(before[-1].price if before else ZERO),
            "volume_fp": contracts(now.volume),
            "volume_24h_fp": contracts(sum((t.count for t in trades if t.ts_ms > day_ago), ZERO)),
            "open_interest_fp": contracts(now.open_interest),
            "notional_value_dollars": dollars(ONE),
            "result": result,
            "can_close_early": True,
            "expiration_value": "",
            "rules_primary": f"If {market.title.rstrip('?')}, the market resolves to Yes.",
            "rules_secondary": "",
            "settlement_bounds_type": "default",
            "strike_type": "custom",
            "price_level_structure": market.price_level_structure,
            "price_ranges": [
                {"start": dollars(start), "end": dollars(end), "step": dollars(step)}
                for start, end, step in market.grid
            ],
            "exchange_index": 0,
            "is_provisional": False,
        }
        if result:
            out["settlement_value_dollars"] = dollars(ONE if result == "yes" else ZERO)
            out["expiration_value"] = result
        if settled_ms is not None:
            out["settlement_ts"] = iso_time(settled_ms)
        out.update(market.fields)
        return out

    def listed(self, query: Mapping[str, str]) -> list[Listing]:
        """The markets that pass GetMarkets' filters, in ticker order."""
        engine = self.engine
        found = sorted(engine.listings.values(), key=lambda m: m.ticker)
        tickers = _tickers(query.get("tickers"))
        events = _tickers(query.get("event_tickers") or query.get("event_ticker"))
        series = query.get("series_ticker")
        states = STATUS_FILTER.get(query.get("status") or "")
        if query.get("mve_filter") == "only":
            return []  # the world holds no multivariate (combo) markets
        bounds = {
            name: _int(query, name) for name in ("min_close_ts", "max_close_ts", "min_created_ts", "max_created_ts")
        }
        bounds.update({name: _int(query, name) for name in ("min_settled_ts", "max_settled_ts", "min_updated_ts")})

        def within(ms: int | None, low: str, high: str | None = None) -> bool:
            if bounds.get(low) is None and (high is None or bounds.get(high) is None):
                return True
            if ms is None:
                return False
            seconds = ms // 1000
            return (bounds.get(low) is None or seconds >= bounds[low]) and (  # type: ignore[operator]
                high is None or bounds.get(high) is None or seconds <= bounds[high]  # type: ignore[operator]
            )

        return [
            m
            for m in found
            if (not tickers or m.ticker in tickers)
            and (not events or m.event_ticker in events)
            and (not series or m.series_ticker == series)
            and (states is None or engine.market_status(m) in states)
            and within(self._closes_ms(m), "min_close_ts", "max_close_ts")
            and within(self._opened_ms(m) - DAY_MS, "min_created_ts", "max_created_ts")
            and within(self._settled_ms(m), "min_settled_ts", "max_settled_ts")
            and within(self._opened_ms(m) - DAY_MS, "min_updated_ts")
        ]

    def _markets(self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str) -> Any:
        found = page(self.listed(query), query, "markets")
        found["markets"] = [self.market_json(m) for m in found["markets"]]
        return found

    def _market_named(self, ticker: str) -> Listing:
        market = self.engine.listings.get(ticker)
        if market is None:
            raise TradingError(404, "not_found", f"market {ticker} not found")
        return market

    def _market(self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str) -> Any:
        return {"market": self.market_json(self._market_named(path.get("ticker", "")))}

    # -- events --------------------------------------------------------------------------------------
    def _event_of(self, event_ticker: str, markets: list[Listing]) -> Event:
        known = self.engine.events.get(event_ticker)
        if isinstance(known, Event):
            return known
        series = markets[0].series_ticker if markets else event_ticker.split("-", 1)[0]
        return Event(event_ticker, series, event_ticker)

    def _series_of(self, series_ticker: str) -> Series:
        known = self.engine.series.get(series_ticker)
        return known if isinstance(known, Series) else Series(series_ticker, series_ticker)

    def event_status(self, markets: list[Listing]) -> str:
        """An event's phase from its markets': open while any trades or pauses, settled when all are."""
        states = {self.engine.market_status(m) for m in markets}
        if states & {"active", "inactive"}:
            return "open"
        if states and states <= SETTLED_STATES:
            return "settled"
        if states == {"initialized"}:
            return "unopened"
        return "closed"

    def event_json(self, event_ticker: str, markets: list[Listing], nested: bool) -> dict[str, Any]:
        event = self._event_of(event_ticker, markets)
        series = self._series_of(event.series_ticker)
        strike = event.strike_ms if event.strike_ms is not None else max(self._closes_ms(m) for m in markets)
        out: dict[str, Any] = {
            "event_ticker": event.event_ticker,
            "series_ticker": event.series_ticker,
            "title": event.title,
            "sub_title": event.sub_title,
            "collateral_return_type": "MECNET" if event.mutually_exclusive else "",
            "mutually_exclusive": event.mutually_exclusive,
            "category": event.category or series.category,
            "strike_date": iso_time(strike),
            "strike_period": "",
            "settlement_sources": [{"name": name, "url": url} for name, url in series.sources],
            "available_on_brokers": False,
            "exchange_index": 0,
        }
        if nested:
            out["markets"] = [self.market_json(m) for m in markets]
        out.update(event.fields)
        return out

    def by_event(self, markets: Iterable[Listing]) -> dict[str, list[Listing]]:
        grouped: dict[str, list[Listing]] = {}
        for market in markets:
            grouped.setdefault(market.event_ticker, []).append(market)
        return grouped

    def _events(self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str) -> Any:
        nested = _flag(query, "with_nested_markets")
        wanted = {k: v for k, v in query.items() if k in ("series_ticker", "event_ticker", "event_tickers")}
        grouped = sorted(self.by_event(self.listed(wanted)).items())
        status = query.get("status")
        if status:
            grouped = [(e, ms) for e, ms in grouped if self.event_status(ms) == status]
        min_close = _int(query, "min_close_ts")
        if min_close is not None:
            grouped = [(e, ms) for e, ms in grouped if any(self._closes_ms(m) // 1000 >= min_close for m in ms)]
        found = page(grouped, query, "events", default=200)
        found["events"] = [self.event_json(event, markets, nested) for event, markets in found["events"]]
        if _flag(query, "with_milestones"):
            found["milestones"] = []
        return found

    def _event_markets(self, event_ticker: str) -> list[Listing]:
        markets = self.by_event(sorted(self.engine.listings.values(), key=lambda m: m.ticker)).get(event_ticker)
        if not markets:
            raise TradingError(404, "not_found", f"event {event_ticker} not found")
        return markets

    def _event(self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str) -> Any:
        event = path.get("event_ticker", "")
        markets = self._event_markets(event)
        return {
            "event": self.event_json(event, markets, _flag(query, "with_nested_markets")),
            "markets": [self.market_json(m) for m in markets],
        }

    def _event_metadata(
        self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str
    ) -> Any:
        event = path.get("event_ticker", "")
        markets = self._event_markets(event)
        series = self._series_of(self._event_of(event, markets).series_ticker)
        return {
            "image_url": f"/images/events/{event}.png",
            "settlement_sources": [{"name": name, "url": url} for name, url in series.sources],
            "market_details": [
                {"market_ticker": m.ticker, "image_url": f"/images/markets/{m.ticker}.png", "color_code": "#0A7D5A"}
                for m in markets
            ],
        }

    def _multivariate_events(
        self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str
    ) -> Any:
        return {"events": [], "cursor": ""}  # the world holds no multivariate (combo) events

    # -- series ----------------------------------------------------------------------------------------
    def series_json(self, series: Series, volume: bool) -> dict[str, Any]:
        out: dict[str, Any] = {
            "ticker": series.ticker,
            "frequency": series.frequency,
            "title": series.title,
            "category": series.category,
            "categories": [series.category],
            "tags": list(series.tags),
            "settlement_sources": [{"name": name, "url": url} for name, url in series.sources],
            "contract_url": f"https://kalshi.com/docs/contracts/{series.ticker}.pdf",
            "contract_terms_url": f"https://kalshi.com/docs/contract-terms/{series.ticker}.pdf",
            "fee_type": "quadratic",
            "fee_multiplier": 1,
            "additional_prohibitions": [],
            "exchange_index": 0,
        }
        if volume:
            traded = sum((t.count for t in self.engine.trades if t.ticker.startswith(series.ticker + "-")), ZERO)
            out["volume_fp"] = contracts(traded)
        out.update(series.fields)
        return out

    def _all_series(self) -> dict[str, Series]:
        found = {t: s for t, s in self.engine.series.items() if isinstance(s, Series)}
        for market in self.engine.listings.values():
            found.setdefault(market.series_ticker, Series(market.series_ticker, market.series_ticker))
        return found

    def _series_list(self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str) -> Any:
        found = sorted(self._all_series().values(), key=lambda s: s.ticker)
        if query.get("category"):
            found = [s for s in found if s.category == query["category"]]
        tags = _tickers(query.get("tags"))
        if tags:
            found = [s for s in found if tags & set(s.tags)]
        return {"series": [self.series_json(s, _flag(query, "include_volume")) for s in found]}

    def _series(self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str) -> Any:
        ticker = path.get("series_ticker", "")
        series = self._all_series().get(ticker)
        if series is None:
            raise TradingError(404, "not_found", f"series {ticker} not found")
        return {"series": self.series_json(series, _flag(query, "include_volume"))}

    # -- trades ----------------------------------------------------------------------------------------
    @staticmethod
    def trade_json(trade: TradeRecord) -> dict[str, Any]:
        outcome = "yes" if trade.taker_side == "bid" else "no"
        return {
            "trade_id": trade.trade_id,
            "ticker": trade.ticker,
            "count_fp": contracts(trade.count),
            "yes_price_dollars": dollars(trade.price),
            "no_price_dollars": dollars(ONE - trade.price),
            "taker_side": outcome,
            "taker_outcome_side": outcome,
            "taker_book_side": trade.taker_side,
            "created_time": iso_time(trade.ts_ms),
            "is_block_trade": False,
        }

    def _trades(self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str) -> Any:
        ticker = query.get("ticker")
        low, high = _int(query, "min_ts"), _int(query, "max_ts")
        trades = [
            t
            for t in reversed(self.engine.trades)  # newest first
            if (not ticker or t.ticker == ticker)
            and (low is None or t.ts_ms // 1000 >= low)
            and (high is None or t.ts_ms // 1000 <= high)
        ]
        if _flag(query, "is_block_trade"):
            trades = []  # no block trades on this exchange
        found = page(trades, query, "trades")
        found["trades"] = [self.trade_json(t) for t in found["trades"]]
        return found

    # -- candlesticks ------------------------------------------------------------------------------------
    def candles(self, market: Listing, query: Mapping[str, str]) -> list[dict[str, Any]]:
        """One candlestick per period from ``start_ts`` to ``end_ts`` (seconds), from the trades and quotes."""
        period = _int(query, "period_interval") or 60
        if period not in PERIODS:
            raise TradingError(400, "invalid_parameter", f"period_interval={period}; one of {PERIODS} (minutes)")
        width = period * 60_000
        now_ms = self.engine.clock_ms()
        start, end = _int(query, "start_ts"), _int(query, "end_ts")
        start_ms = start * 1000 if start is not None else self._opened_ms(market)
        end_ms = min(end * 1000 if end is not None else now_ms, now_ms)
        first = max(start_ms, self._opened_ms(market) - width) // width + 1  # the first period ending after start
        last = -(-end_ms // width)  # the period holding end_ts: the one in progress when it is now
        if last - first + 1 > MAX_CANDLES:
            raise TradingError(400, "invalid_parameter", f"more than {MAX_CANDLES} periods; narrow start_ts/end_ts")
        trades = self._trades_of(market.ticker)
        total = sum((t.count for t in trades), ZERO)
        open_interest = quote(self.engine, market.ticker).open_interest
        out = []
        for index in range(first, last + 1):
            period_end = index * width
            inside = [t for t in trades if period_end - width < t.ts_ms <= period_end]
            so_far = sum((t.count for t in trades if t.ts_ms <= period_end), ZERO)
            prices = [t.price for t in inside]
            previous = [t.price for t in trades if t.ts_ms <= period_end - width]
            price: dict[str, Any] = {
                "open_dollars": None,
                "low_dollars": None,
                "high_dollars": None,
                "close_dollars": None,
                "mean_dollars": None,
                "previous_dollars": dollars(previous[-1]) if previous else None,
            }
            if prices:
                weight = sum((t.count for t in inside), ZERO)
                mean = sum((t.price * t.count for t in inside), ZERO) / weight
                price.update(
                    open_dollars=dollars(prices[0]),
                    low_dollars=dollars(min(prices)),
                    high_dollars=dollars(max(prices)),
                    close_dollars=dollars(prices[-1]),
                    mean_dollars=dollars(mean.quantize(Decimal("0.0001"))),
                    min_dollars=dollars(min(prices)),
                    max_dollars=dollars(max(prices)),
                )
            out.append(
                {
                    "end_period_ts": period_end // 1000,
                    "yes_bid": self._side_candle(market.ticker, period_end - width, period_end, 1, ZERO),
                    "yes_ask": self._side_candle(market.ticker, period_end - width, period_end, 2, ONE),
                    "price": price,
                    "volume_fp": contracts(sum((t.count for t in inside), ZERO)),
                    # Open interest grows with volume toward today's: one line that ends where the market is.
                    "open_interest_fp": contracts(
                        (open_interest * so_far / total).quantize(Decimal(1)) if total else ZERO
                    ),
                }
            )
        return out

    def _side_candle(self, ticker: str, start_ms: int, end_ms: int, index: int, empty: Decimal) -> dict[str, str]:
        """Open, low, high and close of the best bid (``index`` 1) or ask (2) over a period."""
        history = self.engine.quotes.get(ticker) or []
        opening = self._quote_at(ticker, start_ms)[index - 1]
        values = [empty if opening is None else opening]
        for moment, bid, ask in history:
            if start_ms < moment <= end_ms:
                value = bid if index == 1 else ask
                values.append(empty if value is None else value)
        return {
            "open_dollars": dollars(values[0]),
            "low_dollars": dollars(min(values)),
            "high_dollars": dollars(max(values)),
            "close_dollars": dollars(values[-1]),
        }

    def _candlesticks(self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str) -> Any:
        market = self._market_named(path.get("ticker", ""))
        if market.series_ticker != path.get("series_ticker"):
            raise TradingError(404, "not_found", f"market {market.ticker} is not in series {path.get('series_ticker')}")
        return {"ticker": market.ticker, "candlesticks": self.candles(market, query)}

    def _batch_candlesticks(
        self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str
    ) -> Any:
        tickers = sorted(_tickers(query.get("market_tickers")))
        markets = [self.engine.listings[t] for t in tickers if t in self.engine.listings]
        return {"markets": [{"market_ticker": m.ticker, "candlesticks": self.candles(m, query)} for m in markets]}

    def _event_candlesticks(
        self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str
    ) -> Any:
        markets = self._event_markets(path.get("ticker", ""))
        if markets[0].series_ticker != path.get("series_ticker"):
            raise TradingError(
                404, "not_found", f"event {path.get('ticker')} is not in series {path.get('series_ticker')}"
            )
        end = _int(query, "end_ts")
        return {
            "market_tickers": [m.ticker for m in markets],
            "market_candlesticks": [self.candles(m, query) for m in markets],
            "adjusted_end_ts": min(end if end is not None else 2**62, self.engine.clock_ms() // 1000),
        }

    # -- the exchange ------------------------------------------------------------------------------------
    def _exchange_status(
        self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str
    ) -> Any:
        # Open around the clock (the schedule says so), and the same on every call.
        return {"exchange_active": True, "trading_active": True}

    def _exchange_schedule(
        self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str
    ) -> Any:
        always = [{"open_time": "00:00", "close_time": "00:00"}]  # Kalshi's way of writing "all day"
        days = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
        week = {day: always for day in days}
        return {
            "schedule": {
                "standard_hours": [{"start_time": "2024-12-01T00:00:00Z", "end_time": "2200-12-01T00:00:00Z", **week}],
                "maintenance_windows": [],
            }
        }

    def _user_data_timestamp(
        self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str
    ) -> Any:
        return {"as_of_time": iso_time(self.engine.clock_ms())}  # the engine's state is current at every moment

    # -- collections the world holds none of: empty lists, and a 404 for any id --------------------------------
    @staticmethod
    def _none_found(what: str, name: str, path: Mapping[str, str]) -> TradingError:
        return TradingError(404, "not_found", f"{what} {path.get(name, '')} not found")

    def _milestones(self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str) -> Any:
        return {"milestones": [], "cursor": ""}

    def _milestone(self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str) -> Any:
        raise self._none_found("milestone", "milestone_id", path)

    def _live_data(self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str) -> Any:
        raise self._none_found("milestone", "milestone_id", path)

    def _live_datas(self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str) -> Any:
        return {"live_datas": []}

    def _structured_targets(
        self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str
    ) -> Any:
        return {"structured_targets": [], "cursor": ""}

    def _structured_target(
        self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str
    ) -> Any:
        raise self._none_found("structured target", "structured_target_id", path)

    def _collections(self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str) -> Any:
        return {"multivariate_contracts": [], "cursor": ""}

    def _collection(self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str) -> Any:
        raise self._none_found("multivariate event collection", "collection_ticker", path)

    # -- history: every market the world has is in the live API, after the cutoff ------------------------------
    created_ms: int = 0  # when the exchange (and its world) was made; the historical cutoff lies before it

    def _historical_cutoff(
        self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str
    ) -> Any:
        cutoff = iso_time(self.created_ms - 90 * DAY_MS)  # before the world's oldest market opened
        return {
            "market_settled_ts": cutoff,
            "trades_created_ts": cutoff,
            "orders_updated_ts": cutoff,
            "market_positions_last_updated_ts": cutoff,
        }

    def _historical_list(
        self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str
    ) -> Any:
        return {key: [] for key in ("markets", "trades", "fills", "orders")} | {"cursor": ""}

    def _historical_positions(
        self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str
    ) -> Any:
        return {"market_positions": [], "event_positions": [], "cursor": ""}

    def _historical_market(
        self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str
    ) -> Any:
        ticker = path.get("ticker", "")
        where = " (it is in the live API: GET /markets/{ticker})" if ticker in self.engine.listings else ""
        raise TradingError(404, "not_found", f"historical market {ticker} not found{where}")

    # -- the account's rate limits: the tier the exchange meters ---------------------------------------------
    rate_limit: RateLimit | None = None

    def _account_limits(
        self, path: Mapping[str, str], query: Mapping[str, str], body: dict[str, Any], user: str
    ) -> Any:
        limit = self.rate_limit
        if limit is None:  # unmetered: the largest tier's budgets, and a name that says what it is
            tier, limit = "unmetered", TIERS["prime"]
        else:
            tier = next((name for name, known in TIERS.items() if known == limit), "custom")
        buckets = {}
        for bucket in ("read", "write"):
            rate, capacity = limit.budget("read" if bucket == "read" else "write")
            buckets[bucket] = {"refill_rate": int(rate), "bucket_capacity": int(capacity)}
        return {"usage_tier": tier, **buckets, "grants": []}
