"""Arguments for any generated operation, built from the spec: what a caller would pass."""

from __future__ import annotations

import datetime
import importlib
import inspect
import re
import types
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import attrs
from openapi_python_client.utils import snake_case

from codegen.opindex import operation_of
from codegen.specfile import operations
from kalshi_exchange.data import merged, resolve
from kalshi_exchange.security import Auth, secured
from tests.samples import json_response_schema, sample


@dataclass
class Operation:
    method: str
    path: str
    spec_op: dict[str, Any]
    module: types.ModuleType
    secured: bool

    @property
    def name(self) -> str:
        return f"{self.method} {self.path}"


def blank_path(path: str) -> str:
    """``/markets/{ticker}`` -> ``/markets/{}`` (the generator renames path parameters)."""
    return re.sub(r"\{[^}]*\}", "{}", path)


def operation_modules(out: Path, package: str = "kalshi_trade_api") -> dict[tuple[str, str], str]:
    """(METHOD, blanked path) -> dotted module name, from each generated module's ``_OPERATION``."""
    modules = {}
    for file in sorted((out / package / "api").rglob("*.py")):
        operation = operation_of(file)
        if operation:
            method, path = operation.split(" ", 1)
            modules[(method, blank_path(path))] = ".".join(file.relative_to(out).with_suffix("").parts)
    return modules


def discover(
    spec: dict[str, Any], out: Path, package: str = "kalshi_trade_api", auth: Auth = "kalshi-signature"
) -> list[Operation]:
    """Every operation of ``spec`` with its generated module (imported from ``out``, already on sys.path);
    ``secured`` when it needs a credential of the product's scheme (``auth``), read from the document's
    security schemes as the exchange reads them."""
    modules = operation_modules(out, package)
    found = []
    for method, path in operations(spec):
        op = spec["paths"][path][method.lower()]
        module = importlib.import_module(modules[(method, blank_path(path))])
        found.append(Operation(method, path, op, module, secured(spec, op, auth)))
    return found


def _parameters(spec: dict[str, Any], path: str, op: dict[str, Any]) -> list[dict[str, Any]]:
    shared = spec["paths"][path].get("parameters") or []
    return [resolve(spec, p) for p in shared + (op.get("parameters") or [])]


def _concrete(annotation: Any) -> list[Any]:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return [a for arg in typing.get_args(annotation) for a in _concrete(arg)]
    return [annotation]


def _convert(value: Any, annotation: Any) -> Any:
    for kind in _concrete(annotation):
        if kind is datetime.datetime and isinstance(value, str):
            return datetime.datetime.fromisoformat(value)
        if kind is datetime.date and isinstance(value, str):
            return datetime.date.fromisoformat(value)
        if typing.get_origin(kind) is list and isinstance(value, list):
            (inner,) = typing.get_args(kind) or (Any,)
            return [_convert(v, inner) for v in value]
        if isinstance(kind, type) and attrs.has(kind) and isinstance(value, dict):
            return typing.cast(Any, kind).from_dict(value)
    return value


def arguments(spec: dict[str, Any], operation: Operation, *, optional: bool) -> dict[str, Any]:
    """Keyword arguments for ``operation.module.sync_detailed``: required ones, or every one."""
    fn = operation.module.sync_detailed
    hints = typing.get_type_hints(fn)
    by_name = {snake_case(p["name"]): p for p in _parameters(spec, operation.path, operation.spec_op)}
    kwargs: dict[str, Any] = {}
    for name, param in inspect.signature(fn).parameters.items():
        if name == "client":
            continue
        is_required = param.default is inspect.Parameter.empty
        if name == "body":
            body = operation.spec_op.get("requestBody") or {}
            content = (resolve(spec, body).get("content") or {}).get("application/json")
            if content and (is_required or optional):
                kwargs["body"] = _convert(sample(spec, content["schema"], awkward=False), hints["body"])
            continue
        # The generator renames parameters that clash with Python: type -> type_, 1x -> field_1x.
        spec_param = by_name.get(name) or by_name.get(name.removeprefix("field_")) or by_name.get(name.rstrip("_"))
        if spec_param is None or not (is_required or optional):
            continue
        value = sample(spec, spec_param.get("schema") or {}, awkward=False)
        kwargs[name] = _convert(value, hints[name])
    return kwargs


def success_response(spec: dict[str, Any], operation: Operation) -> tuple[int, Any]:
    """The documented 2xx status and a body valid for it (None when it has no JSON body)."""
    found = json_response_schema(spec, operation.spec_op)
    if found is not None:
        return found[0], sample(spec, found[1], awkward=False)
    codes = sorted(c for c in operation.spec_op.get("responses", {}) if str(c).startswith("2"))
    return (int(codes[0]) if codes else 200), None


def response_schema(spec: dict[str, Any], operation: Operation) -> dict[str, Any] | None:
    found = json_response_schema(spec, operation.spec_op)
    return merged(spec, found[1]) if found else None
