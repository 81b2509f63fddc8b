"""Adopt a new upstream spec: fetch, validate, summarise, regenerate, test; roll back on failure."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import httpx

from codegen.generate import ROOT, GenerationError, generate
from codegen.overlay import repair
from codegen.pipeline import describe, generate_product
from codegen.products import Product
from codegen.specdiff import SpecDiff, summarize
from codegen.specfile import SpecError, load_spec, validate_spec

DEFAULT_URL = "https://docs.kalshi.com/openapi.yaml"


def _fetch(url: str, into: Path) -> None:
    try:
        response = httpx.get(url, timeout=30.0, follow_redirects=True)
    except httpx.HTTPError as err:
        raise SpecError(
            url, "", f"download failed: {err}", "check the URL and your network, or pass SPEC_FILE=path"
        ) from None
    if response.status_code != 200:
        raise SpecError(
            url, "", f"download answered HTTP {response.status_code}", "check the URL, or pass SPEC_FILE=path"
        )
    into.write_bytes(response.content)


def _version_key(spec: dict[str, Any]) -> tuple[int, ...] | None:
    numbers = re.findall(r"\d+", str((spec.get("info") or {}).get("version", "")))
    return tuple(int(n) for n in numbers) if numbers else None


def warnings_for(old: dict[str, Any], new: dict[str, Any], diff: SpecDiff) -> list[str]:
    """What a reviewer must not miss: a downgrade, or operations that disappear."""
    found = []
    old_version, new_version = _version_key(old), _version_key(new)
    if old_version and new_version and new_version < old_version:
        found.append(
            f"the new spec ({new['info']['version']}) is OLDER than the vendored one ({old['info']['version']}): "
            "adopting it is a downgrade"
        )
    if diff.operations_removed:
        found.append(
            f"the new spec DROPS {len(diff.operations_removed)} operation(s) the vendored spec has; code calling "
            "them stops importing: " + ", ".join(diff.operations_removed)
        )
    return found


def _shout(lines: list[str]) -> None:
    if lines:
        bar = "!" * 78
        print("\n".join([bar, *(f"!! WARNING: {line}" for line in lines), bar]), file=sys.stderr, flush=True)


def _check_candidate(candidate: Path, product: Product | None) -> dict[str, Any]:
    """The new document as the product's pipeline reads it (repaired, converted); SpecError if unusable."""
    if product is not None and product.kind == "asyncapi":
        from codegen.asyncapi import read

        return read(candidate, product.overlay)[0]
    new = load_spec(candidate)
    repair(new, product.overlay if product is not None else None, candidate)
    validate_spec(candidate, new)
    return new


def _summary_of(path: Path, product: Product | None) -> dict[str, Any]:
    if product is not None and product.kind == "asyncapi":
        from codegen.asyncapi import read

        return read(path)[0]
    return load_spec(path)


def update_spec(
    *,
    url: str | None,
    file: Path | None,
    test_command: str,
    spec_path: Path = ROOT / "openapi.yaml",
    out_dir: Path = ROOT / "generated",
    product: Product | None = None,
) -> None:
    """Replace ``spec_path`` (a product's document) with the new one and regenerate ``out_dir``, or change nothing."""
    if product is not None:
        if not product.vendored:
            raise SpecError(
                product.document,
                "",
                f"product {product.name!r} reads its document from outside this repository, so there is nothing "
                "vendored to update",
                "regenerate it with `make generate PRODUCT=<name> SPEC=path` instead",
            )
        spec_path = product.document
        url = url if url is not None or file is not None else product.upstream_url
        if url is None and file is None:
            raise SpecError(
                spec_path, "", f"no upstream URL is known for product {product.name!r}", "pass SPEC_FILE=path"
            )
    with tempfile.TemporaryDirectory(prefix="kalshi-spec-update-") as scratch:
        candidate = Path(scratch) / spec_path.name
        if file is not None:
            shutil.copyfile(file, candidate)
        else:
            _fetch(url or DEFAULT_URL, candidate)
        new = _check_candidate(candidate, product)
        print(f"new spec: {new.get('info', {}).get('title')} {new.get('info', {}).get('version')}")
        try:
            old = _summary_of(spec_path, product)
        except SpecError as err:
            print(f"(no change summary: the current spec does not load: {err.problem})")
        else:
            diff = summarize(old, new)
            print(diff.render(), flush=True)
            _shout(warnings_for(old, new, diff))

        previous_spec = spec_path.read_bytes()
        previous_out = Path(scratch) / "previous-generated"
        if out_dir.exists():
            shutil.copytree(out_dir, previous_out, symlinks=True)

        def restore() -> None:
            spec_path.write_bytes(previous_spec)
            if previous_out.exists():
                shutil.rmtree(out_dir, ignore_errors=True)
                shutil.copytree(previous_out, out_dir, symlinks=True)

        staged = spec_path.with_name(f".{spec_path.name}.new")
        staged.write_bytes(candidate.read_bytes())
        staged.replace(spec_path)
        try:
            if product is None:
                generate(spec_path, out_dir)
            else:
                print(describe(product, out_dir, generate_product(product, out_dir)), flush=True)
        except (SpecError, GenerationError):
            restore()
            raise
        print(f"running tests: {test_command}")
        result = subprocess.run(test_command, shell=True, cwd=ROOT, check=False)  # noqa: S602 - a make target
        if result.returncode != 0:
            restore()
            raise GenerationError(
                f"tests failed (exit {result.returncode}) against the new spec; {spec_path.name} and "
                "generated/ were restored.\n  what to do: read the test output above, fix the pipeline, retry."
            )
        print(f"{spec_path} and generated/ updated; review `git diff` and commit both.")
