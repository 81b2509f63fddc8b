"""Behaviour the templates add: typed results, string enums checked before sending, open enums on
the way in, generated pagination, readable reprs, lazy model imports."""

from __future__ import annotations

import asyncio
import importlib
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from codegen.generate import generate
from tests.conftest import CORPUS, IN_CI, require_corpus

SPEC = """openapi: 3.0.0
info: {title: Enums, version: '1'}
paths:
  /orders:
    get:
      operationId: GetOrders
      parameters:
        - {name: status, in: query, schema: {$ref: '#/components/schemas/Status'}}
        - {name: cursor, in: query, schema: {type: string}}
      responses:
        '200':
          description: ok
          content: {application/json: {schema: {$ref: '#/components/schemas/Orders'}}}
        '400':
          description: bad
          content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}
  /orders/{id}:
    get:
      operationId: GetOrder
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        '200':
          description: ok
          content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}
    delete:
      operationId: DeleteOrder
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses: {'204': {description: gone}}
components:
  schemas:
    Status: {type: string, enum: [resting, canceled]}
    Tier: {type: integer, enum: [1, 2]}
    Problem: {type: object, properties: {code: {type: string}}}
    Order:
      type: object
      required: [status, tier, stp]
      properties:
        status: {$ref: '#/components/schemas/Status'}
        tier: {$ref: '#/components/schemas/Tier'}
        stp: {$ref: '#/components/schemas/Status', nullable: true}
        note: {type: string}
    Orders:
      type: object
      required: [orders]
      properties:
        cursor: {type: string}
        orders: {type: array, items: {$ref: '#/components/schemas/Order'}}
"""


@pytest.fixture(scope="module")
def enums_client(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("enums")
    (base / "spec.yaml").write_text(SPEC)
    generate(base / "spec.yaml", base / "out")
    return base / "out"


def _client(enums_client: Path, import_from: Any, answer: Any) -> Any:
    import_from(enums_client)
    client_module = importlib.import_module("kalshi_trade_api.client")
    return client_module.Client(base_url="http://127.0.0.1", httpx_args={"transport": httpx.MockTransport(answer)})


def test_unknown_enum_values_parse_as_marked_raw_values_and_round_trip(enums_client: Path, import_from: Any) -> None:
    import_from(enums_client)
    models = importlib.import_module("kalshi_trade_api.models")
    types = importlib.import_module("kalshi_trade_api.types")
    body = {"status": "partially_filled", "tier": 3, "stp": None}
    order = models.Order.from_dict(body)
    assert order.status == "partially_filled" and isinstance(order.status, types.UnknownEnumValue)
    assert order.tier == 3 and isinstance(order.tier, types.UnknownIntEnumValue)
    assert order.stp is None
    assert order.to_dict() == body
    known = models.Order.from_dict({"status": "resting", "tier": 1, "stp": "canceled"})
    assert type(known.status) is str and type(known.tier) is int
    with pytest.raises(types.BadValue, match=r"\$\.tier: expected Tier \(int\), got str '3'"):
        models.Order.from_dict({"status": "resting", "tier": "3", "stp": None})  # a wrong type is an error


def test_enum_fields_take_plain_strings_and_reject_typos_naming_the_choices(
    enums_client: Path, import_from: Any
) -> None:
    import_from(enums_client)
    models = importlib.import_module("kalshi_trade_api.models")
    assert models.Order(status="resting", tier=2, stp=None).to_dict() == {"status": "resting", "tier": 2, "stp": None}
    with pytest.raises(ValueError, match=r"status='restin' is not allowed; Status is one of: 'canceled', 'resting'"):
        models.Order(status="restin", tier=2, stp=None).to_dict()
    with pytest.raises(ValueError, match="tier=7"):
        models.Order(status="resting", tier=7, stp=None).to_dict()


def test_enum_query_parameter_typo_raises_before_anything_is_sent(enums_client: Path, import_from: Any) -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"orders": []})

    client = _client(enums_client, import_from, answer)
    module = importlib.import_module("kalshi_trade_api.api.default.get_orders")
    with pytest.raises(ValueError, match="'canceled', 'resting'"):
        module.sync(client=client, status="cancelled")
    assert seen == []
    assert module.sync(client=client, status="canceled").orders == []
    assert seen[0].url.params["status"] == "canceled"


def test_results_are_the_success_model_and_errors_raise(enums_client: Path, import_from: Any) -> None:
    answers = [httpx.Response(200, json={"status": "resting", "tier": 1, "stp": None}), httpx.Response(400, json={})]
    client = _client(enums_client, import_from, lambda r: answers.pop(0))
    module = importlib.import_module("kalshi_trade_api.api.default.get_order")
    errors = importlib.import_module("kalshi_trade_api.errors")
    order = module.sync("o1", client=client)
    assert type(order).__name__ == "Order" and order.status == "resting"
    with pytest.raises(errors.UnexpectedStatus) as caught:
        module.sync("o1", client=client)
    assert caught.value.status_code == 400


