"""``make demo``: the quick start against a local exchange with a throwaway key, or Kalshi's demo.

With ``KALSHI_ENV=demo`` and ``KALSHI_API_KEY_ID`` set, the quick start runs against
Kalshi's demo exchange instead; nothing else here touches the network.
"""

from __future__ import annotations

import os
import sys

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from kalshi_auth import quickstart
from kalshi_auth.exchange import ExchangeServer, LocalExchange

DEMO_KEY_ID = "local-demo-key"


def main() -> int:
    if os.environ.get("KALSHI_ENV") == "demo" and os.environ.get("KALSHI_API_KEY_ID"):
        print("KALSHI_ENV=demo with credentials: running the quick start against Kalshi's demo exchange")
        quickstart.main()
        return 0
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)  # throwaway, never written to disk
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    exchange = LocalExchange(keys={DEMO_KEY_ID: key.public_key()}, seed=1)
    with ExchangeServer(exchange) as server:
        print(
            f"local exchange on {server.base_url} serving {len(exchange.operations)} operation(s) "
            f"of {exchange.spec['info']['title']} {exchange.spec['info']['version']}"
        )
        os.environ.update(
            {"KALSHI_API_KEY_ID": DEMO_KEY_ID, "KALSHI_PRIVATE_KEY": pem, "KALSHI_BASE_URL": server.base_url}
        )
        for name in ("KALSHI_PRIVATE_KEY_PATH", "KALSHI_PRIVATE_KEY_PASSPHRASE"):
            os.environ.pop(name, None)
        quickstart.main()
        verified = sum(seen.verified for seen in exchange.seen)
        print(f"the exchange verified {verified} of {len(exchange.seen)} request signatures; shutting down")
    return 0


if __name__ == "__main__":
    sys.exit(main())
