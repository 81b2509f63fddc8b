"""Which operations a product secures, and with which of Kalshi's two schemes, read from its document.

Kalshi's products authenticate in one of two ways (``auth`` in each generated package's
``_product.json``): ``kalshi-signature`` (the three ``KALSHI-ACCESS-*`` headers; the Trade API,
Perps) or ``bearer`` (``Authorization: Bearer <admin_user_id>:<access_token>``; the SCM API). An
operation is secured when its security requirements (its own, else the document's) include a
requirement of the product's scheme: a document may list others beside it (the Trade API accepts
a partner's OAuth token on a few operations), which the local exchange does not serve.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

Auth = Literal["kalshi-signature", "bearer"]
AUTHS: tuple[Auth, ...] = ("kalshi-signature", "bearer")
SIGNATURE_HEADER = "kalshi-access-signature"


def scheme_kind(name: str, scheme: object) -> Auth | None:
    """The kind of one security scheme of a document: Kalshi's signature headers, a bearer token, or neither."""
    fields = scheme if isinstance(scheme, Mapping) else {}
    kind, where = str(fields.get("type", "")).lower(), str(fields.get("in", "")).lower()
    header = str(fields.get("name", "")).lower()
    if name == "kalshiAccessSignature" or (kind == "apikey" and where == "header" and header == SIGNATURE_HEADER):
        return "kalshi-signature"
    if kind == "http" and str(fields.get("scheme", "")).lower() == "bearer":
        return "bearer"
    return None


def _kinds(spec: Mapping[str, Any]) -> dict[str, Auth | None]:
    schemes = (spec.get("components") or {}).get("securitySchemes") or {}
    kinds = {name: scheme_kind(name, scheme) for name, scheme in schemes.items() if isinstance(name, str)}
    kinds.setdefault("kalshiAccessSignature", "kalshi-signature")  # older documents name it without defining it
    return kinds


def document_auth(spec: Mapping[str, Any]) -> Auth:
    """The scheme a document's operations use, for a document that comes without ``_product.json``:
    Kalshi's signature when it defines it, else a bearer token when it defines one."""
    schemes = (spec.get("components") or {}).get("securitySchemes") or {}
    defined = {scheme_kind(str(name), scheme) for name, scheme in schemes.items()}
    return "bearer" if "bearer" in defined and "kalshi-signature" not in defined else "kalshi-signature"


def secured(spec: Mapping[str, Any], operation: Mapping[str, Any], auth: Auth) -> bool:
    """Whether ``operation`` needs a credential of kind ``auth`` (its own security, else the document's)."""
    requirements = operation.get("security", spec.get("security")) or []
    kinds = _kinds(spec)
    return any(
        isinstance(requirement, Mapping) and any(kinds.get(name) == auth for name in requirement)
        for requirement in requirements
    )
