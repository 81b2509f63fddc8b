"""The README's ``python`` blocks, run in order in one namespace against a local exchange.

``make demo`` runs this module; ``tests/test_readme.py`` runs the same blocks and
type-checks them, so the README cannot drift from the SDK. With ``KALSHI_ENV=demo``
and credentials in the environment, ``make demo`` runs them against Kalshi's demo
exchange instead (the walkthrough places a 1-contract post-only order at $0.01 and
cancels it).
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from kalshi_exchange import ExchangeServer, LocalExchange, StreamServer
from tests.conftest import KALSHI_ENV_VARS

README = Path(__file__).resolve().parent.parent / "README.md"
KEY_ID = "local-walkthrough-key"
_BLOCK = re.compile(r"^```python\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def python_blocks(text: str | None = None) -> list[tuple[int, str]]:
    """(first line number, code) of every python block, in order."""
    text = README.read_text(encoding="utf-8") if text is None else text
    return [(text.count("\n", 0, match.start(1)) + 1, match[1]) for match in _BLOCK.finditer(text)]


def as_script(blocks: list[tuple[int, str]]) -> str:
    """The blocks as one module whose line numbers are the README's (for tracebacks and mypy)."""
    lines: list[str] = []
    for first, code in blocks:
        lines += [""] * (first - 1 - len(lines))
        lines += code.splitlines()
    return "\n".join(lines) + "\n"


def run(blocks: list[tuple[int, str]]) -> dict[str, Any]:
    namespace: dict[str, Any] = {"__name__": "__readme__"}
    exec(compile(as_script(blocks), str(README), "exec"), namespace)
    return namespace


@contextmanager
def local_exchange(seed: int = 1) -> Iterator[LocalExchange]:
    """A loopback exchange and the environment the README's client reads, with a throwaway key."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    saved = {name: os.environ.get(name) for name in KALSHI_ENV_VARS}
    exchange = LocalExchange(keys={KEY_ID: key.public_key()}, seed=seed)
    # The streaming block watches a market's book move, as a real market's does; nobody trades here, so the
    # engine's books would stand still: the WebSocket side draws a busy feed instead (follow_engine=False).
    stream = StreamServer(exchange, follow_engine=False)
    with (
        tempfile.TemporaryDirectory(prefix="kalshi-walkthrough-") as folder,
        ExchangeServer(exchange, stream=stream) as server,
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
        print("KALSHI_ENV=demo with credentials: running the README walkthrough against Kalshi's demo exchange")
        run(blocks)
        return 0
    with local_exchange() as exchange:
        info = exchange.spec["info"]
        print(
            f"local exchange on {os.environ['KALSHI_BASE_URL']} serving {len(exchange.operations)} operations of "
            f"{info['title']} {info['version']}; running {len(blocks)} README blocks\n"
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
