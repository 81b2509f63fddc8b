"""Verifying Kalshi signatures the way the exchange does (PSS salts are random, so verify, never compare)."""

from __future__ import annotations

import base64
from collections.abc import Mapping

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32)


def verify(
    public_key: rsa.RSAPublicKey | ed25519.Ed25519PublicKey, headers: Mapping[str, str], method: str, path: str
) -> None:
    """Raise cryptography's InvalidSignature unless the headers sign timestamp+METHOD+path."""
    message = f"{headers['KALSHI-ACCESS-TIMESTAMP']}{method}{path}".encode()
    signature = base64.b64decode(headers["KALSHI-ACCESS-SIGNATURE"])
    if isinstance(public_key, rsa.RSAPublicKey):
        public_key.verify(signature, message, PSS, hashes.SHA256())
    else:
        public_key.verify(signature, message)
