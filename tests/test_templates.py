"""Behaviour the template overrides add: open enums, no-body call styles, lazy model imports."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from codegen.generate import generate
from tests.conftest import CORPUS, IN_CI, require_corpus

SPEC = """openapi: 3.0.0
info: {title: Enums, version: '1'}
paths:
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
    Order:
      type: object
      required: [status, tier, stp]
      properties:
        status: {$ref: '#/components/schemas/Status'}
        tier: {$ref: '#/components/schemas/Tier'}
        stp: {$ref: '#/components/schemas/Status', nullable: true}
"""


@pytest.fixture(scope="module")
def enums_client(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("enums")
    (base / "spec.yaml").write_text(SPEC)
    generate(base / "spec.yaml", base / "out")
    return base / "out"


def test_unknown_string_and_int_values_parse_and_round_trip(enums_client: Path, import_from: Any) -> None:
    import_from(enums_client)
    models = importlib.import_module("kalshi_trade_api.models")
    body = {"status": "partially_filled", "tier": 3, "stp": None}
    order = models.Order.from_dict(body)
    assert (order.status.name, order.status.value) == ("UNKNOWN", "partially_filled")
    assert (order.tier.name, order.tier.value) == ("UNKNOWN", 3)
    assert order.stp is None
    assert order.to_dict() == body
    assert models.Status("resting") is models.Status.RESTING
    with pytest.raises(ValueError):
        models.Tier("3")  # a wrong type is still an error, not an UNKNOWN member


def test_no_body_operation_has_all_four_call_styles(enums_client: Path, import_from: Any) -> None:
    import_from(enums_client)
    module = importlib.import_module("kalshi_trade_api.api.default.delete_order")
    client_module = importlib.import_module("kalshi_trade_api.client")
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    transport = httpx.MockTransport(answer)
    client = client_module.Client(base_url="http://127.0.0.1", httpx_args={"transport": transport})
    assert module.sync("o1", client=client) is None
    assert [(r.method, r.url.path) for r in seen] == [("DELETE", "/orders/o1")]
    for style in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
        assert callable(getattr(module, style))


def test_models_package_loads_lazily_but_lists_everything(enums_client: Path) -> None:
    code = (
        "import sys; import kalshi_trade_api.models as m; "
        "assert not [n for n in sys.modules if n.startswith('kalshi_trade_api.models.')], 'eager'; "
        "assert m.Order.__name__ == 'Order' and 'Tier' in dir(m) and set(m.__all__) == {'Order', 'Status', 'Tier'}\n"
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
    # Its 200 body and its 4xx/5xx error body; none of the other ~260 models.
    assert result.stdout.strip() == "['error_response', 'get_order_groups_response']"
