"""The plugin, unchanged, on clients regenerated from every real spec: signing and pagination."""

from __future__ import annotations

import asyncio
import json
import uuid
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest

from codegen.specfile import load_spec
from kalshi_auth import RetryPolicy, apaginate, kalshi_client, kalshi_public_client, pages, paginate
from kalshi_exchange.data import resolve
from tests.authcheck import verify
from tests.conftest import GeneratedClients, corpus_params, require_corpus
from tests.keyfactory import ed_key, rsa_key
from tests.opcalls import Operation, arguments, discover, response_schema, success_response

BASE = "http://127.0.0.1:9/trade-api/v2"


class Server:
    """Answers each request with the current operation's documented success body; records what it saw."""

    def __init__(self) -> None:
        self.status, self.body, self.seen = 200, None, []  # type: ignore[var-annotated]

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append((request.method, request.url.raw_path.decode().split("?")[0], request.headers.copy()))
        if self.body is None:
            return httpx.Response(self.status)
        return httpx.Response(self.status, json=self.body)


def _cursor_ops(spec: dict[str, Any], ops: list[Operation]) -> list[Operation]:
    found = []
    for op in ops:
        names = [p.get("name") for p in (op.spec_op.get("parameters") or []) if isinstance(p, dict)]
        refs = [p["$ref"] for p in (op.spec_op.get("parameters") or []) if isinstance(p, dict) and "$ref" in p]
        names += [spec["components"]["parameters"][r.rsplit("/", 1)[1]].get("name") for r in refs]
        schema = response_schema(spec, op)
        if "cursor" in names and schema and "cursor" in (schema.get("properties") or {}):
            found.append(op)
    return found


def _client_for(
    spec_path: Path | None, generated_clients: GeneratedClients, import_from: Any
) -> tuple[dict[str, Any], list[Operation]]:
    """Generate (once) and import the client for a corpus spec; return the spec and its operations."""
    spec_path = require_corpus(spec_path)
    out = generated_clients.get(spec_path)
    import_from(out)
    spec = load_spec(spec_path)
    return spec, discover(spec, out)


@pytest.mark.corpus
@pytest.mark.parametrize("spec_path", corpus_params())
def test_every_secured_operation_sends_verifying_headers(
    spec_path: Path | None, generated_clients: GeneratedClients, import_from: Any
) -> None:
    spec, ops = _client_for(spec_path, generated_clients, import_from)
    server = Server()
    for key in (rsa_key(), ed_key()):
        client = kalshi_client("key-0001", key, base_url=BASE, transport=httpx.MockTransport(server), rate_limit=None)
        for op in [o for o in ops if o.secured]:
            server.status, server.body = success_response(spec, op)
            kwargs = arguments(spec, op, optional=False)
            server.seen.clear()
            op.module.sync_detailed(client=client, **kwargs)
            asyncio.run(op.module.asyncio_detailed(client=client, **kwargs))
            assert len(server.seen) == 2, op.name
            for method, path, headers in server.seen:
                assert method == op.method and path.startswith("/trade-api/v2/"), op.name
                verify(key.public_key(), headers, method, path)
                assert "authorization" not in headers, op.name
    assert sum(o.secured for o in ops) > 0


@pytest.mark.corpus
@pytest.mark.parametrize("spec_path", corpus_params())
def test_every_cursor_operation_paginates(
    spec_path: Path | None, generated_clients: GeneratedClients, import_from: Any
) -> None:
    spec, ops = _client_for(spec_path, generated_clients, import_from)
    cursor_ops = _cursor_ops(spec, ops)
    assert cursor_ops, "no cursor-paginated operation found"
    # The pipeline's rule and this spec-level one must agree: every cursor operation paginates.
    assert [op.name for op in cursor_ops] == [op.name for op in ops if hasattr(op.module, "paginate")]
    for op in cursor_ops:
        _, first = success_response(spec, op)
        script = [dict(first, cursor="c1"), dict(first, cursor="c2"), dict(first, cursor="")]
        sent: list[str | None] = []

        def answer(
            request: httpx.Request, script: list[dict[str, Any]] = script, sent: list[str | None] = sent
        ) -> httpx.Response:
            sent.append(request.url.params.get("cursor"))
            return httpx.Response(200, json=script[len(sent) - 1])

        client = kalshi_client("k", ed_key(), base_url=BASE, transport=httpx.MockTransport(answer), rate_limit=None)
        kwargs = arguments(spec, op, optional=False)
        expected = len(list(paginate(op.module, client=client, max_pages=1, **kwargs))) * 3
        assert expected > 0, op.name
        sent.clear()
        assert len(list(paginate(op.module, client=client, **kwargs))) == expected, op.name
        assert sent == [None, "c1", "c2"], op.name

        async def collect(client: Any = client, op: Operation = op, kwargs: dict[str, Any] = kwargs) -> int:
            return len([item async for item in apaginate(op.module, client=client, **kwargs)])

        sent.clear()
        assert asyncio.run(collect()) == expected, op.name
        sent.clear()
        assert len(list(pages(op.module, client=client, max_pages=2, **kwargs))) == 2

        stuck = dict(first, cursor="same")
        looping = kalshi_client(
            "k",
            ed_key(),
            base_url=BASE,
            transport=httpx.MockTransport(lambda r, stuck=stuck: httpx.Response(200, json=stuck)),
        )
        with pytest.raises(op.module.errors.PaginationError, match="second time"):
            list(paginate(op.module, client=looping, **kwargs))


