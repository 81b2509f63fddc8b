"""What changed between two spec versions, in the terms a maintainer reviews a bump in."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from codegen.specfile import HTTP_METHODS, load_document, load_spec

_PROSE = frozenset({"description", "summary", "title", "example", "examples"})


@dataclass
class SpecDiff:
    operations_added: list[str] = field(default_factory=list)
    operations_removed: list[str] = field(default_factory=list)
    operations_changed: list[str] = field(default_factory=list)
    schemas_added: list[str] = field(default_factory=list)
    schemas_removed: list[str] = field(default_factory=list)
    properties_added: list[str] = field(default_factory=list)
    properties_removed: list[str] = field(default_factory=list)
    properties_type_changed: list[str] = field(default_factory=list)
    properties_now_required: list[str] = field(default_factory=list)
    properties_now_optional: list[str] = field(default_factory=list)
    enum_values_added: list[str] = field(default_factory=list)
    enum_values_removed: list[str] = field(default_factory=list)
    # WebSocket documents (converted by codegen.asyncapi): the message types a client routes.
    message_types_added: list[str] = field(default_factory=list)
    message_types_removed: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not any(vars(self).values())

    def render(self) -> str:
        if self.empty:
            return "no API changes (documentation only, or identical)"
        lines = []
        for name, items in vars(self).items():
            if items:
                lines.append(f"{name.replace('_', ' ')} ({len(items)}):")
                lines.extend(f"  {item}" for item in items)
        return "\n".join(lines)


def _without_prose(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _without_prose(v) for k, v in node.items() if k not in _PROSE and not k.startswith("x-")}
    if isinstance(node, list):
        return [_without_prose(v) for v in node]
    return node


def _operations(spec: dict[str, Any]) -> dict[str, Any]:
    found = {}
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if isinstance(item, dict) and method in item:
                found[f"{method.upper()} {path}"] = _without_prose(item[method])
    return found


def _type_of(prop: dict[str, Any]) -> str:
    """A short signature of what a property holds: ref, type/format, items, nullability."""
    if "$ref" in prop:
        sig = str(prop["$ref"]).rsplit("/", 1)[-1]
    elif "allOf" in prop or "anyOf" in prop or "oneOf" in prop:
        sig = json.dumps(_without_prose({k: prop[k] for k in ("allOf", "anyOf", "oneOf") if k in prop}), sort_keys=True)
    else:
        sig = "/".join(str(prop[k]) for k in ("type", "format") if k in prop) or "any"
        if isinstance(prop.get("items"), dict):
            sig += f"[{_type_of(prop['items'])}]"
    return sig + ("?" if prop.get("nullable") else "")


def _enums(name: str, schema: dict[str, Any]) -> dict[str, list[Any]]:
    found = {}
    if isinstance(schema.get("enum"), list):
        found[name] = schema["enum"]
    for prop_name, prop in (schema.get("properties") or {}).items():
        if isinstance(prop, dict) and isinstance(prop.get("enum"), list):
            found[f"{name}.{prop_name}"] = prop["enum"]
    return found


def summarize(old: dict[str, Any], new: dict[str, Any]) -> SpecDiff:
    diff = SpecDiff()
    old_ops, new_ops = _operations(old), _operations(new)
    diff.operations_added = sorted(new_ops.keys() - old_ops.keys())
    diff.operations_removed = sorted(old_ops.keys() - new_ops.keys())
    diff.operations_changed = sorted(k for k in old_ops.keys() & new_ops.keys() if old_ops[k] != new_ops[k])

    old_schemas = (old.get("components") or {}).get("schemas") or {}
    new_schemas = (new.get("components") or {}).get("schemas") or {}
    diff.schemas_added = sorted(new_schemas.keys() - old_schemas.keys())
    diff.schemas_removed = sorted(old_schemas.keys() - new_schemas.keys())
    old_enums: dict[str, list[Any]] = {}
    new_enums: dict[str, list[Any]] = {}
    for name in sorted(old_schemas.keys() & new_schemas.keys()):
        before, after = old_schemas[name], new_schemas[name]
        old_props, new_props = before.get("properties") or {}, after.get("properties") or {}
        diff.properties_added += [f"{name}.{p}" for p in sorted(new_props.keys() - old_props.keys())]
        diff.properties_removed += [f"{name}.{p}" for p in sorted(old_props.keys() - new_props.keys())]
        for prop in sorted(old_props.keys() & new_props.keys()):
            was, now = _type_of(old_props[prop]), _type_of(new_props[prop])
            if was != now:
                diff.properties_type_changed.append(f"{name}.{prop}: {was} -> {now}")
        old_required, new_required = _required(before), _required(after)
        diff.properties_now_required += [f"{name}.{p}" for p in sorted(new_required - old_required) if p in new_props]
        diff.properties_now_optional += [f"{name}.{p}" for p in sorted(old_required - new_required) if p in new_props]
        old_enums.update(_enums(name, before))
        new_enums.update(_enums(name, after))
    for key in sorted(old_enums.keys() & new_enums.keys()):
        diff.enum_values_added += [f"{key}: {v!r}" for v in new_enums[key] if v not in old_enums[key]]
        diff.enum_values_removed += [f"{key}: {v!r}" for v in old_enums[key] if v not in new_enums[key]]
    old_types, new_types = _message_types(old), _message_types(new)
    diff.message_types_added = sorted(new_types - old_types)
    diff.message_types_removed = sorted(old_types - new_types)
    return diff


def _required(schema: dict[str, Any]) -> set[str]:
    required = schema.get("required")
    return {str(p) for p in required} if isinstance(required, list) else set()


def _message_types(doc: dict[str, Any]) -> set[str]:
    routes = doc.get("x-kalshi-messages")
    return set(routes) if isinstance(routes, dict) else set()


def load_for_diff(path: Path) -> dict[str, Any]:
    """An OpenAPI document as published, or an AsyncAPI document as the pipeline converts it."""
    doc = load_document(path)
    if isinstance(doc, dict) and "asyncapi" in doc:
        from codegen.asyncapi import read

        return read(path)[0]
    return load_spec(path)


def summarize_files(old: Path, new: Path) -> str:
    return summarize(load_for_diff(old), load_for_diff(new)).render()
