"""The report a person reads: ``path:line:col: CODE message``, the line, the span marked."""

from __future__ import annotations

import click

from ..findings import SEVERITY_RANK


def _style(text, color, **kw):
    return click.style(text, **kw) if color else text


def render(report, color: bool = False) -> str:
    out = []
    for f in report.findings:
        mark = " [*]" if f.fix and f.fix.applicability == "safe" else ""
        head = (
            f"{_style(f.path, color, bold=True)}:{f.line}:{f.column}: "
            f"{_style(f.code, color, fg='red' if f.severity == 'error' else 'yellow' if f.severity == 'warning' else 'cyan', bold=True)} "
            f"{f.message}{mark}"
        )
        out.append(head)
        source = getattr(report, "lines", {}).get((f.path, f.line))
        if source is not None:
            source = source.replace("\t", " ")
            start = f.column - 1
            width = max(1, (f.end_column - 1 if f.end_line == f.line else len(source)) - start)
            source, start = _window(source, start, width)
            out.append(f"    {source}")
            out.append("    " + " " * start + _style("^" * width, color, fg="red", bold=True))
    out.append(summary(report))
    return "\n".join(out) + "\n"


CONTEXT = 60  # characters shown on each side of a span in a long line


def _window(line: str, start: int, width: int) -> tuple[str, int]:
    """A long line cut to the span and some context around it, and the span's new start."""
    if len(line) <= 2 * CONTEXT + width:
        return line, start
    left = max(0, start - CONTEXT)
    right = min(len(line), start + width + CONTEXT)
    prefix = "…" if left else ""
    return prefix + line[left:right] + ("…" if right < len(line) else ""), start - left + len(prefix)


def summary(report) -> str:
    n = len(report.findings)
    files = f"{report.files} file" + ("" if report.files == 1 else "s")
    parts = []
    if report.fixed:
        parts.append(f"Fixed {report.fixed} finding" + ("" if report.fixed == 1 else "s") + ".")
    if not n and not report.files:
        parts.append("No files checked.")
    elif not n:
        parts.append(f"All checks passed ({files}).")
    else:
        by_severity = {}
        for f in report.findings:
            by_severity[f.severity] = by_severity.get(f.severity, 0) + 1
        detail = ", ".join(f"{by_severity[s]} {s}" for s in sorted(by_severity, key=SEVERITY_RANK.get, reverse=True))
        safe = sum(1 for f in report.findings if f.fix and f.fix.applicability == "safe")
        unsafe = sum(1 for f in report.findings if f.fix and f.fix.applicability == "unsafe")
        line = f"Found {n} finding" + ("" if n == 1 else "s") + f" in {files} ({detail})."
        if safe:
            line += f" {safe} fixable with --fix."
        if unsafe:
            line += f" {unsafe} more with --unsafe-fixes."
        parts.append(line)
    if report.errors:
        parts.append(f"{len(report.errors)} file" + (" was" if len(report.errors) == 1 else "s were") + " not checked (see errors).")
    return " ".join(parts)
