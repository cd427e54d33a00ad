"""Lint results as LSP objects: diagnostics, code actions (one per fix, and "fix all safe"), hovers.

Pure functions of a ``Linted`` result and the document's text; the server wires them to requests.
"""

from __future__ import annotations

from lsprotocol import types

from .linting import Positions, smallest_edit

SOURCE = "tqcheck"
FIX_ALL_KIND = f"{types.CodeActionKind.SourceFixAll.value}.tqcheck"
SEVERITIES = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}


def _range(positions: Positions, start: int, end: int) -> types.Range:
    (l0, c0), (l1, c1) = positions.position(start), positions.position(end)
    return types.Range(start=types.Position(line=l0, character=c0), end=types.Position(line=l1, character=c1))


def diagnostic(f, linted, positions: Positions) -> types.Diagnostic:
    fix = None if f.fix is None else f.fix.applicability
    return types.Diagnostic(
        range=_range(positions, f.start + linted.shift, f.end + linted.shift),
        message=f.message,
        severity=SEVERITIES[f.severity],
        code=f.code,
        source=SOURCE,
        data={"fix": fix},
    )


def diagnostics(linted, positions: Positions) -> list[types.Diagnostic]:
    return [diagnostic(f, linted, positions) for f in linted.findings]


def config_diagnostic(message: str) -> types.Diagnostic:
    """A configuration that cannot be read: said once, at the top of the document."""
    zero = types.Position(line=0, character=0)
    return types.Diagnostic(range=types.Range(start=zero, end=zero), message=message,
                            severity=types.DiagnosticSeverity.Error, source=SOURCE, code="config")


def _wanted(kind: str, only) -> bool:
    """Does ``kind`` fall under one of the kinds the client asked for (``only``)?"""
    return not only or any(kind == k or kind.startswith(f"{k}.") for k in only)


def code_actions(uri, linted, positions: Positions, first: int, last: int, only, fixed_text=None):
    """Quick fixes for the findings that touch offsets ``first``..``last``, and "fix all safe"
    when ``fixed_text`` (the text with every safe fix applied) differs from the text."""
    actions = []
    if _wanted(types.CodeActionKind.QuickFix.value, only):
        for f in linted.findings:
            start, end = f.start + linted.shift, f.end + linted.shift
            if f.fix is None or start > last or max(end, start + 1) <= first:
                continue
            edit_start, edit_end = (offset + linted.shift for offset in f.edit_range)
            old = linted.text[edit_start:edit_end]
            unsafe = f.fix.applicability != "safe"
            title = f"tqcheck: replace `{old}` with `{f.fix.replacement}` ({f.code}"
            title += ", unsafe fix: check the meaning)" if unsafe else ", safe fix)"
            actions.append(types.CodeAction(
                title=title,
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[diagnostic(f, linted, positions)],
                is_preferred=not unsafe,
                edit=types.WorkspaceEdit(changes={uri: [
                    types.TextEdit(range=_range(positions, edit_start, edit_end), new_text=f.fix.replacement)
                ]}),
            ))
    if fixed_text is not None and fixed_text != linted.text and _wanted(FIX_ALL_KIND, only):
        start, end, replacement = smallest_edit(linted.text, fixed_text)
        actions.append(types.CodeAction(
            title="tqcheck: fix all safe findings",
            kind=FIX_ALL_KIND,
            edit=types.WorkspaceEdit(changes={uri: [
                types.TextEdit(range=_range(positions, start, end), new_text=replacement)
            ]}),
        ))
    return actions


def _demote(markdown: str) -> str:
    """Headings two levels down (a hover is small), code blocks left alone."""
    out, fenced = [], False
    for line in markdown.splitlines():
        if line.startswith("```"):
            fenced = not fenced
        out.append("##" + line if line.startswith("#") and not fenced else line)
    return "\n".join(out)


def hover(linted, offset: int, positions: Positions) -> types.Hover | None:
    """The documentation of every rule flagged at ``offset``."""
    from ..rules import all_rules

    rules = all_rules()
    hits = [f for f in linted.findings
            if f.start + linted.shift <= offset < max(f.end, f.start + 1) + linted.shift]
    if not hits:
        return None
    parts, seen = [], set()
    for f in hits:
        text = f"**{f.code}** ({f.severity}): {f.message}"
        if f.code not in seen and f.code in rules:
            seen.add(f.code)
            text += "\n\n" + _demote(rules[f.code].markdown())
        parts.append(text)
    first = min(hits, key=lambda f: f.start)
    return types.Hover(
        contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value="\n\n---\n\n".join(parts)),
        range=_range(positions, first.start + linted.shift, max(first.end, first.start + 1) + linted.shift),
    )
