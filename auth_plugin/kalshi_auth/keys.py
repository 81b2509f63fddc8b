"""Loading the private key once, with errors that say what to do and never show key material."""

from __future__ import annotations

import functools
import importlib
import os
import stat
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ForwardRef, Union

from kalshi_auth.errors import KeyLoadError

# cryptography is imported with the first key, not with the SDK (about 10 ms of a cold start on
# Python 3.13): a program that never signs (a public client, the stream's models, the local
# exchange's tooling) never loads it. Every function below that needs it imports it itself.
if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

    PrivateKeyInput = str | bytes | os.PathLike[str] | rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey
else:

    class _Deferred:
        """A module imported on its first attribute lookup: ``rsa.RSAPrivateKey`` in an annotation."""

        __slots__ = ("_name",)

        def __init__(self, name: str) -> None:
            self._name = name

        def __getattr__(self, attr: str) -> Any:
            return getattr(importlib.import_module(self._name), attr)

    # typing.get_type_hints (pydantic's validate_call, typer, sphinx) resolves an annotation naming
    # ``rsa.RSAPrivateKey`` in the module that wrote it: here, through these, importing cryptography
    # then. PrivateKeyInput's key classes are bound to this module, so a function elsewhere that
    # takes a PrivateKeyInput (kalshi_client, KalshiStream) resolves too.
    rsa = _Deferred("cryptography.hazmat.primitives.asymmetric.rsa")
    ed25519 = _Deferred("cryptography.hazmat.primitives.asymmetric.ed25519")
    PrivateKeyInput = Union[  # noqa: UP007 (``|`` takes classes, not forward references, on 3.10)
        str,
        bytes,
        os.PathLike[str],
        ForwardRef("rsa.RSAPrivateKey", module=__name__),
        ForwardRef("ed25519.Ed25519PrivateKey", module=__name__),
    ]
Passphrase = str | bytes | Callable[[], str | bytes] | None

MIN_RSA_BITS = 2048
_CONVERT_OPENSSH = (
    "it is in OpenSSH format; convert a copy to PKCS#8 PEM with "
    "`ssh-keygen -p -m PKCS8 -f COPY_OF_KEY` and pass that file"
)


@functools.cache
def _rsa_scheme() -> tuple[Any, Any]:
    """Kalshi's RSA signature scheme: PSS with MGF1/SHA-256 and a digest-length salt, over SHA-256."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)
    return pss, hashes.SHA256()


def _rsa_sign(sign: Callable[..., bytes], pss: Any, sha256: Any, message: bytes) -> bytes:
    return sign(message, pss, sha256)


def _key_classes() -> tuple[type[rsa.RSAPrivateKey], type[ed25519.Ed25519PrivateKey]]:
    from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

    return rsa.RSAPrivateKey, ed25519.Ed25519PrivateKey


class SigningKey:
    """A loaded RSA (PSS/SHA-256) or Ed25519 private key. Its repr shows the kind only."""

    __slots__ = ("_key", "kind")

    def __init__(self, key: rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey) -> None:
        rsa_key, ed25519_key = _key_classes()
        if isinstance(key, rsa_key):
            if key.key_size < MIN_RSA_BITS:
                raise KeyLoadError(f"RSA key of {key.key_size} bits is too small; Kalshi keys are at least 2048 bits")
            self.kind = f"rsa-{key.key_size}"
        elif isinstance(key, ed25519_key):
            self.kind = "ed25519"
        else:
            raise KeyLoadError(
                f"unsupported key type {type(key).__name__}: Kalshi signs with RSA (2048+ bits) or Ed25519 keys"
            )
        self._key = key

    def sign(self, message: bytes) -> bytes:
        return self.signer()(message)

    def signer(self) -> Callable[[bytes], bytes]:
        """``sign`` with the key and its padding bound once, for a signer that calls it per request."""
        key, (_, ed25519_key) = self._key, _key_classes()
        if isinstance(key, ed25519_key):
            return key.sign
        return functools.partial(_rsa_sign, key.sign, *_rsa_scheme())

    def public_key(self) -> rsa.RSAPublicKey | ed25519.Ed25519PublicKey:
        return self._key.public_key()

    def __repr__(self) -> str:
        return f"SigningKey(kind={self.kind!r}, key=<redacted>)"


def _passphrase_bytes(passphrase: Passphrase) -> bytes | None:
    if callable(passphrase):
        try:
            passphrase = passphrase()
        except Exception as err:  # the caller's callable: report its type only (it may hold the secret)
            raise KeyLoadError(f"the passphrase callable raised {type(err).__name__}") from None
    if passphrase is None or passphrase in ("", b""):
        return None
    if isinstance(passphrase, str):
        return passphrase.encode()
    if isinstance(passphrase, (bytes, bytearray)):
        return bytes(passphrase)
    raise KeyLoadError(
        f"the passphrase must be str or bytes (or a callable returning one), not {type(passphrase).__name__}"
    )


def _read_key_file(path: Path, shown: str) -> bytes:
    try:
        data = path.read_bytes()
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise KeyLoadError(
            f"private key file not found: {shown}. Pass the .key/.pem file Kalshi gave you when you "
            "created the API key (or set KALSHI_PRIVATE_KEY_PATH)"
        ) from None
    except IsADirectoryError:
        raise KeyLoadError(f"private key path is a directory: {shown}; pass the key file inside it") from None
    except OSError as err:
        raise KeyLoadError(f"cannot read private key file {shown}: {err.strerror}; check its permissions") from None
    except ValueError:  # a NUL byte in the path
        raise KeyLoadError("the private key path contains a NUL byte; pass the key file's real path") from None
    if os.name == "posix" and mode & (stat.S_IRGRP | stat.S_IROTH):
        warnings.warn(
            f"private key file {shown} is readable by other users; restrict it with `chmod 600 {shown}`",
            stacklevel=4,
        )
    return data


def _existing_file(text: str) -> Path | None:
    """``text`` as a path when it names an existing file or folder; None for anything else."""
    try:
        path = Path(text).expanduser()
        return path if path.exists() else None
    except (OSError, ValueError, RuntimeError):  # too long, a NUL byte, no home directory
        return None


def _unshown_string(text: str) -> KeyLoadError:
    """The error for a str that is neither PEM text nor an existing file. It might be key
    material (a PEM body without its armour, say), so the message describes it and never shows it."""
    compact = "".join(text.split())
    looks_base64 = len(compact) >= 64 and all(c.isalnum() or c in "+/=" for c in compact)
    hint = (
        "it looks like the base64 body of a key without its '-----BEGIN ...-----' and '-----END ...-----' lines; "
        "pass the whole PEM text, or the key file's path"
        if looks_base64
        else "pass the key file's path (check it for typos) or the whole PEM text"
    )
    return KeyLoadError(
        f"private_key is a string of {len(text)} characters that is neither PEM text (no '-----BEGIN' line) "
        f"nor an existing file (not shown, in case it is key material): {hint}"
    )


def _pem_label(data: bytes) -> tuple[bytes, bytes] | None:
    """(label, data from the first '-----BEGIN' line on), skipping leading text such as OpenSSL's
    'Bag Attributes'; None when there is no BEGIN line."""
    start = data.find(b"-----BEGIN")
    if start < 0:
        return None
    line = data[start : start + 80].split(b"\n", 1)[0]
    return line, data[start:]


def _classify_non_private(data: bytes) -> str | None:
    head = data.lstrip()[:64]
    if head.startswith((b"ssh-rsa ", b"ssh-ed25519 ")):
        return "this is a public key; pass the private key (the file Kalshi let you download once)"
    found = _pem_label(data)
    if found is None:
        return "not a PEM private key (expected a '-----BEGIN PRIVATE KEY-----' block)"
    label = found[0]
    if b"OPENSSH PRIVATE KEY" in label:
        return _CONVERT_OPENSSH
    if b"PUBLIC KEY" in label:
        return "this is a public key; pass the private key (the file Kalshi let you download once)"
    if b"CERTIFICATE" in label:
        return "this is a certificate; pass the private key instead"
    return None


def _parse_pem(data: bytes, password: bytes | None, source: str) -> object:
    """cryptography's loader with every failure mapped to a KeyLoadError that says what to do."""
    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives import serialization

    try:
        return serialization.load_pem_private_key(data, password=password)
    except TypeError:
        if password is None:
            raise KeyLoadError(
                f"{source}: the key is encrypted; pass its passphrase (or set KALSHI_PRIVATE_KEY_PASSPHRASE)"
            ) from None
        # A passphrase given for a plain key is harmless: load it without.
        return _parse_pem(data, None, source)
    except UnsupportedAlgorithm:
        raise KeyLoadError(f"{source}: unsupported key algorithm; Kalshi uses RSA or Ed25519 keys") from None
    except ValueError:
        if password is not None:
            raise KeyLoadError(f"{source}: wrong passphrase, or the key file is damaged") from None
        raise KeyLoadError(
            f"{source}: the PEM data could not be read as a private key (damaged or truncated?)"
        ) from None


