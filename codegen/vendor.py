"""``make vendor DEST=...``: copy the SDK's runtime packages into another project's source tree.

Exactly the packages a trading program imports (the generated client and stream models,
kalshi_auth, kalshi_errors, kalshi_stream), as the wheel ships them, without caches. The optional local
exchange (kalshi_exchange, a test tool with its own dependencies) stays out, and so does
any module that imports it (``kalshi_stream.demo``): it could neither run nor type-check there. Each copied
package gets a marker file naming what was copied; a later run replaces only packages
that carry it, never a folder this command did not write.
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import sys
import tempfile
from pathlib import Path

from codegen.generate import ROOT
from codegen.products import load_products

# Package folder -> where it lives in this repository.
# Every product's generated package (products.yaml), and the handwritten runtime packages.
RUNTIME_PACKAGES = {
    **{product.package: ROOT / "generated" / product.package for product in load_products().values()},
    "kalshi_auth": ROOT / "auth_plugin" / "kalshi_auth",
    "kalshi_errors": ROOT / "auth_plugin" / "kalshi_errors",
    "kalshi_stream": ROOT / "stream" / "kalshi_stream",
}
MARKER = "_vendored.json"
_CACHES = shutil.ignore_patterns("__pycache__", "*.pyc", "*.pyo", MARKER)
OPTIONAL_PACKAGE = "kalshi_exchange"


def needs_optional_package(file: Path) -> bool:
    """Whether a module imports the local exchange anywhere (at the top or inside a function)."""
    text = file.read_text(encoding="utf-8")
    if OPTIONAL_PACKAGE not in text:  # no import can name it: skip the parse (thousands of generated modules)
        return False
    for node in ast.walk(ast.parse(text)):
        names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        if any(name == OPTIONAL_PACKAGE or name.startswith(OPTIONAL_PACKAGE + ".") for name in names):
            return True
    return False


def _skip(folder: str, names: list[str]) -> set[str]:
    skipped = set(_CACHES(folder, names))
    return skipped | {n for n in names if n.endswith(".py") and needs_optional_package(Path(folder) / n)}


def left_out() -> list[Path]:
    """The runtime packages' modules that import the local exchange (not vendored)."""
    return sorted(
        file for source in RUNTIME_PACKAGES.values() for file in source.rglob("*.py") if needs_optional_package(file)
    )


class VendorError(Exception):
    """DEST cannot receive the packages; the message says why and what to do."""


def _version() -> dict[str, str]:
    stamp = json.loads((RUNTIME_PACKAGES["kalshi_trade_api"] / "_generation_stamp.json").read_text("utf-8"))
    sys.path.insert(0, str(RUNTIME_PACKAGES["kalshi_auth"].parent))
    try:
        from kalshi_auth._version import package_version
    finally:
        sys.path.pop(0)
    return {
        "version": package_version(str(stamp.get("spec_version") or "")),
        "api_version": str(stamp.get("spec_version")),
        "spec_sha256": str(stamp.get("spec_sha256")),
    }


def runtime_dependencies() -> list[str]:
    """The distribution's own requirements (pyproject.toml ``dependencies``), as pip takes them."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - 3.10
        import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    return [str(requirement) for requirement in project["dependencies"]]


def _check(dest: Path) -> None:
    if dest == ROOT or ROOT in dest.parents or dest in ROOT.parents:
        raise VendorError(f"refusing DEST={dest}: it is this repository or contains it; pass your project's folder")
    for name in RUNTIME_PACKAGES:
        existing = dest / name
        if existing.is_symlink() or (existing.exists() and not (existing / MARKER).is_file()):
            raise VendorError(
                f"refusing to replace {existing}: it was not written by `make vendor` (no {MARKER}); "
                "move it away or pass another DEST"
            )


def vendor(dest: Path) -> list[Path]:
    """Copy the runtime packages into ``dest`` (created if needed); return the package folders written."""
    dest = dest.expanduser().resolve()
    _check(dest)
    dest.mkdir(parents=True, exist_ok=True)
    record = json.dumps({**_version(), "written_by": "make vendor"}, indent=2) + "\n"
    written = []
    with tempfile.TemporaryDirectory(prefix=".kalshi-vendor-", dir=dest) as scratch:
        for name, source in RUNTIME_PACKAGES.items():
            staged = Path(scratch) / name
            shutil.copytree(source, staged, ignore=_skip)
            (staged / MARKER).write_text(record, encoding="utf-8")
        for name in RUNTIME_PACKAGES:  # swap in by renames once every copy succeeded
            target = dest / name
            if target.exists():
                target.rename(Path(scratch) / f"previous-{name}")
            (Path(scratch) / name).rename(target)
            written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.vendor", description=__doc__)
    parser.add_argument("dest", type=Path, help="the folder of your project that holds its top-level packages")
    args = parser.parse_args(argv)
    try:
        written = vendor(args.dest)
    except VendorError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    print(f"vendored {', '.join(p.name for p in written)} into {args.dest} ({_version()['version']})")
    for file in left_out():
        print(f"left out {file.relative_to(ROOT)}: it imports the local exchange ({OPTIONAL_PACKAGE}), not vendored")
    print("install their runtime dependencies in your project: " + " ".join(repr(d) for d in runtime_dependencies()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
