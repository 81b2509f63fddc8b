"""Schema-driven response data, deterministic for a seed, including the awkward legal cases.

Stdlib only. ``awkward`` is the chance, at each decision, of the legal value a
careless client chokes on: ``null`` in a nullable field, an optional field left
out, an empty array.
"""

from __future__ import annotations

import datetime
import random
import uuid
from decimal import Decimal
from typing import Any

MAX_DEPTH = 6
_SERIES = ("KXHIGHNY", "KXFED", "KXBTCD", "KXNBAGAME", "KXCPI", "KXRAINNYC")
_WORDS = ("Fed", "rate", "cut", "high", "temperature", "New", "York", "Bitcoin", "above", "CPI", "rain", "game")
_PRICE_WORDS = ("price", "bid", "ask", "last", "strike", "cap", "floor", "settlement_value", "tick")
_PRICE_NAMES = frozenset({"price", "yes_price", "no_price", "start", "end", "step"})
_COUNT_NAMES = frozenset({"count", "fill_count", "remaining_count", "reduced_by", "reduce_by", "reduce_to"})
# Set by the pipeline on fixed-point properties of the prepared spec: "dollars" or "count".
FIXED_POINT_MARK = "x-kalshi-fixed-point"
# Words of a field's name and where they fall in a market's life (creation first, settlement last).
_LIFE = (
    (("created", "open", "start"), 0),
    (("close", "end"), 3),
    (("latest_expiration",), 6),
    (("expiration", "expir"), 5),
    (("settle", "determin"), 7),
)
_EPOCH = datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)


def resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """Follow ``$ref`` chains to the schema they name."""
    while "$ref" in schema:
        node: Any = spec
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        schema = node
    return schema


