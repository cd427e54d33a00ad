"""GitHub Actions workflow commands: the findings appear as pull-request annotations.

GitHub places an annotation by its path from the repository root, so paths are given from
there whatever folder tqcheck ran in.
"""

from __future__ import annotations

from .locations import from_root, repository_root

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(report, color: bool = False) -> str:
    root = repository_root()
    lines = [
        f"::{LEVELS[f.severity]} file={_prop(from_root(f.path, root) or f.path)},line={f.line},col={f.column},"
        f"endLine={f.end_line},endColumn={f.end_column},title={_prop(f.code)}::{_data(f.message)}"
        for f in report.findings
    ]
    return "".join(line + "\n" for line in lines)
