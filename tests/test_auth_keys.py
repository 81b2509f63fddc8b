"""Private key input: every accepted form, and a clear error (never key material) for the rest."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from kalshi_auth import KeyLoadError, SigningKey, load_signing_key
from tests.keyfactory import ec_key, ed_key, pem, rsa_key


def _write(path: Path, data: bytes, mode: int = 0o600) -> Path:
    path.write_bytes(data)
    path.chmod(mode)
    return path


def _secret_free(message: str, data: bytes) -> None:
    body = b"".join(line for line in data.splitlines() if not line.startswith(b"-----"))
    assert body[:40].decode() not in message


def test_accepts_path_with_tilde_pem_text_bytes_and_key_objects(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    _write(tmp_path / "kalshi.key", pem(rsa_key()))
    assert load_signing_key("~/kalshi.key").kind == "rsa-2048"
    assert load_signing_key(tmp_path / "kalshi.key").kind == "rsa-2048"
    assert load_signing_key(pem(ed_key()).decode()).kind == "ed25519"
    assert load_signing_key(pem(ed_key())).kind == "ed25519"
    assert load_signing_key(rsa_key()).kind == "rsa-2048"
    loaded = load_signing_key(ed_key())
    assert load_signing_key(loaded) is loaded


def test_traditional_rsa_pem_is_accepted() -> None:
    assert load_signing_key(pem(rsa_key(), fmt=serialization.PrivateFormat.TraditionalOpenSSL)).kind == "rsa-2048"


@pytest.mark.parametrize("passphrase", ["s3cret", b"s3cret", lambda: "s3cret"])
def test_passphrase_as_str_bytes_or_callable(passphrase: object) -> None:
    assert load_signing_key(pem(rsa_key(), b"s3cret"), passphrase).kind == "rsa-2048"  # type: ignore[arg-type]


def test_missing_and_wrong_passphrase() -> None:
    data = pem(rsa_key(), b"s3cret")
    with pytest.raises(KeyLoadError, match="encrypted; pass its passphrase"):
        load_signing_key(data)
    with pytest.raises(KeyLoadError, match="wrong passphrase") as caught:
        load_signing_key(data, "nope")
    assert "nope" not in str(caught.value) and "s3cret" not in str(caught.value)


def test_missing_unreadable_and_directory_paths(tmp_path: Path) -> None:
    with pytest.raises(KeyLoadError, match=r"not found: .*absent\.key.*KALSHI_PRIVATE_KEY_PATH"):
        load_signing_key(tmp_path / "absent.key")
    with pytest.raises(KeyLoadError, match="is a directory"):
        load_signing_key(tmp_path)
    if os.geteuid() != 0:  # root reads anything
        locked = _write(tmp_path / "locked.key", pem(rsa_key()), 0o000)
        with pytest.raises(KeyLoadError, match="cannot read"):
            load_signing_key(locked)


def test_world_readable_key_file_warns(tmp_path: Path) -> None:
    path = _write(tmp_path / "open.key", pem(ed_key()), 0o644)
    with pytest.warns(UserWarning, match="chmod 600"):
        load_signing_key(path)
    path.chmod(0o600)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        load_signing_key(path)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            b"-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n",
            "ssh-keygen -p -m PKCS8",
        ),
        (b"hello, not a key", "not a PEM private key"),
        (b"<html>login</html>", "not a PEM private key"),
        (b"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n", "could not be read as a private key"),
    ],
)
def test_wrong_kinds_of_input(data: bytes, expected: str) -> None:
    with pytest.raises(KeyLoadError, match=expected) as caught:
        load_signing_key(data)
    _secret_free(str(caught.value), data)


def test_public_key_and_certificate_are_refused() -> None:
    public = (
        rsa_key().public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    with pytest.raises(KeyLoadError, match="public key; pass the private key"):
        load_signing_key(public)
    ssh_public = ed_key().public_key().public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH)
    with pytest.raises(KeyLoadError, match="public key"):
        load_signing_key(ssh_public)
    with pytest.raises(KeyLoadError, match="certificate"):
        load_signing_key(b"-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")


def test_unsupported_key_types() -> None:
    with pytest.raises(KeyLoadError, match="not supported; use RSA"):
        load_signing_key(pem(ec_key()))
    with pytest.raises(KeyLoadError, match="1024 bits is too small"):
        load_signing_key(pem(rsa_key(1024)))
    with pytest.raises(KeyLoadError, match="must be a path"):
        load_signing_key(12345)  # type: ignore[arg-type]


def test_repr_never_shows_key_material() -> None:
    data = pem(rsa_key())
    key = load_signing_key(data)
    assert repr(key) == "SigningKey(kind='rsa-2048', key=<redacted>)"
    _secret_free(repr(key), data)
    assert isinstance(key, SigningKey)
