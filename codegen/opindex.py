"""The operation index: which generated module calls which endpoint, written next to the client.

Built from the generated tree itself (each endpoint module names its operation in
``_OPERATION``, read with ``ast``, never imported) joined with the spec's tags and
summaries, so it always says where the generator actually put each operation.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

INDEX_NAME = "OPERATIONS.md"


def _constants(file: Path) -> dict[str, object]:
    """The module-level ``NAME = <literal>`` assignments of a generated module."""
    found: dict[str, object] = {}
    for node in ast.parse(file.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found[target.id] = node.value.value
    return found


def operation_of(file: Path) -> str | None:
    """The ``METHOD /path`` a generated endpoint module calls (its ``_OPERATION``), or None."""
    operation = _constants(file).get("_OPERATION")
    return operation if isinstance(operation, str) else None


def needs_credentials(file: Path) -> bool:
    """Whether a generated endpoint module refuses a client without credentials (``_NEEDS_CREDENTIALS``)."""
    return _constants(file).get("_NEEDS_CREDENTIALS") is not False


def markdown_cell(text: Any) -> str:
    """Spec prose as one inert Markdown table cell."""
    flat = " ".join(str(text or "").split())
    return flat.replace("\\", "\\\\").replace("|", "\\|").replace("`", "'").replace("<", "&lt;")


def render_index(spec: dict[str, Any], package_dir: Path, client_call: str = "kalshi_auth.kalshi_client()") -> str:
    package = package_dir.name
    modules: dict[str, str] = {}
    for file in sorted((package_dir / "api").glob("*/*.py")):
        operation = operation_of(file)
        if operation is not None:
            pages = " *pages*" if "\ndef paginate(" in file.read_text(encoding="utf-8") else ""
            public = "" if needs_credentials(file) else " *public*"
            modules[operation] = f"`{package}.api.{file.parent.name}.{file.stem}`{pages}{public}"
    rows: list[tuple[str, str, str, str, str]] = []
    for path, item in (spec.get("paths") or {}).items():
        for method, op in (item or {}).items():
            key = f"{method.upper()} {path}"
            if key not in modules or not isinstance(op, dict):
                continue
            tag = (op.get("tags") or ["default"])[0]
            rows.append((str(tag), modules[key], key, str(op.get("operationId", "")), op.get("summary", "")))
    info = spec.get("info") or {}
    lines = [
        f"# Operations of {markdown_cell(info.get('title'))} {markdown_cell(info.get('version'))}",
        "",
        "Written by the pipeline with the client (`make generate`); do not edit. Each module has",
        "`sync`, `sync_detailed`, `asyncio` and `asyncio_detailed`; modules marked *pages* also have",
        f"`pages`, `apages`, `paginate` and `apaginate`. Call with `client={client_call}`; modules marked",
        "*public* need no credentials (the Trade API's also take `client=kalshi_auth.kalshi_public_client()`).",
        "",
        "| tag | module | method and path | operationId | summary |",
        "|---|---|---|---|---|",
    ]
    for tag, module, key, operation_id, summary in sorted(rows):
        cells = (markdown_cell(tag), module, markdown_cell(key), markdown_cell(operation_id), markdown_cell(summary))
        lines.append("| {} | {} | `{}` | {} | {} |".format(*cells))
    return "\n".join(lines) + "\n"


def write_index(spec: dict[str, Any], package_dir: Path, client_call: str = "kalshi_auth.kalshi_client()") -> int:
    text = render_index(spec, package_dir, client_call)
    (package_dir / INDEX_NAME).write_text(text, encoding="utf-8")
    return text.count("\n| ") - 1
