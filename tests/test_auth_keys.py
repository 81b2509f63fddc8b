"""Private key input: every accepted form, and a clear error (never key material) for the rest."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import httpx
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


def _body(data: bytes) -> str:
    return "".join(line.decode() for line in data.splitlines() if not line.startswith(b"-----"))


def _never_shows(err: BaseException, secret: str) -> None:
    # Any 12-character window of the secret would be a leak, not just the whole string.
    for text in (str(err), repr(err)):
        assert not any(secret[i : i + 12] in text for i in range(0, max(1, len(secret) - 11), 6)), text


@pytest.mark.parametrize(
    "given",
    [
        pytest.param(_body(pem(rsa_key())), id="base64-body-without-armour"),
        pytest.param(_body(pem(rsa_key()))[:700] + "\n" + _body(pem(rsa_key()))[700:], id="body-with-newline"),
        pytest.param("/no/such/dir/MIIEvQIBADANBgkqhkiG9w0BAQEFAASC.key", id="missing-path"),
        pytest.param("x" * 5000, id="too-long-for-a-path"),
        pytest.param("secret\x00material-0123456789", id="nul-byte"),
    ],
)
def test_a_string_that_is_neither_pem_nor_a_file_is_never_echoed(given: str) -> None:
    with pytest.raises(KeyLoadError) as caught:
        load_signing_key(given)
    _never_shows(caught.value, given.replace("\n", ""))
    assert f"{len(given)} characters" in str(caught.value)


def test_path_objects_that_cannot_be_read_are_key_load_errors(tmp_path: Path) -> None:
    with pytest.raises(KeyLoadError, match="NUL byte"):
        load_signing_key(tmp_path / "a\x00b.key")


def test_base64_body_gets_a_hint() -> None:
    with pytest.raises(KeyLoadError, match="base64 body of a key without its"):
        load_signing_key(_body(pem(ed_key())))


def test_key_from_environment_is_never_echoed(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from kalshi_auth import ConfigurationError, kalshi_client

    body = _body(pem(rsa_key()))
    monkeypatch.delenv("KALSHI_PRIVATE_KEY_PATH", raising=False)
    monkeypatch.setenv("KALSHI_PRIVATE_KEY", body)
    with caplog.at_level("DEBUG"), pytest.raises(ConfigurationError) as caught:
        kalshi_client("key-id-0001", base_url="http://127.0.0.1:9/trade-api/v2")
    _never_shows(caught.value, body)
    assert not any(body[:40] in r.getMessage() for r in caplog.records)


def test_damaged_key_with_a_passphrase_is_a_key_load_error() -> None:
    lines = pem(rsa_key()).split(b"\n")
    lines[5] = lines[5][:10] + b"AAAAAAAAAA" + lines[5][20:]
    with pytest.raises(KeyLoadError, match="could not be read as a private key"):
        load_signing_key(b"\n".join(lines), "s3cret")


@pytest.mark.parametrize("passphrase", [123, 4.5, object(), ["s3cret"], lambda: 123])
@pytest.mark.parametrize("encrypted", [True, False])
def test_non_string_passphrase_is_a_key_load_error(passphrase: object, encrypted: bool) -> None:
    data = pem(rsa_key(), b"s3cret" if encrypted else None)
    with pytest.raises(KeyLoadError, match="passphrase must be str or bytes"):
        load_signing_key(data, passphrase)  # type: ignore[arg-type]


def test_passphrase_callable_that_raises_is_reported_without_its_message() -> None:
    def broken() -> str:
        raise RuntimeError("s3cret-in-a-message")

    with pytest.raises(KeyLoadError, match="passphrase callable raised RuntimeError") as caught:
        load_signing_key(pem(rsa_key(), b"s3cret"), broken)
    assert "s3cret" not in str(caught.value)


def test_pem_with_leading_bag_attributes_loads(tmp_path: Path) -> None:
    bag = b"Bag Attributes\n    localKeyID: 01 02 03\n    friendlyName: kalshi\nKey Attributes: <No Attributes>\n"
    assert load_signing_key(bag + pem(rsa_key())).kind == "rsa-2048"
    assert load_signing_key((bag + pem(ed_key())).decode()).kind == "ed25519"
    assert load_signing_key(_write(tmp_path / "bag.pem", bag + pem(rsa_key(), b"pw")), "pw").kind == "rsa-2048"
    with pytest.raises(KeyLoadError, match="public key"):
        public = (
            rsa_key()
            .public_key()
            .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        )
        load_signing_key(bag + public)


def test_escaped_newlines_from_an_env_file_load() -> None:
    assert load_signing_key(pem(ed_key()).decode().replace("\n", "\\n")).kind == "ed25519"


SECRETISH_ID = "a952bcbe-7d3f-4c1e-9b2a-5e8f0d6c4b21"


@pytest.mark.parametrize(
    "key_id",
    [
        SECRETISH_ID + "\n",
        SECRETISH_ID + "\r\n",
        "a952bcbe-7d3f\r\nX-Injected: 1",
        SECRETISH_ID + "\x00",
        " " + SECRETISH_ID,
        SECRETISH_ID.replace("-", "\t", 1),
        SECRETISH_ID + "é",
        "k" * 300,
    ],
)
def test_bad_key_ids_fail_when_the_client_is_built(key_id: str) -> None:
    from kalshi_auth import ConfigurationError, KalshiAuth, kalshi_client

    with pytest.raises(ConfigurationError) as caught:
        kalshi_client(key_id, ed_key(), base_url="http://127.0.0.1:9/trade-api/v2")
    assert SECRETISH_ID[:13] not in str(caught.value) and "k" * 20 not in str(caught.value)
    with pytest.raises(ConfigurationError):
        KalshiAuth(key_id, ed_key())


def test_good_key_ids_are_kept() -> None:
    from kalshi_auth import KalshiAuth

    url = httpx.URL("https://api.elections.kalshi.com/trade-api/v2/x")
    assert KalshiAuth(SECRETISH_ID, ed_key()).headers_for("GET", url)["KALSHI-ACCESS-KEY"] == SECRETISH_ID
