"""The local exchange: routes, verifies, validates and answers requests from a spec alone."""

from __future__ import annotations

import collections
import copy
import dataclasses
import json
import logging
import random
import re
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

from kalshi_auth.ratelimit import (
    DEFAULT_TIER,
    Bucket,
    RateLimit,
    TokenBucket,
    coerce_rate_limit,
    over_budget,
    request_cost,
)
from kalshi_exchange.book import Side
from kalshi_exchange.data import Sampler, resolve
from kalshi_exchange.engine import Engine, TradingError
from kalshi_exchange.errors import RATE_LIMITED_BODY, error_bytes
from kalshi_exchange.faults import BODY_FAULTS, Fault, FaultPlan
from kalshi_exchange.listings import check_market_fields, listings
from kalshi_exchange.products import served_document
from kalshi_exchange.security import secured
from kalshi_exchange.trading import Trading, trades_on
from kalshi_exchange.validation import CompiledOperation, Unsupported
from kalshi_exchange.verify import (
    BEARER_FORM,
    PublicKey,
    PublicKeyInput,
    Rejection,
    check_bearer,
    check_signature,
    public_key,
)
from kalshi_exchange.world import World, clear_world, default_world, event_from, install, series_from

SCENARIO_MAKER = "scenario-maker"  # the user whose orders scenario() rests
log = logging.getLogger("kalshi_exchange")
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_HTML_PAGE = (
    b"<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1>"
    b"</center><hr><center>cloudflare</center></body></html>"
)


class GenerationFailed(RuntimeError):
    """No draw produced a response valid for the schema (a schema the generator cannot satisfy)."""


@dataclass(frozen=True)
class Answer:
    """What to send back: a status and body, or a delay first, or no answer at all (``drop``)."""

    status: int
    body: bytes = b""
    content_type: str | None = "application/json"
    delay: float = 0.0
    drop: bool = False
    headers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Seen:
    """One request as the exchange saw it, for tests to inspect."""

    method: str
    path: str
    operation: str | None
    status: int
    key_id: str | None
    verified: bool
    timestamp: str | None
    signature: str | None
    fault: str | None = None  # the injected fault's kind, when one was applied to this request
    reason: str | None = None  # why the exchange refused it: the error code, for any 4xx/5xx it answered


@dataclass(frozen=True)
class _Route:
    method: str
    template: str
    pattern: re.Pattern[str]
    operation: dict[str, Any]
    secured: bool
    empty_means_absent: frozenset[str] = frozenset()  # query parameters for which "?name=" is no value
    compiled: CompiledOperation | None = None  # None: openapi-core validates this operation
    params: re.Pattern[str] | None = None  # the path with a group per {parameter}
    param_names: tuple[str, ...] = ()

    def path_params(self, relative: str) -> dict[str, str]:
        match = self.params.fullmatch(relative) if self.params is not None else None
        return dict(zip(self.param_names, match.groups(), strict=True)) if match else {}

    @property
    def name(self) -> str:
        return f"{self.method.upper()} {self.template}"


class _CoreRequest:
    """openapi-core's request protocol over the parts the exchange received."""

    def __init__(
        self,
        host_url: str,
        method: str,
        path: str,
        query: Iterable[tuple[str, str]],
        headers: Mapping[str, str],
        body: bytes,
    ) -> None:
        self.host_url, self.method, self.path, self.body = host_url, method.lower(), path, body or None
        self.content_type = headers.get("content-type", "application/json").lower()
        self.query = list(query)
        self.route: _Route | None = None
        self.path_params: dict[str, str] = {}
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(self.query), header=Headers(dict(headers)), cookie=ImmutableMultiDict(), path={}
        )


class _CoreResponse:
    def __init__(self, status: int, body: bytes) -> None:
        self.status_code, self.data, self.content_type = status, body, "application/json"
        self.headers = Headers({"Content-Type": "application/json"})


