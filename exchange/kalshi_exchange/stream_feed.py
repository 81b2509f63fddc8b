"""What the local exchange streams: spec-valid messages per channel and consistent order books.

No I/O here. Messages are drawn from the payload schemas of a product's prepared
stream document (``kalshi_stream_messages/_openapi.json`` for the Trade API,
``kalshi_perps_stream_messages/_openapi.json`` for Perps: the ones the client's
models were generated from) and validated against them before they are sent. Order
books are real state: a delta is a change to the exchange's book, and a snapshot is
that book, so snapshot + deltas rebuild it exactly. How a book is spelled (its
sides, its fields) is read from the document's snapshot and delta schemas
(``book_layout``).
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

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
# Perps markets for the drawn Perps feed (made-up tickers: the Perps documents give no example).
PERPS_MARKETS = ("KXBTC-PERP", "KXETH-PERP", "KXSOL-PERP")
_CENT = Decimal("0.01")
STREAM_PACKAGE = "kalshi_stream_messages"  # the Trade API's


@dataclass(frozen=True)
class StreamProduct:
    """A WebSocket API the exchange can serve: its generated message package, the markets it opens with."""

    name: str
    package: str
    markets: tuple[str, ...]

    @property
    def path(self) -> str:
        """The endpoint's path, as its environments name it (``_product.json``): what a handshake signs."""
        text = resources.files(self.package).joinpath("_product.json").read_text(encoding="utf-8")
        environments: dict[str, str] = json.loads(text)["environments"]
        return urlsplit(next(iter(environments.values()))).path


STREAM_PRODUCTS = {
    product.name: product
    for product in (
        StreamProduct("trade", STREAM_PACKAGE, DEFAULT_MARKETS),
        StreamProduct("perps", "kalshi_perps_stream_messages", PERPS_MARKETS),
    )
}


