"""Repairs of a product's upstream defects, as an OpenAPI Overlay 1.0 document (one file per product).

The vendored document stays exactly as Kalshi published it; the pipeline applies the overlay to
its parsed copy before validation. What we implement of Overlay 1.0.0
(https://spec.openapis.org/overlay/v1.0.0.html):

- ``overlay: 1.0.x``, ``info`` (``title``, ``version``), ``actions``; ``extends`` and ``x-*`` keys are
  accepted and not acted on.
- ``target``: an RFC 9535 JSONPath query (python-jsonpath in strict mode), selecting objects or
  arrays (Overlay 1.0 forbids primitive and null targets).
- ``update``: merged into each selected object (a primitive replaces, an array is concatenated, an
  object is merged recursively, a property only in ``update`` is added), or appended to each
  selected array.
- ``remove: true``: each selected node is removed from the object or array holding it.

Stricter than the specification, on purpose:

- every action needs a ``description`` (why the repair exists), and exactly one of ``update`` and
  ``remove: true``;
- an action that selects nothing, or changes nothing, is an error rather than a no-op: the defect it
  repairs is gone (fixed upstream) or has moved, so the repair must be deleted or rewritten by a
  person instead of being silently skipped or half-applied.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen.specfile import SpecError, json_pointer, load_document

_VERSION = re.compile(r"1\.0\.\d+\Z")
_ACTION_KEYS = frozenset({"target", "description", "update", "remove"})


@dataclass(frozen=True)
class AppliedAction:
    """One action as applied: why, what it selected (JSON pointers) and what it did."""

    description: str
    target: str
    action: str  # "update" or "remove"
    nodes: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "description": self.description,
            "target": self.target,
            "action": self.action,
            "nodes": list(self.nodes),
        }


def _fail(path: Path, parts: list[Any], problem: str, fix: str) -> SpecError:
    return SpecError(path, json_pointer(parts), problem, fix)


def _environment() -> Any:
    from jsonpath import JSONPathEnvironment

    return JSONPathEnvironment(strict=True)  # RFC 9535, as Overlay 1.0 specifies


def load_overlay(path: Path) -> dict[str, Any]:
    """Read and check an overlay file; SpecError naming the place for anything we do not apply."""
    doc = load_document(path)
    if not isinstance(doc, dict):
        raise _fail(path, [], "an overlay must be a mapping", "start it with `overlay: 1.0.0`")
    unknown = sorted(k for k in doc if k not in {"overlay", "info", "extends", "actions"} and not k.startswith("x-"))
    if unknown:
        raise _fail(path, [], f"unknown key(s) {', '.join(map(repr, unknown))}", "use overlay, info, extends, actions")
    if not isinstance(doc.get("overlay"), str) or not _VERSION.match(doc["overlay"]):
        raise _fail(path, ["overlay"], f"overlay version {doc.get('overlay')!r} is not 1.0.x", "write overlay: 1.0.0")
    info = doc.get("info")
    if not isinstance(info, dict) or not all(isinstance(info.get(k), str) for k in ("title", "version")):
        raise _fail(path, ["info"], "info needs a title and a version (strings)", "add them")
    actions = doc.get("actions")
    if not isinstance(actions, list) or not actions:
        raise _fail(path, ["actions"], "an overlay needs at least one action", "add one, or drop the overlay")
    for index, action in enumerate(actions):
        where = ["actions", index]
        if not isinstance(action, dict):
            raise _fail(path, where, "an action must be a mapping", "give it target, description and update/remove")
        extra = sorted(k for k in action if k not in _ACTION_KEYS and not str(k).startswith("x-"))
        if extra:
            raise _fail(
                path, where, f"unknown key(s) {', '.join(map(repr, extra))}", "use target, description, update, remove"
            )
        if not isinstance(action.get("target"), str) or not action["target"].startswith("$"):
            raise _fail(path, [*where, "target"], "target must be a JSONPath query starting with $", "fix the target")
        if not isinstance(action.get("description"), str) or not action["description"].strip():
            raise _fail(
                path, [*where, "description"], "every repair must say why it exists", "describe the upstream defect"
            )
        remove = action.get("remove", False)
        if not isinstance(remove, bool):
            raise _fail(path, [*where, "remove"], f"remove must be true or false, not {remove!r}", "fix it")
        if remove == ("update" in action):
            raise _fail(path, where, "an action needs exactly one of update and remove: true", "split it in two")
        try:
            _environment().compile(action["target"])
        except Exception as err:  # python-jsonpath's JSONPathError family: a syntax error in the query
            raise _fail(path, [*where, "target"], f"not an RFC 9535 JSONPath query: {err}", "fix the target") from None
    return doc


def _merge(target: dict[str, Any], update: dict[str, Any], at: list[Any], path: Path, where: list[Any]) -> None:
    """Overlay 1.0's recursive merge of ``update`` into ``target`` (in place)."""
    for key, value in update.items():
        if key not in target:
            target[key] = copy.deepcopy(value)
            continue
        current = target[key]
        if isinstance(current, dict) and isinstance(value, dict):
            _merge(current, value, [*at, key], path, where)
        elif isinstance(current, list) and isinstance(value, list):
            current.extend(copy.deepcopy(value))
        elif isinstance(current, (dict, list)) or isinstance(value, (dict, list)):
            raise _fail(
                path,
                [*where, "update"],
                f"cannot merge a {type(value).__name__} into the {type(current).__name__} at "
                f"{json_pointer([*at, key])}",
                "make the update's shape match the document",
            )
        else:
            target[key] = copy.deepcopy(value)