def merged(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """Resolve refs and fold ``allOf`` into one schema (the wrapper's keywords win).

    Keywords written beside a ``$ref`` count, as the live API behaves.
    """
    if "$ref" in schema and len(schema) > 1:
        siblings = {k: v for k, v in schema.items() if k != "$ref"}
        return {**merged(spec, {"$ref": schema["$ref"]}), **siblings}
    schema = resolve(spec, schema)
    if "allOf" not in schema:
        return schema
    out: dict[str, Any] = {"properties": {}, "required": []}
    for part in schema["allOf"]:
        for key, value in merged(spec, part).items():
            if key == "properties":
                out["properties"].update(value)
            elif key == "required":
                out["required"] += value
            else:
                out.setdefault(key, value)
    out.update({k: v for k, v in schema.items() if k != "allOf"})
    if not out["properties"]:
        del out["properties"]
    return out


def _decimal(value: Any) -> Decimal | None:
    try:
        return Decimal(value) if isinstance(value, str) else None
    except ArithmeticError:
        return None


def _uncross(out: dict[str, Any]) -> None:
    """No drawn object quotes a bid at or above its ask: ``bid``/``ask`` prices swap, and the levels of
    ``bids``/``asks`` books (Perps) are split so every bid is below every ask, bids best first."""
    bid, ask = _decimal(out.get("bid")), _decimal(out.get("ask"))
    if bid is not None and ask is not None and bid > ask:
        out["bid"], out["ask"] = out["ask"], out["bid"]
    bids, asks = out.get("bids"), out.get("asks")
    if not (isinstance(bids, list) and isinstance(asks, list) and bids and asks):
        return
    levels = [*bids, *asks]
    if not all(isinstance(level, list) and len(level) == 2 and _decimal(level[0]) is not None for level in levels):
        return
    by_price = sorted({level[0]: level for level in levels}.values(), key=lambda level: Decimal(level[0]))
    cut = max(1, min(len(bids), len(by_price) - 1))  # at least one level a side when two prices exist
    out["bids"], out["asks"] = by_price[:cut][::-1], by_price[cut:]


class Sampler:
    """Draws values valid for a schema from a seeded ``random.Random``."""

    def __init__(self, spec: dict[str, Any], rng: random.Random, *, awkward: float = 0.3) -> None:
        self.spec, self.rng, self.awkward = spec, rng, awkward
        self._base, self._root = _EPOCH, _SERIES[0]

    def _named(self, name: str, schema: dict[str, Any], kind: Any) -> Any:
        """Kalshi's shape for a field, by its name's convention; None when the name says nothing.

        ``*_dollars`` strings are dollars (prices on the cent grid, amounts in cents),
        ``*_fp`` counts with 2 decimals, ``*_time`` ordered moments, ``*_ts`` epoch
        seconds (``*_ms`` milliseconds), tickers of one series per object, ids uuids.
        """
        lowered = name.lower()
        if kind == "array" and lowered == "price_ranges":
            return [{"start": "0.0000", "end": "1.0000", "step": "0.0100"}]
        pair = kind == "array" and schema.get("minItems") == schema.get("maxItems") == 2
        if pair and (lowered.endswith("_dollars") or self._strings(schema)):
            # a book level: [price, count] (``yes_dollars`` levels of the Trade API, ``bids``/``asks`` of Perps)
            return [f"{Decimal(self.rng.randint(1, 99)) / 100:.4f}", f"{self.rng.randint(1, 500)}.00"]
        if kind == "string" and not schema.get("format"):
            # The pipeline marks every fixed-point field (codegen.rules.type_fixed_point_numbers), also
            # those the names below miss (``taker_fee_cost``); the client reads them as Decimal.
            mark = schema.get(FIXED_POINT_MARK)
            if mark == "dollars" or (mark is None and (lowered.endswith("_dollars") or lowered in _PRICE_NAMES)):
                return self._dollars(lowered)
            if mark == "count" or lowered.endswith("_fp") or lowered in _COUNT_NAMES:
                return f"{self.rng.randint(1, 500)}.00"
            if mark is None and "fixed-point" in str(schema.get("description", "")).lower():
                # A document that says so in prose only (SCM's ``amount``: 'USD as a fixed-point string').
                return f"{Decimal(self.rng.randint(1, 1_000_000)) / 100:.2f}"
            if lowered.endswith("ticker"):
                return self._ticker(lowered)
            if lowered == "id" or lowered.endswith("_id"):
                return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))
            if lowered.endswith("_time"):
                return self._moment(lowered).isoformat().replace("+00:00", "Z")
        if kind == "string" and schema.get("format") == "date-time" and lowered:
            return self._moment(lowered).isoformat().replace("+00:00", "Z")
        if kind == "integer" and (lowered.endswith("_ts") or lowered.endswith("_ms") or lowered == "ts"):
            seconds = self._moment(lowered).timestamp()
            return int(seconds * 1000) if lowered.endswith("ms") else int(seconds)
        return None

    def _dollars(self, name: str) -> str:
        if any(word in name for word in _PRICE_WORDS):
            return f"{Decimal(self.rng.randint(1, 99)) / 100:.4f}"
        return f"{Decimal(self.rng.randint(0, 1_000_000)) / 100:.4f}"

    def _ticker(self, name: str) -> str:
        day = (self._base.strftime("%y%b%d")).upper()
        if "series" in name:
            return self._root
        if "event" in name:
            return f"{self._root}-{day}"
        return f"{self._root}-{day}-T{self.rng.randint(1, 99)}"

    def _moment(self, name: str) -> datetime.datetime:
        """A moment after the object's base, later for names later in a market's life."""
        rank = next((r for words, r in _LIFE if any(w in name for w in words)), 2)
        return self._base + datetime.timedelta(days=3 * rank, seconds=self.rng.randrange(86_400))

    def _odd(self) -> bool:
        return self.rng.random() < self.awkward

    def value(self, schema: dict[str, Any], depth: int = 0, name: str = "") -> Any:
        """A value for ``schema``; ``name`` (the property's) picks Kalshi's shape for it (see ``_named``)."""
        schema = merged(self.spec, schema)
        if schema.get("nullable") and self._odd():
            return None
        if "const" in schema:  # OpenAPI 3.1 (the stream messages' ``type``)
            return schema["const"]
        if "enum" in schema:
            return self.rng.choice([v for v in schema["enum"] if v is not None])
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return self.value(self.rng.choice(schema[key]), depth + 1, name)
        kind = schema.get("type")
        named = self._named(name, schema, kind)
        if named is not None:
            return named
        if "example" in schema and kind not in ("object", "array") and self.rng.random() < 0.5:
            return schema["example"]  # the spec's own example reads like real data ("10.00")
        if kind == "object" or "properties" in schema:
            return self._object(schema, depth)
        if kind == "array":
            return self._array(schema, depth, name)
        if kind == "string":
            return self._string(schema)
        if kind == "integer":
            return self._integer(schema)
        if kind == "number":
            low, high = self._bounds(schema, 0.0, 100.0)
            return round(self.rng.uniform(low, high), 2)
        if kind == "boolean":
            return self.rng.random() < 0.5
        return self.rng.choice(["any", 7, True])

    def _object(self, schema: dict[str, Any], depth: int) -> dict[str, Any]:
        required = set(schema.get("required") or [])
        out = {}
        saved = self._base, self._root
        # One moment and one series per object: its times are ordered around it, its tickers related.
        self._base = _EPOCH + datetime.timedelta(seconds=self.rng.randrange(86_400 * 365))
        self._root = self.rng.choice(_SERIES)
        for name, prop in (schema.get("properties") or {}).items():
            if name in required or (depth < MAX_DEPTH and not self._odd()):
                out[name] = self.value(prop, depth + 1, name)
        for name in required - set(out):  # required but never described (older specs): any value will do
            out[name] = self.value({}, depth + 1, name)
        self._base, self._root = saved
        _uncross(out)
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and not schema.get("properties") and depth < MAX_DEPTH and not self._odd():
            out["key"] = self.value(extra, depth + 1)
        return out

    def _strings(self, schema: dict[str, Any]) -> bool:
        """Whether an array's items are strings (a fixed-point book level, not a pair of numbers)."""
        items = schema.get("items")
        return isinstance(items, dict) and merged(self.spec, items).get("type") == "string"

    def _array(self, schema: dict[str, Any], depth: int, name: str = "") -> list[Any]:
        low = int(schema.get("minItems", 0))
        high = max(low, min(int(schema.get("maxItems", low + 2)), low + 2))
        count = low if depth >= MAX_DEPTH or self._odd() else self.rng.randint(min(max(low, 1), high), high)
        items = [self.value(schema.get("items") or {}, depth + 1, name) for _ in range(count)]
        if items and all(isinstance(i, list) and len(i) == 2 and isinstance(i[0], str) for i in items):
            # Book levels: one per price, in the order the documents give: the Trade API's bids best last,
            # Perps' ``bids`` best (highest) first and ``asks`` best (lowest) first.
            items = sorted(
                {i[0]: i for i in items}.values(), key=lambda level: Decimal(level[0]), reverse=name == "bids"
            )
        return items

    def _string(self, schema: dict[str, Any]) -> str:
        fmt = schema.get("format")
        moment = _EPOCH + datetime.timedelta(seconds=self.rng.randrange(86_400 * 365))
        if fmt == "date-time":
            return moment.isoformat()
        if fmt == "date":
            return moment.date().isoformat()
        if fmt == "uuid":
            return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))
        text = " ".join(self.rng.choice(_WORDS) for _ in range(2))
        low, high = int(schema.get("minLength", 0)), schema.get("maxLength")
        text = text.ljust(low, "x")
        return text[: int(high)] if high is not None else text

    def _integer(self, schema: dict[str, Any]) -> int:
        low, high = self._bounds(schema, 0, 1000)
        return self.rng.randint(int(low), int(high))

    @staticmethod
    def _bounds(schema: dict[str, Any], low: Any, high: Any) -> tuple[Any, Any]:
        if "minimum" in schema:
            low = schema["minimum"] + (1 if schema.get("exclusiveMinimum") is True else 0)
        if "maximum" in schema:
            high = schema["maximum"] - (1 if schema.get("exclusiveMaximum") is True else 0)
        if high < low:  # only one bound given, on the far side of the default range
            low, high = (low, low) if "minimum" in schema else (high, high)
        return low, high
