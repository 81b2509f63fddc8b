"""Signed headers for Kalshi's WebSocket handshake, for any WebSocket library."""

from __future__ import annotations

import httpx

from kalshi_auth.keys import Passphrase, PrivateKeyInput, SigningKey
from kalshi_auth.signing import KalshiAuth

WEBSOCKET_URLS = {
    "prod": "wss://api.elections.kalshi.com/trade-api/ws/v2",
    "demo": "wss://demo-api.kalshi.co/trade-api/ws/v2",
}


def websocket_headers(
    key_id: str,
    private_key: PrivateKeyInput | SigningKey | KalshiAuth,
    *,
    passphrase: Passphrase = None,
    url: str = WEBSOCKET_URLS["prod"],
) -> dict[str, str]:
    """The three KALSHI-ACCESS-* headers for ``GET`` of the WebSocket path, fresh each call.

    Pass them as the handshake's extra headers, e.g.
    ``websockets.connect(url, additional_headers=websocket_headers(...))``.
    """
    target = httpx.URL(url)
    signer = (
        private_key
        if isinstance(private_key, KalshiAuth)
        else KalshiAuth(key_id, private_key, passphrase=passphrase, base_url=target)
    )
    return signer.headers_for("GET", target)
