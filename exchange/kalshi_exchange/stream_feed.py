"""What the local exchange streams: spec-valid messages per channel and consistent order books.

No I/O here. Messages are drawn from the payload schemas of the prepared stream
document (``kalshi_stream_messages/_openapi.json``, the one the client's models
were generated from) and validated against them before they are sent. Order
books are real state: a delta is a change to the exchange's book, and a
snapshot is that book, so snapshot + deltas rebuild it exactly.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from decimal import Decimal
from importlib import resources
from typing import Any

from openapi_schema_validator import OAS31Validator, oas31_format_checker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from kalshi_exchange.data import Sampler, merged

_URN = "urn:kalshi-stream"
MESSAGES_KEY = "x-kalshi-messages"
CHANNELS_KEY = "x-kalshi-channels"
ERROR_CODES_KEY = "x-kalshi-error-codes"
# Kalshi's tickers match the document's own pattern (^[A-Z0-9-]+$).
DEFAULT_MARKETS = ("KXDEMO-26JAN01-T50", "KXDEMO-26JAN01-T60", "KXRAIN-26JAN01", "KXFED-26MAR-T4")
_CENT = Decimal("0.01")


def load_stream_spec() -> dict[str, Any]:
    """The prepared stream document the installed message models were generated from."""
    text = resources.files("kalshi_stream_messages").joinpath("_openapi.json").read_text(encoding="utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


class _PatternSampler(Sampler):
    """The shared sampler, plus ``pattern`` (ticker-like text) and ``examples`` (JSON Schema 2020-12)."""

    def value(self, schema: dict[str, Any], depth: int = 0, name: str = "") -> Any:
        flat = merged(self.spec, schema)
        pattern = flat.get("pattern")
        if isinstance(pattern, str) and flat.get("type") == "string":
            candidates = [*flat.get("examples", []), f"KX{self.rng.randrange(10_000)}-26JAN01", "x"]
            return next((c for c in candidates if isinstance(c, str) and re.search(pattern, c)), candidates[1])
        return super().value(schema, depth, name)

    def _object(self, schema: dict[str, Any], depth: int) -> dict[str, Any]:
        """Kalshi's naming convention for fixed-point strings: ``*_dollars`` are prices, ``*_fp`` counts.

        The schemas only say ``string``; a trading client under test gets numbers it can parse.
        """
        out = super()._object(schema, depth)
        for key, value in out.items():
            if isinstance(value, str) and key.endswith("_dollars"):
                out[key] = _price(Decimal(self.rng.randrange(1, 100)) * _CENT)
            elif isinstance(value, str) and key.endswith("_fp"):
                out[key] = _count(Decimal(self.rng.randrange(0, 100_000)) * _CENT)
        return out


def _price(value: Decimal) -> str:
    return f"{value:.4f}"


def _count(value: Decimal) -> str:
    return f"{value:.2f}"


@dataclass
class Book:
    """One market's resting bids: price (dollars) -> contracts, for the yes and the no side."""

    market_ticker: str
    market_id: str
    yes: dict[Decimal, Decimal] = field(default_factory=dict)
    no: dict[Decimal, Decimal] = field(default_factory=dict)

    def side(self, name: str) -> dict[Decimal, Decimal]:
        return self.yes if name == "yes" else self.no

    def snapshot_msg(self) -> dict[str, Any]:
        msg: dict[str, Any] = {"market_ticker": self.market_ticker, "market_id": self.market_id}
        for name, levels in (("yes_dollars_fp", self.yes), ("no_dollars_fp", self.no)):
            if levels:  # Kalshi leaves the key out for an empty side
                msg[name] = [[_price(p), _count(c)] for p, c in sorted(levels.items())]
        return msg

    def change(self, rng: random.Random) -> dict[str, Any]:
        """Apply one random change to the book; return the delta's ``msg``."""
        side = rng.choice(("yes", "no"))
        levels = self.side(side)
        other = self.side("no" if side == "yes" else "yes")
        if not levels and other and max(other) >= 1 - _CENT:
            # A bid at 99c on the other side leaves this one no price that would not cross: change that side.
            side, levels, other = ("no" if side == "yes" else "yes"), other, levels
        # A new level never crosses the book: yes bid + no bid stays below $1.
        top = 100 - int(max(other, default=Decimal(0)) / _CENT)
        if (levels and rng.random() < 0.5) or top <= 1:
            price = rng.choice(sorted(levels)) if levels else Decimal(1) * _CENT
        else:
            price = Decimal(rng.randrange(1, top)) * _CENT
        held = levels.get(price, Decimal(0))
        delta = Decimal(rng.randrange(1, 50_000)) * _CENT
        if held and rng.random() < 0.4:
            delta = -min(held, delta) if rng.random() < 0.7 else -held  # partial or whole level gone
        return self.move(side, price, delta)

    def move(self, side: str, price: Decimal, delta: Decimal) -> dict[str, Any]:
        """Add ``delta`` contracts at ``price`` (never below zero; a level at zero goes); return the delta's ``msg``."""
        levels = self.side(side)
        held = levels.get(price, Decimal(0))
        delta = max(delta, -held)
        if held + delta == 0:
            levels.pop(price, None)
        else:
            levels[price] = held + delta
        return {
            "market_ticker": self.market_ticker,
            "market_id": self.market_id,
            "price_dollars": _price(price),
            "delta_fp": _count(delta),
            "side": side,
        }

    def levels(self, side: str) -> dict[str, str]:
        """``{price: count}`` as wire strings, for comparing with a client's book."""
        return {_price(p): _count(c) for p, c in self.side(side).items()}


