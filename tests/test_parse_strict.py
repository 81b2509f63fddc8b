"""The strict pass (types.read_json): msgspec straight into typed structures, with from_dict's result.

A body that matches the spec is read in one msgspec pass without from_dict; a page where some
items deviate is read item by item (only those by from_dict); anything else by from_dict. Whatever
path a body takes, the model is the tolerant reader's: same values and types, same deviations
recorded, same errors with the same JSON paths. Checked by comparing ``repr`` (which shows every
field's value repr and the deviations) of both paths, on real-shaped pages, on every single-field
type mutation of real trading responses, and on every recorded Kalshi response.
"""

from __future__ import annotations

import gc
import importlib
import json
import subprocess
import sys
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from codegen.specfile import load_spec
from kalshi_trade_api import types
from kalshi_trade_api.errors import ResponseParseError
from tests.bench_parse import DEVIATING, PAGES
from tests.conftest import CORPUS_DIR, ROOT
from tests.opcalls import blank_path, operation_modules
from tests.samples import json_response_schema, sample
from tests.test_real_responses import recorded
from tests.test_type_mutations import OPERATIONS, OTHER_VALUES, _fields, _set

SPEC = CORPUS_DIR / "openapi-3.31.0.yaml"
needs_corpus = pytest.mark.skipif(not SPEC.exists(), reason="needs ../shared/kalshi-specs")


def _outcome(module: Any, body: bytes) -> tuple[str, str]:
    """("ok", repr of the model) or ("error", the JSON path named)."""
    try:
        parsed = module._parse_response(client=None, response=httpx.Response(200, content=body))
    except ResponseParseError as error:
        return "error", str(error.path)
    return "ok", _deep_repr(parsed)


def _deep_repr(model: Any) -> str:
    """repr with the deviations of nested models (model_repr shows a model's own) and value types."""
    return repr(model) + repr(sorted(_deviations(model, "$")))


def _deviations(node: Any, path: str) -> Iterator[tuple[str, str, str]]:
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from _deviations(item, f"{path}[{index}]")
    elif hasattr(node, "_deviations"):
        yield from ((path, key, kind) for key, kind in types.deviations(node).items())
        for name in node.__attrs_attrs__:
            yield from _deviations(getattr(node, name.name), f"{path}.{name.name}")


def _both(module: Any, body: bytes, monkeypatch: pytest.MonkeyPatch) -> tuple[tuple[str, str], tuple[str, str]]:
    types.json_loads(b"{}")
    strict = _outcome(module, body)
    with monkeypatch.context() as patch:
        patch.setattr(types, "_decode", json.loads)  # the standard library alone: from_dict only
        tolerant = _outcome(module, body)
    return strict, tolerant


def _model_class(module: Any) -> Any:
    return typing.get_type_hints(module._parse_response)["return"]


