"""Which document the exchange serves, for which Kalshi product, and how that product authenticates.

Every package the SDK's pipeline generates carries its prepared document (``_openapi.json``) and a
description of its product (``_product.json``: name, title, ``auth``). ``LocalExchange(product="perps")``
serves the installed package generated for that product; a document handed over directly (a dict, a
file, a generated folder) is served with the product description beside it, when there is one, else
with the scheme its own security schemes name (``security.document_auth``).
"""

from __future__ import annotations

import copy
import json
import pkgutil
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, cast

from kalshi_exchange.security import AUTHS, Auth, document_auth

PREPARED_NAME = "_openapi.json"
PRODUCT_INFO_NAME = "_product.json"
TRADE_PACKAGE = "kalshi_trade_api"


@dataclass(frozen=True)
class Served:
    """A document to serve and what is known of its product."""

    spec: dict[str, Any]
    auth: Auth
    product: str | None = None  # products.yaml's name ("trade", "perps", "scm"); None: not known
    title: str | None = None


def _package_info(package: str) -> dict[str, Any] | None:
    try:
        text = resources.files(package).joinpath(PRODUCT_INFO_NAME).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError):
        return None
    info = json.loads(text)
    return info if isinstance(info, dict) else None


def installed_products() -> dict[str, str]:
    """Product name -> the installed package generated for it (REST products: those with a document to serve)."""
    found: dict[str, str] = {}
    for module in pkgutil.iter_modules():
        if module.ispkg and module.name.startswith("kalshi_") and module.name not in found.values():
            info = _package_info(module.name)
            if info is not None and info.get("kind") == "openapi" and isinstance(info.get("product"), str):
                found.setdefault(info["product"], module.name)
    return found


def product_package(product: str) -> str:
    """The installed package generated for ``product``; ValueError naming the installed ones otherwise."""
    guess = f"kalshi_{product.replace('-', '_')}"
    info = _package_info(guess)
    if info is not None and info.get("product") == product and info.get("kind") == "openapi":
        return guess
    found = installed_products()
    if product not in found:
        raise ValueError(
            f"product={product!r}: no installed package serves it; the installed products are "
            f"{', '.join(sorted(found)) or 'none'} (generate one with `make generate PRODUCT=...`)"
        )
    return found[product]


def _read_json(path: Path) -> dict[str, Any]:
    return cast(dict[str, Any], json.loads(path.read_text(encoding="utf-8")))


def _prepared_file(path: Path) -> Path:
    """The prepared document a path names: the file itself, or in a generated package (or the folder holding one)."""
    if not path.is_dir():
        if path.suffix != ".json":
            raise ValueError(
                f"{path}: the exchange serves a prepared spec (<package>/_openapi.json, written by "
                "`make generate`); generate a client from this spec first: make generate SPEC=... OUT=dir"
            )
        return path
    if (path / PREPARED_NAME).exists():
        return path / PREPARED_NAME
    if (path / TRADE_PACKAGE / PREPARED_NAME).exists():
        return path / TRADE_PACKAGE / PREPARED_NAME
    inside = sorted(path.glob(f"*/{PREPARED_NAME}"))
    if len(inside) == 1:
        return inside[0]
    raise ValueError(
        f"{path}: holds {len(inside) or 'no'} generated package(s) with a {PREPARED_NAME}; pass the package folder"
    )


def _auth(info: Mapping[str, Any] | None, spec: Mapping[str, Any]) -> Auth:
    named = info.get("auth") if info is not None else None
    return cast(Auth, named) if named in AUTHS else document_auth(spec)


def served_document(spec: Mapping[str, Any] | str | Path | None, product: str | None = None) -> Served:
    """The document to serve and its product: ``spec`` (a dict, a JSON file or a generated folder) or,
    without one, the installed package of ``product`` (default: the Trade API's)."""
    info: dict[str, Any] | None = None
    if spec is None:
        package = product_package(product) if product is not None else TRADE_PACKAGE
        text = resources.files(package).joinpath(PREPARED_NAME).read_text(encoding="utf-8")
        document = dict(json.loads(text))
        info = _package_info(package)
    elif isinstance(spec, Mapping):
        document = copy.deepcopy(dict(spec))
    else:
        prepared = _prepared_file(Path(spec))
        document = _read_json(prepared)
        beside = prepared.parent / PRODUCT_INFO_NAME
        info = _read_json(beside) if beside.is_file() else None
    if info is None and product is not None:
        info = _package_info(product_package(product))
    if product is not None and info is not None and info.get("product") != product:
        raise ValueError(f"product={product!r}, but {spec} was generated for product {info.get('product')!r}")
    name = info.get("product") if info is not None else product
    title = info.get("title") if info is not None else None
    return Served(
        document,
        _auth(info, document),
        name if isinstance(name, str) else None,
        title if isinstance(title, str) else None,
    )
