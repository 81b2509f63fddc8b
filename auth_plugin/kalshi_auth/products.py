"""Where each Kalshi product lives: its environments, read from the package the pipeline generated for it.

Every generated package carries ``_product.json`` (written from ``products.yaml``), so the URLs a
client talks to come from the same place as the code it calls: a Perps client resolves Perps
environments only, and never falls back to the Trade API's KALSHI_BASE_URL.
"""

from __future__ import annotations

import json
import os
from functools import cache
from importlib import resources
from typing import Any

import httpx

from kalshi_auth.errors import ConfigurationError

PRODUCT_INFO_NAME = "_product.json"


@cache
def product_info(package: str) -> dict[str, Any]:
    """The product description the pipeline wrote into ``package`` (``_product.json``)."""
    try:
        text = resources.files(package).joinpath(PRODUCT_INFO_NAME).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        raise ConfigurationError(
            f"{package} carries no {PRODUCT_INFO_NAME}: regenerate it with `make generate` (products.yaml)"
        ) from None
    info: dict[str, Any] = json.loads(text)
    return info


def base_url_variable(product: str) -> str:
    """The environment variable that overrides one product's base URL: KALSHI_<PRODUCT>_BASE_URL."""
    return f"KALSHI_{product.upper().replace('-', '_')}_BASE_URL"


def product_base_url(package: str, environment: str | None, base_url: str | httpx.URL | None) -> str:
    """``base_url``, else KALSHI_<PRODUCT>_BASE_URL, else the product's URL for ``environment``
    (else KALSHI_ENV, else ``prod``). Never the Trade API's KALSHI_BASE_URL."""
    info = product_info(package)
    variable = base_url_variable(str(info["product"]))
    if base_url is None:
        base_url = os.environ.get(variable) or None
    if base_url is not None:
        return str(base_url).rstrip("/")
    chosen = environment or os.environ.get("KALSHI_ENV") or "prod"
    environments: dict[str, str] = info["environments"]
    if chosen not in environments:
        source = "" if environment else " (from KALSHI_ENV)"
        raise ConfigurationError(
            f"unknown environment {chosen!r}{source} for {info['title']}: use one of {', '.join(environments)}, "
            f"or pass base_url (or set {variable})"
        )
    return environments[chosen]
