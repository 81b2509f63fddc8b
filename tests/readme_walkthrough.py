"""The ``python`` blocks of the README and its pages under docs/, run in order in one namespace against a
local exchange.

``make demo`` runs this module; ``tests/test_readme.py`` runs the same blocks and type-checks them, so the
docs cannot drift from the SDK. The pages run in the order the README's Documentation table links them
(a new page joins by being linked there). With ``KALSHI_ENV=demo`` and credentials in the environment,
``make demo`` runs them against Kalshi's demo exchange instead (the walkthrough places a 1-contract
post-only order at $0.01 and cancels it; the Perps stream's block watches ``KALSHI_PERPS_MARKET``, a
Perps market of the demo exchange, when set).
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from kalshi_exchange import Crowd, ExchangeServer, LocalExchange
from tests.conftest import KALSHI_ENV_VARS

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
KEY_ID = "local-walkthrough-key"
_BLOCK = re.compile(r"^```python\n(.*?)^```$", re.MULTILINE | re.DOTALL)
_PAGE_LINK = re.compile(r"\]\((docs/[\w./-]+\.md)\)")


class Block(NamedTuple):
    page: Path
    line: int  # the block's first line in its page
    code: str


def pages() -> list[Path]:
    """The README, then every docs/ page it links, in the order of their first link."""
    linked = dict.fromkeys(ROOT / link for link in _PAGE_LINK.findall(README.read_text(encoding="utf-8")))
    return [README, *linked]


def page_blocks(page: Path, text: str | None = None) -> list[Block]:
    text = page.read_text(encoding="utf-8") if text is None else text
    return [Block(page, text.count("\n", 0, match.start(1)) + 1, match[1]) for match in _BLOCK.finditer(text)]


def python_blocks() -> list[Block]:
    """Every python block of every page, in the order they run."""
    return [block for page in pages() for block in page_blocks(page)]


def as_script(blocks: list[Block]) -> str:
    """The blocks as one module (for mypy): each block is preceded by a ``# page:line`` comment."""
    lines: list[str] = []
    for block in blocks:
        lines.append(f"# {block.page.relative_to(ROOT)}:{block.line}")
        lines += block.code.splitlines()
    return "\n".join(lines) + "\n"


def origin(blocks: list[Block], script_line: int) -> str:
    """Where line ``script_line`` of :func:`as_script`'s module comes from, as ``page:line``."""
    start = 1
    for block in blocks:
        length = len(block.code.splitlines())
        if start < script_line <= start + length:
            return f"{block.page.relative_to(ROOT)}:{block.line + script_line - start - 1}"
        start += length + 1
    return f"script:{script_line}"


def run(blocks: list[Block]) -> dict[str, Any]:
    """Execute the blocks in one namespace; tracebacks name each block's page and line."""
    namespace: dict[str, Any] = {"__name__": "__readme__"}
    for block in blocks:
        exec(compile("\n" * (block.line - 1) + block.code, str(block.page), "exec"), namespace)
    return namespace


@contextmanager
def local_exchange(seed: int = 3) -> Iterator[LocalExchange]:
    """A loopback exchange and the environment the README's client reads, with a throwaway key.

    The exchange's default world answers the walkthrough (open markets with books, a real 404);
    a crowd of other traders quotes and trades its open markets, so the streamed book the
    streaming page watches moves, and it is the engine's book: the REST orderbook beside it.
    """
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    saved = {name: os.environ.get(name) for name in KALSHI_ENV_VARS}
    exchange = LocalExchange(keys={KEY_ID: key.public_key()}, seed=seed)
    with (
        tempfile.TemporaryDirectory(prefix="kalshi-walkthrough-") as folder,
        # The WebSocket side follows the engine; the Perps one (streaming.md's Perps section) is drawn.
        ExchangeServer(exchange, perps_stream=True) as server,
        Crowd(exchange, interval=0.02, seed=seed),
    ):
        key_file = Path(folder) / "walkthrough.key"
        key_file.touch(mode=0o600)
        key_file.write_bytes(pem)
        for name in KALSHI_ENV_VARS:
            os.environ.pop(name, None)
        os.environ.update(
            {
                "KALSHI_API_KEY_ID": KEY_ID,
                "KALSHI_PRIVATE_KEY_PATH": str(key_file),
                "KALSHI_BASE_URL": server.base_url,
                "KALSHI_WS_URL": server.ws_url,  # the stream side listens on a port of its own
                "KALSHI_PERPS_WS_URL": server.perps_ws_url,  # and the Perps stream on another
            }
        )
        try:
            yield exchange
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


def main() -> int:
    blocks = python_blocks()
    if os.environ.get("KALSHI_ENV") == "demo" and os.environ.get("KALSHI_API_KEY_ID"):
        print("KALSHI_ENV=demo with credentials: running the docs' examples against Kalshi's demo exchange")
        run(blocks)
        return 0
    with local_exchange() as exchange:
        info = exchange.spec["info"]
        print(
            f"local exchange on {os.environ['KALSHI_BASE_URL']} serving {len(exchange.operations)} operations of "
            f"{info['title']} {info['version']}; running {len(blocks)} python blocks of the README and docs/\n"
        )
        run(blocks)
        signed = [seen for seen in exchange.seen if seen.key_id is not None]  # public endpoints check no signature
        verified = sum(seen.verified for seen in signed)
        print(
            f"\nthe exchange verified {verified} of {len(signed)} signatures on secured operations "
            f"({len(exchange.seen) - len(signed)} public requests); shutting down"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