def load_stream_spec(package: str = STREAM_PACKAGE) -> dict[str, Any]:
    """The prepared stream document a message package was generated from."""
    text = resources.files(package).joinpath("_openapi.json").read_text(encoding="utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


@dataclass(frozen=True)
class BookLayout:
    """How a document spells an order book: read off its ``orderbook_snapshot`` and ``orderbook_delta`` schemas.

    ``sides`` are the delta's ``side`` values; ``snapshot_keys`` the snapshot fields holding each
    side's [price, count] levels; ``price_key``/``count_key`` the delta's fields. ``two_sided``: the
    sides are bids and asks (a price of any size; the best bid stays below the best ask), else
    they are bids on the two outcomes of a $1 contract (YES + NO bids stay below $1).
    ``market_id``: book messages carry the market's id.
    """

    sides: tuple[str, str]
    snapshot_keys: tuple[str, str]
    price_key: str
    count_key: str
    two_sided: bool
    market_id: bool


# The Trade API's (what ``book_layout`` reads from its document; a ``Book`` without a layout has it).
EVENT_BOOK = BookLayout(("yes", "no"), ("yes_dollars_fp", "no_dollars_fp"), "price_dollars", "delta_fp", False, True)


def error_codes(spec: dict[str, Any]) -> frozenset[int]:
    """The error codes a document's server sends: those its error message's ``code`` enumerates when
    it says (the Perps document does, and retires 6, 16 and 17), else those of its error table."""
    codes = {int(code) for code in spec[ERROR_CODES_KEY]}
    body = _msg_schema(spec, "error") or {}
    enum = merged(spec, (body.get("properties") or {}).get("code") or {}).get("enum")
    if isinstance(enum, list):
        codes = {code for code in enum if type(code) is int}
    return frozenset(codes)


def _msg_schema(spec: dict[str, Any], type_: str) -> dict[str, Any] | None:
    routes = spec[MESSAGES_KEY].get(type_) or []
    if not routes:
        return None
    schema = merged(spec, spec["components"]["schemas"][routes[0]["schema"]])
    return merged(spec, (schema.get("properties") or {}).get("msg") or {})


def book_layout(spec: dict[str, Any]) -> BookLayout | None:
    """The book layout of a prepared stream document (None: it has no snapshot and delta messages).

    Raises ``ValueError`` naming what does not fit for book messages this exchange cannot keep.
    """
    snapshot, delta = _msg_schema(spec, "orderbook_snapshot"), _msg_schema(spec, "orderbook_delta")
    if snapshot is None or delta is None:
        return None
    title = spec.get("info", {}).get("title", "the stream document")
    properties = delta.get("properties") or {}
    sides = merged(spec, properties.get("side") or {}).get("enum") or []
    level_keys = [
        key
        for key, prop in (snapshot.get("properties") or {}).items()
        if merged(spec, merged(spec, prop).get("items") or {}).get("type") == "array"
    ]
    keys = [next((k for k in level_keys if k == side or k.startswith(f"{side}_")), None) for side in sides]
    price = next((k for k in delta.get("required") or [] if k.startswith("price")), None)
    count = next((k for k in delta.get("required") or [] if k.startswith("delta")), None)
    if len(sides) != 2 or None in keys or price is None or count is None:
        raise ValueError(
            f"{title}: its orderbook messages do not read as a book (sides {sides}, snapshot levels "
            f"{level_keys}, delta fields {sorted(properties)})"
        )
    return BookLayout(
        (str(sides[0]), str(sides[1])),
        (str(keys[0]), str(keys[1])),
        price,
        count,
        set(sides) == {"bid", "ask"},
        "market_id" in (delta.get("required") or []),
    )


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


# Where a two-sided (Perps) book's prices are drawn, in cents: around $100, on the cent grid.
_TWO_SIDED_CENTS = (9_000, 11_000)


class Book:
    """One market's resting levels, price (dollars) -> contracts per side of its layout: the yes and
    no bids of an event contract (``EVENT_BOOK``, the default), or a Perps market's bids and asks."""

    def __init__(self, market_ticker: str, market_id: str = "", layout: BookLayout = EVENT_BOOK) -> None:
        self.market_ticker, self.market_id, self.layout = market_ticker, market_id, layout
        self.sides: dict[str, dict[Decimal, Decimal]] = {name: {} for name in layout.sides}

    def __repr__(self) -> str:
        return f"Book({self.market_ticker!r}, {', '.join(f'{n}={len(v)}' for n, v in self.sides.items())})"

    def side(self, name: str) -> dict[Decimal, Decimal]:
        return self.sides[name]

    @property
    def yes(self) -> dict[Decimal, Decimal]:
        return self.sides["yes"]

    @property
    def no(self) -> dict[Decimal, Decimal]:
        return self.sides["no"]

    def _message(self) -> dict[str, Any]:
        msg: dict[str, Any] = {"market_ticker": self.market_ticker}
        if self.layout.market_id:
            msg["market_id"] = self.market_id
        return msg

    def snapshot_msg(self) -> dict[str, Any]:
        msg = self._message()
        for name, key in zip(self.layout.sides, self.layout.snapshot_keys, strict=True):
            if levels := self.sides[name]:  # Kalshi leaves the key out for an empty side
                msg[key] = [[_price(p), _count(c)] for p, c in sorted(levels.items())]
        return msg

    def _new_price(self, rng: random.Random, side: str) -> Decimal | None:
        """A price for a new level on ``side`` that does not cross the book (None: there is none)."""
        first, second = self.layout.sides
        other = self.sides[second if side == first else first]
        if not self.layout.two_sided:  # a new level never crosses: yes bid + no bid stays below $1
            top = 100 - int(max(other, default=Decimal(0)) / _CENT)
            return Decimal(rng.randrange(1, top)) * _CENT if top > 1 else None
        low, high = _TWO_SIDED_CENTS
        if side == "bid":  # the best bid stays below the best ask, and the other way round
            high = int(min(other) / _CENT) - 1 if other else high
        else:
            low = int(max(other) / _CENT) + 1 if other else low
        return Decimal(rng.randrange(low, high + 1)) * _CENT if low <= high else None

    def change(self, rng: random.Random) -> dict[str, Any]:
        """Apply one random change to the book; return the delta's ``msg``."""
        side = rng.choice(self.layout.sides)
        levels = self.side(side)
        fresh = None if levels and rng.random() < 0.5 else self._new_price(rng, side)
        if fresh is None:
            price = rng.choice(sorted(levels)) if levels else self._new_price(rng, side)
            if price is None:  # nothing to change on this side, no room for a level: take from the other
                side = self.layout.sides[1] if side == self.layout.sides[0] else self.layout.sides[0]
                levels = self.side(side)
                price = rng.choice(sorted(levels))
        else:
            price = fresh
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
            **self._message(),
            self.layout.price_key: _price(price),
            self.layout.count_key: _count(delta),
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
        self.codes = error_codes(self.spec)
        self.layout = book_layout(self.spec)
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
        for ticker in markets if self.layout is not None else ():
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
            if self.layout is None:
                raise ValueError(f"{self.spec['info']['title']} has no order book messages")
            market_id = self.sampler.value({"type": "string", "format": "uuid"})
            book = self.books[ticker] = Book(ticker, market_id, self.layout)
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
