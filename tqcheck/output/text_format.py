"""The report a person reads: ``path:line:col: CODE [severity] message``, the line, the span marked.

The severity is a word, so that it shows without colour (a CI log, a colour-blind reader);
colour only repeats it.
"""

from __future__ import annotations

import click

from ..findings import SEVERITY_RANK

COLORS = {"error": "red", "warning": "yellow", "info": "cyan"}


def _style(text, color, **kw):
    return click.style(text, **kw) if color else text


def render(report, color: bool = False, show_fixes: bool = False, fixed: dict | None = None) -> str:
    """``show_fixes``: print each finding's fix under it; ``fixed``: ``{path: {code: n}}``, the
    fixes ``--fix`` applied, listed before the summary."""
    out = []
    for f in report.findings:
        mark = " [*]" if f.fix and f.fix.applicability == "safe" else ""
        tint = {"fg": COLORS[f.severity], "bold": True}
        out.append(
            f"{_style(f.path, color, bold=True)}:{f.line}:{f.column}: "
            f"{_style(f.code, color, **tint)} {_style(f'[{f.severity}]', color, **tint)} {f.message}{mark}"
        )
        source = report.lines.get((f.path, f.line))
        if source is not None:
            start = f.column - 1
            width = max(1, (f.end_column - 1 if f.end_line == f.line else len(source)) - start)
            source, start, width = _window(source, start, width)
            source = source.replace("\t", " ")  # after the cut: a line may be megabytes, and findings many
            out.append(f"    {source}")
            out.append("    " + " " * start + _style("^" * width, color, fg="red", bold=True))
        if show_fixes and f.fix is not None:
            out.append("    " + _fix_line(f, report.lines.get((f.path, f.line)), color))
    if fixed:
        out.extend(fixed_lines(fixed))
    out.append(summary(report))
    return "\n".join(out) + "\n"


def _fix_line(f, source, color) -> str:
    line, column, end_line, end_column = f.edit or (f.line, f.column, f.end_line, f.end_column)
    old = source[column - 1:end_column - 1] if source is not None and line == end_line == f.line else f.span
    how = "safe" if f.fix.applicability == "safe" else "unsafe: needs --unsafe-fixes"
    what = f"replace `{old}` with `{f.fix.replacement}`" if f.fix.replacement else f"delete `{old}`"
    return f"{_style('fix', color, fg='green', bold=True)} ({how}): {what}"


def fixed_lines(fixed: dict) -> list[str]:
    """``Fixes applied:`` then one line per file and code (ruff's ``--show-fixes``)."""
    from ..rules import all_rules

    rules = all_rules()
    out = ["Fixes applied:"]
    for path in sorted(fixed):
        for code, n in sorted(fixed[path].items()):
            name = rules[code].name if code in rules else code
            out.append(f"  {path}: {n} × {code} ({name})")
    return out


CONTEXT = 60  # characters shown on each side of a span in a long line
SPAN = 100  # of a longer span, its first characters are shown (a whole French paragraph, one line of a catalog)


def _window(line: str, start: int, width: int) -> tuple[str, int, int]:
    """A long line cut to the span and some context around it: the text, the span's new start and the width
    of its carets."""
    shown = min(width, SPAN)
    if len(line) <= 2 * CONTEXT + shown:
        return line, start, shown
    left = max(0, start - CONTEXT)
    right = min(len(line), start + shown + (CONTEXT if shown == width else 0))
    prefix = "…" if left else ""
    return prefix + line[left:right] + ("…" if right < len(line) else ""), start - left + len(prefix), shown


def summary(report) -> str:
    n = len(report.findings)
    files = f"{report.files} file" + ("" if report.files == 1 else "s")
    parts = []
    if report.fixed:
        parts.append(f"Fixed {report.fixed} finding" + ("" if report.fixed == 1 else "s") + ".")
    if not n and not report.files:
        parts.append("No files checked.")
    elif not n:  # (not "passed" where a file had an error: a rule may have failed on it)
        parts.append(f"All checks passed ({files})." if len(report.errors) == report.nothing_checked
                     else f"No findings ({files}).")
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
    n = len(report.errors) - report.nothing_checked  # not checked, or (--fix) checked but not written
    if n:
        parts.append(f"{n} file{'' if n == 1 else 's'} with an error (see errors).")
    return " ".join(parts)
