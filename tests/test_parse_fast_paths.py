"""The parse fast paths (msgspec decode, models built without __init__, C-level list
checks) give what the plain path gives: same models, every field set, the same after a round trip."""

from __future__ import annotations

import importlib
import json
from typing import Any

import attrs
import httpx
import pytest

from codegen.specfile import load_spec
from kalshi_trade_api import types
from tests.bench_parse import PAGES
from tests.conftest import CORPUS_DIR

SPEC = CORPUS_DIR / "openapi-3.31.0.yaml"


def _every_field_set(model: Any) -> None:
    """No slot left unset: attrs compares, reprs and pickles every field."""
    for field in attrs.fields(type(model)):
        value = getattr(model, field.name)  # AttributeError if from_dict skipped one
        items = value if isinstance(value, list) else [value]
        for item in items:
            if attrs.has(type(item)):
                _every_field_set(item)


@pytest.mark.skipif(not SPEC.exists(), reason="needs ../shared/kalshi-specs")
@pytest.mark.parametrize("label, module_name, factory", PAGES, ids=[p[0] for p in PAGES])
def test_real_shaped_pages_parse_alike_on_both_decoders(
    label: str, module_name: str, factory: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = importlib.import_module(f"kalshi_trade_api.api.{module_name}")
    body = json.dumps(factory(load_spec(SPEC))).encode()
    response = httpx.Response(200, content=body)
    fast = module._parse_response(client=None, response=response)
    assert type(getattr(types._decode, "__self__", None)).__module__ == "msgspec.json"  # the [fast] decoder ran
    monkeypatch.setattr(types, "_decode", json.loads)
    plain = module._parse_response(client=None, response=response)
    assert fast == plain
    assert type(fast).from_dict(fast.to_dict()) == fast  # date-times come back as isoformat() writes them
    _every_field_set(fast)
    assert types.deviations(fast) == {}
