"""Checking Kalshi's three request headers, as the exchange does, against configured public keys."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

PublicKey = rsa.RSAPublicKey | ed25519.Ed25519PublicKey
PublicKeyInput = PublicKey | rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey | str | bytes
MAX_TIMESTAMP_DIGITS = 16
_PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)


def public_key(key: PublicKeyInput) -> PublicKey:
    """A public key from a key object (a private key gives its public half) or PEM text/bytes."""
    if isinstance(key, (rsa.RSAPrivateKey, ed25519.Ed25519PrivateKey)):
        return key.public_key()
    if isinstance(key, (rsa.RSAPublicKey, ed25519.Ed25519PublicKey)):
        return key
    data = key.encode() if isinstance(key, str) else key
    loaded = serialization.load_pem_public_key(data)
    if not isinstance(loaded, (rsa.RSAPublicKey, ed25519.Ed25519PublicKey)):
        raise ValueError("only RSA and Ed25519 public keys are supported")
    return loaded


@dataclass(frozen=True)
class Rejection:
    code: str
    message: str


def check_signature(
    headers: Mapping[str, str], method: str, raw_path: str, keys: Mapping[str, PublicKey], now_ms: int, window_ms: int
) -> tuple[str | None, Rejection | None]:
    """(key id, None) when the headers sign ``timestamp + METHOD + path``; else (key id, why not)."""
    key_id = headers.get("kalshi-access-key")
    timestamp = headers.get("kalshi-access-timestamp")
    signature = headers.get("kalshi-access-signature")
    if not (key_id and timestamp and signature):
        missing = [
            h
            for h, v in (
                ("KALSHI-ACCESS-KEY", key_id),
                ("KALSHI-ACCESS-TIMESTAMP", timestamp),
                ("KALSHI-ACCESS-SIGNATURE", signature),
            )
            if not v
        ]
        return key_id, Rejection("missing_authentication", f"missing header(s): {', '.join(missing)}")
    key = keys.get(key_id)
    if key is None:
        return key_id, Rejection("unknown_api_key", "no API key with this id is registered")
    # ASCII digits only, and no longer than a millisecond clock gets: str.isdigit() also accepts "²",
    # which int() refuses, and int() refuses 5,000 digits too.
    if not (timestamp.isascii() and timestamp.isdigit() and len(timestamp) <= MAX_TIMESTAMP_DIGITS):
        return key_id, Rejection("invalid_timestamp", "KALSHI-ACCESS-TIMESTAMP must be Unix time in milliseconds")
    skew_ms = now_ms - int(timestamp)
    if abs(skew_ms) > window_ms:
        return key_id, Rejection(
            "timestamp_out_of_window",
            f"request timestamp is {skew_ms / 1000:+.1f}s from the exchange clock (allowed: +/-{window_ms / 1000:g}s)",
        )
    message = f"{timestamp}{method.upper()}{raw_path.split('?', 1)[0]}".encode()
    try:
        raw = base64.b64decode(signature, validate=True)
        if isinstance(key, rsa.RSAPublicKey):
            key.verify(raw, message, _PSS, hashes.SHA256())
        else:
            key.verify(raw, message)
    except (InvalidSignature, binascii.Error, ValueError):
        return key_id, Rejection("invalid_signature", "the signature does not match timestamp + METHOD + path")
    return key_id, None