def test_nonstandard_2xx_status_and_bad_bodies_are_typed(enums_client: Path, import_from: Any) -> None:
    answers = [
        httpx.Response(299, json={"status": "resting", "tier": 1, "stp": None}),
        httpx.Response(200, content=b"<html>proxy</html>"),
        httpx.Response(200, content=b"[" * 100_000 + b"]" * 100_000),
    ]
    client = _client(enums_client, import_from, lambda r: answers.pop(0))
    module = importlib.import_module("kalshi_trade_api.api.default.get_order")
    errors = importlib.import_module("kalshi_trade_api.errors")
    # An undocumented 2xx is read as the documented body; 299 is no HTTPStatus member and stays an int.
    detailed = module.sync_detailed("o1", client=client)
    assert detailed.status_code == 299 and detailed.parsed.status == "resting"
    for _ in range(2):
        with pytest.raises(errors.ResponseParseError) as caught:
            module.sync("o1", client=client)
        assert caught.value.operation == "GET /orders/{id}"


def test_no_body_operation_has_all_four_call_styles(enums_client: Path, import_from: Any) -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    client = _client(enums_client, import_from, answer)
    module = importlib.import_module("kalshi_trade_api.api.default.delete_order")
    assert module.sync("o1", client=client) is None
    assert module.sync_detailed("o1", client=client).parsed is None
    assert asyncio.run(module.asyncio("o1", client=client)) is None
    assert [(r.method, r.url.path) for r in seen] == [("DELETE", "/orders/o1")] * 3


def test_cursor_operations_get_typed_pagination(enums_client: Path, import_from: Any) -> None:
    order = {"status": "resting", "tier": 1, "stp": None}
    script = {None: {"orders": [order], "cursor": "c1"}, "c1": {"orders": [order, order], "cursor": ""}}
    sent: list[str | None] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.params.get("cursor"))
        return httpx.Response(200, json=script[sent[-1]])

    client = _client(enums_client, import_from, answer)
    module = importlib.import_module("kalshi_trade_api.api.default.get_orders")
    assert [o.status for o in module.paginate(client=client, status="resting")] == ["resting"] * 3
    assert sent == [None, "c1"]
    assert len(list(module.pages(client=client, max_pages=1))) == 1

    async def collect() -> int:
        return len([o async for o in module.apaginate(client=client)])

    assert asyncio.run(collect()) == 3
    assert not hasattr(importlib.import_module("kalshi_trade_api.api.default.get_order"), "paginate")

    stuck = _client(enums_client, import_from, lambda r: httpx.Response(200, json={"orders": [], "cursor": "same"}))
    module = importlib.import_module("kalshi_trade_api.api.default.get_orders")
    errors = importlib.import_module("kalshi_trade_api.errors")
    with pytest.raises(errors.PaginationError, match="second time"):
        list(module.paginate(client=stuck))


def test_repr_shows_only_the_fields_that_are_set(enums_client: Path, import_from: Any) -> None:
    import_from(enums_client)
    models = importlib.import_module("kalshi_trade_api.models")
    order = models.Order.from_dict({"status": "resting", "tier": 1, "stp": None, "extra": 5})
    assert repr(order) == "Order(status='resting', tier=1, stp=None, extra=5)"
    assert "Unset" not in repr(models.Orders(orders=[order]))


def test_module_docstring_says_how_to_call_it(enums_client: Path, import_from: Any) -> None:
    import_from(enums_client)
    module = importlib.import_module("kalshi_trade_api.api.default.get_orders")
    assert module.__doc__ is not None and "GET /orders" in module.__doc__ and "paginate()" in module.__doc__
    assert module.sync.__doc__ is not None and "Raises:" in module.sync.__doc__
    assert "KalshiAPIError" in module.sync.__doc__ and "httpx.TimeoutException" not in module.sync.__doc__


def test_operation_index_lists_every_operation(enums_client: Path) -> None:
    index = (enums_client / "kalshi_trade_api" / "OPERATIONS.md").read_text()
    # The inline spec declares no security: every operation is public.
    assert (
        "| default | `kalshi_trade_api.api.default.get_orders` *pages* *public* | `GET /orders` | GetOrders |" in index
    )
    assert "`kalshi_trade_api.api.default.delete_order` *public* | `DELETE /orders/{id}` | DeleteOrder" in index