def load_prepared_spec(spec: Mapping[str, Any] | str | Path | None, product: str | None = None) -> dict[str, Any]:
    """The spec to serve: a dict, a JSON file, a generated folder, or (None) the one the installed package of
    ``product`` (default: the Trade API's) was generated from."""
    return served_document(spec, product).spec


def for_validator(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``spec`` that openapi-core reads as the generated client does.

    Two OpenAPI 3.0 readings differ: openapi-core ignores ``nullable`` on an
    ``allOf: [$ref]`` wrapper (Kalshi's own pattern, and what the pipeline writes
    for a ``$ref`` with ``nullable`` beside it), and rejects ``null`` for a
    nullable ``enum`` that does not list it (then applies ``default: null`` to
    an omitted parameter and rejects the request). The copy inlines the wrapped
    target with ``nullable`` and lists ``null`` in nullable enums.

    It drops ``deprecated`` from parameters, headers and schemas: openapi-core
    answers each use of one with a DeprecationWarning, which would reach the test
    runs of everyone using the exchange (the client's own docs say what is
    deprecated; the exchange serves it as Kalshi does, silently). Empty query
    values are handled before validation instead of with the deprecated
    ``allowEmptyValue`` (see ``_free_text_query``).
    """
    copy_ = copy.deepcopy(spec)
    stack: list[Any] = [copy_]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
            continue
        if not isinstance(node, dict):
            continue
        wrapped = node.get("allOf")
        if node.get("nullable") and isinstance(wrapped, list) and len(wrapped) == 1 and "$ref" in wrapped[0]:
            target = copy.deepcopy(resolve(copy_, wrapped[0]))
            del node["allOf"]
            node.update({**target, **node})
        if node.get("nullable") and isinstance(node.get("enum"), list) and None not in node["enum"]:
            node["enum"] = [*node["enum"], None]
        if isinstance(node.get("deprecated"), bool):
            del node["deprecated"]
        stack.extend(node.values())
    return copy_


def _free_text_query(spec: dict[str, Any], parameters: list[Any]) -> frozenset[str]:
    """The query parameters for which an empty value (``?cursor=``) means no value: plain strings.

    openapi-core refuses every empty query value unless the parameter carries ``allowEmptyValue``,
    which it then reports as deprecated on each use. The exchange drops empty values of free-text
    parameters before validation; any other empty value (``?limit=``) is still refused.
    """
    names = set()
    for parameter in parameters:
        parameter = resolve(spec, parameter) if isinstance(parameter, dict) else {}
        if parameter.get("in") != "query" or not isinstance(parameter.get("name"), str):
            continue
        schema = resolve(spec, parameter.get("schema") or {})
        constrained = any(key in schema for key in ("enum", "format", "pattern")) or schema.get("minLength", 0) > 0
        if schema.get("type") == "string" and not constrained:
            names.add(parameter["name"])
    return frozenset(names)


PAGES = 3  # every list has this many pages: a cursor leads to the next, the last page's is empty


def _paged(candidate: Any, sent: str | None) -> Any:
    """``candidate`` with a cursor that moves on from the one ``sent`` and ends after PAGES pages."""
    if isinstance(candidate, dict) and isinstance(candidate.get("cursor"), str):
        match = re.fullmatch(r"page-(\d+)", sent or "")
        following = int(match.group(1)) + 1 if match else 1
        candidate["cursor"] = f"page-{following}" if following < PAGES else ""
    return candidate


def _error(status: int, code: str, message: str, details: str = "") -> Answer:
    return Answer(status, error_bytes(code, message, details))


def _core_error_text(exc: Exception) -> tuple[str, str]:
    """openapi-core's error as (what, why), the why from the underlying schema error."""
    cause: BaseException = exc.__cause__ or exc
    errors = getattr(cause, "schema_errors", None) or []
    why = "; ".join(getattr(e, "message", _text(e)) for e in errors[:3]) or _text(cause)
    return _text(exc).split(":")[0] if errors else _text(exc), why


def _text(exc: BaseException) -> str:
    """str(exc), which for some openapi-core errors decodes the request's bytes and can itself fail."""
    try:
        return str(exc)
    except Exception:  # the request that caused it is the problem; describe the error by its type
        return type(exc).__name__


class LocalExchange:
    """A stand-in for one of Kalshi's REST APIs, derived entirely from its spec.

    The Trade API by default; ``product="perps"`` or ``"scm"`` serves the installed package generated
    for that product (its ``_openapi.json``), as does a ``spec`` given directly. ``keys`` maps API key
    ids to public keys (or private keys, whose public half is used); requests to secured operations
    must carry a valid signature by one of them, with a timestamp within ``window`` seconds of
    ``clock()``. A product that authenticates with a bearer token (SCM) takes ``tokens`` instead,
    admin user ids mapped to access tokens: a request must carry ``Authorization: Bearer
    <admin_user_id>:<access_token>`` with one of them.
    ``rate_limit`` (a tier name or ``RateLimit``; default ``"basic"``, the tier every
    key has) meters each key's read and write tokens as Kalshi does and answers
    Kalshi's 429 when a bucket is short; ``None`` meters nothing.
    """

    def __init__(
        self,
        spec: Mapping[str, Any] | str | Path | None = None,
        *,
        product: str | None = None,
        keys: Mapping[str, PublicKeyInput] | None = None,
        tokens: Mapping[str, str] | None = None,
        seed: int = 0,
        window: float = 30.0,
        awkward: float = 0.3,
        clock: Callable[[], float] = time.time,
        rate_limit: RateLimit | str | None = DEFAULT_TIER,
        trading: bool = True,
        starting_balance: Decimal | str = "10000",
        world: str | None = "default",
    ) -> None:
        if world not in ("default", None):
            raise ValueError(f"world={world!r}: 'default' (the seeded default world) or None (no listed markets)")
        served_doc = served_document(spec, product)
        self.spec = served_doc.spec
        # Which product this is (products.yaml's name; None for a document without _product.json), and how its
        # requests authenticate: "kalshi-signature" (keys) or "bearer" (tokens).
        self.product, self.auth = served_doc.product, served_doc.auth
        if self.auth == "bearer" and keys:
            raise ValueError(
                f"{self._title(served_doc.title)} authenticates with bearer tokens: pass tokens=, not keys="
            )
        if self.auth != "bearer" and tokens:
            raise ValueError(
                f"{self._title(served_doc.title)} authenticates with signed requests: pass keys=, not tokens="
            )
        servers = self.spec.get("servers") or [{"url": "/"}]
        self.base_path: str = str(urlsplit(servers[0]["url"]).path).rstrip("/")
        served = dict(for_validator(self.spec), servers=[{"url": self.base_path or "/"}])
        # openapi-core validates the document as it loads it (a spec given here is untrusted input), and
        # validates the operations the compiled validators (validation.py) do not take. The installed
        # client's own spec was validated by the pipeline that wrote it: it loads on first need only.
        self._served = served
        self._openapi: OpenAPI | None = None if spec is None else OpenAPI.from_dict(served)
        self._routes = self._compile_routes(served)
        self.keys: dict[str, PublicKey] = {k: public_key(v) for k, v in (keys or {}).items()}
        self._tokens: dict[str, str] = {}
        for admin_user_id, token in (tokens or {}).items():
            self.add_token(admin_user_id, token)
        self.seed, self.window, self.awkward, self.clock = seed, window, awkward, clock
        self.faults = FaultPlan()
        self.seen: collections.deque[Seen] = collections.deque(maxlen=100_000)
        self._counts: collections.Counter[str] = collections.Counter()
        self._lock = threading.Lock()
        # Kalshi's token buckets, per key id and bucket (refilled in real time); None meters nothing.
        self.rate_limit = coerce_rate_limit(rate_limit)
        self._buckets: dict[tuple[str, Bucket], TokenBucket] = {}
        # The order and portfolio operations answer from a matching engine (trading.py) when the spec
        # places orders in dollars; ``trading=False`` keeps every answer spec-driven.
        self.engine = Engine(seed, lambda: int(self.clock() * 1000), Decimal(starting_balance))

        def filler(schema: dict[str, Any], name: str) -> Any:
            # Seeded by the field's name: a required field the engine does not know reads the same every time.
            rng = random.Random(f"{seed}:fill:{name}")  # noqa: S311 - test data
            return Sampler(self.spec, rng, awkward=0).value(schema, 0, name)

        self._trading = Trading(self.spec, self.engine, filler, seed) if trading and trades_on(self.spec) else None
        self.engine_lock = threading.Lock()
        self.created_ms = int(self.clock() * 1000)
        if self._trading is not None:
            self._trading.created_ms, self._trading.rate_limit = self.created_ms, self.rate_limit
        if world == "default" and self._trading is not None:
            install(self.engine, default_world(self.created_ms), seed, self.created_ms)

    def _api(self) -> OpenAPI:
        if self._openapi is None:
            self._openapi = OpenAPI.from_dict(self._served)
        return self._openapi

    @staticmethod
    def _title(title: str | None) -> str:
        return title or "this document"

    # -- set-up --------------------------------------------------------------------------------
    def add_key(self, key_id: str, key: PublicKeyInput) -> None:
        self.keys[key_id] = public_key(key)

    def add_token(self, admin_user_id: str, access_token: str) -> None:
        """Accept ``Authorization: Bearer <admin_user_id>:<access_token>`` (a bearer-token product: SCM)."""
        if not (isinstance(admin_user_id, str) and admin_user_id and ":" not in admin_user_id):
            raise ValueError("admin_user_id must be a non-empty string without ':'")
        if not (isinstance(access_token, str) and access_token):
            raise ValueError(f"the access token of {admin_user_id!r} must be a non-empty string")
        self._tokens[admin_user_id] = access_token

    def inject(
        self,
        kind: Any,
        *,
        status: int | None = None,
        seconds: float = 0.0,
        count: int | None = 1,
        operation: str | None = None,
    ) -> Fault:
        """Queue a fault (see Fault): ``exchange.inject("status", status=429, count=3)``."""
        fault = Fault(kind, status=status, seconds=seconds, count=count, operation=operation)
        self.faults.add(fault)
        return fault

    @property
    def trades(self) -> bool:
        """Whether the order and portfolio operations answer from the engine (see ``trading``)."""
        return self._trading is not None

    def settle(self, ticker: str, result: str) -> None:
        """Test hook: settle market ``ticker`` ("yes" or "no"), paying out every position in it."""
        with self.engine_lock:
            self.engine.settle(ticker, result)

    def scenario(
        self,
        *,
        balances: Mapping[str, str] | None = None,
        books: Mapping[str, Mapping[Side, Iterable[tuple[str, str]]]] | None = None,
        markets: Iterable[str] | Mapping[str, Mapping[str, Any]] | None = None,
        series: Mapping[str, Mapping[str, Any]] | None = None,
        events: Mapping[str, Mapping[str, Any]] | None = None,
        maker: str = SCENARIO_MAKER,
        extend: bool = False,
    ) -> None:
        """Test hook: start from a known state, replacing or extending the default world.

        ``markets`` lists the exchange's markets: tickers, or tickers mapped to fields
        (``event_ticker``, ``series_ticker``, ``title``, ``status``, ``open_time``/``close_time``
        (epoch seconds or ISO 8601; the status follows them and the exchange clock unless
        ``status`` fixes it), ``price_level_structure`` (``linear_cent``, ``deci_cent``,
        ``tapered_deci_cent``), or any other Market field, sent verbatim; an unknown field is a
        ValueError naming it). They replace the default world's markets, series, events, books and
        history, unless ``extend=True`` adds them to it. Only listed, ``active`` markets trade, at
        prices on their grid. ``series`` and ``events`` describe series and events by ticker
        (``title``, ``category``, ``frequency``, ``tags`` / ``title``, ``sub_title``,
        ``series_ticker``, ``mutually_exclusive``); those not given are derived from the markets.

        ``balances`` sets each key id's available cash in dollars (``{"test-key": "250.00"}``);
        ``books`` rests post-only orders of a separate ``maker`` user, YES side, as
        ``{"KXFED-26MAR04-T42": {"bid": [("0.4400", "10")], "ask": [("0.4700", "5")]}}``, which
        the keys can then trade against (and the stream, when it follows the engine, shows).
        Without ``markets``, balances and books apply to the world as it is.
        """
        checked = check_market_fields(self.spec, markets) if markets is not None else None
        with self.engine_lock:
            if checked is not None:
                given = World(
                    {t: series_from(t, f) for t, f in (series or {}).items()},
                    {t: event_from(t, f) for t, f in (events or {}).items()},
                    listings(checked, self.engine.clock_ms()),
                )
                if not extend:
                    clear_world(self.engine)
                install(self.engine, given, self.seed, self.engine.clock_ms(), replace=False)
            elif series or events:
                raise ValueError("series= and events= describe the markets given in markets=; give those too")
            for user, dollars in (balances or {}).items():
                self.engine.ledger.account(user).cash = Decimal(dollars)
            for ticker, sides in (books or {}).items():
                for side, levels in sides.items():
                    if side not in ("bid", "ask"):
                        raise ValueError(f"books[{ticker!r}]: side {side!r}; 'bid' or 'ask'")
                    for price, count in levels:
                        try:
                            self.engine.place(maker, ticker, side, Decimal(price), Decimal(count), post_only=True)
                        except TradingError as err:
                            hint = " (list it in markets=, or use a market of the world)" if err.status == 404 else ""
                            raise ValueError(
                                f"books[{ticker!r}] {side} {price} x {count}: {err.message}{hint}"
                            ) from None

    @property
    def operations(self) -> list[str]:
        return [route.name for route in self._routes]

    def _compile_routes(self, served: dict[str, Any]) -> list[_Route]:
        routes = []
        for template, item in (self.spec.get("paths") or {}).items():
            literal = re.split(r"(\{[^}]+\})", template)
            regex = "".join("[^/]+" if part.startswith("{") else re.escape(part) for part in literal)
            groups = "".join("([^/]+)" if part.startswith("{") else re.escape(part) for part in literal)
            names = tuple(part[1:-1] for part in literal if part.startswith("{"))
            for method in _METHODS:
                if isinstance(item, dict) and method in item:
                    op = item[method]
                    needs_credentials = secured(self.spec, op, self.auth)
                    empty = _free_text_query(
                        self.spec, [*(item.get("parameters") or []), *(op.get("parameters") or [])]
                    )
                    served_item = (served.get("paths") or {}).get(template) or {}
                    try:
                        compiled: CompiledOperation | None = CompiledOperation(served, served_item, served_item[method])
                    except Unsupported:
                        compiled = None
                    route = _Route(
                        method,
                        template,
                        re.compile(f"^{regex}$"),
                        op,
                        needs_credentials,
                        empty,
                        compiled,
                        re.compile(groups),
                        names,
                    )
                    routes.append(route)
        # Literal segments win over parameters: /markets/trades before /markets/{ticker}.
        routes.sort(key=lambda r: (r.template.count("{"), -len(r.template)))
        return routes

    # -- handling ------------------------------------------------------------------------------
    def handle(
        self,
        method: str,
        raw_path: str,
        query: Iterable[tuple[str, str]],
        headers: Mapping[str, str],
        body: bytes,
        host_url: str = "http://127.0.0.1",
    ) -> Answer:
        """Answer one request. ``raw_path`` is the path as sent (percent-encoding kept, no query)."""
        lowered = {k.lower(): v for k, v in headers.items()}
        path = unquote(raw_path)
        outcome = self._dispatch(method, raw_path, path, query, lowered, body, host_url)
        self._record(method, path, outcome, lowered)
        return outcome.answer

    def _dispatch(
        self,
        method: str,
        raw_path: str,
        path: str,
        query: Iterable[tuple[str, str]],
        headers: Mapping[str, str],
        body: bytes,
        host_url: str,
    ) -> _Outcome:
        if not path.startswith(self.base_path + "/"):
            return _Outcome(_error(404, "not_found", f"no such path: {path} (the API is under {self.base_path})"))
        relative = path[len(self.base_path) :]
        matching = [r for r in self._routes if r.pattern.match(relative)]
        # Methods are case-sensitive (RFC 9110): "get" is not GET.
        route = next((r for r in matching if r.method.upper() == method), None)
        if route is None:
            if not matching:
                return _Outcome(_error(404, "not_found", f"no such path: {relative}"))
            allowed = sorted({r.method.upper() for r in matching})
            refused = _error(405, "method_not_allowed", f"{method[:20]!r} is not allowed on {relative}; use {allowed}")
            return _Outcome(dataclasses.replace(refused, headers=(("Allow", ", ".join(allowed)),)))
        outcome = _Outcome(_error(500, "exchange_error", "unanswered"), route)
        if route.secured:
            if self.auth == "bearer":
                outcome.key_id, rejection = check_bearer(headers, self._tokens)
            else:
                outcome.key_id, rejection = check_signature(
                    headers, method, raw_path, self.keys, int(self.clock() * 1000), int(self.window * 1000)
                )
            if rejection is not None:
                outcome.answer = self._unauthorized(rejection)
                return outcome
            outcome.verified = True
        # A fault strikes where Kalshi's would: a throttle, an error page or a reset before the request
        # is processed (nothing happened), or a damaged, late or lost answer after it (it did happen).
        fault = self.faults.take(route.name, route.operation.get("operationId"))
        outcome.fault = fault.kind if fault is not None else None
        if fault is not None and fault.before_processing:
            outcome.answer = _refusal(fault)
            return outcome
        throttled = self._spend(outcome.key_id, method, relative, body) if outcome.key_id is not None else None
        if throttled is not None:
            outcome.answer = throttled
            return outcome
        if route.empty_means_absent:
            # openapi-core refuses any empty query value; for a free-text parameter it is simply no value.
            query = [(k, v) for k, v in query if v or k not in route.empty_means_absent]
        request = _CoreRequest(host_url, method, path, query, headers, body)
        request.route, request.path_params = route, route.path_params(relative)
        try:
            outcome.answer = self._validate(request) or self._respond(route, request, outcome.key_id)
        except GenerationFailed as err:
            outcome.answer = _error(
                500, "exchange_error", str(err), "the local exchange could not answer within the spec"
            )
        if fault is not None:
            if fault.kind in BODY_FAULTS and not 200 <= outcome.answer.status < 300:
                outcome.fault = None  # they break a success's body; an error answer goes out as it is
            else:
                outcome.answer = _damaged(outcome.answer, fault)
        return outcome

    def _spend(self, key_id: str, method: str, relative: str, body: bytes) -> Answer | None:
        """Take this request's tokens from the key's bucket: None when it had them, else the refusal.

        A batch bigger than the bucket can ever hold is a 400 naming the largest batch the tier
        allows (Kalshi: "the maximum batch size scales with your tier's write budget"); a 429
        would only invite retries that can never succeed.
        """
        if self.rate_limit is None:
            return None
        too_large = over_budget(self.rate_limit, method, relative, body)
        if too_large is not None:
            return _error(400, "batch_too_large", str(too_large).split(": ", 1)[1])
        bucket, tokens = request_cost(method, relative, body)
        with self._lock:
            meter = self._buckets.get((key_id, bucket))
            if meter is None:
                meter = self._buckets[(key_id, bucket)] = TokenBucket(*self.rate_limit.budget(bucket))
        return None if meter.take(tokens) else Answer(429, RATE_LIMITED_BODY)

    def _unauthorized(self, rejection: Rejection) -> Answer:
        if self.auth == "bearer":
            return _error(401, rejection.code, rejection.message, f"send Authorization: {BEARER_FORM}")
        return _error(401, rejection.code, rejection.message, "see https://docs.kalshi.com for request signing")

    def _validate(self, request: _CoreRequest) -> Answer | None:
        if request.body and "json" in request.content_type:
            try:
                request.body.decode("utf-8")
            except UnicodeDecodeError as err:
                return _error(400, "invalid_request", "the body is not UTF-8", f"invalid byte at offset {err.start}")
        compiled = request.route.compiled if request.route is not None else None
        if compiled is not None:
            problem = compiled.request_problem(request.path_params, request.query, request.body, request.content_type)
            return None if problem is None else _error(400, "invalid_request", *problem)
        try:
            self._api().validate_request(request)
        except Exception as exc:  # openapi-core reports every request problem as an exception
            what, why = _core_error_text(exc)
            return _error(400, "invalid_request", what, why)
        return None

    def _respond(self, route: _Route, request: _CoreRequest, key_id: str | None = None) -> Answer:
        if self._trading is not None and self._trading.serves(route.operation):
            status, body = self._trade(route, request, key_id)
        else:
            status, body = self.response_for(route, request)
        return Answer(status, body, "application/json" if body else None)

    def _trade(self, route: _Route, request: _CoreRequest, key_id: str | None) -> tuple[int, bytes]:
        """The engine's answer, validated like every other body the exchange sends."""
        assert self._trading is not None
        path_params = request.path_params
        query: dict[str, str] = {}
        for name, value in request.query:  # a repeated parameter as one comma-separated list
            query[name] = f"{query[name]},{value}" if name in query else value
        body = json.loads(request.body) if request.body else None
        with self.engine_lock:
            status, value = self._trading.answer(route.operation, path_params, query, body, key_id)
        data = b"" if value is None else json.dumps(value).encode()
        # Error answers are the exchange's own (errors.py), not drawn: only successes are checked against the spec.
        problems = self.response_problems(request, status, data) if data and status < 400 else []
        if problems:
            raise GenerationFailed(f"{route.name}: the engine's answer does not fit the spec: {problems[:2]}")
        return status, data

    def response_for(self, route: _Route, request: _CoreRequest) -> tuple[int, bytes]:
        """The documented success status and a body valid for it (example first, then seeded draws)."""
        status, content = self._success(route.operation)
        if content is None:
            return status, b""
        with self._lock:
            index = self._counts[route.name]
            self._counts[route.name] += 1
        candidates: list[Any] = []
        if index == 0 and "example" in content:
            candidates.append(copy.deepcopy(content["example"]))
        for attempt in range(8):
            rng = random.Random(f"{self.seed}:{route.name}:{index}:{attempt}")  # noqa: S311 - test data
            candidates.append(Sampler(self.spec, rng, awkward=self.awkward).value(content["schema"]))
        problems: list[str] = []
        for candidate in candidates:
            body = json.dumps(_paged(candidate, request.parameters.query.get("cursor"))).encode()
            problems = self.response_problems(request, status, body)
            if not problems:
                return status, body
        raise GenerationFailed(f"{route.name}: no valid response could be generated: {problems[:2]}")

    def _success(self, operation: dict[str, Any]) -> tuple[int, dict[str, Any] | None]:
        codes = sorted(c for c in (operation.get("responses") or {}) if str(c).startswith("2"))
        if not codes:
            return 200, None
        response = resolve(self.spec, operation["responses"][codes[0]])
        content = (response.get("content") or {}).get("application/json")
        return int(codes[0]), content if content and "schema" in content else None

    def response_problems(self, request: Any, status: int, body: bytes) -> list[str]:
        """Why ``body`` is not a valid ``status`` response to ``request`` (empty when it is)."""
        route: _Route | None = getattr(request, "route", None)
        if route is not None and route.compiled is not None:
            return route.compiled.response_problems(status, body)
        try:
            self._api().validate_response(request, _CoreResponse(status, body))
        except Exception as exc:  # openapi-core reports every response problem as an exception
            what, why = _core_error_text(exc)
            return [f"{what}: {why}"]
        return []

    def check_response(self, method: str, path: str, status: int, body: bytes) -> list[str]:
        """Validate a response body for ``method path`` (used by contract tests on a client's to_dict())."""
        request = _CoreRequest("http://127.0.0.1", method, self.base_path + path, [], {}, b"")
        request.route = next((r for r in self._routes if r.method.upper() == method and r.pattern.match(path)), None)
        return self.response_problems(request, status, body)

    def _record(self, method: str, path: str, outcome: _Outcome, headers: Mapping[str, str]) -> None:
        answer = outcome.answer
        reason = _reason(answer) if answer.status >= 400 else None
        if outcome.fault is not None and (answer.drop or reason is None):
            reason = f"fault: {outcome.fault}"
        seen = Seen(
            method.upper(),
            path,
            outcome.route.name if outcome.route else None,
            answer.status,
            outcome.key_id,
            outcome.verified,
            headers.get("kalshi-access-timestamp"),
            headers.get("kalshi-access-signature"),
            outcome.fault,
            reason,
        )
        self.seen.append(seen)
        if log.isEnabledFor(logging.INFO):
            log.info("%s", request_line(seen, answer.drop))


@dataclass
class _Outcome:
    """What ``_dispatch`` decided for one request, for the answer and the record of it."""

    answer: Answer
    route: _Route | None = None
    key_id: str | None = None
    verified: bool = False
    fault: str | None = None


def _refusal(fault: Fault) -> Answer:
    """The answer of a fault that strikes before the request is processed."""
    if fault.kind == "status":
        code = fault.status or 429
        if code == 429:  # the body Kalshi's rate limiter sends, as the metered 429
            return Answer(429, RATE_LIMITED_BODY, "application/json")
        return _error(code, "injected_fault", f"injected HTTP {code}", "fault injected by the local exchange")
    if fault.kind == "html":
        return Answer(fault.status or 502, _HTML_PAGE, "text/html")
    return Answer(0, drop=True)  # "drop": the connection is reset before the request reaches the exchange


def _damaged(answer: Answer, fault: Fault) -> Answer:
    """The answer of a processed request, as a fault after processing delivers it (or does not)."""
    status, body = answer.status, answer.body
    if fault.kind == "malformed_json":
        return Answer(status, b'{"error": not json,]', "application/json")
    if fault.kind == "truncated_json":
        return Answer(status, (body or b'{"cursor": "abc"}')[: max(1, len(body) // 2)], "application/json")
    if fault.kind == "empty_body":
        return Answer(status, b"", "application/json")
    if fault.kind == "delay":
        return dataclasses.replace(answer, delay=fault.seconds)
    return dataclasses.replace(answer, drop=True)  # "lost_response": processed, then the connection drops


def _reason(answer: Answer) -> str | None:
    """The error code (and message) of an error answer, for the record and the log."""
    try:
        payload = json.loads(answer.body) if answer.body else None
    except ValueError:
        return None
    error = payload.get("error") if isinstance(payload, dict) else None
    if isinstance(error, dict):
        return f"{error.get('code')}: {error.get('message')}"
    return str(error) if error is not None else None


def request_line(seen: Seen, dropped: bool = False) -> str:
    """One log line for a request: method, path, the key id's last 4 characters, status, and why it was refused."""
    key = f"key ...{_printable(seen.key_id[-4:])}" if seen.key_id else "no key"
    status = "dropped" if dropped else str(seen.status)
    line = f"{_printable(seen.method[:20])} {_printable(seen.path[:300])} {key} -> {status}"
    return f"{line} ({_printable(seen.reason[:300])})" if seen.reason else line


def _printable(text: str) -> str:
    """``text`` safe for one log line: what a request sent cannot start a line of its own."""
    return text if text.isprintable() else "".join(c if c.isprintable() else "?" for c in text)
