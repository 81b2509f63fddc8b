"""The products file (``products.yaml``): which package the pipeline writes from which document.

Everything product-specific lives in that file; the rules, templates and driver stay general.
The file is ours, but a typo in it must not pass quietly: unknown keys, unknown values, a package
name that is not an identifier, two products writing one package, or an environment URL of the
wrong scheme are refused with the place and the fix.
"""

from __future__ import annotations

import json
import keyword
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import httpx
from openapi_python_client.config import ConfigFile

from codegen.specfile import SpecError, load_document

ROOT = Path(__file__).resolve().parent.parent
PRODUCTS_FILE = ROOT / "products.yaml"
# What each package carries about its product, for kalshi_auth and kalshi_stream at run time.
PRODUCT_INFO_NAME = "_product.json"

Kind = Literal["openapi", "asyncapi"]
KINDS: tuple[Kind, ...] = ("openapi", "asyncapi")
AUTH_SCHEMES = ("kalshi-signature", "bearer")
# What a secured operation of a package asks for, by its product's auth scheme (CredentialsRequiredError).
CREDENTIALS = {
    "kalshi-signature": "a Kalshi API key id and its private key",
    "bearer": "an admin user id and its access token (sent as Authorization: Bearer)",
}
WHEN_MISSING = ("fail", "prepared")
_REQUIRED = ("package", "title", "kind", "document", "auth", "client", "environments")
_OPTIONAL = ("when_missing", "overlay", "upstream_url", "generator")
_PACKAGE = re.compile(r"kalshi_[a-z0-9_]+\Z")
_NAME = re.compile(r"[a-z][a-z0-9-]*\Z")
_FUNCTION = re.compile(r"[a-z_][a-z0-9_]*\Z")
# Derived from `package` for every product: a per-product value would contradict it.
_DERIVED_GENERATOR_KEYS = frozenset({"package_name_override", "project_name_override"})


@dataclass(frozen=True)
class Product:
    """One generated package and everything the pipeline and the auth plugin need to know about it."""

    name: str
    package: str
    title: str
    kind: Kind
    document: Path
    auth: str
    client: str
    environments: dict[str, str]
    when_missing: str = "fail"
    overlay: Path | None = None
    upstream_url: str | None = None
    generator: dict[str, Any] = field(default_factory=dict)
    root: Path = ROOT

    @property
    def vendored(self) -> bool:
        """The document lives in this repository (update-spec may replace it)."""
        return self.root == self.document.parent or self.root in self.document.parents

    def prepared_copy(self, out_dir: Path) -> Path:
        """The committed prepared document of this product's package under ``out_dir``."""
        return out_dir / self.package / "_openapi.json"

    def info(self) -> dict[str, Any]:
        """What the package carries about its product (``_product.json``)."""
        return {
            "product": self.name,
            "title": self.title,
            "kind": self.kind,
            "auth": self.auth,
            "client": f"kalshi_auth.{self.client}",
            "environments": dict(self.environments),
        }

    def info_text(self) -> str:
        return json.dumps(self.info(), indent=2, ensure_ascii=False) + "\n"


def _fail(path: Path, parts: list[str], problem: str, fix: str) -> SpecError:
    from codegen.specfile import json_pointer

    return SpecError(path, json_pointer(parts), problem, fix)