@needs_corpus
@pytest.mark.parametrize("label, module_name, factory", PAGES, ids=[p[0] for p in PAGES])
def test_a_page_that_matches_the_spec_is_read_in_one_pass_without_from_dict(
    label: str, module_name: str, factory: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = importlib.import_module(f"kalshi_trade_api.api.{module_name}")
    body = json.dumps(factory(load_spec(SPEC))).encode()
    strict, tolerant = _both(module, body, monkeypatch)
    assert strict == tolerant and strict[0] == "ok"

    def no_tolerant_reader(data: Any) -> Any:
        raise AssertionError("the strict pass gave up on a body that matches the spec")

    monkeypatch.setattr(types, "json_loads", no_tolerant_reader)  # from_dict's bodies come from here
    assert _outcome(module, body) == strict


def _unlearned(monkeypatch: pytest.MonkeyPatch) -> None:
    """The strict pass as a new process has it: no field the spec lacks learned yet (types.learn_extras)."""
    for name in ("_EXTRAS", "_WIRE", "_DECODERS"):
        monkeypatch.setattr(types, name, {})


@needs_corpus
@pytest.mark.parametrize("label, module_name, factory", DEVIATING, ids=[p[0] for p in DEVIATING])
def test_a_page_with_deviating_items_reads_only_those_with_from_dict(
    label: str, module_name: str, factory: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = importlib.import_module(f"kalshi_trade_api.api.{module_name}")
    page = factory(load_spec(SPEC))
    added = [i for i, item in enumerate(page["markets"]) if "added_upstream_dollars" in item]
    lacking = {i for i, item in enumerate(page["markets"]) if "rules_secondary" not in item}
    body = json.dumps(page).encode()
    _unlearned(monkeypatch)
    strict, tolerant = _both(module, body, monkeypatch)
    assert strict == tolerant and "added_upstream_dollars" in strict[1]
    item_model = importlib.import_module("kalshi_trade_api.models").Market
    read = item_model.from_dict
    calls: list[int] = []

    def counting(src: Any) -> Any:
        calls.append(src["ticker"])
        return read(src)

    monkeypatch.setattr(item_model, "from_dict", counting)
    _unlearned(monkeypatch)
    assert _outcome(module, body) == strict
    # The first item with the added field is read by from_dict, which finds the field; the strict pass
    # takes it from then on. Items lacking a required field are still from_dict's, each read once.
    tickers = [item["ticker"] for item in page["markets"]]
    assert calls == [tickers[i] for i in sorted(lacking | {added[0]})]
    calls.clear()
    assert _outcome(module, body) == strict  # the next page: only the items lacking a field
    assert calls == [tickers[i] for i in sorted(lacking)]


@needs_corpus
def test_fields_the_spec_lacks_are_learned_boundedly_and_kept_as_received(monkeypatch: pytest.MonkeyPatch) -> None:
    module = importlib.import_module("kalshi_trade_api.api.market.get_markets")
    page = DEVIATING[0][2](load_spec(SPEC))
    markets = page["markets"][:300]
    for i, item in enumerate(markets):
        item["added_everywhere"] = {"nested": [i, None]}  # any JSON, kept as received
        if i % 3 == 0:
            item[f"new_on_item_{i}"] = i  # a server inventing a new name on every third item
        if i % 7 == 0:
            item["extra__0"] = "a JSON name like the Struct's own field names"
        if i % 11 == 0:
            item['a "quoted\\ name\x01'] = i  # msgspec takes no such name: never learned, still kept
    page["markets"] = markets
    body = json.dumps(page).encode()
    _unlearned(monkeypatch)
    for _ in range(2):
        strict, tolerant = _both(module, body, monkeypatch)
        assert strict == tolerant and strict[0] == "ok"
    learned = types._EXTRAS[importlib.import_module("kalshi_trade_api.models").Market]
    assert len(learned) == types._EXTRAS_PER_MODEL  # bounded: the rest stay from_dict's
    assert "added_everywhere" in learned and all('"' not in name for name in learned)
    market_model = importlib.import_module("kalshi_trade_api.models").Market
    spec_names = {json_name for _, json_name, *_ in market_model._wire_fields()}
    parsed = module._parse_response(client=None, response=httpx.Response(200, content=body))
    for item, market in zip(markets, parsed.markets, strict=True):
        extra = {key: value for key, value in item.items() if key not in spec_names}
        assert market.additional_properties == extra  # a learned field absent from an item stays absent
        written = market.to_dict()
        assert {key: written[key] for key in extra} == extra  # to_dict gives them back


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_both_paths_agree_on_every_single_field_type_mutation(operation: str, monkeypatch: pytest.MonkeyPatch) -> None:
    module = importlib.import_module(OPERATIONS[operation])
    spec = json.loads((ROOT / "generated" / "kalshi_trade_api" / "_openapi.json").read_text())
    method, path = operation.split(" ")
    found = json_response_schema(spec, spec["paths"][path][method.lower()])
    assert found is not None
    body = sample(spec, found[1], awkward=False)
    checked = 0
    for where, original, _ in _fields(spec, body, found[1], "$"):
        values = [*OTHER_VALUES.values(), "0.5600", "1e3", "2026-01-02T03:04:05.1234567Z", "zz"]
        if isinstance(original, dict):  # and the object with a field added upstream
            values.append({**original, "added_upstream_fp": "1.00"})
        for value in values:
            mutated = json.dumps(_set(body, where, value)).encode()
            strict, tolerant = _both(module, mutated, monkeypatch)
            assert strict == tolerant, f"{operation} {where} := {value!r}"
            checked += 1
    assert checked >= 30


@pytest.mark.parametrize(
    "moment",
    [
        "2026-01-12T22:08:10Z",
        "2026-01-12T22:08:10.446961Z",
        "2026-01-12T22:08:10.4469619Z",  # seven digits: the standard parser or dateutil, as from_dict
        "2026-01-12T22:08:10+05:30",
        "2026-01-12 22:08:10Z",
        "2026-01-12T22:08:10z",
        "2026-01-12",
        "20260112T220810Z",
        "not a date",
    ],
)
def test_date_times_read_alike_on_both_paths(moment: str, monkeypatch: pytest.MonkeyPatch) -> None:
    module = importlib.import_module("kalshi_trade_api.api.market.get_trades")
    trade = {
        "trade_id": "t",
        "ticker": "KX",
        "count_fp": "1.00",
        "yes_price_dollars": "0.5600",
        "no_price_dollars": "0.4400",
        "taker_side": "yes",
        "created_time": moment,
    }
    body = json.dumps({"trades": [trade], "cursor": ""}).encode()
    strict, tolerant = _both(module, body, monkeypatch)
    assert strict == tolerant


def test_every_recorded_response_reads_alike_on_both_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    modules = operation_modules(ROOT / "generated")
    compared = 0
    for name, method, path, body in recorded():
        module_name = modules.get((method, blank_path(path)))
        if module_name is None:
            continue
        module = importlib.import_module(module_name)
        strict, tolerant = _both(module, json.dumps(body).encode(), monkeypatch)
        assert strict == tolerant, name
        compared += 1
    assert compared >= 40


def test_the_collector_is_left_as_it_was() -> None:
    from kalshi_trade_api.models import GetTradesResponse

    body = b'{"trades": [], "cursor": ""}'
    assert gc.isenabled()
    types.read_json(GetTradesResponse, body)
    assert gc.isenabled()
    gc.disable()
    try:
        types.read_json(GetTradesResponse, body)
        assert not gc.isenabled()
    finally:
        gc.enable()


@needs_corpus
def test_without_msgspec_the_standard_library_reads_the_same_page(tmp_path: Path) -> None:
    """The pure-Python fallback, for a platform msgspec cannot install on: same models, no strict pass."""
    module = importlib.import_module("kalshi_trade_api.api.market.get_markets")
    body = json.dumps(PAGES[1][2](load_spec(SPEC))).encode()
    (tmp_path / "page.json").write_bytes(body)
    code = (
        "import sys, json, httpx\n"
        "sys.modules['msgspec'] = None  # as if it could not be installed\n"
        "from kalshi_trade_api import types\n"
        "from kalshi_trade_api.api.market import get_markets\n"
        f"body = open({str(tmp_path / 'page.json')!r}, 'rb').read()\n"
        "page = get_markets._parse_response(client=None, response=httpx.Response(200, content=body))\n"
        "assert types._decode is json.loads and types._msgspec is None\n"
        "print(repr(page))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == repr(
        module._parse_response(client=None, response=httpx.Response(200, content=body))
    )