def _remove(document: Any, parts_list: list[tuple[Any, ...]]) -> None:
    """Remove each node (given by its path) from its container; array items from the highest index down."""
    for parts in sorted(
        parts_list, key=lambda p: (len(p), p[-1] if p and isinstance(p[-1], int) else -1), reverse=True
    ):
        container = document
        for part in parts[:-1]:
            container = container[part]
        del container[parts[-1]]


def apply_overlay(document: dict[str, Any], overlay_path: Path, *, document_path: Path) -> list[AppliedAction]:
    """Apply the overlay at ``overlay_path`` to ``document`` in place; return what each action did.

    Raises SpecError for an action that selects nothing, selects a primitive, or changes nothing.
    """
    overlay = load_overlay(overlay_path)
    env = _environment()
    applied: list[AppliedAction] = []
    for index, action in enumerate(overlay["actions"]):
        where = ["actions", index]
        description = " ".join(action["description"].split())
        matches = list(env.finditer(action["target"], document))
        if not matches:
            raise _fail(
                overlay_path,
                [*where, "target"],
                f"this repair selects nothing in {document_path.name} ({description[:120]})",
                "the defect is gone or has moved: if upstream fixed it, delete this action, else rewrite its target",
            )
        for match in matches:
            if not isinstance(match.obj, (dict, list)):
                raise _fail(
                    overlay_path,
                    [*where, "target"],
                    f"selects {match.pointer()}, a {type(match.obj).__name__}: Overlay 1.0 targets objects or arrays",
                    "select the object holding the value, and update it",
                )
        before = json.dumps(document, sort_keys=True)
        if action.get("remove"):
            kind = "remove"
            _remove(document, [tuple(match.parts) for match in matches])
        else:
            kind = "update"
            update = action["update"]
            for match in matches:
                node = match.obj
                if isinstance(node, list):
                    node.append(copy.deepcopy(update))
                elif isinstance(update, dict):
                    _merge(node, update, list(match.parts), overlay_path, where)
                else:
                    raise _fail(
                        overlay_path,
                        [*where, "update"],
                        f"the target {match.pointer()} is an object: update must be an object to merge",
                        "write update as a mapping",
                    )
        if json.dumps(document, sort_keys=True) == before:
            raise _fail(
                overlay_path,
                where,
                f"this repair changes nothing in {document_path.name} ({description[:120]})",
                "the document already says what the repair writes: upstream fixed it, delete this action",
            )
        applied.append(AppliedAction(description, action["target"], kind, tuple(f"#{m.pointer()}" for m in matches)))
    return applied


def repair(document: dict[str, Any], overlay: Path | None, document_path: Path) -> dict[str, Any] | None:
    """Apply ``overlay`` (if any) to ``document`` in place; what the stamp records of it, else None."""
    if overlay is None:
        return None
    applied = apply_overlay(document, overlay, document_path=document_path)
    return {
        "file": overlay.name,
        "sha256": hashlib.sha256(overlay.read_bytes()).hexdigest(),
        "applied": [action.as_dict() for action in applied],
    }
