"""The markdown table at the end: machine, medians, footnotes."""

from __future__ import annotations

import datetime
import os
import platform
from pathlib import Path


def machine() -> str:
    """Date, nproc, CPU model and load: the context every number needs."""
    model = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return f"{now}; {platform.system()} {platform.machine()}, nproc {os.cpu_count()}, {model}; load average {load}"


def render(
    title: str, context: list[str], columns: list[str], rows: list[tuple[str, list[str]]], notes: list[str]
) -> str:
    lines = [f"## {title}", "", *context, "", "| figure | " + " | ".join(columns) + " |"]
    lines.append("|---" * (len(columns) + 1) + "|")
    lines += [f"| {label} | " + " | ".join(cells) + " |" for label, cells in rows]
    if notes:
        lines += ["", *notes]
    return "\n".join(lines) + "\n"
