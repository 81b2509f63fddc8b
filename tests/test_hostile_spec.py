"""A spec is untrusted input: whatever its text says, the generated package runs none of it.

The spec below carries a payload that would create a file named PWNED if it ever ran,
written into every place spec text reaches the generated code: titles, descriptions,
summaries, examples, defaults, enum values, property and parameter names, paths,
operationIds and tags, each wrapped in triple quotes, backslashes, ``\\u``/``\\N``
escapes, newlines, ``#``, and names that are keywords or dunders.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.generate import generate
from tests.typecheck import mypy_strict

PAYLOAD = "__import__('pathlib').Path('PWNED').touch()"
BREAKOUTS = [
    f'"""\n{PAYLOAD}\n"""',
    f"'''\n{PAYLOAD}\n'''",
    f'\\"""; {PAYLOAD}; #',
    f'"]; {PAYLOAD}; x = ["',
    f"'; {PAYLOAD}; #",
    f"\\\n{PAYLOAD}",
    f"\\u0022\\u0022\\u0022\\N{{QUOTATION MARK}}\n{PAYLOAD}\n#",
    f"}}{{{PAYLOAD}}}{{{{",
]
EVIL = " ".join(BREAKOUTS)
# Names and titles become file and class names too: one breakout each keeps them under the OS's length limit.
SHORT = BREAKOUTS[0]


