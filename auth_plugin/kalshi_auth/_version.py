"""The SDK's version, and the distribution's: ``<SDK version>+api<Kalshi API version>``.

The distribution version carries the version of the Kalshi document the client was
generated from as a PEP 440 local segment (``0.1.0+api3.31.0``), so ``pip show
kalshi-trade-api`` says which API this is; ``kalshi_trade_api.API_VERSION`` says it in
code. A document's ``info.version`` does not identify it on its own (Kalshi republishes
changed documents under the same version): ``kalshi_trade_api/_generation_stamp.json``
records the exact document's sha256.

This module imports nothing else of the SDK: the build (pyproject.toml,
``[tool.hatch.version]``) executes it on its own to compute the version.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

# Bump for a release of the SDK itself (handwritten code, templates, pipeline).
SDK_VERSION = "0.1.0"
USER_AGENT = f"kalshi-trade-api-python/{SDK_VERSION}"


def package_version(api_version: str) -> str:
    """``SDK_VERSION`` with ``api_version`` as a PEP 440 local segment (letters, digits and dots only)."""
    # In PEP 440's normal form: lower case, numeric parts without leading zeros.
    words = [str(int(w)) if w.isdigit() else w.lower() for w in re.findall(r"[A-Za-z0-9]+", api_version)]
    return f"{SDK_VERSION}+api{'.'.join(words) or 'unknown'}"


def build_version(root: Path | None = None) -> str:
    """The distribution version when building from a checkout: the generated client's stamp gives the API."""
    root = root or Path(__file__).resolve().parents[2]
    stamp = json.loads((root / "generated" / "kalshi_trade_api" / "_generation_stamp.json").read_text("utf-8"))
    return package_version(str(stamp.get("spec_version") or ""))
