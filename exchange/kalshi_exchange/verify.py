"""Checking a request's credentials as Kalshi does: the three signature headers against configured
public keys, or (the SCM API) the ``Authorization: Bearer <admin_user_id>:<access_token>`` header
against configured tokens."""

from __future__ import annotations

import base64
import binascii
import hmac
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


BEARER_FORM = "Bearer <admin_user_id>:<access_token>"


def check_bearer(headers: Mapping[str, str], tokens: Mapping[str, str]) -> tuple[str | None, Rejection | None]:
    """(admin user id, None) when ``Authorization`` carries a known id and its token; else (id, why not).

    The token is compared in constant time and never repeated in a rejection; an unknown id and a
    wrong token are refused alike, so a refusal does not say which admin user ids exist.
    """
    value = headers.get("authorization")
    if not value:
        return None, Rejection("missing_authentication", f"missing header: Authorization ({BEARER_FORM})")
    scheme, _, credential = value.strip().partition(" ")
    admin_user_id, colon, token = credential.strip().partition(":")
    if scheme.lower() != "bearer" or not colon or not admin_user_id or not token:
        return None, Rejection("invalid_authorization", f"the Authorization header must be {BEARER_FORM}")
    expected = tokens.get(admin_user_id)
    # compare_digest over bytes: a non-ASCII token is refused like any wrong one, never a crash.
    matches = hmac.compare_digest(token.encode(), (expected if expected is not None else "\0" + token).encode())
    if expected is None or not matches:
        return admin_user_id, Rejection("invalid_token", "the access token is not valid for this admin user id")
    return admin_user_id, None
