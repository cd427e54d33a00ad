"""``tqcheck rules ID``: a row of ``calque_patterns.tsv`` as its documentation (every rule's doc comes from its row),
and ``tqcheck rules CODE``: the list of a code's rows."""

from __future__ import annotations

from .token_table import CALQUE_PATTERNS


def row_markdown(row) -> str:
    """One row's documentation, as ``tqcheck rules ID`` prints it: every rule's doc comes from its row."""
    suggestions = " | ".join(row.suggestions) or "(none: the words must be rewritten)"
    unless = "".join(f"\n- `{u.strip()}`" for u in row.unless.split("||") if u.strip()) or " (none)"
    return (f"# {row.id} ({row.code}, {row.severity})\n\nFrench: *{row.french}*\n\n"
            f"## Pattern\n`{row.pattern}`\n\nNot when:{unless}\n\n## Suggestions\n{suggestions}\n\n"
            f"## Example\n```text\n{row.example}\n```\n\nLeft alone:\n```text\n{row.counter}\n```\n\n"
            f"## Evidence\n{row.evidence}\n\n## Where it lives\nData: tqcheck/data/{CALQUE_PATTERNS.name}\n"
            "Tests: tests/rules/calques/test_token_table.py (its example and counter-example)\n")


def describe(name: str) -> str | None:
    """``tqcheck rules`` for a row id (its documentation) or for a code (the list of its rows), or None."""
    rows = CALQUE_PATTERNS.rows
    for row in rows:
        if row.id == name:
            return row_markdown(row)
    listed = [f"- {row.id}: `{row.pattern}` (*{row.french}*)" for row in rows if row.code == name.upper()]
    if not listed:
        return None
    head = f"\n## Rows of calque_patterns.tsv ({len(listed)}; `tqcheck rules ID` prints one)\n"
    return head + "\n".join(listed) + "\n"
