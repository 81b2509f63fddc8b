"""Spec -> client: validate, prepare a working copy, run the generator, stamp, swap in.

The target folder is replaced only when every step succeeded, so a bad spec or a
generator warning leaves the previous client exactly as it was.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from codegen.opindex import write_index
from codegen.rules import apply_rules, module_name_overrides
from codegen.specfile import SpecError, json_pointer, load_spec, operations, validate_spec

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "generator-config.yaml"
TEMPLATES = Path(__file__).resolve().parent / "templates"
PACKAGE = "kalshi_trade_api"
STAMP_NAME = "_generation_stamp.json"
# The prepared spec the client was generated from: the contract the local exchange serves.
PREPARED_NAME = "_openapi.json"
# What OPERATIONS.md and each operation's docstring tell a caller to pass as ``client=``, and which
# credentials a secured operation needs (a product names its own: codegen/products.py).
DEFAULT_CLIENT_CALL = "kalshi_auth.kalshi_client()"
DEFAULT_CREDENTIALS = "a Kalshi API key id and its private key"
# The errors every package shares (kalshi_errors); each package also carries a copy of the module, used
# when it runs without the SDK's kalshi_errors (errors.py.jinja).
SHARED_ERRORS = ROOT / "auth_plugin" / "kalshi_errors" / "__init__.py"
SHARED_ERRORS_COPY = "_sdk_errors.py"
# The template the pipeline writes beside ours for each package: what its templates say about the product.
PRODUCT_TEMPLATE = "product.jinja"
# Stock templates that an override includes rather than copies.
STOCK_EXTENDED: tuple[str, ...] = ()

_OP_IN_MESSAGE = re.compile(r"\b(GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|TRACE) (/\S*)")
_SCHEMA_IN_MESSAGE = re.compile(r"/components/(?:schemas|parameters|responses|requestBodies)/[\w.\-]+")


class GenerationError(Exception):
    """The generator refused the spec or warned; the message says where and what to do."""


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _tree_sha256(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*.jinja")):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _pointers_in(message: str) -> list[str]:
    """JSON pointers for the places a generator message talks about."""
    found = [json_pointer(["paths", path, method.lower()]) for method, path in _OP_IN_MESSAGE.findall(message)]
    found += ["#" + match for match in _SCHEMA_IN_MESSAGE.findall(message)]
    return list(dict.fromkeys(found))


def _assemble_templates(into: Path) -> Path:
    """Our overrides plus the installed generator's stock templates they extend (``stock_*``)."""
    shutil.copytree(TEMPLATES, into)
    stock = resources.files("openapi_python_client") / "templates"
    for name in STOCK_EXTENDED:
        (into / f"stock_{name}").write_text(stock.joinpath(name).read_text(encoding="utf-8"), encoding="utf-8")
    return into


def _product_template(client_call: str, credentials: str) -> str:
    """``product.jinja``: the product's client call and credentials, as Jinja string literals (never code)."""
    return "".join(
        f"{{% set {name} = {json.dumps(value)} %}}\n"
        for name, value in (("client_call", client_call), ("credentials", credentials))
    )