def _string(path: Path, parts: list[str], value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _fail(path, parts, f"must be a non-empty string, not {value!r}", "fix the products file")
    return value


def _environments(path: Path, name: str, kind: Kind, value: object) -> dict[str, str]:
    where = ["products", name, "environments"]
    if not isinstance(value, dict) or not value:
        raise _fail(path, where, "must map environment names to URLs", "e.g. {prod: https://..., demo: https://...}")
    schemes = ("https",) if kind == "openapi" else ("wss",)
    found: dict[str, str] = {}
    for env, url in value.items():
        if not isinstance(env, str) or not _NAME.match(env):
            raise _fail(path, where, f"environment name {env!r} is not lower-case-with-dashes", "rename it")
        text = _string(path, [*where, env], url)
        try:
            parsed = httpx.URL(text)
        except httpx.InvalidURL:
            parsed = None
        if parsed is None or parsed.scheme not in schemes or not parsed.host or parsed.query or parsed.fragment:
            raise _fail(
                path,
                [*where, env],
                f"{text!r} is not a {'/'.join(schemes)} base URL",
                f"write the base URL as {schemes[0]}://host/path (no query)",
            )
        found[env] = text.rstrip("/")
    return found


def _generator(path: Path, name: str, value: object) -> dict[str, Any]:
    where = ["products", name, "generator"]
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise _fail(path, where, "must be a mapping of generator settings", "fix the products file")
    known = set(ConfigFile.model_fields) - _DERIVED_GENERATOR_KEYS
    unknown = sorted(set(value) - known)
    if unknown:
        raise _fail(
            path,
            where,
            f"unknown generator setting(s) {', '.join(map(repr, unknown))} (the generator would ignore them)",
            f"use only {', '.join(sorted(known))}; package and project names come from `package`",
        )
    return dict(value)


def _product(path: Path, root: Path, name: str, entry: object) -> Product:
    where = ["products", name]
    if not isinstance(name, str) or not _NAME.match(name):
        raise _fail(path, where, f"product name {name!r} is not lower-case-with-dashes", "rename it")
    if not isinstance(entry, dict):
        raise _fail(path, where, "must be a mapping", "see the keys listed at the top of products.yaml")
    unknown = sorted(set(entry) - set(_REQUIRED) - set(_OPTIONAL))
    missing = [key for key in _REQUIRED if key not in entry]
    if unknown or missing:
        what = "; ".join(
            part
            for part in (
                f"unknown key(s) {', '.join(map(repr, unknown))}" if unknown else "",
                f"missing key(s) {', '.join(missing)}" if missing else "",
            )
            if part
        )
        raise _fail(path, where, what, f"use the keys {', '.join(_REQUIRED + _OPTIONAL)}")
    package = _string(path, [*where, "package"], entry["package"])
    if not _PACKAGE.match(package) or keyword.iskeyword(package):
        raise _fail(path, [*where, "package"], f"{package!r} is not a kalshi_* package name", "e.g. kalshi_perps")
    kind = entry["kind"]
    if kind not in KINDS:
        raise _fail(path, [*where, "kind"], f"kind {kind!r} is not one of {', '.join(KINDS)}", "fix the kind")
    auth = entry["auth"]
    if auth not in AUTH_SCHEMES:
        raise _fail(path, [*where, "auth"], f"auth {auth!r} is not one of {', '.join(AUTH_SCHEMES)}", "fix it")
    client = _string(path, [*where, "client"], entry["client"])
    if not _FUNCTION.match(client) or keyword.iskeyword(client):
        raise _fail(path, [*where, "client"], f"{client!r} is not a function name", "name a kalshi_auth function")
    when_missing = entry.get("when_missing", "fail")
    if when_missing not in WHEN_MISSING:
        raise _fail(path, [*where, "when_missing"], f"{when_missing!r} is not one of {', '.join(WHEN_MISSING)}", "")
    overlay = entry.get("overlay")
    upstream = entry.get("upstream_url")
    if upstream is not None and not str(upstream).startswith("https://"):
        raise _fail(path, [*where, "upstream_url"], f"{upstream!r} is not an https URL", "fetch over https")
    return Product(
        name=name,
        package=package,
        title=_string(path, [*where, "title"], entry["title"]),
        kind=kind,
        document=(root / _string(path, [*where, "document"], entry["document"])).resolve(),
        auth=auth,
        client=client,
        environments=_environments(path, name, kind, entry["environments"]),
        when_missing=when_missing,
        overlay=(root / _string(path, [*where, "overlay"], overlay)).resolve() if overlay is not None else None,
        upstream_url=upstream,
        generator=_generator(path, name, entry.get("generator")),
        root=root.resolve(),
    )


def load_products(path: Path = PRODUCTS_FILE) -> dict[str, Product]:
    """Every product of the products file, in file order; SpecError for anything it cannot use."""
    data = load_document(path)
    if not isinstance(data, dict) or set(data) != {"products"} or not isinstance(data["products"], dict):
        raise _fail(path, [], "must hold one key, products: {name: {...}}", "see the comment at the top of the file")
    root = path.resolve().parent
    products = {name: _product(path, root, name, entry) for name, entry in data["products"].items()}
    if not products:
        raise _fail(path, ["products"], "lists no product", "add one")
    seen: dict[str, str] = {}
    for product in products.values():
        if product.package in seen:
            raise _fail(
                path,
                ["products", product.name, "package"],
                f"{product.package} is written by {seen[product.package]} already",
                "give each product its own package",
            )
        seen[product.package] = product.name
    return products


def select(products: dict[str, Product], name: str, path: Path = PRODUCTS_FILE) -> list[Product]:
    """``all`` (every product) or one product by name; a clear error for another name."""
    if name == "all":
        return list(products.values())
    if name not in products:
        raise _fail(path, ["products"], f"no product named {name!r}", f"use one of: all, {', '.join(products)}")
    return [products[name]]