def hostile_spec() -> dict[str, object]:
    text = {"type": "string", "description": EVIL, "title": SHORT, "example": EVIL, "default": EVIL}
    return {
        "openapi": "3.0.0",
        "info": {"title": EVIL, "version": "1", "description": EVIL},
        "paths": {
            '/things/"""{id}': {
                "get": {
                    "operationId": 'class"""__init__',
                    "summary": EVIL,
                    "description": EVIL,
                    "tags": ["__init__", 'def"""'],
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                        {"name": f'q"]; {PAYLOAD}; #', "in": "query", "description": EVIL, "schema": text},
                        {"name": "import", "in": "query", "schema": {"$ref": "#/components/schemas/Kind"}},
                        {"name": "__class__", "in": "header", "schema": {"type": "string", "description": EVIL}},
                    ],
                    "responses": {
                        "200": {
                            "description": EVIL,
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Kind": {"type": "string", "enum": [*BREAKOUTS, "__class__", "def", "None"], "description": EVIL},
                "Thing": {
                    "type": "object",
                    "title": SHORT,
                    "description": EVIL,
                    "example": {EVIL: EVIL},
                    "required": ["__init__", "class"],
                    "properties": {
                        "__init__": text,
                        "class": {"$ref": "#/components/schemas/Kind"},
                        "__dict__": {"type": "integer", "description": EVIL, "default": 3},
                        'x"""; import os; #': text,
                        SHORT: {"type": "array", "items": {"$ref": "#/components/schemas/Kind"}},
                        "self": {"type": "object", "additionalProperties": {"type": "string"}, "description": EVIL},
                    },
                },
            }
        },
    }


@pytest.fixture(scope="module")
def hostile_client(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("hostile")
    (base / "spec.json").write_text(json.dumps(hostile_spec()))
    generate(base / "spec.json", base / "out")
    return base / "out"


def test_importing_every_generated_module_runs_nothing_from_the_spec(hostile_client: Path, tmp_path: Path) -> None:
    modules = sorted(
        ".".join(p.relative_to(hostile_client).with_suffix("").parts).removesuffix(".__init__")
        for p in (hostile_client / "kalshi_trade_api").rglob("*.py")
    )
    assert len(modules) >= 8
    code = "import importlib, sys\nfor name in sys.argv[1:]:\n    importlib.import_module(name)\nprint('ok')"
    result = subprocess.run(
        [sys.executable, "-c", code, *modules],
        cwd=tmp_path,
        env={"PYTHONPATH": str(hostile_client), "PATH": ""},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr[-3000:]
    assert not (tmp_path / "PWNED").exists()


def test_spec_text_survives_as_inert_text(hostile_client: Path) -> None:
    code = (
        "import typing, kalshi_trade_api.models as m\n"
        "found = [getattr(m, name) for name in m.__all__]\n"
        f"docs = [x.__doc__ for x in found if isinstance(x, type) and {PAYLOAD!r} in (x.__doc__ or '')]\n"
        f"enums = [typing.get_args(x) for x in found if {BREAKOUTS[0]!r} in typing.get_args(x)]\n"
        f"assert any({' '.join(EVIL.split())!r} in ' '.join(d.split()) for d in docs), docs\n"  # wrapped, else verbatim
        "assert enums and '__class__' in enums[0], enums\n"
        "print('ok')"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=hostile_client, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr[-3000:]


def test_hostile_client_passes_mypy_strict(hostile_client: Path) -> None:
    mypy_strict("kalshi_trade_api", hostile_client)


def test_a_description_that_closes_its_docstring_stays_text(tmp_path: Path) -> None:
    """The minimal attack: a schema description ending the model's docstring (it ran on import before)."""
    spec = {
        "openapi": "3.0.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/x": {
                "get": {
                    "operationId": "GetX",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "description": f'x """\n{PAYLOAD}\n"""',
                    "properties": {"a": {"type": "string"}},
                }
            }
        },
    }
    (tmp_path / "spec.json").write_text(json.dumps(spec))
    generate(tmp_path / "spec.json", tmp_path / "out")
    result = subprocess.run(
        [sys.executable, "-c", "import kalshi_trade_api.models.thing as t; print(t.Thing.__doc__)"],
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path / "out"), "PATH": ""},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert PAYLOAD in result.stdout and not (tmp_path / "PWNED").exists()


def test_a_hostile_product_and_overlay_stay_inert(tmp_path: Path) -> None:
    """The same payloads through the products pipeline: another package name, a hostile title in
    products.yaml, and an overlay whose repairs carry the payloads into the document."""
    from codegen.pipeline import generate_product
    from codegen.products import load_products

    (tmp_path / "spec.json").write_text(json.dumps(hostile_spec()))
    overlay = {
        "overlay": "1.0.0",
        "info": {"title": EVIL, "version": "1"},
        "actions": [
            {"target": "$.components.schemas.Thing", "description": EVIL, "update": {"description": EVIL + " again"}},
            {"target": "$.components.schemas.Kind.enum", "description": EVIL, "update": f"{SHORT} added"},
        ],
    }
    (tmp_path / "overlay.json").write_text(json.dumps(overlay))
    entry = {
        "package": "kalshi_hostile",
        "title": EVIL,
        "kind": "openapi",
        "document": "spec.json",
        "overlay": "overlay.json",
        "auth": "bearer",
        "client": "hostile_client",
        "environments": {"prod": "https://hostile.example/v1"},
    }
    (tmp_path / "products.yaml").write_text(json.dumps({"products": {"hostile": entry}}))
    out = tmp_path / "out"
    stamp = generate_product(load_products(tmp_path / "products.yaml")["hostile"], out)
    assert [a["action"] for a in stamp["overlay"]["applied"]] == ["update", "update"]
    package = out / "kalshi_hostile"
    modules = sorted(
        ".".join(p.relative_to(out).with_suffix("").parts).removesuffix(".__init__") for p in package.rglob("*.py")
    )
    code = (
        "import importlib, json, sys, typing\n"
        "for name in sys.argv[1:]:\n    importlib.import_module(name)\n"
        "from kalshi_hostile.models import Kind\n"
        f"assert {SHORT + ' added'!r} in typing.get_args(Kind)\n"
        "print('ok')"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, *modules],
        cwd=tmp_path,
        env={"PYTHONPATH": str(out), "PATH": ""},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr[-3000:]
    assert not (tmp_path / "PWNED").exists()
    assert json.loads((package / "_product.json").read_text())["title"] == EVIL