def _config_for(
    package: str, build_root: Path, spec: dict[str, Any] | None = None, settings: Mapping[str, Any] | None = None
) -> Path:
    """The generator config: ours as is, or ours with another package name, a product's own settings and
    the module names that ``codegen.rules.module_name_overrides`` derives from the document (same hooks
    and options otherwise)."""
    overrides = module_name_overrides(spec) if spec is not None else {}
    if package == PACKAGE and not overrides and not settings:
        return CONFIG
    config = YAML(typ="safe", pure=True).load(CONFIG.read_text(encoding="utf-8"))
    config.update(settings or {})
    config.update(package_name_override=package, project_name_override=package.replace("_", "-"))
    if overrides:
        config["class_overrides"] = overrides
    derived = build_root / "generator-config.json"
    derived.write_text(json.dumps(config, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return derived


def run_generator(
    working_spec: Path, package_dir: Path, spec_path: Path, templates: Path, config: Path = CONFIG
) -> None:
    """Run the pinned generator CLI with --fail-on-warning; raise on any warning or error."""
    command = [
        sys.executable,
        "-m",
        "openapi_python_client",
        "generate",
        "--path",
        str(working_spec),
        "--config",
        str(config),
        "--custom-template-path",
        str(templates),
        "--meta",
        "none",
        "--output-path",
        str(package_dir),
        "--fail-on-warning",
        "--overwrite",
    ]
    # The post hooks call `ruff`: use the one pinned beside this interpreter.
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    env.pop("RUFF_CACHE_DIR", None)
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0 or "Warning" in output or "Error" in output:
        where = ", ".join(_pointers_in(output)) or "see the generator's message below"
        raise GenerationError(
            f"{spec_path}: the generator did not produce a complete client (at {where}).\n"
            "  what to do: if the spec is at fault, add a general preparation rule in codegen/rules.py "
            "(with its test); the previous client was left untouched.\n"
            f"--- generator output ---\n{output}"
        )


@dataclass(frozen=True)
class Source:
    """The document a client comes from, when it is not the OpenAPI file handed to the generator."""

    file_name: str
    sha256: str
    extra: dict[str, Any] = field(default_factory=dict)  # more stamp fields (e.g. message counts)


def _stamp(
    source: Source,
    spec: dict[str, Any],
    package_dir: Path,
    changes: dict[str, int],
    settings: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    models = sorted(p.stem for p in (package_dir / "models").glob("*.py") if p.stem != "__init__")
    ops = operations(spec)
    prepared_sha = _sha256((package_dir / PREPARED_NAME).read_bytes())
    inputs = {
        "spec_sha256": source.sha256,
        # Our config file; the one handed to the generator adds only what the package name,
        # the spec and rules.py decide (all recorded here too).
        "config_sha256": _sha256(CONFIG.read_bytes()),
        **({"generator_settings": dict(settings)} if settings else {}),
        "templates_sha256": _tree_sha256(TEMPLATES),
        "rules_sha256": _sha256((Path(__file__).parent / "rules.py").read_bytes()),
        "shared_errors_sha256": _sha256(SHARED_ERRORS.read_bytes()),
        "generator": f"openapi-python-client {metadata.version('openapi-python-client')}",
        "ruff": metadata.version("ruff"),
    }
    return {
        "spec_file": source.file_name,
        "spec_title": spec.get("info", {}).get("title"),
        "spec_version": spec.get("info", {}).get("version"),
        **inputs,
        "inputs_sha256": _sha256(json.dumps(inputs, sort_keys=True).encode()),
        "prepared_spec_sha256": prepared_sha,
        "operation_count": len(ops),
        "model_count": len(models),
        "normalization": changes,
        **source.extra,
    }


def check_out_dir(spec_path: Path, out_dir: Path, package: str = PACKAGE) -> None:
    """Refuse an ``OUT`` whose ``<package>`` could hold the repository or the spec."""
    for what, inside in (("this repository", ROOT), ("the spec", spec_path)):
        if out_dir == inside or out_dir in inside.parents:
            raise GenerationError(
                f"refusing OUT={out_dir}: it is {what} or a folder containing it ({inside}).\n"
                "  what to do: pass OUT=a folder of its own (e.g. your/vendor/dir); generation writes "
                f"only OUT/{package} there"
            )
    existing = out_dir / package
    if existing.is_symlink() or (existing.exists() and not (existing / STAMP_NAME).is_file()):
        raise GenerationError(
            f"refusing to replace {existing}: it was not written by this pipeline (no {STAMP_NAME}).\n"
            "  what to do: move it away, or pass another OUT"
        )


def _write_extras(package_dir: Path, extras: Mapping[str, str]) -> None:
    """Files a product adds beside the generated code (plain names only, never over generated ones)."""
    for name, text in sorted(extras.items()):
        if "/" in name or "\\" in name or name.startswith(".") or (package_dir / name).exists():
            raise GenerationError(f"refusing to write {name!r} into {package_dir.name}: not a new plain file name")
        (package_dir / name).write_text(text, encoding="utf-8")


def _make_dirs(folder: Path) -> list[Path]:
    """mkdir -p that returns the folders it created, deepest first (to undo it)."""
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    folder.mkdir(parents=True, exist_ok=True)
    return missing


def _swap_in(built: Path, out_dir: Path, scratch: Path) -> None:
    """Replace ``out_dir/<built's name>`` with ``built`` by renames; nothing else in ``out_dir`` is touched."""
    target = out_dir / built.name
    if target.exists():
        target.rename(scratch / "previous")  # removed with the scratch folder
    built.rename(target)


def generate(
    spec_path: Path,
    out_dir: Path,
    *,
    package: str = PACKAGE,
    document: dict[str, Any] | None = None,
    source: Source | None = None,
    generator_settings: Mapping[str, Any] | None = None,
    extras: Mapping[str, str] | None = None,
    client_call: str = DEFAULT_CLIENT_CALL,
    credentials: str = DEFAULT_CREDENTIALS,
) -> dict[str, Any]:
    """Generate ``out_dir/<package>`` (``kalshi_trade_api``) from ``spec_path``; return the stamp.

    Only ``out_dir/<package>`` is replaced, and only on success; on failure
    ``out_dir`` is left as it was (folders this call created are removed again).
    ``document`` is an OpenAPI document already made from ``spec_path`` by another
    front end (the AsyncAPI converter, or an overlay's repairs); ``source`` then names what
    the stamp records. A product (codegen/products.py) adds its ``generator_settings``, the
    ``extras`` files its package carries, the ``client_call`` its OPERATIONS.md and docstrings
    name, and the ``credentials`` its secured operations ask for.
    """
    spec_path, out_dir = spec_path.resolve(), out_dir.resolve()
    check_out_dir(spec_path, out_dir, package)
    spec = load_spec(spec_path) if document is None else document
    source = source or Source(spec_path.name, _sha256(spec_path.read_bytes()))
    validate_spec(spec_path, spec)
    working = json.loads(json.dumps(spec))
    changes = apply_rules(working)
    validate_spec(spec_path, working)  # a rule must never turn a valid spec invalid

    created = _make_dirs(out_dir)
    build_root = Path(tempfile.mkdtemp(prefix=f".{package}.build-", dir=out_dir))
    done = False
    try:
        working_path = build_root / "prepared-spec.json"
        working_path.write_text(json.dumps(working, indent=1, ensure_ascii=False), encoding="utf-8")
        package_dir = build_root / package
        templates = _assemble_templates(build_root / "templates")
        (templates / PRODUCT_TEMPLATE).write_text(_product_template(client_call, credentials), encoding="utf-8")
        config = _config_for(package, build_root, working, generator_settings)
        run_generator(working_path, package_dir, spec_path, templates, config)
        (package_dir / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
        (package_dir / SHARED_ERRORS_COPY).write_bytes(SHARED_ERRORS.read_bytes())
        prepared = json.dumps(working, ensure_ascii=False, separators=(",", ":")) + "\n"
        (package_dir / PREPARED_NAME).write_text(prepared, encoding="utf-8")
        if operations(spec):  # the message models (no paths) have no operations to index
            write_index(spec, package_dir, client_call)
        _write_extras(package_dir, extras or {})
        stamp = _stamp(source, spec, package_dir, changes, generator_settings)
        (package_dir / STAMP_NAME).write_text(json.dumps(stamp, indent=2) + "\n", encoding="utf-8")
        _swap_in(package_dir, out_dir, build_root)
        done = True
        return stamp
    finally:
        shutil.rmtree(build_root, ignore_errors=True)
        if not done:
            for folder in created:  # deepest first; only folders this call made, and only if empty
                with contextlib.suppress(OSError):
                    folder.rmdir()


__all__ = ["GenerationError", "Source", "SpecError", "generate"]