def test_models_package_loads_lazily_but_lists_everything(enums_client: Path) -> None:
    code = (
        "import sys; import kalshi_trade_api.models as m; "
        "assert not [n for n in sys.modules if n.startswith('kalshi_trade_api.models.')], 'eager'; "
        "assert m.Order.__name__ == 'Order' and 'Tier' in dir(m) and {'Order', 'Status', 'Tier'} <= set(m.__all__)\n"
        "try:\n    m.Nope\nexcept AttributeError as e:\n    assert 'Nope' in str(e)\n"
        "else:\n    raise SystemExit('no error')"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=enums_client, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_one_operation_loads_only_the_models_it_uses(generated_clients: Any) -> None:
    spec = next((p for p in CORPUS if p.name == "openapi-3.31.0.yaml"), None)
    if spec is None and not IN_CI:
        pytest.skip("3.31.0 not in the corpus")
    out = generated_clients.get(require_corpus(spec))
    code = (
        "import sys; from kalshi_trade_api.api.order_groups import get_order_groups; "
        "print(sorted(n.rsplit('.', 1)[1] for n in sys.modules if n.startswith('kalshi_trade_api.models.')))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=out, capture_output=True, text=True, check=True)
    # Its 200 body only (the item model loads when a body is parsed); none of the other ~260 models.
    assert result.stdout.strip() == "['get_order_groups_response']"


def test_date_times_parse_fast_with_z_and_fall_back_for_other_spellings() -> None:
    """fromisoformat on 3.11+; Python 3.10's rejects "Z", so the client rewrites it (and keeps dateutil's parser)."""
    import datetime

    from kalshi_trade_api.types import BadValue, fromisoformat, parse_datetime

    utc = datetime.timezone.utc
    expected = datetime.datetime(2026, 1, 12, 22, 8, 10, 446961, tzinfo=utc)
    assert fromisoformat("2026-01-12T22:08:10.446961Z") == expected
    assert parse_datetime("2026-01-12T22:08:10.446961Z", "t") == expected
    assert parse_datetime("2026-01-12T22:08:10.4469Z", "t") == expected.replace(microsecond=446900)
    assert parse_datetime("2026-01-12T22:08:10+00:00", "t") == expected.replace(microsecond=0)
    assert parse_datetime("20260112T220810Z", "t") == expected.replace(microsecond=0)  # basic format: dateutil
    with pytest.raises(BadValue, match=r"\$\.t: expected date-time string, got str 'soon'"):
        parse_datetime("soon", "t")


@pytest.mark.parametrize(
    ("levels", "path"),
    [
        ([["0.5600", "10.00"], ["0.5700", 3]], "$.orderbook_fp.yes_dollars[1][1]"),
        ([["0.5600", "10.00"], "0.57"], "$.orderbook_fp.yes_dollars[1]"),
        ("0.56", "$.orderbook_fp.yes_dollars"),
    ],
)
def test_wrong_item_in_a_list_of_levels_names_its_path(levels: object, path: str) -> None:
    from kalshi_trade_api.api.market import get_market_orderbook
    from kalshi_trade_api.errors import ResponseParseError

    body = {"orderbook_fp": {"yes_dollars": levels, "no_dollars": [["0.4400", "1.00"]]}}
    with pytest.raises(ResponseParseError) as caught:
        get_market_orderbook._parse_response(client=None, response=httpx.Response(200, json=body))  # type: ignore[arg-type]
    assert caught.value.path == path
    good = {"orderbook_fp": {"yes_dollars": [["0.5600", "10.00"]], "no_dollars": []}}
    parsed = get_market_orderbook._parse_response(client=None, response=httpx.Response(200, json=good))  # type: ignore[arg-type]
    assert parsed.orderbook_fp.yes_dollars == [(Decimal("0.5600"), Decimal("10.00"))]


def test_responses_decode_with_the_standard_library_when_msgspec_is_absent() -> None:
    code = (
        "import sys, json, httpx\n"
        "sys.modules['msgspec'] = None  # as if not installed\n"
        "from kalshi_trade_api import types\n"
        "from kalshi_trade_api.api.order_groups import get_order_groups\n"
        "body = {'order_groups': [{'id': 'g', 'is_auto_cancel_enabled': True}]}\n"
        "page = get_order_groups._parse_response(client=None, response=httpx.Response(200, json=body))\n"
        "assert types._decode is json.loads, types._decode\n"
        "print(page.order_groups[0].id)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and result.stdout.strip() == "g", result.stderr


def test_msgspec_decodes_like_the_standard_library() -> None:
    """What msgspec refuses and json.loads accepts (NaN, 1e400, a BOM, a lone surrogate)
    decodes as json.loads decodes it; big integers stay integers; bad JSON is a ValueError."""
    import msgspec

    from kalshi_trade_api import types

    assert types.json_loads(b"{}") == {}  # the first body binds the decoder
    assert type(getattr(types._decode, "__self__", None)) is msgspec.json.Decoder
    samples: list[str | bytes] = [
        b'{"a": 123456789012345678901234567890}',
        b'{"b": 1e400}',
        b'{"c": NaN}',
        b"\xef\xbb\xbf[1]",
        b'{"d": "\\ud800"}',
        b'"\xed\xa0\x80"',
        '{"e": "caf\u00e9"}',
        b'{"f": [1, 2.5, true, null, "x"]}',
    ]
    for raw in samples:
        got, want = types.json_loads(raw), json.loads(raw)
        assert repr(got) == repr(want), raw
    for bad in (b"", b"{", b'{"a": 1,}', b"\xff", b"[1] x"):
        with pytest.raises(ValueError):
            types.json_loads(bad)
