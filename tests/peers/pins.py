"""The one place the peers and their versions are pinned (``constraints.txt`` pins what they pull in)."""

from __future__ import annotations

from pathlib import Path

# The interpreter every venv uses: the official SDK requires Python >= 3.13.
PYTHON = "3.13"
# venv name -> what pip installs there. "ours" is this repository, editable, as a user installs it
# (no extras: msgspec and httpx-aiohttp are dependencies, so the plain install is the fast one).
PEERS: dict[str, list[str]] = {
    "ours": ["-e", "."],
    "official": ["kalshi-python-sync==3.34.0"],
    "official-async": ["kalshi-python-async==3.34.0"],
    "kalshi-sdk": ["kalshi-sdk==22.4.0"],
    "kalshi-py": ["kalshi-py==2.0.6.6"],
}
# Installed into every venv beside the SDK, for the floors (bare httpx GET; `import httpx, attrs`).
FLOOR = ["httpx==0.28.1", "attrs==26.1.0", "cryptography==50.0.2"]
CONSTRAINTS = Path(__file__).with_name("constraints.txt")