class StreamFeed:
    """Spec-valid stream messages and the books behind the orderbook channel, for one seed."""

    def __init__(
        self,
        spec: dict[str, Any] | None = None,
        *,
        seed: int = 0,
        markets: tuple[str, ...] = DEFAULT_MARKETS,
        seeded: bool = True,
    ) -> None:
        self.spec = spec if spec is not None else load_stream_spec()
        self.rng = random.Random(seed)  # noqa: S311 - repeatable test data, not secrets
        self.sampler = _PatternSampler(self.spec, self.rng, awkward=0.2)
        self.channels: dict[str, list[str]] = self.spec[CHANNELS_KEY]
        self.routes: dict[str, list[dict[str, str]]] = self.spec[MESSAGES_KEY]
        self.error_codes: dict[str, str] = self.spec[ERROR_CODES_KEY]
        resource = Resource.from_contents(self.spec, default_specification=DRAFT202012)
        registry: Registry[Any] = Registry().with_resource(_URN, resource)

        def validator(name: str) -> Any:
            ref = {"$ref": f"{_URN}#/components/schemas/{name}"}
            return OAS31Validator(ref, registry=registry, format_checker=oas31_format_checker)

        self._validators = {route["schema"]: validator(route["schema"]) for rs in self.routes.values() for route in rs}
        # Client commands: the schemas whose ``cmd`` is a const (subscribe, unsubscribe, ...).
        self._commands = {
            cmd: validator(name)
            for name, schema in self.spec["components"]["schemas"].items()
            if isinstance(cmd := ((schema.get("properties") or {}).get("cmd") or {}).get("const"), str)
        }
        self.books: dict[str, Book] = {}
        self.seeded = seeded  # new books start with a few random levels; without, empty (the engine fills them)
        for ticker in markets:
            self.book(ticker)

    def schema_name(self, type_: str, msg: Any = None) -> str:
        routes = self.routes[type_]
        if len(routes) > 1:
            wanted = "array" if isinstance(msg, list) else "object"
            return next((r["schema"] for r in routes if r["msg"] == wanted), routes[0]["schema"])
        return routes[0]["schema"]

    def has_seq(self, type_: str) -> bool:
        schema = self.spec["components"]["schemas"][self.schema_name(type_)]
        return "seq" in (schema.get("properties") or {})

    def validate(self, message: dict[str, Any]) -> None:
        """Raise ``ValueError`` unless ``message`` is valid for its type's schema.

        ``pattern`` is not enforced: the document's ticker pattern (^[A-Z0-9-]+$) rejects
        its own examples and real tickers ("KXBTCD-25AUG0517-T114999.99").
        """
        problems = self.problems(message, ignore=("pattern",))
        if problems:
            raise ValueError(f"the exchange drew an invalid {message.get('type')} message: {'; '.join(problems)}")

    def book(self, ticker: str) -> Book:
        """The book of ``ticker``, opened (with a few seeded levels) on first use."""
        book = self.books.get(ticker)
        if book is None:
            book = self.books[ticker] = Book(ticker, self.sampler.value({"type": "string", "format": "uuid"}))
            for _ in range(8 if self.seeded else 0):
                book.change(self.rng)
        return book

    def complete(self, type_: str, msg: dict[str, Any]) -> dict[str, Any]:
        """``msg`` (the known fields of a ``type_`` message) cut to its schema, missing required fields drawn."""
        schema = merged(self.spec, self.spec["components"]["schemas"][self.schema_name(type_)])
        body = merged(self.spec, (schema.get("properties") or {}).get("msg") or {})
        properties = body.get("properties") or {}
        out = {k: v for k, v in msg.items() if k in properties}
        for name in body.get("required") or []:
            if name not in out:
                out[name] = self.sampler.value(properties.get(name) or {}, 1, name)
        return out

    def problems(self, message: dict[str, Any], *, ignore: tuple[str, ...] = ()) -> list[str]:
        """Why ``message`` is invalid for its schema (empty: valid), leaving out the keywords in ``ignore``."""
        validator = self._validators[self.schema_name(message["type"], message.get("msg"))]
        return [f"{e.json_path}: {e.message}" for e in validator.iter_errors(message) if e.validator not in ignore]

    def command_problems(self, command: Any) -> list[str]:
        """Why a client's command is not valid for its schema (empty: valid; an unknown ``cmd`` is a problem)."""
        cmd = command.get("cmd") if isinstance(command, dict) else None
        validator = self._commands.get(cmd) if isinstance(cmd, str) else None
        if validator is None:
            return [f"no command schema for cmd {cmd!r}"]
        return [f"{e.json_path}: {e.message}" for e in validator.iter_errors(command)]

    def sample(self, type_: str, tickers: list[str]) -> dict[str, Any]:
        """A message of ``type_`` drawn from its schema (``sid``/``seq`` are set by the caller)."""
        schema = {"$ref": f"#/components/schemas/{self.schema_name(type_)}"}
        for _ in range(20):
            message: dict[str, Any] = self.sampler.value(schema)
            msg = message.get("msg")
            if isinstance(msg, dict) and tickers:
                ticker = self.rng.choice(tickers)
                for key in ("market_ticker", "ticker"):
                    if key in msg:
                        msg[key] = ticker
                if "market_id" in msg and ticker in self.books:
                    msg["market_id"] = self.books[ticker].market_id
            if self._validators[self.schema_name(type_, msg)].is_valid({**message, "sid": 1, "seq": 1}):
                return message
        raise RuntimeError(f"no valid {type_} message in 20 draws from its schema")
