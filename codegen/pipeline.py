"""One pipeline, several products: each product's package from its document, per ``products.yaml``.

Every product goes through the same steps as the Trade API's client: parse, repair (the product's
overlay, if any), validate, preparation rules, the pinned generator with --fail-on-warning, the
stamp, and an atomic swap of ``generated/<package>`` only. Nothing here knows a product by name.
"""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path
from typing import Any

from codegen.generate import ROOT, GenerationError, Source, generate
from codegen.overlay import repair
from codegen.products import CREDENTIALS, PRODUCT_INFO_NAME, Product
from codegen.specfile import SpecError, load_spec

GENERATED = ROOT / "generated"
SHOWN_LINES = 40  # of git's list of differing files, in the drift gate's message


def document_of(product: Product, out_dir: Path, given: Path | None = None) -> Path:
    """The document to generate ``product`` from: ``given``, its own, or its committed prepared copy."""
    if given is not None:
        return given
    if product.document.is_file():
        return product.document
    prepared = product.prepared_copy(out_dir)
    if product.when_missing == "prepared" and prepared.is_file():
        return prepared
    raise SpecError(
        product.document,
        "",
        f"the document of product {product.name!r} is missing",
        "check it out (products.yaml says where it lives), or pass SPEC=path",
    )


def _shown(product: Product, path: Path) -> str:
    """How the stamp names a document: its path in the repository, else its file name."""
    return path.relative_to(product.root).as_posix() if product.root in path.parents else path.name


def client_call(product: Product) -> str:
    return f"kalshi_auth.{product.client}()"


def generate_product(product: Product, out_dir: Path = GENERATED, document: Path | None = None) -> dict[str, Any]:
    """Generate ``out_dir/<product.package>`` from ``document`` (default: the product's own); return the stamp."""
    path = document_of(product, out_dir, document).resolve()
    extras = {PRODUCT_INFO_NAME: product.info_text()}
    if product.kind == "asyncapi":
        from codegen.asyncapi import generate_stream

        # A prepared copy already carries its repairs: the overlay applies to AsyncAPI documents only.
        return generate_stream(
            path,
            out_dir,
            package=product.package,
            overlay=product.overlay,
            generator_settings=product.generator,
            extras=extras,
            name=_shown(product, path),
        )
    spec = load_spec(path)
    repaired = repair(spec, product.overlay, path)
    source = Source(
        _shown(product, path), hashlib.sha256(path.read_bytes()).hexdigest(), {"overlay": repaired} if repaired else {}
    )
    return generate(
        path,
        out_dir,
        package=product.package,
        document=spec,
        source=source,
        generator_settings=product.generator,
        extras=extras,
        client_call=client_call(product),
        credentials=CREDENTIALS[product.auth],
    )


def describe(product: Product, out_dir: Path, stamp: dict[str, Any]) -> str:
    """One line per product for the command line, plus a line per overlay action applied."""
    counts = (
        f"{stamp['model_count']} models, {stamp.get('message_type_count', 0)} message types"
        if product.kind == "asyncapi"
        else f"{stamp['operation_count']} operations, {stamp['model_count']} models"
    )
    lines = [
        f"generated {out_dir}/{product.package} ({product.name}) from {stamp['spec_file']}: {counts}, "
        f"preparation {stamp['normalization']}"
    ]
    overlay = stamp.get("overlay")
    if isinstance(overlay, dict):
        for action in overlay.get("applied", []):
            nodes = ", ".join(action["nodes"])
            lines.append(f"  repaired ({overlay['file']}, {action['action']} {nodes}): {action['description']}")
    return "\n".join(lines)


def _git_status(paths: list[Path]) -> str:
    result = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all", "--", *map(str, paths)],  # noqa: S607 - git from PATH
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise GenerationError(
            f"git status failed: {result.stderr.strip()}\n  what to do: run the drift gate in a clone"
        )
    return result.stdout


def unowned_packages(products: dict[str, Product], out_dir: Path) -> list[Path]:
    """Pipeline-written packages under ``out_dir`` that no product writes any more."""
    owned = {product.package for product in products.values()}
    return sorted(
        folder
        for folder in out_dir.iterdir()
        if folder.is_dir() and folder.name not in owned and (folder / "_generation_stamp.json").is_file()
    )


def check_generated(selected: list[Product], products: dict[str, Product], out_dir: Path = GENERATED) -> list[str]:
    """Regenerate ``selected`` into ``out_dir``; the problems the drift gate reports (empty: current)."""
    for product in selected:
        print(describe(product, out_dir, generate_product(product, out_dir)), flush=True)
    problems: list[str] = []
    every = len(selected) == len(products)
    if every:
        problems += [
            f"{folder}: written by the pipeline, but no product in products.yaml writes it "
            "(git rm it, or add its product back)"
            for folder in unowned_packages(products, out_dir)
        ]
    paths = [out_dir] if every else [out_dir / product.package for product in selected]
    status = _git_status(paths).splitlines()
    if status:
        shown = status[:SHOWN_LINES] + (
            [f"... and {len(status) - SHOWN_LINES} more"] if len(status) > SHOWN_LINES else []
        )
        problems.append(
            "generated/ differs from what is committed:\n"
            + "\n".join(shown)
            + "\nRun 'make generate' and commit generated/ (never edit it by hand)."
        )
    return problems
