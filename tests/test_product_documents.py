"""Every product's every document in ../shared through the one pipeline: generated with zero
warnings (the generator runs with --fail-on-warning), complete, parsing live-like data, equal to
what is committed; and a newer Perps revision adopted with one command."""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import json
import shutil
from pathlib import Path
from typing import Any

import httpx
import pytest
from openapi_python_client.utils import snake_case

from codegen.asyncapi import CHANNELS_KEY, MESSAGES_KEY, server_urls, to_openapi
from codegen.generate import Source
from codegen.pipeline import generate_product
from codegen.products import Product, load_products
from codegen.specfile import load_document, load_spec, operations
from codegen.update import update_spec
from tests.conftest import IN_CI, ROOT
from tests.opcalls import blank_path, operation_modules
from tests.samples import json_response_schema, sample

SHARED = ROOT.parent / "shared" / "kalshi-perps"
PRODUCTS = load_products()
# Each REST document of ../shared/kalshi-perps, and the product that generates it.
REST_DOCUMENTS = {
    "perps_openapi-0.0.1-a.yaml": "perps",
    "perps_openapi-0.0.1-b.yaml": "perps",
    "scm_openapi-0.0.1.yaml": "scm",
}
CALL_STYLES = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


def _shared(name: str) -> Path:
    path = SHARED / name
    if not path.exists():
        if IN_CI:
            pytest.fail(f"CI=true but {path} is missing")
        pytest.skip(f"{path} not found (check out ../shared)")
    return path


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


class Generated:
    """Each (product, document) generated once per session, each into a folder of its own."""

    def __init__(self, base: Path) -> None:
        self.base, self.done = base, {}  # type: ignore[var-annotated]

    def get(self, product: Product, document: Path | None = None) -> Path:
        own = product.document
        same = document is None or (own.exists() and document.read_bytes() == own.read_bytes())
        key = (product.name, None if same else document)
        if key not in self.done:
            out = self.base / f"{product.name}-{len(self.done)}"
            generate_product(product, out, None if same else document)
            self.done[key] = out
        return self.done[key]  # type: ignore[no-any-return]


@pytest.fixture(scope="session")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    return Generated(tmp_path_factory.mktemp("products"))


# The Trade API's two packages have their own (tests/test_generate.py, tests/test_stream_codegen.py).
@pytest.mark.parametrize("name", [name for name in PRODUCTS if name not in ("trade", "trade-stream")])
def test_every_committed_package_is_its_document_generated(name: str, generated: Generated) -> None:
    product = PRODUCTS[name]
    if not product.document.exists() and product.when_missing == "fail":
        pytest.fail(f"{product.document} is missing")
    fresh = generated.get(product) / product.package
    assert _snapshot(ROOT / "generated" / product.package) == _snapshot(fresh), "run: make generate, commit generated/"


@pytest.mark.parametrize("document", list(REST_DOCUMENTS))
def test_every_rest_document_generates_a_complete_client(document: str, generated: Generated) -> None:
    path = _shared(document)
    product = PRODUCTS[REST_DOCUMENTS[document]]
    out = generated.get(product, path)  # raises on any generator warning or refused document
    spec = load_spec(path)
    modules = operation_modules(out, product.package)
    expected = {(method, blank_path(p)) for method, p in operations(spec)}
    assert expected and expected - modules.keys() == set(), "operations without a generated module"
    for key in expected:
        text = (out / modules[key].replace(".", "/")).with_suffix(".py").read_text()
        for style in CALL_STYLES:
            assert f"def {style}(" in text, f"{key}: no {style}()"
    schemas = spec["components"]["schemas"]
    classes = [n for n, s in schemas.items() if s.get("enum") or "properties" in s or s.get("type") == "object"]
    missing = [n for n in classes if not (out / product.package / "models" / f"{snake_case(n)}.py").exists()]
    assert missing == [], "schemas dropped by the generator"
    stamp = json.loads((out / product.package / "_generation_stamp.json").read_text())
    assert stamp["operation_count"] == len(expected)
    index = (out / product.package / "OPERATIONS.md").read_text()
    assert index.count(f"`{product.package}.api.") == len(expected)
    assert f"Call with `client=kalshi_auth.{product.client}()`" in index


@pytest.mark.parametrize("document", list(REST_DOCUMENTS))
def test_every_rest_document_parses_nulls_and_unknown_enums(
    document: str, generated: Generated, import_from: Any
) -> None:
    path = _shared(document)
    product = PRODUCTS[REST_DOCUMENTS[document]]
    out = generated.get(product, path)
    import_from(out, product.package)
    client = importlib.import_module(f"{product.package}.client").Client(
        base_url="http://127.0.0.1", raise_on_unexpected_status=True
    )
    spec = load_spec(path)
    modules = operation_modules(out, product.package)
    parsed = 0
    for method, op_path in operations(spec):
        found = json_response_schema(spec, spec["paths"][op_path][method.lower()])
        if found is None:
            continue
        status, schema = found
        module = importlib.import_module(modules[(method, blank_path(op_path))])
        for awkward in (False, True):
            body = sample(spec, schema, awkward=awkward)
            result = module._parse_response(client=client, response=httpx.Response(status, json=body))
            assert result is not None and result.to_dict() == body, f"{document} {method} {op_path} {awkward=}"
        parsed += 1
    assert parsed >= len(operations(spec)) - 2