def _load_pem(data: bytes, passphrase: Passphrase, source: str) -> SigningKey:
    problem = _classify_non_private(data)
    if problem:
        raise KeyLoadError(f"{source}: {problem}")
    found = _pem_label(data)
    key = _parse_pem(found[1] if found else data, _passphrase_bytes(passphrase), source)
    if not isinstance(key, _key_classes()):
        raise KeyLoadError(
            f"{source}: {type(key).__name__.lstrip('_')} keys are not supported; use RSA (2048+ bits) or Ed25519"
        )
    return SigningKey(key)


def load_signing_key(private_key: PrivateKeyInput | SigningKey, passphrase: Passphrase = None) -> SigningKey:
    """Accept a path (``~`` expanded), PEM text or bytes, or a loaded key object.

    A str is PEM text when it holds a '-----BEGIN' line, a path when it names an
    existing file, and otherwise an error that never repeats the string.
    """
    if isinstance(private_key, SigningKey):
        return private_key
    if isinstance(private_key, _key_classes()):
        return SigningKey(private_key)
    if isinstance(private_key, (bytes, bytearray)):
        return _load_pem(bytes(private_key), passphrase, "private key bytes")
    if isinstance(private_key, str):
        if "-----BEGIN" in private_key:
            if "\\n" in private_key and "\n" not in private_key:  # one-line PEM from an env file: "\n" escapes
                private_key = private_key.replace("\\n", "\n")
            return _load_pem(private_key.encode(), passphrase, "private key text")
        path = _existing_file(private_key)
        if path is None:
            raise _unshown_string(private_key)
        return _load_pem(_read_key_file(path, str(path)), passphrase, str(path))
    if isinstance(private_key, os.PathLike):
        try:
            path = Path(private_key).expanduser()
        except (RuntimeError, TypeError) as err:  # no home directory for "~"; a PathLike of bytes
            raise KeyLoadError(f"the private key path cannot be used: {type(err).__name__}") from None
        return _load_pem(_read_key_file(path, str(path)), passphrase, str(path))
    raise KeyLoadError(
        f"private_key must be a path, PEM text/bytes or a loaded RSA/Ed25519 key, not {type(private_key).__name__}"
    )
