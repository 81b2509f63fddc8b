"""Kalshi's WebSocket APIs, one per product: which message package types its frames, and where it lives.

Everything the stream client needs to know about a product comes from the package the
pipeline generated for it (``products.yaml``): the routes (message ``type`` -> model class),
the channels and the error codes from its prepared document (``_openapi.json``), the
environments from ``_product.json``. Nothing else here differs between products: a newer
document, or a new product, is a regenerated package and (for a new product) one line below.

    TRADE   kalshi_stream_messages        wss://api.elections.kalshi.com/trade-api/ws/v2
    PERPS   kalshi_perps_stream_messages  wss://external-api-margin-ws.kalshi.com/trade-api/ws/v2/margin
"""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import httpx

from kalshi_auth.errors import ConfigurationError
from kalshi_auth.products import product_info
from kalshi_stream.connection import websocket_url
from kalshi_stream.decode import StrictFrames
from kalshi_stream.messages import (
    MAX_DEPTH,
    STRICT,
    Message,
    RawMessage,
    Routes,
    decode,
    load_routes,
    parse_object,
    prepared_document,
)

_CHANNELS_KEY = "x-kalshi-channels"
_ERROR_CODES_KEY = "x-kalshi-error-codes"


@dataclass(frozen=True)
class StreamProduct:
    """One of Kalshi's WebSocket APIs.

    ``package`` is its generated message package; ``url_variable`` the environment variable that
    names its URL directly (a local exchange's, say). ``url_from_rest``: the URL follows from the
    REST base URL (``https://host/trade-api/v2`` -> ``wss://host/trade-api/ws/v2``, the Trade API's
    layout); otherwise it comes from the package's environments only.
    """

    name: str
    package: str
    url_variable: str
    url_from_rest: bool = False

    def __repr__(self) -> str:
        return f"StreamProduct({self.name!r}, package={self.package!r})"

    @cached_property
    def document(self) -> dict[str, Any]:
        """The package's prepared document (``_openapi.json``)."""
        return prepared_document(self.package)

    @cached_property
    def routes(self) -> Routes:
        """Message ``type`` -> [(msg is an array, generated class)]."""
        return load_routes(self.package, self.document)

    @cached_property
    def strict(self) -> StrictFrames:
        """The one-pass msgspec reader of this product's frames (the Trade API's is shared with
        ``parse_message``); a frame it refuses goes to ``parse_object``."""
        if self.package == "kalshi_stream_messages":
            return STRICT
        return StrictFrames(self.routes, importlib.import_module(f"{self.package}.types"), MAX_DEPTH)

    @cached_property
    def channels(self) -> dict[str, list[str]]:
        """Data channel -> the message types it carries."""
        channels: dict[str, list[str]] = self.document[_CHANNELS_KEY]
        return channels

    @cached_property
    def error_codes(self) -> frozenset[int]:
        """The error codes the server sends: those its error message's ``code`` enumerates when the
        document says (the Perps document does, retiring some), else those of its error table."""
        codes = {int(code) for code in self.document.get(_ERROR_CODES_KEY) or {}}
        for type_route in self.document["x-kalshi-messages"].get("error", []):
            schema = self.document["components"]["schemas"].get(type_route["schema"]) or {}
            msg = (schema.get("properties") or {}).get("msg") or {}
            enum = ((msg.get("properties") or {}).get("code") or {}).get("enum")
            if isinstance(enum, list):
                codes = {code for code in enum if type(code) is int}
        return frozenset(codes)

    @cached_property
    def environments(self) -> dict[str, str]:
        """Environment name -> WebSocket URL (``_product.json``)."""
        environments: dict[str, str] = product_info(self.package)["environments"]
        return environments

    def model(self, type_: str, *, array: bool = False) -> Any:
        """The generated class for frames of ``type_`` (``array``: whose ``msg`` is a list)."""
        routes = self.routes.get(type_) or []
        return next((cls for is_array, cls in routes if is_array == array), None)

    def websocket_url(self, environment: str | None = None, base_url: str | httpx.URL | None = None) -> str:
        """The URL for ``environment`` (else KALSHI_ENV, else ``prod``); ``url_variable`` overrides it
        when neither ``environment`` nor ``base_url`` is given."""
        if self.url_from_rest:
            return websocket_url(environment, base_url)
        if base_url is not None:
            raise ConfigurationError(
                f"the {self.name} WebSocket URL does not follow from a REST base_url: "
                f"pass url= (or set {self.url_variable}) or environment= ({', '.join(self.environments)})"
            )
        explicit = os.environ.get(self.url_variable)
        if explicit and environment is None:
            return explicit
        chosen = environment or os.environ.get("KALSHI_ENV") or "prod"
        if chosen not in self.environments:
            source = "" if environment else " (from KALSHI_ENV)"
            raise ConfigurationError(
                f"unknown environment {chosen!r}{source} for the {self.name} WebSocket API: use one of "
                f"{', '.join(self.environments)}, or pass url= (or set {self.url_variable})"
            )
        return self.environments[chosen]

    def parse_object(self, obj: Any, raw: str | bytes = "") -> Message:
        """``kalshi_stream.parse_object`` with this product's models."""
        return parse_object(obj, raw, self.routes)

    def parse_message(self, data: str | bytes) -> Message:
        """``kalshi_stream.parse_message`` with this product's models (never raises)."""
        message: Message | None = self.strict.message(data)
        if message is not None:
            return message
        obj, error = decode(data)
        if error is not None:
            return RawMessage("", None, data, error)
        return parse_object(obj, data, self.routes)


TRADE = StreamProduct("trade", "kalshi_stream_messages", "KALSHI_WS_URL", url_from_rest=True)
PERPS = StreamProduct("perps", "kalshi_perps_stream_messages", "KALSHI_PERPS_WS_URL")
PRODUCTS = {product.name: product for product in (TRADE, PERPS)}


def stream_product(product: str | StreamProduct) -> StreamProduct:
    """A product by name (``"trade"``, ``"perps"``), or the ``StreamProduct`` given."""
    if isinstance(product, StreamProduct):
        return product
    found = PRODUCTS.get(product) if isinstance(product, str) else None
    if found is None:
        raise ConfigurationError(f"unknown stream product {product!r}: use one of {', '.join(PRODUCTS)}")
    return found
