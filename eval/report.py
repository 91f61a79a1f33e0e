"""Writing results: aligned Markdown tables (the same text on stdout and in report.md) and JSON files."""

from __future__ import annotations

import json
import os
import platform
import subprocess
from datetime import date
from pathlib import Path


def fmt(value, digits: int = 2) -> str:
    """A table cell: floats rounded, None as an en dash."""
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def table(headers: list[str], rows: list[list]) -> str:
    """A Markdown table padded so that it also reads well as plain text."""
    cells = [[fmt(v) for v in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    line = lambda vals: "| " + " | ".join(v.ljust(w) for v, w in zip(vals, widths)) + " |"  # noqa: E731
    sep = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(headers), sep, *(line(r) for r in cells)])


def environment() -> dict:
    """Where and when a report was made: date, git commit, Python, CPU count."""
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                                cwd=Path(__file__).parent, timeout=10).stdout.strip() or None
    except (OSError, subprocess.SubprocessError):
        commit = None
    return {"date": date.today().isoformat(), "commit": commit, "python": platform.python_version(),
            "machine": platform.machine(), "cpus": os.cpu_count()}


def write_json(path: Path, data: dict) -> None:
    """Pretty JSON, UTF-8, parents created."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