def test_the_perps_stream_document_generates_every_message() -> None:
    path = _shared("perps_asyncapi-2.0.0.yaml")
    assert path.read_bytes() == PRODUCTS["perps-stream"].document.read_bytes()
    prepared = json.loads((ROOT / "generated" / "kalshi_perps_stream_messages" / "_openapi.json").read_text())
    assert prepared[CHANNELS_KEY] == {
        "orderbook_delta": ["orderbook_snapshot", "orderbook_delta"],
        "ticker": ["ticker"],
        "trade": ["trade"],
        "fill": ["fill"],
        "user_orders": ["user_order"],
        "order_group_updates": ["order_group_updates"],
    }
    models = importlib.import_module("kalshi_perps_stream_messages.models")
    for routes in prepared[MESSAGES_KEY].values():
        for route in routes:
            assert isinstance(getattr(models, route["class"]), type)


def _as_asyncapi_2(doc: dict[str, Any]) -> dict[str, Any]:
    """The same channels and messages written the AsyncAPI 2.x way: channels keyed by address, their
    messages under a subscribe operation's ``message.oneOf``, servers as URLs."""
    channels: dict[str, Any] = {}
    for channel in doc["channels"].values():
        refs = [{"$ref": ref["$ref"]} for ref in channel.get("messages", {}).values()]
        entry = channels.setdefault(channel["address"], {"subscribe": {"message": {"oneOf": []}}})
        entry["subscribe"]["message"]["oneOf"] += refs
    servers = {
        name: {"url": f"{s['host']}{s.get('pathname', '')}", "protocol": s["protocol"]}
        for name, s in doc["servers"].items()
    }
    return {
        "asyncapi": "2.6.0",
        "info": doc["info"],
        "servers": servers,
        "channels": channels,
        "components": {"schemas": doc["components"]["schemas"], "messages": doc["components"]["messages"]},
    }


@pytest.mark.parametrize("product", ["trade-stream", "perps-stream"])
def test_asyncapi_2_and_3_documents_give_the_same_routes(product: str) -> None:
    path = PRODUCTS[product].document
    if not path.exists():
        pytest.skip(f"{path} not found")
    doc = load_document(path)
    source = Source(path.name, "0")
    three, two = to_openapi(path, doc, source), to_openapi(path, _as_asyncapi_2(doc), source)
    assert three[MESSAGES_KEY] == two[MESSAGES_KEY] and three[CHANNELS_KEY] == two[CHANNELS_KEY]
    assert three[CHANNELS_KEY] and three[MESSAGES_KEY]
    assert server_urls(doc) == server_urls(_as_asyncapi_2(doc))


@pytest.mark.parametrize("name", list(PRODUCTS))
def test_every_server_a_document_lists_is_an_environment_of_its_product(name: str) -> None:
    product = PRODUCTS[name]
    if not product.document.exists():
        pytest.skip(f"{product.document} not found")
    doc = load_document(product.document)
    if product.kind == "asyncapi":
        listed = set(server_urls(doc).values())
    else:
        listed = {str(server["url"]).rstrip("/") for server in doc.get("servers") or []}
    assert listed and listed <= set(product.environments.values()), "a host moved upstream: update products.yaml"


def test_a_newer_perps_revision_is_adopted_with_one_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], import_from: Any, generated: Generated
) -> None:
    """Revision a vendored and generated, then `make update-spec PRODUCT=perps SPEC_FILE=<b>` adopts b."""
    older, newer = _shared("perps_openapi-0.0.1-a.yaml"), _shared("perps_openapi-0.0.1-b.yaml")
    (tmp_path / "specs" / "perps").mkdir(parents=True)
    shutil.copyfile(older, tmp_path / "specs" / "perps" / "openapi.yaml")
    entry = {k: v for k, v in dataclasses.asdict(PRODUCTS["perps"]).items() if k in {"package", "title", "kind"}}
    entry |= {"document": "specs/perps/openapi.yaml", "auth": "kalshi-signature", "client": "perps_client"}
    entry |= {"environments": PRODUCTS["perps"].environments}
    (tmp_path / "products.yaml").write_text(json.dumps({"products": {"perps": entry}}))
    perps = load_products(tmp_path / "products.yaml")["perps"]
    out = tmp_path / "generated"
    # What `make generate` writes for revision a (generated once per session, see Generated).
    shutil.copytree(generated.get(PRODUCTS["perps"], older) / "kalshi_perps", out / "kalshi_perps")
    assert not (out / "kalshi_perps" / "models" / "ticker_price.py").exists()

    update_spec(url=None, file=newer, test_command="true", product=perps, out_dir=out)

    assert (tmp_path / "specs" / "perps" / "openapi.yaml").read_bytes() == newer.read_bytes()
    printed = capsys.readouterr().out
    assert "schemas added (1):\n  TickerPrice" in printed
    assert "properties now required (1):\n  MarginPosition.subaccount" in printed
    import_from(out, "kalshi_perps")
    models = importlib.import_module("kalshi_perps.models")
    document = load_spec(newer)
    position = models.MarginPosition.from_dict(
        sample(document, document["components"]["schemas"]["MarginPosition"], awkward=False)
    )
    assert isinstance(position.subaccount, int) and isinstance(models.TickerPrice, type)
    stamp = json.loads((out / "kalshi_perps" / "_generation_stamp.json").read_text())
    assert stamp["spec_sha256"] == hashlib.sha256(newer.read_bytes()).hexdigest()