def test_operation_without_cursor_is_refused_with_what_to_pass() -> None:
    from kalshi_trade_api.api.order_groups import get_order_groups

    client = kalshi_client("k", ed_key(), base_url=BASE, transport=httpx.MockTransport(lambda r: httpx.Response(200)))
    with pytest.raises(TypeError, match="does not follow cursors"):
        paginate(get_order_groups, client=client)  # type: ignore[arg-type]


@pytest.mark.corpus
@pytest.mark.parametrize("spec_path", corpus_params())
def test_public_client_serves_every_public_operation_and_refuses_every_secured_one_unsent(
    spec_path: Path | None, generated_clients: GeneratedClients, import_from: Any
) -> None:
    """Which operations need credentials comes from each document's security requirements, by rule."""
    spec, ops = _client_for(spec_path, generated_clients, import_from)
    server = Server()
    client = kalshi_public_client(base_url=BASE, transport=httpx.MockTransport(server), rate_limit=None)
    for op in ops:
        server.status, server.body = success_response(spec, op)
        kwargs = arguments(spec, op, optional=False)
        server.seen.clear()
        assert op.module._NEEDS_CREDENTIALS is op.secured, op.name
        if op.secured:
            refused = op.module.errors.CredentialsRequiredError  # this corpus client's own class
            with pytest.raises(refused, match="kalshi_client"):
                op.module.sync_detailed(client=client, **kwargs)
            with pytest.raises(refused):
                asyncio.run(op.module.asyncio_detailed(client=client, **kwargs))
            assert server.seen == [], op.name
            continue
        op.module.sync_detailed(client=client, **kwargs)
        asyncio.run(op.module.asyncio_detailed(client=client, **kwargs))
        assert len(server.seen) == 2, op.name
        for _, _, headers in server.seen:
            assert not [h for h in headers if h.lower().startswith("kalshi-access")], op.name
    assert 0 < sum(o.secured for o in ops) < len(ops)


def _order_creates(spec: dict[str, Any], ops: list[Operation]) -> list[Operation]:
    """The spec-level rule: a POST documented to answer 201 whose body (or each item of a list in it)
    has a client_order_id."""

    def properties(schema: Any) -> dict[str, Any]:
        schema = resolve(spec, schema) if isinstance(schema, dict) else {}
        found = dict(schema.get("properties") or {})
        for part in schema.get("allOf") or []:
            found.update(properties(part))
        return found

    creates = []
    for op in ops:
        body = ((op.spec_op.get("requestBody") or {}).get("content") or {}).get("application/json")
        if op.method != "POST" or "201" not in {str(code) for code in op.spec_op.get("responses", {})} or not body:
            continue
        fields = properties(body.get("schema"))
        lists = [properties((resolve(spec, v) or {}).get("items")) for v in fields.values() if isinstance(v, dict)]
        if "client_order_id" in fields or any("client_order_id" in items for items in lists):
            creates.append(op)
    return creates


@pytest.mark.corpus
@pytest.mark.parametrize("spec_path", corpus_params())
def test_every_order_create_sends_client_order_ids_and_survives_a_lost_answer(
    spec_path: Path | None, generated_clients: GeneratedClients, import_from: Any
) -> None:
    """Found by rule in every spec version: each order gets an id, and a lost answer is retried with the same body."""
    spec, ops = _client_for(spec_path, generated_clients, import_from)
    creates = _order_creates(spec, ops)
    assert creates, "no order-creating operation found"
    marked = [op for op in ops if "client_order_ids(" in Path(op.module.__file__ or "").read_text()]
    assert [op.name for op in creates] == [op.name for op in marked]
    for op in creates:
        status, answer = success_response(spec, op)
        bodies: list[bytes] = []

        def lose_the_first(
            request: httpx.Request, bodies: list[bytes] = bodies, status: int = status, answer: Any = answer
        ) -> httpx.Response:
            bodies.append(request.read())
            if len(bodies) == 1:
                raise httpx.RemoteProtocolError("the connection dropped before the answer")
            return httpx.Response(status, json=answer)

        fast = RetryPolicy(backoff_base=0.001, backoff_max=0.001)
        transport = httpx.MockTransport(lose_the_first)
        client = kalshi_client("k", ed_key(), base_url=BASE, transport=transport, rate_limit=None, retries=fast)
        kwargs = arguments(spec, op, optional=False)
        body = kwargs["body"]
        listed = [
            item for value in attrs.asdict(body, recurse=False).values() if isinstance(value, list) for item in value
        ]
        expected: list[str | None] = []  # per order: the caller's id where the spec requires one, else a fresh one
        for order in [body, *listed]:
            field = attrs.fields_dict(type(order)).get("client_order_id")
            if field is None:
                continue
            if field.default is attrs.NOTHING:
                expected.append(order.client_order_id)
            else:  # optional: the caller gave none (UNSET of that client's own package)
                order.client_order_id = field.default
                expected.append(None)
        op.module.sync_detailed(client=client, **kwargs)
        assert len(bodies) == 2 and bodies[0] == bodies[1], op.name
        sent = json.loads(bodies[0])
        orders = [sent] if "client_order_id" in sent else next(v for v in sent.values() if isinstance(v, list))
        ids = [order["client_order_id"] for order in orders]
        assert len(ids) == len(expected) > 0, op.name
        for given, used in zip(expected, ids, strict=True):
            assert used == given if given is not None else uuid.UUID(used).version == 4, op.name
